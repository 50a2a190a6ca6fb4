/**
 * On a supported marketplace's proposal or message view: sends each message's text to the background
 * (the message rules run there), highlights the sentences that matched in place with the CSS Custom
 * Highlight API (no change to the page's DOM; browsers without it get the marker only), and puts a small
 * marker after each flagged message whose panel lists the findings. Follows messages as the chat loads them.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { Locale } from '../i18n';
import type { Finding } from '../rules/types';
import type { SitePage } from '../sites/types';
import { messageText, quoteRanges } from './message-text';
import { UI_CSS } from './ui-css';

export const HIGHLIGHT = 'rfr-flag';
/** Sentences of notes only (weak evidence, lib/rules/grade.ts): marked more quietly than red flags. */
export const NOTE_HIGHLIGHT = 'rfr-note';
const MAX_ITEMS = 200;

type Send = (msg: {
  type: 'messages';
  site: string;
  url: string;
  items: { id: number; text: string }[];
}) => Promise<{ results?: { id: number; findings: Finding[] }[]; locale?: Locale } | undefined>;

type Mount = (container: HTMLElement, findings: Finding[], locale?: Locale) => void;

function highlightStyle(doc: Document): void {
  const sheets = doc.adoptedStyleSheets;
  if (!sheets || typeof CSSStyleSheet !== 'function') return;
  if (sheets.some((s) => (s as CSSStyleSheet & { rfr?: boolean }).rfr)) return;
  const sheet = new CSSStyleSheet() as CSSStyleSheet & { rfr?: boolean };
  sheet.replaceSync(
    `::highlight(${HIGHLIGHT}) { background-color: #ffd8a8; color: #1b1b1b; text-decoration: underline wavy #c92a2a; }
    ::highlight(${NOTE_HIGHLIGHT}) { background-color: #e9ecef; color: #1b1b1b; text-decoration: underline dotted #495057; }`,
  );
  sheet.rfr = true;
  doc.adoptedStyleSheets = [...sheets, sheet];
}

export function startMessageScan(ctx: ContentScriptContext, site: SitePage, url: URL, send: Send, mount: Mount) {
  const view = site.messages!;
  const seen = new WeakMap<Element, string | null>();
  const ranges: Range[] = [];
  const noteRanges: Range[] = [];
  const markers: { remove(): void }[] = [];
  let stopped = false;

  const elements = () => {
    for (const sel of view.bodies) {
      const found = [...document.querySelectorAll(sel)];
      if (found.length) return found.slice(-MAX_ITEMS);
    }
    return [];
  };

  async function scan(): Promise<void> {
    // textContent to notice new or edited messages (cheap); innerText, which lays the page out, only for
    // the ones sent.
    const fresh = elements().filter((el) => seen.get(el) !== el.textContent);
    if (!fresh.length || stopped) return;
    for (const el of fresh) seen.set(el, el.textContent);
    const answer = await send({
      type: 'messages',
      site: site.id,
      url: url.href,
      items: fresh.map((el, id) => ({ id, text: messageText(el) })),
    });
    if (stopped || !answer?.results) return;
    for (const { id, findings } of answer.results) {
      const el = fresh[id];
      if (!el?.isConnected) continue;
      for (const f of findings)
        for (const q of f.quotes ?? []) (f.note ? noteRanges : ranges).push(...quoteRanges(el, q));
      const ui = await createShadowRootUi(ctx, {
        name: 'red-flag-radar-message',
        css: UI_CSS,
        position: 'inline',
        anchor: el,
        append: 'after',
        onMount: (container) => mount(container, findings, answer.locale),
      });
      ui.mount();
      markers.push(ui);
    }
    const registry = (globalThis.CSS as { highlights?: Map<string, unknown> } | undefined)?.highlights;
    const H = (globalThis as { Highlight?: new (...r: Range[]) => unknown }).Highlight;
    if (registry && H && (ranges.length || noteRanges.length)) {
      highlightStyle(document);
      if (ranges.length) registry.set(HIGHLIGHT, new H(...ranges));
      if (noteRanges.length) registry.set(NOTE_HIGHLIGHT, new H(...noteRanges));
    }
  }

  let timer: number | undefined;
  const later = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = ctx.setTimeout(() => void scan().catch(() => {}), 400);
  };
  const observer = new MutationObserver(later);
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  void scan().catch(() => {});
  const stop = () => {
    stopped = true;
    observer.disconnect();
    for (const m of markers) m.remove();
    (globalThis.CSS as { highlights?: Map<string, unknown> } | undefined)?.highlights?.delete(HIGHLIGHT);
    (globalThis.CSS as { highlights?: Map<string, unknown> } | undefined)?.highlights?.delete(NOTE_HIGHLIGHT);
  };
  ctx.onInvalidated(stop);
  return { stop };
}
