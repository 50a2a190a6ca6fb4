import { afterEach, describe, expect, it } from 'vitest';
import { analyzeMessage } from '../lib/analyze';
import { localeFor, setLocale, t } from '../lib/i18n';
import { de } from '../lib/i18n/de';
import { en } from '../lib/i18n/en';
import { pagesCatalogue, t as pagesT } from '../lib/i18n/pages';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

afterEach(() => setLocale('en'));

describe('i18n', () => {
  it('German has exactly the English keys, none empty', () => {
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
    for (const [k, v] of Object.entries(de)) expect(v.trim(), k).not.toBe('');
  });

  it('the pages’ texts too: German has exactly the English keys, none empty, and t() knows them', () => {
    expect(Object.keys(pagesCatalogue.de).sort()).toEqual(Object.keys(pagesCatalogue.en).sort());
    for (const [k, v] of Object.entries(pagesCatalogue.de)) expect(v.trim(), k).not.toBe('');
    expect(pagesT('history.team.noMatch')).toBe('No profiles from your team match.');
    setLocale('de');
    expect(pagesT('history.count', { count: 1 })).toBe('1 Profil in diesem Browser gemerkt');
  });

  it.each(Object.keys(en) as (keyof typeof en)[])('%s has the same placeholders in both languages', (key) => {
    expect(placeholders(de[key])).toEqual(placeholders(en[key]));
  });

  it('chooses the locale from the browser language', () => {
    expect(localeFor('de-AT')).toBe('de');
    expect(localeFor('de')).toBe('de');
    expect(localeFor('en-US')).toBe('en');
    expect(localeFor('fr')).toBe('en');
    expect(localeFor(undefined)).toBe('en');
  });

  it('findings come out in the chosen language', () => {
    setLocale('de');
    expect(t('risk.high')).toBe('Hoch');
    const f = analyzeMessage('Bitte bezahlen Sie mich in Bitcoin.').findings[0];
    expect(f.title).toBe('Bittet um Bezahlung in Kryptowährung');
    expect(f.evidence).toEqual([
      '„Bitte bezahlen Sie mich in Bitcoin.“',
      'Nur ein Hinweis: ein einzelner Satz, ohne gültige Wallet-Adresse in der Nachricht und ohne zweite Bitte daneben. Lesen Sie die Nachricht noch einmal und fragen Sie nach, bevor Sie danach handeln.',
    ]);
  });
});
