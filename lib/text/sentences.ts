/** Splits free text into sentences (and lines), for quoting the exact passage that triggered a finding. */
export function sentences(text: string): string[] {
  // As text.split(/(?<=[.!?])\s+|\n+/), trimmed, empty ones left out — by one walk over the characters (the
  // pattern, starting with a lookbehind, was tried at every character: 1 % of the message rules' time).
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length;) {
    const c = text.charCodeAt(i);
    // Neither white space nor a line end (most characters): on.
    if (c > 32 && c < 0xa0) {
      i++;
      continue;
    }
    let end = i;
    if (space(c) && i > 0 && stop(text.charCodeAt(i - 1)))
      while (end < text.length && space(text.charCodeAt(end))) end++;
    else if (c === 10) while (end < text.length && text.charCodeAt(end) === 10) end++;
    if (end === i) {
      i++;
      continue;
    }
    const s = text.slice(start, i).trim();
    if (s) out.push(s);
    start = i = end;
  }
  const s = text.slice(start).trim();
  if (s) out.push(s);
  return out;
}

/** ".", "!" or "?". */
const stop = (c: number) => c === 46 || c === 33 || c === 63;
/** What "\s" matches (and trim() removes): white space and line ends. */
function space(c: number): boolean {
  return c <= 32
    ? c === 32 || (c >= 9 && c <= 13)
    : c === 0xa0 ||
        c === 0x1680 ||
        (c >= 0x2000 && c <= 0x200a) ||
        c === 0x2028 ||
        c === 0x2029 ||
        c === 0x202f ||
        c === 0x205f ||
        c === 0x3000 ||
        c === 0xfeff;
}

/** Removes zero-width and bidi-control characters and soft hyphens that can hide or reorder text. */
export function cleanText(text: string): string {
  return text.normalize('NFKC').replace(/[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g, '');
}

export const NEGATION = /\b(?:no|not|never|don[’']?t|do not|won[’']?t|without|nor|kein(?:e|en)?|nicht|niemals|nie)\b/i;

/** Shortens a quote for display, keeping it recognisable. */
export function quote(s: string, max = 160): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}
