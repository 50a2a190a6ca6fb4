/** Splits free text into sentences (and lines), for quoting the exact passage that triggered a finding. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);
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
