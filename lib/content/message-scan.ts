/**
 * On a supported marketplace's proposal or message view: sends each message's text to the background
 * (the message rules run there), highlights the sentences that matched in place with the CSS Custom
 * Highlight API (no change to the page's DOM; browsers without it get the marker only), and puts a small
 * marker after each flagged message whose panel lists the findings. Follows messages as the chat loads them,
 * and reads a message again when its text changes in place (an edit, a chat row reused for another message):
 * its old marker and highlights go, new ones come if the new text is flagged.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { render } from 'preact';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { Locale } from '../i18n';
import type { Finding } from '../rules/types';
import type { SitePage } from '../sites/types';
import { messageElements } from './message-elements';
import { messageParts, messageText, quoteRanges } from './message-text';
import { outsideControls } from './placement';
import { settled } from './settle';
import { threadSummary, type MountThread } from './thread-summary';
import { UI_CSS } from './ui-css';

export const HIGHLIGHT = 'rfr-flag';
/** Sentences of notes only (weak evidence, lib/rules/grade.ts): marked more quietly than red flags. */
export const NOTE_HIGHLIGHT = 'rfr-note';
const MAX_ITEMS = 200;
/**
 * The message elements looked at in one scan (the newest, in the page's order). Only MAX_ITEMS of those not read yet
 * are sent at a time, newest first; the scan goes on with the older ones (hostile20: only the last 200 elements were
 * ever looked at, so a request followed by 200 short messages, or among the older messages a chat adds at the top
 * when scrolled up, was never read).
 */
const MAX_ELEMENTS = 2000;
/** The scan waits for the page's changes to pause this long, to read a burst of new messages at once. */
export const QUIET_MS = 400;
/**
 * While the page never pauses (a live clock, "typing…", a ticker), the scan runs at least this often: a new
 * message is marked within 2 s. A scan with nothing new reads the message elements' text only (well under a
 * millisecond for 200 messages), so this costs a page that changes all the time nearly nothing.
 */
export const MAX_WAIT_MS = 2000;

type Send = (msg: {
  type: 'messages';
  site: string;
  url: string;
  items: { id: number; key: string; text: string }[];
}) => Promise<{ results?: { id: number; findings: Finding[] }[]; locale?: Locale } | undefined>;

type Mount = (container: HTMLElement, findings: Finding[], locale?: Locale) => void;

/** What was read of one message element, and what is shown for it. */
interface Read {
  /** Stays with the element: the background counts an element read again once (lib/background/handlers.ts). */
  key: string;
  /** The text last sent; null to read it again. */
  text: string | null;
  /** Its marker, made once and mounted again when a new text of the element is flagged. */
  marker?: ShadowRootContentScriptUi<HTMLElement>;
  findings: Finding[];
  locale?: Locale;
  flags: Range[];
  notes: Range[];
}

/**
 * How the matched sentences look on the page: a highlighter's tint with a solid underline, never a wavy red line
 * (the hiring-manager review, thirty-first session, point 6: it read as the browser's spelling mark); a note
 * grey, dotted. Dark text on both tints (contrast 12:1 and more); the underline 5.5:1 against its tint, 7.4:1 on white
 * (Chromium draws a highlight's underline at the font's own thickness: the 2 px is for browsers that honour it).
 */
export const HIGHLIGHT_CSS = `::highlight(${HIGHLIGHT}) { background-color: #ffd8a8; color: #1b1b1b; text-decoration: underline solid #a61e1e 2px; }
    ::highlight(${NOTE_HIGHLIGHT}) { background-color: #e9ecef; color: #1b1b1b; text-decoration: underline dotted #495057; }`;

function highlightStyle(doc: Document): void {
  const sheets = doc.adoptedStyleSheets;
  if (!sheets || typeof CSSStyleSheet !== 'function') return;
  if (sheets.some((s) => (s as CSSStyleSheet & { rfr?: boolean }).rfr)) return;
  const sheet = new CSSStyleSheet() as CSSStyleSheet & { rfr?: boolean };
  sheet.replaceSync(HIGHLIGHT_CSS);
  sheet.rfr = true;
  doc.adoptedStyleSheets = [...sheets, sheet];
}

const highlights = () => (globalThis.CSS as { highlights?: Map<string, unknown> } | undefined)?.highlights;

