/**
 * The inline badge on a profile page. The host page must not read the user's private memory, so the badge
 * lives in a closed shadow root (the page's scripts get `null` for its shadowRoot), and what the background
 * sends here before the user opens the panel carries no notes and no other profile
 * (lib/background/redact.ts): the panel fetches the full report when opened. The badge takes the largest form
 * with which the name keeps its line breaks (lib/content/fit.ts), checked again when the page's layout changes.
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Badge, type BadgeForm } from '../../components/Badge';
import type { PanelDeps } from '../../components/PanelActions';
import type { ContentMessage } from '../messages';
import type { TabState } from '../tab-state';
import { copyText } from './copy';
import { fitBadge, lineCount } from './fit';
import { pageUpdates } from './page-updates';
import { UI_CSS } from './ui-css';
import { outsideControls } from './placement';

type Send = (msg: ContentMessage) => Promise<TabState | undefined>;

export function badgeUi(ctx: ContentScriptContext, send: Send) {
  let ui: ShadowRootContentScriptUi<void> | undefined;
  let mounted: { url: string; container: HTMLElement; name: Element; form: BadgeForm; deps: Deps } | undefined;
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
  const show = (form: BadgeForm) => {
    if (!mounted || !latest) return;
    mounted.form = form;
    render(<Badge state={latest} full={mounted.deps.full} form={form} deps={mounted.deps} />, mounted.container);
  };
  const fit = (without?: number) => {
    if (mounted && ui) fitBadge(mounted.name, ui.shadowHost, show, without);
  };
  // The photo comparison lands after the first answer: the badge shown is updated in place.
  const updates = pageUpdates(ctx, (url, state) => {
    if (url !== mounted?.url) return;
    latest = state;
    fit();
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
          mounted = { url, container, name: anchor, form: 'full', deps: depsFor(url, siteName) };
          latest = updates.newest(url, state);
        },
        onRemove: (container) => {
          mounted = undefined;
          if (container) render(null, container);
        },
      });
      // The name's lines without the badge, read before the badge is there (the page is laid out already).
      const without = lineCount(anchor);
      ui.mount();
      fit(without);
      // The page's layout changes (a narrower window, fonts loading): choose the form again, once per frame.
      let queued = false;
      resize = new ResizeObserver(() => {
        if (queued) return;
        queued = true;
        requestAnimationFrame(() => {
          queued = false;
          fit();
        });
      });
      resize.observe(anchor.parentElement ?? anchor);
    },
  };
}
