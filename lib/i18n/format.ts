/**
 * Names, dates and numbers in the reader's language, from the platform's own localisation (Intl): country
 * names (Intl.DisplayNames), time-zone names (Intl.DateTimeFormat), dates, numbers and lists.
 * No hand-written tables. Each formatter is made once per language.
 */
import { currentLocale, type Locale } from './core';

const made = new Map<string, unknown>();
function once<T>(key: string, make: () => T): T {
  let v = made.get(key) as T | undefined;
  if (v === undefined) made.set(key, (v = make()));
  return v;
}

/** A country's name ("US" → "United States", "Vereinigte Staaten"); the code when Intl does not know it. */
export function regionName(code: string, lang: Locale = currentLocale()): string {
  try {
    return once(`region:${lang}`, () => new Intl.DisplayNames([lang], { type: 'region' })).of(code) ?? code;
  } catch {
    return code;
  }
}

/** "a, b and c" / "a, b und c" (`or`: "a, b or c"). */
export function listOf(items: readonly string[], lang: Locale = currentLocale(), or = false): string {
  const type = or ? 'disjunction' : 'conjunction';
  return once(`list:${lang}:${type}`, () => new Intl.ListFormat([lang], { type })).format(items);
}

const GMT_ONLY = /^(?:GMT|UTC)(?:[+−-]\d|$)/;

/**
 * A time zone's name ("Asia/Ho_Chi_Minh" → "Indochina Time", "Indochina-Zeit"): the generic name, else the
 * long one ("Etc/UTC" → "Coordinated Universal Time"); undefined when the platform has only "GMT+7" for it.
 */
export function zoneName(zone: string, lang: Locale = currentLocale()): string | undefined {
  for (const style of ['longGeneric', 'long'] as const) {
    try {
      const f = once(
        `zone:${lang}:${style}:${zone}`,
        () => new Intl.DateTimeFormat([lang], { timeZone: zone, timeZoneName: style }),
      );
      const name = f.formatToParts(0).find((p) => p.type === 'timeZoneName')?.value;
      if (name && !GMT_ONLY.test(name)) return name;
    } catch {
      return undefined; // not a zone this platform knows
    }
  }
  return undefined;
}

// Spaces inside a date are non-breaking: "10. Juni 2026" never wraps between its parts.
const keepTogether = (s: string) => s.replace(/[ \u202f]/g, '\u00a0');

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A date as people of the language write it ("Jun 10, 2026", "10.06.2026"). A day ("2026-06-10") is that day
 * wherever the reader is; a moment (an ISO timestamp) is its day in the reader's time zone. Unparseable text
 * is returned as it is.
 */
export function formatDate(iso: string, lang: Locale = currentLocale()): string {
  const day = DAY.test(iso);
  const t = Date.parse(day ? `${iso}T00:00:00Z` : iso);
  if (!Number.isFinite(t)) return iso;
  const f = once(
    `date:${lang}:${day}`,
    () => new Intl.DateTimeFormat([lang], { dateStyle: 'medium', ...(day ? { timeZone: 'UTC' } : {}) }),
  );
  return keepTogether(f.format(t));
}

/** A moment with its time of day ("Jun 10, 2026, 14:05"), in the reader's time zone. */
export function formatDateTime(iso: string, lang: Locale = currentLocale()): string {
  const t = Date.parse(iso);
  if (!Number.isFinite(t)) return iso;
  const f = once(
    `datetime:${lang}`,
    () => new Intl.DateTimeFormat([lang], { dateStyle: 'medium', timeStyle: 'short' }),
  );
  return keepTogether(f.format(t));
}

/** A number as the language writes it ("1,234.5", "1.234,5"). */
export function formatNumber(n: number, lang: Locale = currentLocale()): string {
  return once(`number:${lang}`, () => new Intl.NumberFormat([lang], { maximumFractionDigits: 2 })).format(n);
}

/** An amount of money ("$85", "85 $"; cents only when there are any). */
export function formatMoney(amount: number, currency: string, lang: Locale = currentLocale()): string {
  const whole = Number.isInteger(amount);
  try {
    const f = once(
      `money:${lang}:${currency}:${whole}`,
      () =>
        new Intl.NumberFormat([lang], { style: 'currency', currency, ...(whole ? { maximumFractionDigits: 0 } : {}) }),
    );
    return f.format(amount);
  } catch {
    return `${formatNumber(amount, lang)} ${currency}`;
  }
}

/** A UTC offset in minutes as "UTC+07:00", "UTC−03:30" (a true minus sign). */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '−' : '+';
  const abs = Math.abs(minutes);
  return `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
