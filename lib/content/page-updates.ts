/**
 * Later news from the background about the page a content script shows (the photo comparison finishes
 * after the first answer). Messages come from our own background only: runtime.onMessage in a content
 * script hears nothing else.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { TabState } from '../tab-state';

export function onPageUpdate(ctx: ContentScriptContext, handler: (url: string, state: TabState) => void): void {
  const listener = (msg: unknown) => {
    const m = msg as { type?: string; url?: unknown; state?: TabState } | undefined;
    if (m?.type === 'tab-state' && typeof m.url === 'string' && m.state) handler(m.url, m.state);
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}

/** Like onPageUpdate, and keeps the newest state per page: an update may land before the badge is mounted. */
export function pageUpdates(ctx: ContentScriptContext, handler: (url: string, state: TabState) => void) {
  let latest: { url: string; state: TabState } | undefined;
  onPageUpdate(ctx, (url, state) => {
    latest = { url, state };
    handler(url, state);
  });
  return { newest: (url: string, fallback: TabState) => (latest?.url === url ? latest.state : fallback) };
}
