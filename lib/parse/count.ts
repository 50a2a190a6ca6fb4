/**
 * The one reader of numbers as pages show them ("22.6k", "1,2 mil", "1.234", "12 k", "1,5 M", "500+",
 * "1,2 Tsd."), for every site. A number is read in the page's language (its `<html lang>`): the group and
 * decimal separators and the abbreviations of thousands and millions are those of `Intl.NumberFormat` for
 * that language, so "1.234" is 1234 on a German page and 1.234 on an English one. What does not fit the
 * language's conventions is not read (undefined), never guessed.
 */

interface Conventions {
  group: string;
  decimal: string;
  /** Lower-cased abbreviation (trailing dot dropped) → multiplier: "k" → 1000, "mil" → 1000, "万" → 10000. */
  suffixes: Map<string, number>;
  /** Lakh grouping (hi, en-IN): "12,34,567". */
  lakh: boolean;
}

// Abbreviations pages use beside Intl's own (CLDR's German short form has none for thousands; "k" is
// written by English-speaking sites in every language).
const EXTRA: Record<string, Record<string, number>> = {
  '': { k: 1e3 },
  de: { tsd: 1e3, tausend: 1e3 },
};

const cache = new Map<string, Conventions>();

/** The language tag as Intl knows it ("en_US" → "en-US"); English when absent or unknown. */
function locale(lang: string | undefined): string {
  const tag = (lang ?? '').trim().replace(/_/g, '-');
  try {
    return (tag && Intl.NumberFormat.supportedLocalesOf([tag])[0]) || 'en';
  } catch {
    return 'en';
  }
}

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .replace(/\.$/, '')
    .trim();

function conventions(lang: string | undefined): Conventions {
  const loc = locale(lang);
  const known = cache.get(loc);
  if (known) return known;
  const parts = new Intl.NumberFormat(loc).formatToParts(1234567.5);
  const group = parts.find((p) => p.type === 'group')?.value ?? ',';
  const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
  const suffixes = new Map<string, number>();
  for (const display of ['short', 'long'] as const) {
    const fmt = new Intl.NumberFormat(loc, { notation: 'compact', compactDisplay: display, maximumFractionDigits: 0 });
    for (let exp = 3; exp <= 12; exp++) {
      const n = 10 ** exp;
      const ps = fmt.formatToParts(n);
      const compact = ps.find((p) => p.type === 'compact')?.value;
      const shown = Number(
        ps
          .filter((p) => p.type === 'integer')
          .map((p) => p.value)
          .join(''),
      );
      if (compact && shown > 0 && !suffixes.has(norm(compact))) suffixes.set(norm(compact), n / shown);
    }
  }
  const base = loc.split('-')[0]!;
  for (const [k, v] of Object.entries({ ...EXTRA[''], ...EXTRA[base] })) if (!suffixes.has(k)) suffixes.set(k, v);
  const lakh = new Intl.NumberFormat(loc).format(1234567).replace(/\D/g, '.') === '12.34.567';
  const out = { group, decimal, suffixes, lakh };
  cache.set(loc, out);
  return out;
}

const SPACE = /[\s\u00a0\u202f\u2009]/;
const SPACES = /[\s\u00a0\u202f\u2009]+/g;
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A number as the page's language writes it, with an optional abbreviation ("22.6k" → 22600, "1,5 M" →
 * 1500000) and a trailing "+" ("500+" → 500). Undefined for anything else.
 */
export function parseNumber(text: string | null | undefined, lang?: string): number | undefined {
  if (typeof text !== 'string' || text.length > 60) return undefined;
  const c = conventions(lang);
  const m = /^([\d.,'’\s\u00a0\u202f\u2009]*\d)\s*((?:[^\d\s+](?:[^\d+]{0,14}[^\d\s+])?)?)\s*\+?$/u.exec(text.trim());
  if (!m) return undefined;
  // Languages that group with a space (fr, sv, pl, ru) accept any kind of space; the others none.
  const spaced = SPACE.test(c.group);
  if (!spaced && SPACE.test(m[1]!)) return undefined;
  const group = spaced ? ' ' : c.group;
  const [int = '', frac, ...rest] = (spaced ? m[1]!.replace(SPACES, ' ') : m[1]!).split(c.decimal);
  if (rest.length) return undefined;
  if (int.includes(group)) {
    const g = esc(group);
    const ok =
      new RegExp(`^\\d{1,3}(?:${g}\\d{3})+$`).test(int) ||
      (c.lakh && new RegExp(`^\\d{1,2}(?:${g}\\d{2})*${g}\\d{3}$`).test(int));
    if (!ok) return undefined;
  }
  const whole = int.split(group).join('');
  if (!/^\d+$/.test(whole) || (frac !== undefined && !/^\d+$/.test(frac))) return undefined;
  const value = Number(frac === undefined ? whole : `${whole}.${frac}`);
  const suffix = norm(m[2] ?? '');
  if (!suffix) return value;
  const times = c.suffixes.get(suffix);
  // Rounded to the abbreviation's precision: 22.6 × 1000 is 22600, not 22600.000000000004.
  return times === undefined ? undefined : Math.round(value * times * 1e6) / 1e6;
}

/** A count of something (followers, reviews): a whole, non-negative number, or undefined. */
export function parseCount(text: string | null | undefined, lang?: string): number | undefined {
  const n = parseNumber(text, lang);
  return n !== undefined && Number.isSafeInteger(n) ? n : undefined;
}

// The words pages put after a count, in the languages the sites serve (seen: English; the others from the
// sites' translations). Lower case; matched as a whole word.
const FOLLOWERS =
  /^(?:followers?|seguidor(?:es)?|abonn[ée]e?s?|volgers?|obserwuj[ąa]c(?:ych|y)|följare|følgere|seuraajaa|takip[çc]i|pengikut|подписчик(?:а|ов|и)?|フォロワー|关注者|팔로워)$/iu;
const CONNECTIONS =
  /^(?:connections?|kontakte?|conex(?:iones|ões|ão)|relations?|collegamenti|connecties|kontakty|kontakter|yhteyttä|bağlantı|koneksi|контакт(?:а|ов|ы)?|つながり|人脉|1촌)$/iu;

/**
 * Follower and connection counts in short texts ("17,457 followers", "500+ Kontakte", "1,2 mil
 * seguidores"): the first of each, read in the page's language.
 */
export function countsIn(texts: readonly string[], lang?: string): { followers?: number; connections?: number } {
  const out: { followers?: number; connections?: number } = {};
  for (const text of texts) {
    for (const m of text.matchAll(/(\d[\d.,'’\u00a0\u202f\u2009 ]*(?:\s?[^\d\s+]{1,8}?)?\+?)\s+(\p{L}+)(?!\p{L})/gu)) {
      const word = m[2]!;
      const kind = FOLLOWERS.test(word) ? 'followers' : CONNECTIONS.test(word) ? 'connections' : undefined;
      if (!kind || out[kind] !== undefined) continue;
      const n = parseCount(m[1]!.trim(), lang);
      if (n !== undefined) out[kind] = n;
    }
  }
  return out;
}
