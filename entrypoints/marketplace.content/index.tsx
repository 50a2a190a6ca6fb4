/**
 * Runs on the supported marketplaces' pages. Reads a profile page with its site adapter, sends the result
 * to the background (which validates, scores and stores) and shows the inline badge. Follows in-app
 * navigation. Nothing may escape into the host page: every step is guarded.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { Badge } from '../../components/Badge';
import { readWhenReady } from '../../lib/content/read-when-ready';
import { siteForHost } from '../../lib/sites';
import { contentMatches } from '../../lib/sites/hosts';
import type { ContentMessage } from '../../lib/messages';
import type { TabState } from '../../lib/tab-state';
import './style.css';

export default defineContentScript({
  matches: contentMatches,
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  main(ctx) {
    startRadar(ctx);
  },
});

function startRadar(ctx: ContentScriptContext): void {
  let ui: ShadowRootContentScriptUi<void> | undefined;
  let shownFor: string | undefined;
  let run = 0;

  const send = (msg: ContentMessage) => browser.runtime.sendMessage(msg) as Promise<TabState | undefined>;

  async function check(): Promise<void> {
    const mine = ++run;
    const url = new URL(location.href);
    const site = siteForHost(url);
    ui?.remove();
    ui = undefined;
    if (!site || !site.isProfilePage(url)) {
      if (shownFor) await send({ type: 'left', url: url.href });
      shownFor = undefined;
      return;
    }
    const read = await readWhenReady(site, document, url);
    if (mine !== run || ctx.isInvalid) return; // the user moved on meanwhile
    const state = await send({ type: 'page', site: site.id, url: url.href, read });
    if (mine !== run || !state) return;
    shownFor = url.href;
    const anchor = site.badgeAnchor(document);
    if (!anchor) return; // the popup still shows the analysis
    ui = await createShadowRootUi(ctx, {
      name: 'red-flag-radar-badge',
      position: 'inline',
      anchor,
      append: 'after',
      onMount: (container) => render(<Badge state={state} />, container),
      onRemove: (container) => container && render(null, container),
    });
    ui.mount();
  }

  const guarded = () => {
    check().catch((e) => console.debug('Red Flag Radar:', e));
  };
  // WXT signals a navigation from the Navigation API's "navigate" event, before `location` has changed:
  // read after the current task.
  ctx.addEventListener(window, 'wxt:locationchange', () => ctx.setTimeout(guarded, 0));
  guarded();
}
