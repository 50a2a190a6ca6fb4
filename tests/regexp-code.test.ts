import { describe, expect, it } from 'vitest';
import { LARGE, lessCode } from '../lib/text/regexp-code';

// Long enough to be rewritten; the words themselves do not matter.
const PAD = `(?:${Array.from({ length: 40 }, (_, i) => `pad${i}`).join('|')})`;

describe('lessCode', () => {
  it('leaves short patterns as written', () => {
    const short = '(?:a|b) c';
    expect(short.length).toBeLessThan(LARGE);
    expect(lessCode(short)).toBe(short);
  });

  it('settles the state after a group of alternatives and after a repeated group, nowhere else', () => {
    const source = String.raw`${PAD} (?:x|y)\s+(?:\w+\s+){0,2}?(?:z)(?:u|v)?w(?:p|q)(?!r)[(|)]\(a|b\)(?<=(?:s|t))(?:m|n)`;
    const out = lessCode(source);
    expect(out).toBe(
      String.raw`${PAD}(?=) (?:x|y)(?=)\s+(?:\w+\s+){0,2}?(?=)(?:z)(?:u|v)?(?=)w(?:p|q)(?!r)[(|)]\(a|b\)(?<=(?:s|t))(?:m|n)`,
    );
    // Only look-aheads that read nothing are added: without them the pattern is the one written.
    expect(out.replaceAll('(?=)', '')).toBe(source);
  });

  it('settles the state before a group inside a look-behind (read right to left), after one inside a look-ahead', () => {
    const source = String.raw`${PAD}(?<=(?:s|t)\s(?:ab|cd)?-(?:e|f)+(?=(?:g|h)i)[a-z])x`;
    expect(lessCode(source)).toBe(String.raw`${PAD}(?<=(?:s|t)\s(?=)(?:ab|cd)?-(?=)(?:e|f)+(?=(?:g|h)(?=)i)[a-z])x`);
  });

  it('keeps every match, capture and index', () => {
    // (the last alternative looks back over groups: read right to left, "(?=)" goes before them)
    const source = String.raw`(?<![a-z])${PAD}?(?:(?:my|our)\s+(?:([a-z]+)\s+){0,2}?(?:friend|cousin|brother)s?|(?:send|give) (?:me|us) (?:the |your )?(?:code|pin)(?:s|z)|\d{2}(?:[./-]\d{2}){2}|(?<=(?:give|send)\s(?:(me|us)\s)?(?:the\s)*)(?:pin|code))(?![a-z])`;
    const texts = [
      'my best old friend said hi, our cousins came',
      'please send me your codes and give us the pinz',
      'on 12.03.26 or 12-03-26, my friends; our good  brother',
      'pad3 my friend pad12our brothers pad39 give me code',
    ];
    for (const flags of ['gi', 'giu', 'gy', 'gd']) {
      const plain = new RegExp(source, flags);
      const less = new RegExp(lessCode(source), flags);
      expect(less.source).not.toBe(plain.source);
      for (const text of texts)
        for (let at = 0; at <= text.length; at++) {
          plain.lastIndex = less.lastIndex = at;
          const a = plain.exec(text);
          const b = less.exec(text);
          expect(b && [...b, b.index, less.lastIndex], `${flags} at ${at} in ${text}`).toEqual(
            a && [...a, a.index, plain.lastIndex],
          );
        }
    }
  });
});
