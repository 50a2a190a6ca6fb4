/**
 * Letter classes checked ASCII first. The messages are two-byte strings (lib/text/message.ts), and on those a "u"
 * pattern's \p{L} is a call into C per character checked (V8's IsCharacterInRangeArray: 3.4 % of the message rules'
 * instructions, 2026-12-04); most letters are ASCII, so they are checked inline first and only the others looked up.
 *
 * The letters are those of the Basic Multilingual Plane (U+0000–U+FFFF): \p{L} without the ~97,000 letters beyond it
 * (CJK extension ideographs, historic scripts, Adlam — the styled mathematical letters are made plain by NFKC before
 * the rules read a message). V8 looks the BMP's letters up in one table, but writes the others out as code, surrogate
 * pair by surrogate pair: ~6.3 KB of native code for each \p{L} of a pattern, ~3.8 MB for the rules' patterns, which
 * pushed them past V8's budget for pattern code (lib/text/regexp-code.ts). So a letter beyond the BMP is not a letter
 * here (as it never was in the concepts' LETTER class, lib/text/cooccur.ts): next to a word it is no letter of it, and
 * a pattern's word of letters stops at it. On every character of the BMP the rewritten pattern answers as the one
 * written, with and without the "i" flag (the letters "i" adds to [a-zA-Z], "ſ" and the Kelvin sign, are letters
 * and not ASCII; tests/ascii-first.test.ts checks every code point).
 */
import { lessCode } from './regexp-code';

// A letter of the BMP, as a class of few characters: everything but the non-letters and what lies beyond the BMP.
// (With "i", a negated class also refuses what folds to the same letter as something it names: U+0345, the combining
// iota subscript — not a letter, but \p{L} matches it with "i" — makes it refuse ι, Ι and U+1FBE, which \p{L} takes:
// ι is put back in the ASCII part's class below, and with "i" it takes those four.)
const BMP_LETTER = String.raw`[^\P{L}\u{10000}-\u{10ffff}]`;
// "(?<![\p{L}])" and "(?![\p{L}])", the word bounds most patterns open and close with.
const NOT_AFTER_LETTER = String.raw`(?<![a-zA-Z\u03b9]|${BMP_LETTER}(?<=[^\x00-\x7f]))`;
// "(?<![\p{L}\d])", a sum's bound (no letter or digit before it; "\d" is the ASCII digits in a "u" pattern): left as it was,
// a 1 KB message without a sum cost 18 µs to scan, all but 5 of them the look-up of every character before a position.
const NOT_AFTER_LETTER_OR_DIGIT = String.raw`(?<![a-zA-Z0-9\u03b9]|${BMP_LETTER}(?<=[^\x00-\x7f]))`;
const NOT_BEFORE_LETTER = String.raw`(?![a-zA-Z\u03b9]|(?![\x00-\x7f])${BMP_LETTER})`;
// A letter: ASCII, or looked up.
const LETTER = String.raw`(?:[a-zA-Z\u03b9]|(?![\x00-\x7f])${BMP_LETTER})`;

/**
 * The same pattern (a "u" one) with its letter bounds and its letters outside larger classes checked ASCII first,
 * and, unless `less` is false, with less native code where paths join (lib/text/regexp-code.ts).
 */
export function asciiFirst(re: RegExp, less = true): RegExp {
  if (!re.unicode) throw new Error(`asciiFirst is for "u" patterns: /${re.source.slice(0, 80)}/`);
  const bounded = re.source
    .replaceAll(String.raw`(?<![\p{L}])`, NOT_AFTER_LETTER)
    .replaceAll(String.raw`(?<![\p{L}\d])`, NOT_AFTER_LETTER_OR_DIGIT)
    .replaceAll(String.raw`(?![\p{L}])`, NOT_BEFORE_LETTER);
  const source = letters(bounded);
  return new RegExp(less ? lessCode(source) : source, re.flags);
}

/** "\p{L}" and "[\p{L}]" outside other classes (and outside the bounds above) as LETTER. */
function letters(source: string): string {
  // (read from one sign that matters to the next, copied in runs: a character at a time was ~20 ms of the load)
  let out = '';
  let copied = 0;
  let inClass = false;
  for (let i = nextSign(source, 0); i < source.length; i = nextSign(source, i + 1)) {
    const c = source.charCodeAt(i);
    if (inClass) {
      if (c === 92) i++;
      else if (c === 93) inClass = false;
    } else if (c === 40) {
      if (source.startsWith(NOT_AFTER_LETTER, i)) i += NOT_AFTER_LETTER.length - 1;
      else if (source.startsWith(NOT_AFTER_LETTER_OR_DIGIT, i)) i += NOT_AFTER_LETTER_OR_DIGIT.length - 1;
      else if (source.startsWith(NOT_BEFORE_LETTER, i)) i += NOT_BEFORE_LETTER.length - 1;
    } else if (c === 92) {
      if (source.startsWith(String.raw`\p{L}`, i)) {
        out += source.slice(copied, i) + LETTER;
        i += 4;
        copied = i + 1;
      } else i++;
    } else if (c === 91) {
      if (source.startsWith(String.raw`[\p{L}]`, i)) {
        out += source.slice(copied, i) + LETTER;
        i += 6;
        copied = i + 1;
      } else inClass = true;
    }
  }
  return out + source.slice(copied);
}

// The signs letters() reads: "\\", "[", "]", "(".
const SIGNS = /[\\[\](]/g;

/** The index of the first of SIGNS at or after `from`, or the source's length. */
function nextSign(source: string, from: number): number {
  SIGNS.lastIndex = from;
  return SIGNS.test(source) ? SIGNS.lastIndex - 1 : source.length;
}

// "\b" in an "iu" pattern: V8 reads it with look-arounds at every position it is tried (the "i" and "u" flags make "ſ" and
// the Kelvin sign word characters too), and such a pattern scanned over a message costs several times the same one without
// it (a pattern of grading's fund pitch: 108 → 20 µs a 1 KB message). Where a word character stands on one side of the
// bound ("\b\d", "share\b"), the bound is only the other side: one of these.
const WORD = String.raw`[\w\u017f\u212a]`;
/** "\b" before a word character, in an "iu" pattern. */
export const NOT_AFTER_WORD = `(?<!${WORD})`;
/** "\b" after a word character, in an "iu" pattern. */
export const NOT_BEFORE_WORD = `(?!${WORD})`;
