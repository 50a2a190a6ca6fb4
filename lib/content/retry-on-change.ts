/**
 * Single-page apps render after the URL changes. `retryOnChange` runs `attempt` now and, while it is not
 * done, again after each burst of DOM changes settles — until it is done, the page stops changing for
 * `quietMs`, or `timeoutMs` passes. It resolves with the last result and never rejects.
 */
import type { RawPage } from '../sites/types';
export interface Attempt<T> {
  done: boolean;
  value: T;
}

export async function retryOnChange<T>(
  doc: Document,
  attempt: () => Promise<Attempt<T>>,
  { timeoutMs = 6000, settleMs = 250, quietMs = 2000 } = {},
): Promise<T> {
  let last = await attempt();
  if (last.done) return last.value;
  return new Promise((resolve) => {
    let settle: ReturnType<typeof setTimeout> | undefined;
    let quiet: ReturnType<typeof setTimeout> | undefined;
    let running = false;
    const finish = () => {
      observer.disconnect();
      clearTimeout(settle);
      clearTimeout(quiet);
      clearTimeout(limit);
      resolve(last.value);
    };
    const rearmQuiet = () => {
      clearTimeout(quiet);
      quiet = setTimeout(finish, quietMs);
    };
    const observer = new MutationObserver(() => {
      rearmQuiet();
      clearTimeout(settle);
      settle = setTimeout(async () => {
        if (running) return;
        running = true;
        try {
          last = await attempt();
        } catch {
          // keep the previous result
        }
        running = false;
        if (last.done) finish();
      }, settleMs);
    });
    const limit = setTimeout(finish, timeoutMs);
    rearmQuiet();
    observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  });
}

/** A site's collect, guarded: a page that breaks it is sent as empty (the background reports it unreadable). */
export function safeCollect(collect: () => RawPage): RawPage {
  try {
    return collect();
  } catch {
    return {};
  }
}
