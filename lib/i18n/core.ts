/**
 * The one i18n layer: every user-facing string is `t(key, vars)`. This module holds no texts: lib/i18n/index.ts
 * adds the badge's in both languages (what the content script and the background import), lib/i18n/pages.ts the
 * pages' too, and the history page loads only the active language's (lib/i18n/load.ts). English is the type source
 * of the keys (en.ts, imported as a type only).
 */
import type { MessageKey } from './en';

export type { MessageKey };
export type Locale = 'en' | 'de';

/** The texts added so far, per language (addTexts). */
const catalogs: Record<Locale, Record<string, string>> = { en: {}, de: {} };
/** Counts the catalogues' changes: a text kept outside (lib/rules/finding.ts) is written again after one. */
let textsChanged = 0;

/** How many times texts were added: what t() gives for a key changes only with this or the locale. */
export function textsVersion(): number {
  return textsChanged;
}

/** The locale of the language setting: a fixed one, or ("auto") the browser's. */
export function localeForSetting(language: 'auto' | Locale, browserLanguage: string | undefined): Locale {
  return language === 'auto' ? localeFor(browserLanguage) : language;
}

/** The locale for a browser language tag ("de-AT" → de); English otherwise. */
export function localeFor(language: string | undefined): Locale {
  return language?.toLowerCase().startsWith('de') ? 'de' : 'en';
}
let current: Locale = 'en';

export function currentLocale(): Locale {
  return current;
}

export function setLocale(locale: Locale): void {
  current = locale;
}

// Templates split once into literal text and placeholder names (t() runs for every finding).
const compiled = new Map<string, (string | { name: string })[]>();

function parts(template: string): (string | { name: string })[] {
  let p = compiled.get(template);
  if (!p) {
    p = template.split(/\{(\w+)\}/).map((s, i) => (i % 2 ? { name: s } : s));
    compiled.set(template, p);
  }
  return p;
}

// Keys with a singular form of their own (`<key>.one`): the plural category of `{count}` picks it.
const SINGULAR = new Set<string>();
const singulars = (keys: readonly string[]) => {
  for (const k of keys) if (k.endsWith('.one')) SINGULAR.add(k.slice(0, -'.one'.length));
};

/** One part of the catalogue (the same keys in each language), added to the texts t() knows: both languages or one. */
export function addTexts(part: Partial<Record<Locale, Record<string, string>>>): void {
  for (const locale of ['en', 'de'] as const) {
    const texts = part[locale];
    if (!texts) continue;
    Object.assign(catalogs[locale], texts);
    textsChanged++;
    singulars(Object.keys(texts));
  }
}
const plurals: Partial<Record<Locale, Intl.PluralRules>> = {};

function pluralKey(key: MessageKey, count: number): MessageKey {
  // English and German: "one" is exactly the integer 1 (CLDR); other numbers ask Intl.
  const one = Number.isInteger(count)
    ? count === 1
    : (plurals[current] ??= new Intl.PluralRules(current)).select(count) === 'one';
  return one ? (`${key}.one` as MessageKey) : key;
}

/**
 * The text for `key` with `{name}` placeholders filled in (values are inserted as plain text). A key with a
 * `.one` form is chosen by the plural rules of the locale for `{count}`: "1 note", "2 notes", never "note(s)".
 */
export function t(key: MessageKey, vars?: Record<string, string | number>): string {
  if (vars && typeof vars.count === 'number' && SINGULAR.has(key)) key = pluralKey(key, vars.count);
  const template = catalogs[current][key] ?? catalogs.en[key] ?? key;
  if (!vars || !template.includes('{')) return template;
  let out = '';
  for (const part of parts(template)) {
    out += typeof part === 'string' ? part : part.name in vars ? String(vars[part.name]) : `{${part.name}}`;
  }
  return out;
}
