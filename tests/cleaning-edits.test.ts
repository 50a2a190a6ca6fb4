/**
 * The cleaning's edits (lib/text/cleaning-edits.ts): made per run of characters, each character still traced to the
 * page as an edit of its own would trace it (lib/text/edits.ts). A run of 200,000 no-break spaces was 200,000 edits.
 */
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../lib/analyze';
import { cleaning } from '../lib/text/cleaning-edits';
import { applied, edited, type Edit } from '../lib/text/edits';
import { MAX_READ } from '../lib/text/message';
import { cleanText } from '../lib/text/sentences';

/** The edits as they were made before, one for each character (with its marks) cleaning changes. */
function oneByOne(raw: string): Edit[] {
  const edits: Edit[] = [];
  for (const m of raw.matchAll(/[\s\S]\p{M}+|[^\t\n\v\f\r\x20-\x7e]/gu)) {
    const word = cleanText(m[0]);
    if (word !== m[0]) edits.push({ from: m.index, to: m.index + m[0].length, word });
  }
  return edits;
}

const PUMPS = {
  'no-break spaces': '\u00a0',
  'ideographic spaces': '\u3000',
  'full-width letters': 'Ｔ',
  'styled letters': '𝐓',
  'zero-width spaces': '\u200b',
  ligatures: 'ﬁ',
  'accents typed as marks': 'e\u0301',
};

describe('the cleaning of a run', () => {
  it.each(Object.entries(PUMPS))('makes a run of %s one edit', (_, unit) => {
    const raw = `Telegram me ${unit.repeat(100_000)} now`;
    const edits = cleaning(raw);
    expect(edits.length).toBe(1);
    expect(applied(raw, edits)).toBe(applied(raw, oneByOne(raw)));
  });

  it('traces every character to the page as edits one by one do', () => {
    const alphabet = ['a', ' ', '\u00a0', '\u3000', 'Ｔ', '𝐓', '\u200b', '\ufdfa', 'ﬁ', '\u0301', '\u0308', 'e', '\t'];
    alphabet.push(
      '\n',
      '\u00ad',
      '\x01',
      '\ud800',
      '\udc00',
      '\u1100',
      '\u1161',
      'é',
      '½',
      '\ud834\udd65',
      'Ⓣ',
      '\ufe0f',
    );
    let seed = 1;
    const next = (n: number) => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n;
    for (let t = 0; t < 3000; t++) {
      let raw = '';
      for (let i = next(30); i > 0; i--) raw += alphabet[next(alphabet.length)]!.repeat(next(3) ? 1 : next(5) + 1);
      const runs = cleaning(raw);
      const each = oneByOne(raw);
      expect(applied(raw, runs)).toBe(applied(raw, each));
      // traced from the page, and after an edit before it (the second of a message's steps)
      expect(edited({ text: raw }, runs)).toEqual(edited({ text: raw }, each));
      const before = edited({ text: `xy${raw}` }, [{ from: 0, to: 2, word: 'z' }]);
      const shifted = (edits: Edit[]) => edits.map((e) => ({ ...e, from: e.from - 1, to: e.to - 1 }));
      expect(edited(before, shifted(cleaning(`xy${raw}`)))).toEqual(edited(before, shifted(oneByOne(`xy${raw}`))));
    }
  });

  it.each(Object.entries(PUMPS))('reads a message of %s up to the read cap in linear time', (_, unit) => {
    analyzeMessage('Telegram me @x paypal');
    const run = unit.repeat(Math.floor((MAX_READ - 100) / unit.length));
    for (const text of [`Telegram me @x paypal ${run}x`, `Telegram me ${run} @x paypal`]) {
      const start = process.cpuUsage();
      analyzeMessage(text);
      const used = process.cpuUsage(start);
      // (~20-50 ms once linear: the bound is for a pattern or a step that is not)
      expect((used.user + used.system) / 1000).toBeLessThan(2_000);
    }
  });
});
