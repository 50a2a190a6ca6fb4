/**
 * The edits that clean a page's text as lib/text/sentences.ts cleanText does, character by character, so that each
 * character of the clean text is traced to the page (lib/text/edits.ts).
 */
import type { Edit } from './edits';
import { cleanText } from './sentences';

// A unit is a character with the combining marks after it (NFKC joins a letter and its accent), or a character beyond
// printable ASCII and white space alone (and the control characters, which are ASCII: lib/text/sentences.ts CONTROL).
// Units side by side are found as one run: a run of 200,000 no-break spaces was 200,000 matches.
const RUNS = /(?:[\s\S]\p{M}+|[^\t\n\v\f\r\x20-\x7e])+/gu;
const MARK = /^\p{M}$/u;
// Whether each character of the Basic Multilingual Plane is a combining mark (0: not asked yet, 1: a mark, 2: not).
const BMP_MARKS = new Uint8Array(0x10000);
const ASTRAL_MARKS = new Map<number, boolean>();

function isMark(c: number): boolean {
  // (no mark before U+0300)
  if (c < 0x300) return false;
  if (c <= 0xffff) {
    let m = BMP_MARKS[c]!;
    if (!m) BMP_MARKS[c] = m = MARK.test(String.fromCharCode(c)) ? 1 : 2;
    return m === 1;
  }
  let m = ASTRAL_MARKS.get(c);
  if (m === undefined) ASTRAL_MARKS.set(c, (m = MARK.test(String.fromCodePoint(c))));
  return m;
}

function cleanOrNull(unit: string): string | null {
  const word = cleanText(unit);
  return word === unit ? null : word;
}

/**
 * The edits that clean the page's text (lib/text/sentences.ts cleanText): each unit cleaned alone, the same units once;
 * edits side by side made one, each still traced alone (Edit.pieces). (Where NFKC would join two characters that are
 * not a letter and its marks, Hangul jamo, they stay apart.)
 */
export function cleaning(raw: string): Edit[] {
  const edits: Edit[] = [];
  // Each unit's clean form, null where cleaning keeps it.
  const single = new Map<number, string | null>();
  const known = new Map<string, string | null>();
  const cleanCharacter = (c: number) => {
    let word = single.get(c);
    if (word === undefined) single.set(c, (word = cleanOrNull(String.fromCharCode(c))));
    return word;
  };
  const cleanUnit = (unit: string) => {
    let word = known.get(unit);
    if (word === undefined) known.set(unit, (word = cleanOrNull(unit)));
    return word;
  };
  // The edit being made longer, its words and its pieces (a triple: how many units in a row, each of how many
  // characters, each written as how many).
  let last: Edit | undefined;
  let words: string[] = [];
  let pieces: number[] = [];
  const close = () => {
    if (!last) return;
    if (pieces[0]! > 1 || pieces.length > 3) {
      last.word = words.join('');
      last.pieces = pieces;
    }
    edits.push(last);
  };
  RUNS.lastIndex = 0;
  for (let m = RUNS.exec(raw); m; m = RUNS.exec(raw)) {
    const end = m.index + m[0].length;
    for (let i = m.index; i < end;) {
      // The unit at i, as the run's pattern read it: a character and every mark after it, else the character.
      const c = raw.charCodeAt(i);
      let u = i + (c >= 0xd800 && c <= 0xdbff && raw.codePointAt(i)! > 0xffff ? 2 : 1);
      for (let d = raw.charCodeAt(u); u < end && d >= 0x300; d = raw.charCodeAt(u)) {
        if (d >= 0xd800 && d <= 0xdbff) d = raw.codePointAt(u)!;
        if (!isMark(d)) break;
        u += d > 0xffff ? 2 : 1;
      }
      // (a unit of one character, most of them, is looked up by its code: no slice, no string hashed)
      const word = u === i + 1 ? cleanCharacter(c) : cleanUnit(raw.slice(i, u));
      if (word !== null) {
        const each = u - i;
        if (last && last.to === i) {
          last.to = u;
          words.push(word);
          const k = pieces.length - 3;
          if (pieces[k + 1] === each && pieces[k + 2] === word.length) pieces[k]!++;
          else pieces.push(1, each, word.length);
        } else {
          close();
          last = { from: i, to: u, word };
          words = [word];
          pieces = [1, each, word.length];
        }
      }
      i = u;
    }
  }
  close();
  return edits;
}
