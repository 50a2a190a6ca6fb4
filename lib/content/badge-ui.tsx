/**
 * The inline badge on a profile page. The host page must not read the user's private memory, so the badge
 * lives in a closed shadow root (the page's scripts get `null` for its shadowRoot), and what the background
 * sends here before the user opens the panel carries no notes and no other profile
 * (lib/background/redact.ts): the panel fetches the full report when opened. The badge takes the largest form
 * with which the name keeps its line breaks (lib/content/fit.ts), checked again when the page's layout changes.
 * Should the site render the name's block again (hydration, an update of the page) and take the badge with it,
 * the badge is placed again beside the same name (lib/content/detached.ts).
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Badge, type BadgeForm } from '../../components/Badge';
import type { PanelDeps } from '../../components/PanelActions';
import type { ContentMessage } from '../messages';
import type { TabState } from '../tab-state';
import { copyText } from './copy';
import { onDetached } from './detached';
import { fitBadge, lineCount } from './fit';
import { pageUpdates } from './page-updates';
import { UI_CSS } from './ui-css';
import { outsideControls } from './placement';
import { retryOnChange } from './retry-on-change';

type Send = (msg: ContentMessage) => Promise<TabState | undefined>;

/**
 * How often the badge is placed again on one page: a site that takes it away on every render is not fought for
 * ever. A page hydrating, then updating its header a few times, stays well below.
 */
export const MAX_REMOUNTS = 10;

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
        mounted = { url, container, name: anchor, form: 'full', deps: depsFor(url, siteName) };
        latest = updates.newest(url, state);
      },
      onRemove: (container) => {
        mounted = undefined;
        if (container) render(null, container);
      },
    });
    if (mine !== generation || ctx.isInvalid) return; // removed or placed anew meanwhile
    ui = made;
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
