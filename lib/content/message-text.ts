/**
 * Finding a quoted sentence inside a message element, as DOM ranges over its text nodes (whitespace runs
 * compared as one space), for the CSS Custom Highlight API: the page's DOM is never changed.
 */
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

/** The text a message element shows, line breaks kept where the layout makes them. */
export function messageText(el: Element): string {
  const inner = (el as HTMLElement).innerText;
  return (typeof inner === 'string' && inner.trim() ? inner : (el.textContent ?? '')).slice(0, 20_000);
}
