/**
 * Finding a quoted sentence inside a message element, as DOM ranges over its text nodes (whitespace runs
 * compared as one space), for the CSS Custom Highlight API: the page's DOM is never changed.
 */
import { MAX_READ } from '../read-cap';

export interface Span {
  start: Text;
  startOffset: number;
  end: Text;
  /** Exclusive. */
  endOffset: number;
}

export function quoteRanges(el: Element, quote: string): Range[] {
  return quoteSpans(el, quote).map((s) => {
    const r = el.ownerDocument.createRange();
    r.setStart(s.start, s.startOffset);
    r.setEnd(s.end, s.endOffset);
    return r;
  });
}

/** Where `quote` stands in the element's text nodes (every occurrence, at most 20). */
export function quoteSpans(el: Element, quote: string): Span[] {
  const doc = el.ownerDocument;
  const walker = doc.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  // The element's text with whitespace runs collapsed, and for each character where it came from.
  let text = '';
  const from: { node: Text; offset: number }[] = [];
  let lastSpace = true;
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const s = n.data;
    for (let i = 0; i < s.length; i++) {
      const space = /\s/.test(s[i]!);
      if (space && lastSpace) continue;
      text += space ? ' ' : s[i];
      from.push({ node: n, offset: i });
      lastSpace = space;
    }
  }
  const wanted = quote.replace(/\s+/g, ' ').trim().replace(/…$/, '');
  if (!wanted) return [];
  const out: Span[] = [];
  for (let at = text.indexOf(wanted); at >= 0 && out.length < 20; at = text.indexOf(wanted, at + wanted.length)) {
    const start = from[at]!;
    const end = from[at + wanted.length - 1]!;
    out.push({ start: start.node, startOffset: start.offset, end: end.node, endOffset: end.offset + 1 });
  }
  return out;
}

/** The longest text the background takes in one item (lib/messages.ts MessagesMessage). */
export const MAX_PART = 20_000;

/** The text a message element shows, line breaks kept where the layout makes them. */
export function messageText(el: Element): string {
  const inner = (el as HTMLElement).innerText;
  return (typeof inner === 'string' && inner.trim() ? inner : (el.textContent ?? '')).slice(0, MAX_READ);
}

/**
 * A message's text in parts of at most MAX_PART characters, cut after a line or a sentence where one ends in the
 * part's last tenth (hostile20: only the first 20,000 characters were read, so a request after that much padding
 * was never checked).
 */
export function messageParts(text: string): string[] {
  const parts: string[] = [];
  let at = 0;
  while (text.length - at > MAX_PART) {
    const part = text.slice(at, at + MAX_PART);
    const line = part.lastIndexOf('\n');
    const stop = Math.max(part.lastIndexOf('. '), part.lastIndexOf('! '), part.lastIndexOf('? '));
    const cut = line >= MAX_PART * 0.9 ? line + 1 : stop >= MAX_PART * 0.9 ? stop + 2 : MAX_PART;
    parts.push(text.slice(at, at + cut));
    at += cut;
  }
  parts.push(text.slice(at));
  return parts;
}
