/**
 * The edits that clean a page's text as lib/text/sentences.ts cleanText does, character by character, so that each
 * character of the clean text is traced to the page (lib/text/edits.ts).
 */
import type { Edit } from './edits';
import { cleanText } from './sentences';

/** The edits that clean the page's text (lib/text/sentences.ts cleanText). */
export function cleaning(raw: string): Edit[] {
  // Character by character with its combining marks (NFKC joins a letter and its accent). Printable ASCII and
  // white space never change; the same characters are cleaned once. (Where NFKC would join two characters that are not a letter
  // and its marks, Hangul jamo, they stay apart.)
  const edits: Edit[] = [];
  const known = new Map<string, string>();
  // (and the control characters, which are ASCII: lib/text/sentences.ts CONTROL)
  for (const m of raw.matchAll(/[\s\S]\p{M}+|[^\t\n\v\f\r\x20-\x7e]/gu)) {
    let word = known.get(m[0]);
    if (word === undefined) known.set(m[0], (word = cleanText(m[0])));
    if (word !== m[0]) edits.push({ from: m.index, to: m.index + m[0].length, word });
  }
  return edits;
}
