/**
 * Runs on the supported marketplaces' pages. Copies a profile page's raw data out with the site's page
 * side and sends it to the background, which validates, interprets, scores and stores it off the page's
 * main thread; then shows the inline badge. Follows in-app navigation. Nothing may escape into the host
 * page: every step is guarded, and the badge keeps the user's private memory out of the page's reach
 * (lib/content/badge-ui.tsx).
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { mountMarker } from '../../components/MessageMarker';
import { mountThread } from '../../components/ThreadSummary';
import { startMessageScan } from '../../lib/content/message-scan';
import { localeFor, setLocale } from '../../lib/i18n';
import { onLoadAndNavigation } from '../../lib/content/lifecycle';
import { badgeUi } from '../../lib/content/badge-ui';
import { retryOnChange, safeCollect } from '../../lib/content/retry-on-change';
import { sitePageForHost } from '../../lib/sites/pages';
import { boundRaw, contentMatches } from '../../lib/sites/hosts';
import type { ContentMessage } from '../../lib/messages';
import type { TabState } from '../../lib/tab-state';

export default defineContentScript({
  matches: contentMatches,
  // Injected by the background once the page has loaded (lib/background/inject.ts).
  registration: 'runtime',
  // The style travels inside the script (lib/content/ui-css.ts): no fetch before the first badge.
  cssInjectionMode: 'manual',
  // No postMessage into the host page.
  noScriptStartedPostMessage: true,
  main(ctx) {
    // Marks the tab for the background, which then does not inject again. Should two copies still start
    // (two "complete" events at once), WXT invalidates the older one and this newer one carries on.
    (globalThis as { __redFlagRadar?: boolean }).__redFlagRadar = true;
    setLocale(localeFor(navigator.language));
    startRadar(ctx);
  },
});

function startRadar(ctx: ContentScriptContext): void {
  let shownFor: string | undefined;
  let [run, scan] = [0, undefined as { stop(): void } | undefined];
  const send = (msg: ContentMessage) => browser.runtime.sendMessage(msg) as Promise<TabState | undefined>;
  // The panel's full report is fetched from the background only when the user opens it.
  const badge = badgeUi(ctx, send);

  async function check(): Promise<void> {
    const mine = ++run;
    const url = new URL(location.href);
    const site = sitePageForHost(url);
    badge.remove();
    scan?.stop();
    scan = undefined;
    if (site?.messages?.isMessagePage(url))
      scan = startMessageScan(ctx, site, url, send as never, mountMarker, mountThread);
    if (!site || !site.isProfilePage(url)) {
      if (shownFor) await send({ type: 'left', url: url.href });
      shownFor = undefined;
      return;
    }
    const state = await retryOnChange(document, async () => {
      if (mine !== run || ctx.isInvalid) return { done: true, value: undefined };
      const collected = safeCollect(() => boundRaw(site.collect(document, url)));
      const answer = await send({ type: 'page', site: site.id, url: url.href, raw: collected });
      const status = answer?.kind === 'analysis' ? answer.analysis.status : undefined;
      return { done: status !== 'partial' && status !== 'unreadable', value: answer };
    });
    if (mine !== run || !state) return; // the user moved on meanwhile
    shownFor = url.href;
    // The badge speaks the language the background wrote the findings in (the settings may override).
    if (state.kind === 'analysis') setLocale(state.analysis.locale);
    const anchor = site.badgeAnchor(document);
    // Without an anchor the popup still shows it. Placed again should the site render the name anew.
    if (anchor) await badge.mount(anchor, url.href, state, site.name, () => site.badgeAnchor(document));
  }

  onLoadAndNavigation(ctx, check);
}
