/**
 * Every catalogue key in every language (lib/i18n): none missing, none empty, none left in English, the same
 * placeholders everywhere, plurals by the plural rules (never "profile(s)"), and every passage a rule cites
 * known to the catalogue, so the German interface has no English left in it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { de as badgeDe } from '../lib/i18n/de';
import { en as badgeEn } from '../lib/i18n/en';
import { pageParts, pagesCatalogue } from '../lib/i18n/pages';

/**
 * The catalogue's parts: the badge's (en.ts / de.ts: all the content script carries) and each of the extension's
 * pages' (lib/i18n/pages.ts). Every part has the same keys in both languages; no key is in two parts.
 */
const parts: Record<string, { en: Record<string, string>; de: Record<string, string> }> = {
  badge: { en: badgeEn, de: badgeDe },
  ...pageParts,
};
const en: Record<string, string> = { ...badgeEn, ...pagesCatalogue.en };
const de: Record<string, string> = { ...badgeDe, ...pagesCatalogue.de };
const catalogues: Record<string, Record<string, string>> = { en, de };
const keys = Object.keys(en);

describe('the catalogue’s parts', () => {
  it.each(Object.keys(parts))('%s: German has exactly the English keys', (part) => {
    expect(Object.keys(parts[part]!.de).sort()).toEqual(Object.keys(parts[part]!.en).sort());
  });

  it('no text is defined in two parts (one source per text)', () => {
    const count = Object.values(parts).reduce((n, p) => n + Object.keys(p.en).length, 0);
    expect(count).toBe(keys.length);
  });

  it('the pages’ catalogue is exactly its parts', () => {
    const fromParts = Object.entries(parts).flatMap(([name, p]) => (name === 'badge' ? [] : Object.keys(p.en)));
    expect(Object.keys(pagesCatalogue.en).sort()).toEqual(fromParts.sort());
    expect(Object.keys(pagesCatalogue.de).sort()).toEqual(fromParts.sort());
  });
});

/**
 * Texts that are the same in English and German, on purpose: names (sites, the product), words German
 * writes the English way ("Name", "Details", "Normal", "Links: …"), and each language's own name in the
 * language picker, written in that language.
 */
const SAME_IN_BOTH = new Set([
  'ui.popup.title', // the product's name
  'site.upwork',
  'site.freelancer',
  'site.linkedin',
  'site.github',
  'site.fiverr',
  'site.peopleperhour',
  'site.guru',
  'field.name', // "Name" is German too
  'history.details', // "Details" is German too
  'ui.settings.sensitivity.normal', // "Normal" is German too
  'team.status', // "Status" is German too
  'evidence.links', // "Links: {links}" is German too
  'ui.settings.language.en', // each language named in itself
  'ui.settings.language.de',
]);

/** Counted texts without a singular form: the count is never 1 there (the rules ask for more). */
const NEVER_ONE = new Set([
  'evidence.reviewBurst', // at least 3 top ratings
  'evidence.reviewBurstUndated', // at least 3 top ratings
  'evidence.skills', // at least 15 skills
]);

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the catalogue, every key in every language', () => {
  it.each(Object.keys(catalogues))('%s has every key and no other', (lang) => {
    expect(Object.keys(catalogues[lang]).sort()).toEqual([...keys].sort());
  });

  it.each(keys)('%s: present, not empty, translated, same placeholders', (key) => {
    for (const [lang, c] of Object.entries(catalogues)) {
      expect(typeof c[key], `${lang} ${key}`).toBe('string');
      expect(c[key].trim(), `${lang} ${key} is empty`).not.toBe('');
      expect(placeholders(c[key]!), `${lang} ${key}`).toEqual(placeholders(en[key]!));
    }
    if (!SAME_IN_BOTH.has(key)) expect(de[key], `${key} is not translated`).not.toBe(en[key]);
  });

  it('the allow-list holds only texts that really are the same', () => {
    for (const key of SAME_IN_BOTH) expect(de[key], key).toBe(en[key]);
  });

  it('a counted text has a singular form, or is never about one thing', () => {
    const missing = keys.filter((k) => !k.endsWith('.one') && en[k]!.includes('{count}') && !(`${k}.one` in en));
    expect(missing.sort()).toEqual([...NEVER_ONE].sort());
  });

  it('no plural is written by hand ("profile(s)", "Profil(e)", "red flag(s)")', () => {
    for (const [lang, c] of Object.entries(catalogues))
      for (const [key, text] of Object.entries(c))
        expect(text, `${lang} ${key}`).not.toMatch(/\p{L}\((?:s|e|n|en|es)\)/u);
  });

  it('every passage a rule cites is in the catalogue, in English exactly as the rule writes it', () => {
    const dir = join(__dirname, '../lib/rules');
    const cited = new Set<string>();
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'sources.ts')) {
      for (const m of readFileSync(join(dir, file), 'utf8').matchAll(/'((?:G\d|SEAL|IND)\b[^'\n]*)'/g)) cited.add(m[1]);
    }
    expect(cited.size).toBeGreaterThan(30);
    const passages = new Set<string>(keys.filter((k) => k.startsWith('cite.')).map((k) => en[k]));
    const documents = new Set(keys.filter((k) => k.startsWith('source.')).map((k) => k.slice('source.'.length)));
    const unknown = [...cited].filter((c) => !passages.has(c) && !documents.has(c));
    expect(unknown).toEqual([]);
  });
});