/** `mountThread`: the conversation's summary above its first message (lib/content/thread-summary.ts). */
export function startMessageScan(
  ctx: ContentScriptContext,
  site: SitePage,
  url: URL,
  send: Send,
  mount: Mount,
  mountThread?: MountThread,
) {
  const view = site.messages!;
  const reads = new WeakMap<Element, Read>();
  /** The elements with a marker or highlights: cleared when they leave the page or change. */
  const shown = new Set<Element>();
  const scanId = Math.random().toString(36).slice(2, 10);
  let serial = 0;
  let stopped = false;
  const summary = mountThread && threadSummary(ctx, mountThread);

  const readOf = (el: Element): Read => {
    let r = reads.get(el);
    if (!r) reads.set(el, (r = { key: `${scanId}.${++serial}`, text: null, findings: [], flags: [], notes: [] }));
    return r;
  };
  const clear = (el: Element, r: Read) => {
    r.marker?.remove();
    r.flags = [];
    r.notes = [];
    shown.delete(el);
  };
  /** All highlights again, from the elements shown. */
  const paint = () => {
    const registry = highlights();
    const H = (globalThis as { Highlight?: new (...r: Range[]) => unknown }).Highlight;
    if (!registry || !H) return;
    const flags: Range[] = [];
    const notes: Range[] = [];
    for (const el of shown) {
      const r = reads.get(el)!;
      flags.push(...r.flags);
      notes.push(...r.notes);
    }
    if (flags.length || notes.length) highlightStyle(document);
    if (flags.length) registry.set(HIGHLIGHT, new H(...flags));
    else registry.delete(HIGHLIGHT);
    if (notes.length) registry.set(NOTE_HIGHLIGHT, new H(...notes));
    else registry.delete(NOTE_HIGHLIGHT);
  };

  /** The conversation's summary, from the messages shown and what each matched. */
  const sum = (all: Element[]) => {
    if (!summary || stopped) return;
    const read = all.filter((el) => reads.get(el)?.text === el.textContent).length;
    const flagged = all.filter((el) => shown.has(el)).map((el) => ({ el, findings: reads.get(el)!.findings }));
    const locale = flagged.find((m) => reads.get(m.el)?.locale)?.el;
    void summary.update({ read, flagged, locale: locale && reads.get(locale)!.locale }, all).catch(() => {});
  };

  async function scanOnce(): Promise<void> {
    let changed = false;
    // A message the page took away: its marker and highlights go; read again should it come back.
    for (const el of shown)
      if (!el.isConnected) {
        const r = reads.get(el)!;
        clear(el, r);
        r.text = null;
        changed = true;
      }
    // textContent to notice new or edited messages (cheap); innerText, which lays the page out, only for
    // the ones sent.
    const all = messageElements(document, view.bodies, MAX_ELEMENTS);
    const unread = all.filter((el) => reads.get(el)?.text !== el.textContent);
    const fresh = unread.slice(-MAX_ITEMS);
    // The older ones next, in a scan right after this one.
    if (unread.length > fresh.length) again = true;
    if (!fresh.length) {
      if (changed) paint();
      sum(all);
      return;
    }
    const sent = fresh.map((el) => {
      const r = readOf(el);
      r.text = el.textContent;
      // What was shown for its old text is wrong now, whatever the answer.
      if (shown.has(el)) {
        clear(el, r);
        changed = true;
      }
      return r;
    });
    if (changed) paint();
    // A long message goes in parts (each checked alone, with the element's key: counted once), a message's parts in
    // the same message to the background, MAX_ITEMS parts at most in one (the background refuses a longer one whole).
    const batches: { id: number; key: string; text: string }[][] = [[]];
    const owner: number[] = [];
    fresh.forEach((el, i) => {
      const parts = messageParts(messageText(el));
      if (batches.at(-1)!.length + parts.length > MAX_ITEMS) batches.push([]);
      for (const text of parts) batches.at(-1)!.push({ id: owner.push(i) - 1, key: sent[i]!.key, text });
    });
    const found = new Map<number, Finding[]>();
    let locale: Locale | undefined;
    for (const items of batches) {
      const answer = await send({ type: 'messages', site: site.id, url: url.href, items });
      if (stopped) return;
      locale = answer?.locale ?? locale;
      for (const { id, findings } of answer?.results ?? []) {
        const i = owner[id];
        if (i !== undefined && findings.length) found.set(i, [...(found.get(i) ?? []), ...findings]);
      }
    }
    for (const [id, findings] of found) {
      const el = fresh[id];
      const r = sent[id];
      if (!el || !r) continue;
      // Gone or changed again meanwhile: the next scan reads it again (should it come back, for one gone).
      if (!el.isConnected) r.text = null;
      if (!el.isConnected || el.textContent !== r.text) continue;
      for (const f of findings)
        for (const q of f.quotes ?? []) (f.note ? r.notes : r.flags).push(...quoteRanges(el, q));
      shown.add(el);
      r.findings = findings;
      r.locale = locale;
      // After the outermost link or button around the message (a clickable applicant card): a marker inside
      // one would follow the link when clicked. Found again at each mounting: a reused row may have moved.
      r.marker ??= await createShadowRootUi(ctx, {
        name: 'red-flag-radar-message',
        css: UI_CSS,
        position: 'inline',
        anchor: () => outsideControls(el),
        append: 'after',
        onMount: (container) => {
          mount(container, r.findings, r.locale);
          return container;
        },
        onRemove: (container) => container && render(null, container),
      });
      if (!stopped && shown.has(el)) r.marker.mount();
    }
    paint();
    sum(all);
  }

  // One scan at a time; changes seen during one are read by another right after it.
  let running = false;
  let again = false;
  async function scan(): Promise<void> {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        await scanOnce();
      } while (again && !stopped);
    } finally {
      running = false;
    }
  }
  const run = () => {
    if (!stopped) scan().catch(() => {});
  };

  const soon = settled(run, { quietMs: QUIET_MS, maxWaitMs: MAX_WAIT_MS }, (fn, ms) => ctx.setTimeout(fn, ms));
  const observer = new MutationObserver(soon.poke);
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  run();
  const stop = () => {
    stopped = true;
    observer.disconnect();
    soon.cancel();
    summary?.remove();
    for (const el of shown) reads.get(el)?.marker?.remove();
    shown.clear();
    highlights()?.delete(HIGHLIGHT);
    highlights()?.delete(NOTE_HIGHLIGHT);
  };
  ctx.onInvalidated(stop);
  return { stop };
}
