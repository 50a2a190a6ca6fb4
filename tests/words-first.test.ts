// lib/text/words-first.ts: the words looked for first answer exactly as the pattern does, and a leading bound that captures
// (which would renumber the groups after it) or a pattern with no leading bound is refused.
import { describe, expect, it } from 'vitest';
import { asciiFirst } from '../lib/text/ascii-first';
import { withoutLeadingBounds, wordsFirst } from '../lib/text/words-first';

describe('wordsFirst', () => {
  const re = asciiFirst(/(?<![\p{L}])(?:full payment|in full)(?![\p{L}])/iu);
  const test = wordsFirst(re);

  it('answers as the pattern does, also where the words stand inside another word', () => {
    for (const text of [
      'Full payment is due now.',
      'paid in full upfront',
      'a carefull paymentplan',
      'nothing here',
      'überfull payment',
      '',
    ])
      expect(test.test(text), text).toBe(re.test(text));
  });

  it('strips only the bounds the pattern opens with', () => {
    expect(withoutLeadingBounds(/\b(?<=x)ab\b/u).source).toBe(String.raw`ab\b`);
    expect(withoutLeadingBounds(/(?<![\p{L}])(?:a|b)/u).source).toBe('(?:a|b)');
  });

  it('refuses a capture in a leading bound, a pattern with none, and a scanning pattern', () => {
    expect(() => wordsFirst(/(?<=(a))b/u)).toThrow(/capture in a leading bound/);
    expect(() => wordsFirst(/ab/u)).toThrow(/no leading bound/);
    expect(() => wordsFirst(/\bab/gu)).toThrow(/tests, not scans/);
  });
});
