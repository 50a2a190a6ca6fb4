/**
 * The inline badge on a profile page. The host page must not read the user's private memory, so the badge
 * lives in a closed shadow root (the page's scripts get `null` for its shadowRoot), and what the background
 * sends here before the user opens the panel carries no notes and no other profile
 * (lib/background/redact.ts): the panel fetches the full report when opened. The badge is out of the page's
 * flow, placed next to the name (lib/content/place-badge.ts), and placed again when the page's layout changes.
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Badge } from '../../components/Badge';
import type { PanelDeps } from '../../components/PanelActions';
import type { ContentMessage } from '../messages';
import type { TabState } from '../tab-state';
import { copyText } from './copy';
import { pageUpdates } from './page-updates';
import { placeBadge } from './place-badge';
import { outsideControls } from './placement';
import { UI_CSS } from './ui-css';

type Send = (msg: ContentMessage) => Promise<TabState | undefined>;

export function badgeUi(ctx: ContentScriptContext, send: Send) {
  let ui: ShadowRootContentScriptUi<void> | undefined;
  let mounted: { url: string; container: HTMLElement; name: Element; deps: Deps } | undefined;
  let resize: ResizeObserver | undefined;
  // One set of functions per page, so that the badge fetches again only when its state changes.
  type Deps = PanelDeps & { full: () => Promise<TabState | undefined> };
  let current: { url: string; deps: Deps } | undefined;
  const depsFor = (url: string, siteName: string): Deps => {
    if (current?.url === url) return current.deps;
    const deps: Deps = {
      full: () => send({ type: 'report', url }),
      mark: (mark) => send({ type: 'mark', url, mark }),
      openHistory: async () => void (await send({ type: 'open-history', url })),
      copy: copyText,
      siteName,
    };
    current = { url, deps };
    return deps;
  };
  let latest: TabState | undefined;
  const show = () => {
    if (!mounted || !latest || !ui) return;
    render(<Badge state={latest} full={mounted.deps.full} deps={mounted.deps} />, mounted.container);
    placeBadge(mounted.name, mounted.container);
  };
  const place = () => {
    if (mounted && ui) placeBadge(mounted.name, mounted.container);
  };
  // The photo comparison lands after the first answer: the badge shown is updated in place.
  const updates = pageUpdates(ctx, (url, state) => {
    if (url !== mounted?.url) return;
    latest = state;
    show();
  });

  return {
    remove() {
      resize?.disconnect();
      resize = undefined;
      ui?.remove();
      ui = undefined;
    },
    async mount(anchor: Element, url: string, state: TabState, siteName: string) {
      ui = await createShadowRootUi(ctx, {
        name: 'red-flag-radar-badge',
        position: 'inline',
        anchor: outsideControls(anchor),
        append: 'after',
        mode: 'closed',
        css: UI_CSS,
        onMount: (container) => {
          mounted = { url, container, name: anchor, deps: depsFor(url, siteName) };
          latest = updates.newest(url, state);
        },
        onRemove: (container) => {
          mounted = undefined;
          if (container) render(null, container);
        },
      });
      ui.mount();
      show();
      // The page's layout changes (a narrower window, fonts loading, the badge's own words): placed again, once
      // per frame.
      let queued = false;
      resize = new ResizeObserver(() => {
        if (queued) return;
        queued = true;
        requestAnimationFrame(() => {
          queued = false;
          place();
        });
      });
      resize.observe(anchor.parentElement ?? anchor);
      resize.observe(anchor.ownerDocument.documentElement);
      resize.observe(ui.shadowHost);
    },
  };
}
