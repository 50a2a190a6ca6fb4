/**
 * lib/text/ascii-first.ts: a letter checked ASCII first is the same letter, for every code point of the BMP, with and
 * without "i"; beyond the BMP (where V8 writes \p{L} out as code, surrogate pair by surrogate pair) no letter is.
 */
import { describe, expect, it } from 'vitest';
import { asciiFirst, NOT_AFTER_WORD, NOT_BEFORE_WORD } from '../lib/text/ascii-first';

/** The letters beyond the BMP (hex), which the rewritten patterns do not take for letters. */
const ASTRAL_LETTERS: string[] = [];
for (let cp = 0x10000; cp <= 0x10ffff; cp++)
  if (/\p{L}/u.test(String.fromCodePoint(cp))) ASTRAL_LETTERS.push(cp.toString(16));

/** The code points (as strings) where two patterns answer differently, over all of Unicode. */
function differences(a: RegExp, b: RegExp): string[] {
  const out: string[] = [];
  for (let cp = 0; cp <= 0x10ffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const s = String.fromCodePoint(cp);
    if (a.test(s) !== b.test(s)) out.push(cp.toString(16));
  }
  return out;
}

describe('asciiFirst', () => {
  for (const flags of ['u', 'iu']) {
    it(`matches a letter exactly where \\p{L} does in the BMP, none beyond it (${flags})`, () => {
      expect(
        differences(new RegExp(String.raw`^\p{L}$`, flags), asciiFirst(new RegExp(String.raw`^\p{L}$`, flags))),
      ).toEqual(ASTRAL_LETTERS);
      expect(
        differences(new RegExp(String.raw`^[\p{L}]$`, flags), asciiFirst(new RegExp(String.raw`^[\p{L}]$`, flags))),
      ).toEqual(ASTRAL_LETTERS);
    });

    it(`keeps the word bounds (${flags})`, () => {
      const before = new RegExp(String.raw`(?<![\p{L}])x`, flags);
      const after = new RegExp(String.raw`x(?![\p{L}])`, flags);
      // Each code point before or after an "x" (the bounds look at one character: a surrogate pair is one with "u").
      const around = (re: RegExp, first: boolean) => {
        const rewritten = asciiFirst(re);
        const out: string[] = [];
        for (let cp = 0; cp <= 0x10ffff; cp++) {
          if (cp >= 0xd800 && cp <= 0xdfff) continue;
          const s = first ? `${String.fromCodePoint(cp)}x` : `x${String.fromCodePoint(cp)}`;
          if (re.test(s) !== rewritten.test(s)) out.push(cp.toString(16));
        }
        return out;
      };
      expect(around(before, true)).toEqual(ASTRAL_LETTERS);
      expect(around(after, false)).toEqual(ASTRAL_LETTERS);
    });
  }

  it('rewrites letters outside larger classes only, and the same matches come out', () => {
    const re = /(?<![\p{L}])(?:use|got)\s+(?:\p{L}+\s+){0,2}?(?:new|[\s\p{L}-]+x)\s+cam\p{L}*(?![\p{L}])/giu;
    const rewritten = asciiFirst(re);
    expect(rewritten.source).toContain(String.raw`[\s\p{L}-]`);
    expect(rewritten.source).not.toContain(String.raw`(?:\p{L}+`);
    expect(rewritten.flags).toBe(re.flags);
    const text = 'I got a new camera. Ich use das neue Kämerachen; we use brand new camções, übergot new cam';
    expect([...text.matchAll(rewritten)].map((m) => [m.index, m[0]])).toEqual(
      [...text.matchAll(re)].map((m) => [m.index, m[0]]),
    );
  });

  it('reads \\b beside a word character as the other side alone ("iu")', () => {
    const out: string[] = [];
    const pairs: [RegExp, RegExp, (c: string) => string][] = [
      [/\b1/iu, new RegExp(`${NOT_AFTER_WORD}1`, 'iu'), (c) => `${c}1`],
      [/\bs/iu, new RegExp(`${NOT_AFTER_WORD}s`, 'iu'), (c) => `${c}s`],
      [/1\b/iu, new RegExp(`1${NOT_BEFORE_WORD}`, 'iu'), (c) => `1${c}`],
      [/k\b/iu, new RegExp(`k${NOT_BEFORE_WORD}`, 'iu'), (c) => `k${c}`],
    ];
    for (const [bound, sided, around] of pairs)
      for (let cp = 0; cp <= 0x10ffff; cp++) {
        if (cp >= 0xd800 && cp <= 0xdfff) continue;
        const s = around(String.fromCodePoint(cp));
        if (bound.test(s) !== sided.test(s)) out.push(`${bound.source} ${cp.toString(16)}`);
      }
    expect(out).toEqual([]);
  });

  it('is for "u" patterns only', () => {
    expect(() => asciiFirst(/\w/i)).toThrow();
  });
});
