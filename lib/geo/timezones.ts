/**
 * Countries and time zones from countries-and-timezones (IANA tzdb data, kept up to date by its authors):
 * each zone's standard and daylight-saving offsets, legacy names (Asia/Calcutta → Asia/Kolkata) and the
 * countries that use it. No hand-written table.
 */
import ct from 'countries-and-timezones';
import { StringMemo } from '../text/string-memo';

export interface ZoneInfo {
  name: string;
  canonical: string;
  countries: string[];
}

export function resolveZone(name: string): ZoneInfo | undefined {
  const z = ct.getTimezone(name);
  if (!z) return undefined;
  const canonical = z.aliasOf ?? z.name;
  const countries = z.countries.length ? z.countries : (ct.getTimezone(canonical)?.countries ?? []);
  return { name: z.name, canonical, countries: [...countries] };
}

/** The IANA zones of a country (ISO alpha-2), with legacy aliases included. */
export function zonesOfCountry(country: string): string[] {
  return [...(ct.getCountry(country, { deprecated: true })?.timezones ?? [])];
}

/**
 * Every UTC offset (minutes) the country's clocks show in the year: standard and daylight-saving time. Remembered by
 * code, found without hashing it (every profile's country is a new string: lib/text/string-memo.ts).
 */
const offsetCache = new StringMemo<number[]>(1_000);

export function offsetsOfCountry(country: string): number[] {
  const cached = offsetCache.get(country);
  if (cached) return cached;
  const out = new Set<number>();
  for (const zone of zonesOfCountry(country)) {
    const z = ct.getTimezone(zone);
    if (z) {
      out.add(z.utcOffset);
      out.add(z.dstOffset);
    }
  }
  const sorted = [...out].sort((a, b) => a - b);
  offsetCache.set(country, sorted);
  return sorted;
}

const nameCache = new Map<string, string>();

export function countryName(country: string): string {
  let name = nameCache.get(country);
  if (name === undefined) {
    name = ct.getCountry(country)?.name ?? country;
    nameCache.set(country, name);
  }
  return name;
}

export { formatOffset } from '../i18n/format';

const UTC_NAMES = /^(?:Etc\/)?(?:UTC|UCT|GMT|Universal|Zulu|Greenwich)(?:[+-]0)?$/i;

/**
 * A time zone that is plain UTC: a zone name such as "Etc/UTC", or a label such as Upwork's
 * "UTC (Coordinated Universal Time)" (seen 2026-06 on a freelancer in Ukraine: a default setting).
 */
export function isBareUtc(tz: { name?: string; label?: string; utcOffsetMinutes?: number }): boolean {
  if (tz.name) return UTC_NAMES.test(tz.name);
  if (tz.utcOffsetMinutes !== 0) return false;
  return !tz.label || /^\s*(?:UTC|GMT)\b(?!\s*[+-−]\s*\d)/i.test(tz.label);
}
