/**
 * Reads the current page with its adapter, waiting for a single-page app to render: when the first read is
 * not `ok`, it reads again after DOM changes settle, until `ok` or the time limit. Never throws: a reader
 * that fails on a hostile or changed page gives `unreadable`.
 */
import type { ReadResult } from '../profile';
import type { SiteAdapter } from '../sites/types';

export function safeRead(site: SiteAdapter, doc: Document, url: URL): ReadResult {
  try {
    return site.read(doc, url);
  } catch {
    return { status: 'unreadable', missing: ['page'] };
  }
}

export function readWhenReady(
  site: SiteAdapter,
  doc: Document,
  url: URL,
  { timeoutMs = 6000, settleMs = 250, quietMs = 2000 } = {},
): Promise<ReadResult> {
  const first = safeRead(site, doc, url);
  if (first.status === 'ok' || first.status === 'not-a-profile') return Promise.resolve(first);
  return new Promise((resolve) => {
    let best = first;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let quiet: ReturnType<typeof setTimeout> | undefined;
    const finish = () => {
      observer.disconnect();
      clearTimeout(timer);
      clearTimeout(limit);
      clearTimeout(quiet);
      resolve(best);
    };
    // A page that stops changing will not become readable: answer without waiting for the limit.
    const rearmQuiet = () => {
      clearTimeout(quiet);
      quiet = setTimeout(finish, quietMs);
    };
    const observer = new MutationObserver(() => {
      rearmQuiet();
      clearTimeout(timer);
      timer = setTimeout(() => {
        const next = safeRead(site, doc, url);
        if (rank(next) >= rank(best)) best = next;
        if (best.status === 'ok') finish();
      }, settleMs);
    });
    const limit = setTimeout(finish, timeoutMs);
    rearmQuiet();
    observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  });
}

function rank(r: ReadResult): number {
  return { unreadable: 0, 'not-a-profile': 0, partial: 1, ok: 2 }[r.status];
}
