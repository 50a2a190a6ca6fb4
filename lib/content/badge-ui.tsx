/**
 * The inline badge on a profile page. The host page must not read the user's private memory, so the badge
 * lives in a closed shadow root (the page's scripts get `null` for its shadowRoot), and what the background
 * sends here before the user opens the panel carries no notes and no other profile
 * (lib/background/redact.ts): the panel fetches the full report when opened. The badge is out of the page's
 * flow, placed next to the name (lib/content/place-badge.ts), and placed again when the page's layout changes.
 * Should the site render the name's block again (hydration, an update of the page) and take the badge with it,
 * the badge is placed again beside the same name (lib/content/detached.ts).
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Badge } from '../../components/Badge';
import type { PanelDeps } from '../../components/PanelActions';
import type { ContentMessage } from '../messages';
import type { TabState } from '../tab-state';
import { copyText } from './copy';
import { onDetached } from './detached';
import { pageUpdates } from './page-updates';
import { placeBadge } from './place-badge';
import { outsideControls } from './placement';
import { retryOnChange } from './retry-on-change';
import { UI_CSS } from './ui-css';

type Send = (msg: ContentMessage) => Promise<TabState | undefined>;

/**
 * How often the badge is placed again on one page: a site that takes it away on every render is not fought for
 * ever. A page hydrating, then updating its header a few times, stays well below.
 */
export const MAX_REMOUNTS = 10;

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
  const reposition = () => {
    if (mounted && ui) placeBadge(mounted.name, mounted.container);
  };
  // The photo comparison lands after the first answer: the badge shown is updated in place.
  const updates = pageUpdates(ctx, (url, state) => {
    if (url !== mounted?.url) return;
    latest = state;
    show();
  });

  // Each placing of the badge is one generation: a newer placing or a removal ends what an older one waits for.
  let generation = 0;
  let remounts = 0;
  let detach: { disconnect(): void } | undefined;
  const teardown = () => {
    generation++;
    detach?.disconnect();
    detach = undefined;
    resize?.disconnect();
    resize = undefined;
    ui?.remove();
    ui = undefined;
  };

  async function place(anchor: Element, url: string, state: TabState, siteName: string, find?: () => Element | null) {
    const mine = ++generation;
    const made = await createShadowRootUi(ctx, {
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
    if (mine !== generation || ctx.isInvalid) return; // removed or placed anew meanwhile
    ui = made;
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
        reposition();
      });
    });
    resize.observe(anchor.parentElement ?? anchor);
    resize.observe(anchor.ownerDocument.documentElement);
    resize.observe(ui.shadowHost);
    if (find) {
      const name = anchor.textContent;
      detach = onDetached(ui.shadowHost, () => void again(mine, url, name, siteName, find));
    }
  }

  /** The site took the badge away: placed again beside the same name once the site shows it, 6 s at most. */
  async function again(mine: number, url: string, name: string | null, siteName: string, find: () => Element | null) {
    const state = latest;
    if (mine !== generation || ctx.isInvalid || !state || remounts >= MAX_REMOUNTS) return;
    remounts++;
    teardown();
    const waiting = generation;
    // Only on the page the badge was made for, and beside the same name: the page going elsewhere in the app
    // is the navigation's to handle (a badge beside another member's name would show the wrong findings).
    const current = () => waiting === generation && !ctx.isInvalid && location.href === url;
    const anchor = await retryOnChange(
      document,
      async () => {
        if (!current()) return { done: true, value: undefined };
        const a = find();
        const ok = a?.isConnected && a.textContent === name;
        return { done: !!ok, value: ok ? a : undefined };
      },
      { timeoutMs: 6000, settleMs: 100, quietMs: 3000 },
    );
    if (anchor && current()) await place(anchor, url, state, siteName, find);
  }

  return {
    remove() {
      teardown();
    },
    /**
     * Shows the badge after `anchor`. With `find` (the site's way to the name), the badge is placed again should
     * the site render the name's block anew.
     */
    async mount(anchor: Element, url: string, state: TabState, siteName: string, find?: () => Element | null) {
      remounts = 0;
      await place(anchor, url, state, siteName, find);
    },
  };
}
