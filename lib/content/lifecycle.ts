/**
 * Runs `check` after the page's own load (the host page's load never waits for us): at once when the script
 * arrives after it (the background injects it then), else when the browser is idle after the load event; and
 * again after each in-app navigation. Errors stay inside: the host page never sees them.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export function onLoadAndNavigation(ctx: ContentScriptContext, check: () => Promise<void>): void {
  const guarded = () => {
    check().catch((e) => console.debug('Red Flag Radar:', e));
  };
  const start = () => ctx.requestIdleCallback(guarded, { timeout: 1000 });
  // WXT signals a navigation from the Navigation API's "navigate" event, before `location` has changed:
  // read after the current task.
  ctx.addEventListener(window, 'wxt:locationchange', () => ctx.setTimeout(guarded, 0));
  // Injected by the background once the page has loaded (lib/background/inject.ts): nothing of the page's load is
  // left to wait for, and an idle callback waited for the page's work after its load (5-80 ms on the benchmark's
  // page under load, more on a page that hydrates after its load) before the badge's data was even read.
  if (document.readyState === 'complete') guarded();
  else ctx.addEventListener(window, 'load', start, { once: true });
}
