/**
 * Runs `check` after the page's own load, when the browser is idle (the host page's load never waits for
 * us), and again after each in-app navigation. Errors stay inside: the host page never sees them.
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
  if (document.readyState === 'complete') start();
  else ctx.addEventListener(window, 'load', start, { once: true });
}
