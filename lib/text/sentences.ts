// A sentence's end: a stop and the white space after it, or a run of line ends.
const BREAK = /[.!?]\s+|\n+/g;

/** Splits free text into sentences (and lines), for quoting the exact passage that triggered a finding. */
export function sentences(text: string): string[] {
  // As text.split(/(?<=[.!?])\s+|\n+/), trimmed, empty ones left out. The break is looked for from the stop before
  // it: a pattern starting with a lookbehind is tried at every character, and a walk over the characters in
  // JavaScript cost three times this scan.
  const out: string[] = [];
  let start = 0;
  BREAK.lastIndex = 0;
  for (let m = BREAK.exec(text); m; m = BREAK.exec(text)) {
    // The stop stays with its sentence.
    const end = text.charCodeAt(m.index) === 10 ? m.index : m.index + 1;
    const s = text.slice(start, end).trim();
    if (s) out.push(s);
    start = BREAK.lastIndex;
  }
  const s = text.slice(start).trim();
  if (s) out.push(s);
  return out;
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
