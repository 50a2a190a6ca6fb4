/**
 * The inline badge on a profile page. The host page must not read the user's private memory, so the badge
 * lives in a closed shadow root (the page's scripts get `null` for its shadowRoot), and what the background
 * sends here before the user opens the panel carries no notes and no other profile
 * (lib/background/redact.ts): the panel fetches the full report when opened.
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Badge } from '../../components/Badge';
import type { TabState } from '../tab-state';
import { pageUpdates } from './page-updates';
import { outsideControls } from './placement';

type Full = () => Promise<TabState | undefined>;

export function badgeUi(ctx: ContentScriptContext, report: (url: string) => Promise<TabState | undefined>) {
  let ui: ShadowRootContentScriptUi<void> | undefined;
  let mounted: { url: string; container: HTMLElement } | undefined;
  // One function per page, so that the badge fetches again only when its state changes.
  let full: { url: string; fetch: Full } | undefined;
  const fullFor = (url: string) => (full?.url === url ? full : (full = { url, fetch: () => report(url) })).fetch;
  const show = (url: string, state: TabState, container: HTMLElement) =>
    render(<Badge state={state} full={fullFor(url)} />, container);
  // The photo comparison lands after the first answer: the badge shown is updated in place.
  const updates = pageUpdates(ctx, (url, state) => url === mounted?.url && show(url, state, mounted.container));

  return {
    remove() {
      ui?.remove();
      ui = undefined;
    },
    async mount(anchor: Element, url: string, state: TabState) {
      ui = await createShadowRootUi(ctx, {
        name: 'red-flag-radar-badge',
        position: 'inline',
        anchor: outsideControls(anchor),
        append: 'after',
        mode: 'closed',
        onMount: (container) => {
          mounted = { url, container };
          show(url, updates.newest(url, state), container);
        },
        onRemove: (container) => {
          mounted = undefined;
          if (container) render(null, container);
        },
      });
      ui.mount();
    },
  };
}
