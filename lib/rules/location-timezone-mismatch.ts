/**
 * G1 red flags: a claimed work location inconsistent with the assessed location and hours. We compare the
 * claimed country with the time zone the profile shows. A country's every zone counts, in standard and
 * daylight-saving time (US, Russia, Brazil, Australia, Indonesia …); legacy IANA names resolve to their
 * current zone. A bare "UTC" is usually an untouched default (seen 2026-06 on a freelancer in Ukraine):
 * low at most, never a contradiction. Where the page also shows a local time ("8:34 am local time", Upwork),
 * the note says what that clock is at the time of the check — the time in UTC (the page works it out from the
 * setting), the country's own time (then the page itself keeps the place's hours: no note), or neither (a
 * saved or long-open page) — so the panel never states a setting the page seems to contradict unexplained.
 */
import { line, type Evidence, type EvidenceValue } from '../i18n/evidence';
import { formatOffset, isBareUtc, offsetsOfCountry, resolveZone } from '../geo/timezones';
import { finding } from './finding';
import { asNote, titleKey } from '../finding-view';
import type { Profile } from '../profile';
import type { FindingFacts, ProfileRule } from './types';

const SOURCES = ['G1 Red flag indicators (inconsistent claimed work location and hours)'];

const OFFSET_NAMED = /(?:UTC|GMT)\s?[+\-−]\s?\d/i;

/** The claimed place and the shown time zone: written only when there is a finding (most profiles have none). */
function evidenceOf(p: Profile, country: string, setting = false): Evidence[] {
  const tz = p.timezone!;
  // The city as the page wrote it; the country by its code, named in the reader's language.
  const city = p.location?.city;
  const location = city ? { list: [city, { country }], sep: ', ' } : { country };
  // The zone by its identifier (named for the reader), the page's own label as written, the offset.
  const shown: EvidenceValue[] = [
    ...(tz.name ? [{ zone: tz.name }] : []),
    ...(tz.label ? [tz.label] : []),
    // (not twice: a label that names its offset already — "UTC+09:00 Osaka, Sapporo, Tokyo" — a hiring manager's review)
    ...(tz.utcOffsetMinutes !== undefined && !OFFSET_NAMED.test(tz.label ?? '')
      ? [{ offset: tz.utcOffsetMinutes }]
      : []),
  ];
  return [
    line('evidence.location', { location }),
    // A bare UTC is a setting in the page's data; the page itself may show only a clock worked out from it.
    line(setting ? 'evidence.timezoneSetting' : 'evidence.timezone', { timezone: { list: shown, sep: ' — ' } }),
  ];
}

/** "8:34 am", "8:34 PM", "20:34" → minutes after midnight; anything else undefined. */
export function clockMinutes(text: string | undefined): number | undefined {
  const m = text && /^(\d{1,2}):(\d{2})(?:\s*([ap])\.?\s?m\.?)?$/i.exec(text.trim());
  if (!m) return undefined;
  let h = Number(m[1]);
  const min = Number(m[2]);
  if (min > 59 || h > (m[3] ? 12 : 23) || (m[3] && h === 0)) return undefined;
  if (m[3]) h = (h % 12) + (m[3].toLowerCase() === 'p' ? 12 : 0);
  return h * 60 + min;
}

/** How far the page's clock may be from the time of the check (the page was made a moment before). */
const CLOCK_SLACK_MINUTES = 10;

/**
 * Which of `offsets` the page's shown clock keeps at `now`: the one offset within a few minutes, else null
 * (none, or more than one); undefined when the page shows no local time.
 */
function clockOffset(shown: string | undefined, now: Date, offsets: number[]): number | null | undefined {
  const minutes = clockMinutes(shown);
  if (minutes === undefined) return undefined;
  const utc = now.getUTCHours() * 60 + now.getUTCMinutes();
  // The one offset that fits, counted in a loop (no array of them made).
  let fits = 0;
  let fit = 0;
  for (const o of offsets) {
    const d = Math.abs((((minutes - utc - o) % 1440) + 1440) % 1440);
    if (Math.min(d, 1440 - d) <= CLOCK_SLACK_MINUTES) {
      fits++;
      fit = o;
    }
  }
  return fits === 1 ? fit : null;
}

// UTC and a country's offsets, for the last country asked about (its offsets are one array, made once per country).
let lastWithUtc: { offsets: number[]; withUtc: number[] } | undefined;
function withUtc(offsets: number[]): number[] {
  if (lastWithUtc?.offsets !== offsets) lastWithUtc = { offsets, withUtc: [0, ...offsets] };
  return lastWithUtc.withUtc;
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
  check(p, ctx) {
    const country = p.location?.country;
    const tz = p.timezone;
    if (!country || !tz || (tz.name === undefined && tz.utcOffsetMinutes === undefined)) return undefined;
    const offsets = offsetsOfCountry(country);
    if (!offsets.length) return undefined; // unknown country code: nothing to compare
    if (isBareUtc(tz)) {
      if (offsets.includes(0)) return undefined;
      // The page's own clock, at the time of this check: in UTC, in the country's time, or neither.
      const clock = clockOffset(p.localTime, ctx.now, withUtc(offsets));
      if (clock) return undefined; // the page keeps the country's hours: the setting's UTC is not what it shows
      const shown = p.localTime;
      const said =
        clock === 0
          ? [line('evidence.localTimeUtc', { time: shown! })]
          : clock === null
            ? [line('evidence.localTimeOther', { time: shown!, country: { country } })]
            : [];
      // A note with its own title (lib/finding-view.ts): nothing was compared, nothing contradicts.
      const f = finding(
        rule.id,
        'low',
        [...evidenceOf(p, country, true), ...said, line('evidence.utcDefault')],
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
