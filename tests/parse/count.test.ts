import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countsIn, parseCount, parseNumber } from '../../lib/parse/count';

const LANGS = [
  'en',
  'en-US',
  'en-IN',
  'de',
  'de-CH',
  'fr',
  'es',
  'pt-BR',
  'it',
  'nl',
  'sv',
  'pl',
  'ru',
  'ja',
  'hi',
  'tr',
];

describe('parseCount: counts as pages write them, in the page language', () => {
  it.each([
    // [text, lang, count]
    ['22.6k', 'en', 22600], // GitHub's followers (real page github/defunkt_guest_2026-01)
    ['22.6K', 'en', 22600],
    ['1.5k', undefined, 1500], // no language: English
    ['17,457', 'en', 17457], // LinkedIn signed in (real page)
    ['11,929', 'en-US', 11929],
    ['500+', 'en', 500],
    ['1,234,567', 'en', 1234567],
    ['1,2 mil', 'es', 1200],
    ['1.234', 'es', 1234],
    ['1,5 M', 'es', 1500000],
    ['1.234', 'de', 1234],
    ['1,2 Tsd.', 'de', 1200],
    ['12 Tsd.', 'de', 12000],
    ['1,5 Mio.', 'de', 1500000],
    ['1.234', 'de-DE', 1234],
    ['1.234', 'de_DE', 1234], // LinkedIn's "de_DE" locale spelling
    ['12 k', 'fr', 12000],
    ['1,5 M', 'fr', 1500000],
    ['17 457', 'fr', 17457],
    ['17\u202f457', 'fr', 17457], // French group separator as Intl writes it
    ['17\u00a0457', 'sv', 17457],
    ['1,2 mil', 'pt-BR', 1200],
    ['2,5 mi', 'pt-BR', 2500000],
    ['3,4 tys.', 'pl', 3400],
    ['1,2 тыс.', 'ru', 1200],
    ['3万', 'ja', 30000],
    ['12,34,567', 'en-IN', 1234567], // lakh grouping
    ['1,5 B', 'tr', 1500], // Turkish "bin": B is a thousand there
    ['0', 'en', 0],
  ])('%j in %s is %d', (text, lang, n) => {
    expect(parseCount(text, lang)).toBe(n);
  });

  it.each([
    ['1.234', 'en'], // one point two three four is no count
    ['1,5', 'de'],
    ['1 234', 'en'], // English does not group with spaces
    ['1,2,3', 'en'],
    ['12,34,567', 'en-US'], // lakh grouping only where the language uses it
    ['1.2.3', 'de'],
    ['1,23', 'en'], // a group of two is no group
    ['12 zz', 'en'], // no such abbreviation
    ['1,5 Tsd.', 'fr'], // a German abbreviation on a French page
    ['', 'en'],
    ['k', 'en'],
    ['-5', 'en'],
    ['1e6', 'en'],
    ['Infinity', 'en'],
    ['9'.repeat(70), 'en'],
  ])('%j in %s is not read', (text, lang) => {
    expect(parseCount(text, lang)).toBeUndefined();
  });

  it('reads non-strings and unknown languages safely', () => {
    expect(parseCount(undefined)).toBeUndefined();
    expect(parseCount(null)).toBeUndefined();
    expect(parseCount('1,234', 'xx-invalid-tag-!!')).toBe(1234); // unknown language: English
    expect(parseCount('1,234', 'zz')).toBe(1234);
  });

  it('parseNumber keeps fractions (rates): "1,234.50" in English, "1.234,50" in German', () => {
    expect(parseNumber('1,234.50', 'en')).toBe(1234.5);
    expect(parseNumber('1.234,50', 'de')).toBe(1234.5);
    expect(parseNumber('25', 'en')).toBe(25);
    expect(parseNumber('1.234', 'en')).toBe(1.234);
  });

  it('reads back every whole number Intl writes, in every language tested, plain and abbreviated', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 12 }), fc.constantFrom(...LANGS), (n, lang) => {
        expect(parseCount(new Intl.NumberFormat(lang).format(n), lang)).toBe(n);
        // Abbreviated ("1.2M"), the count is the shown value times the abbreviation.
        const fmt = new Intl.NumberFormat(lang, { notation: 'compact', maximumFractionDigits: 1 });
        const shown = fmt.format(n);
        const back = parseNumber(shown, lang);
        expect(back, `${shown} (${lang})`).toBeDefined();
        expect(fmt.format(back!)).toBe(shown);
      }),
      { numRuns: 400, seed: 15 },
    );
  });
});

describe('countsIn: followers and connections in the page language', () => {
  it.each([
    [['17,457 followers'], 'en', { followers: 17457 }],
    [['500+ connections', '11,929 followers'], 'en', { connections: 500, followers: 11929 }],
    [['1,2 mil seguidores', '500+ conexiones'], 'es', { followers: 1200, connections: 500 }],
    [['1.234 Follower', '500+ Kontakte'], 'de', { followers: 1234, connections: 500 }],
    [['12 k abonnés · 500+ relations'], 'fr', { followers: 12000, connections: 500 }],
    [['1,5 mil seguidores'], 'pt-BR', { followers: 1500 }],
    [['564 followers 500+ connections'], 'en', { followers: 564, connections: 500 }],
  ] as const)('%j (%s)', (texts, lang, out) => {
    expect(countsIn(texts, lang)).toEqual(out);
  });

  it('mutual connections and other numbers are not the profile counts; the first count of a kind wins', () => {
    expect(countsIn(['and 43 other mutual connections', '30 Mutual connections'], 'en')).toEqual({});
    expect(countsIn(['Joined 2019', '2 yrs 7 mos'], 'en')).toEqual({});
    expect(countsIn(['10 followers', '20 followers'], 'en')).toEqual({ followers: 10 });
    // Read in the page's language: "1.234 followers" on an English page is no count.
    expect(countsIn(['1.234 followers'], 'en')).toEqual({});
  });
});
