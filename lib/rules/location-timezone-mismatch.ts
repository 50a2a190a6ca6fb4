/**
 * G1 red flags: a claimed work location inconsistent with the assessed location and hours. We compare the
 * claimed country with the time zone the profile shows. A country's every zone counts, in standard and
 * daylight-saving time (US, Russia, Brazil, Australia, Indonesia …); legacy IANA names resolve to their
 * current zone. A bare "UTC" is usually an untouched default (seen 2026-06 on a freelancer in Ukraine):
 * low at most, never a contradiction.
 */
import { line, type Evidence, type EvidenceValue } from '../i18n/evidence';
import { formatOffset, isBareUtc, offsetsOfCountry, resolveZone } from '../geo/timezones';
import { finding } from './finding';
import { asNote, titleKey } from '../finding-view';
import type { Profile } from '../profile';
import type { FindingFacts, ProfileRule } from './types';

const SOURCES = ['G1 Red flag indicators (inconsistent claimed work location and hours)'];

/** The claimed place and the shown time zone: written only when there is a finding (most profiles have none). */
function evidenceOf(p: Profile, country: string): Evidence[] {
  const tz = p.timezone!;
  // The city as the page wrote it; the country by its code, named in the reader's language.
  const city = p.location?.city;
  const location = city ? { list: [city, { country }], sep: ', ' } : { country };
  // The zone by its identifier (named for the reader), the page's own label as written, the offset.
  const shown: EvidenceValue[] = [
    ...(tz.name ? [{ zone: tz.name }] : []),
    ...(tz.label ? [tz.label] : []),
    ...(tz.utcOffsetMinutes !== undefined ? [{ offset: tz.utcOffsetMinutes }] : []),
  ];
  return [
    line('evidence.location', { location }),
    line('evidence.timezone', { timezone: { list: shown, sep: ' — ' } }),
  ];
}

/** The same, in no language: for the verdict line and the interview question (lib/verdict.ts). */
function factsOf(p: Profile, country: string, zoneCountries?: string[]): FindingFacts {
  const offset = p.timezone?.utcOffsetMinutes;
  // Key by key, in this order (the exports keep it).
  const facts: FindingFacts = {};
  if (p.location?.city) facts.place = p.location.city;
  facts.country = country;
  if (offset !== undefined) facts.offset = formatOffset(offset);
  if (zoneCountries?.length) facts.zoneCountries = zoneCountries;
  return facts;
}

export const rule: ProfileRule = {
  id: 'location-timezone-mismatch',
  kind: 'profile',
  group: 'location',
  needs: ['location.country', 'timezone'],
  check(p) {
    const country = p.location?.country;
    const tz = p.timezone;
    if (!country || !tz || (tz.name === undefined && tz.utcOffsetMinutes === undefined)) return undefined;
    const offsets = offsetsOfCountry(country);
    if (!offsets.length) return undefined; // unknown country code: nothing to compare
    if (isBareUtc(tz)) {
      if (offsets.includes(0)) return undefined;
      // A note with its own title (lib/finding-view.ts): nothing was compared, nothing contradicts.
      const f = finding(
        rule.id,
        'low',
        [...evidenceOf(p, country), line('evidence.utcDefault')],
        SOURCES,
        titleKey(rule.id, 'low'),
      );
      f.facts = factsOf(p, country);
      return asNote(f);
    }
    if (tz.name) {
      const zone = resolveZone(tz.name);
      if (zone) {
        if (zone.countries.includes(country) || zone.countries.length === 0) return undefined;
        const f = finding(
          rule.id,
          'high',
          [
            ...evidenceOf(p, country),
            line('evidence.timezoneCountries', {
              zone: { zone: zone.canonical },
              countries: { list: zone.countries.map((c) => ({ country: c })) },
            }),
          ],
          SOURCES,
        );
        f.facts = factsOf(p, country, zone.countries);
        return f;
      }
    }
    if (tz.utcOffsetMinutes === undefined || offsets.includes(tz.utcOffsetMinutes)) return undefined;
    const f = finding(
      rule.id,
      'high',
      [
        ...evidenceOf(p, country),
        line('evidence.countryZones', {
          country: { country },
          offsets: { list: offsets.map((offset) => ({ offset })), sep: ', ' },
        }),
      ],
      SOURCES,
    );
    f.facts = factsOf(p, country);
    return f;
  },
};
