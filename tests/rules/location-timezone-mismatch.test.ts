import { describe, expect, it } from 'vitest';
import { rule } from '../../lib/rules/location-timezone-mismatch';
import { ctx, profile } from '../helpers';

const loc = (country: string) => ({ country });
const cases: [string, Parameters<typeof profile>[0], 'high' | 'low' | undefined][] = [
  [
    'Ukraine with a bare UTC setting (real page trap): low at most',
    { location: loc('UA'), timezone: { label: 'UTC (Coordinated Universal Time)', utcOffsetMinutes: 0 } },
    'low',
  ],
  ['Etc/UTC as a zone name: low', { location: loc('DE'), timezone: { name: 'Etc/UTC' } }, 'low'],
  [
    'UTC in a country on UTC (Portugal): nothing',
    { location: loc('PT'), timezone: { utcOffsetMinutes: 0, label: 'UTC' } },
    undefined,
  ],
  ['Ukraine in summer time (+03:00): fits', { location: loc('UA'), timezone: { utcOffsetMinutes: 180 } }, undefined],
  ['Ukraine in winter time (+02:00): fits', { location: loc('UA'), timezone: { utcOffsetMinutes: 120 } }, undefined],
  ['US Pacific daylight time: fits', { location: loc('US'), timezone: { utcOffsetMinutes: -420 } }, undefined],
  ['US Hawaii: fits', { location: loc('US'), timezone: { utcOffsetMinutes: -600 } }, undefined],
  [
    'US with UTC+09:00: contradiction',
    { location: loc('US'), timezone: { utcOffsetMinutes: 540, label: 'UTC+09:00 Osaka, Sapporo, Tokyo' } },
    'high',
  ],
  [
    'US test account with "UTC+02:00 Israel" (real 2021 API trap)',
    { location: loc('US'), timezone: { label: 'UTC+02:00 Israel', utcOffsetMinutes: 120 } },
    'high',
  ],
  ['Russia, Vladivostok +10:00: fits', { location: loc('RU'), timezone: { utcOffsetMinutes: 600 } }, undefined],
  ['Russia, Kaliningrad +02:00: fits', { location: loc('RU'), timezone: { name: 'Europe/Kaliningrad' } }, undefined],
  [
    'Brazil, Fernando de Noronha −02:00: fits',
    { location: loc('BR'), timezone: { utcOffsetMinutes: -120 } },
    undefined,
  ],
  ['Brazil with +08:00: contradiction', { location: loc('BR'), timezone: { utcOffsetMinutes: 480 } }, 'high'],
  ['Australia, Adelaide +10:30 summer: fits', { location: loc('AU'), timezone: { utcOffsetMinutes: 630 } }, undefined],
  [
    'Australia, Lord Howe +10:30 / +11:00: fits',
    { location: loc('AU'), timezone: { name: 'Australia/Lord_Howe' } },
    undefined,
  ],
  ['Indonesia, Jayapura +09:00: fits', { location: loc('ID'), timezone: { utcOffsetMinutes: 540 } }, undefined],
  ['Indonesia with −05:00: contradiction', { location: loc('ID'), timezone: { utcOffsetMinutes: -300 } }, 'high'],
  ['legacy Asia/Calcutta for India: fits', { location: loc('IN'), timezone: { name: 'Asia/Calcutta' } }, undefined],
  ['legacy US/Eastern for the US: fits', { location: loc('US'), timezone: { name: 'US/Eastern' } }, undefined],
  ['legacy Europe/Kiev for Ukraine: fits', { location: loc('UA'), timezone: { name: 'Europe/Kiev' } }, undefined],
  [
    'Asia/Shanghai for a profile claiming Canada: contradiction',
    { location: loc('CA'), timezone: { name: 'Asia/Shanghai' } },
    'high',
  ],
  ['India +05:30 half-hour offset: fits', { location: loc('IN'), timezone: { utcOffsetMinutes: 330 } }, undefined],
  ['Nepal +05:45: fits', { location: loc('NP'), timezone: { utcOffsetMinutes: 345 } }, undefined],
  ['no time zone: not checked', { location: loc('US') }, undefined],
  ['no country: not checked', { timezone: { utcOffsetMinutes: 540 } }, undefined],
  ['unknown country code: nothing to compare', { location: loc('ZZ'), timezone: { utcOffsetMinutes: 540 } }, undefined],
];

describe('location-timezone-mismatch', () => {
  it.each(cases)('%s', (_name, p, expected) => {
    expect(rule.check(profile(p), ctx())?.severity).toBe(expected);
  });

  it('shows the claimed place, the shown zone and the country’s offsets as evidence', () => {
    const f = rule.check(
      profile({ location: { city: 'Austin', country: 'US' }, timezone: { utcOffsetMinutes: 540 } }),
      ctx(),
    );
    expect(f?.evidence).toEqual([
      'Claimed location: Austin, United States',
      'Time zone on the profile: UTC+09:00',
      'United States uses UTC−10:00, UTC−09:00, UTC−08:00, UTC−07:00, UTC−06:00, UTC−05:00, UTC−04:00',
    ]);
    expect(f?.sources[0]).toMatch(/^G1 /);
  });

  // Issue #12 (hm18): "Time zone on the profile: UTC" while the page shows "Kharkiv, Ukraine – 8:34 am local
  // time". Upwork works that clock out from the UTC setting; the note now says what the clock is at the check.
  describe('a bare UTC setting beside the local time the page shows', () => {
    const kharkiv = (localTime?: string) =>
      profile({
        location: { city: 'Kharkiv', country: 'UA' },
        timezone: { label: 'UTC (Coordinated Universal Time)', utcOffsetMinutes: 0 },
        ...(localTime ? { localTime } : {}),
      });
    const at = (iso: string) => ctx([], new Date(iso));

    it("the page's clock in UTC at the check: the note says so, and calls the setting what it is", () => {
      const f = rule.check(kharkiv('8:34 am'), at('2026-06-10T08:36:00Z'));
      expect(f?.severity).toBe('low');
      expect(f?.evidence).toEqual([
        'Claimed location: Kharkiv, Ukraine',
        "Time zone setting in the page's data: UTC (Coordinated Universal Time) — UTC+00:00",
        'The page shows “8:34 am local time”: at this check that is the time in UTC, worked out from this setting, not the time where they say they are',
        'A bare UTC setting is often the platform default, not a choice',
      ]);
    });

    it("the page's clock in the country's own time: the page keeps the place's hours, no note", () => {
      // 08:34 in Kharkiv (summer, UTC+03:00) is 05:34 UTC.
      expect(rule.check(kharkiv('8:34 am'), at('2026-06-10T05:35:00Z'))).toBeUndefined();
      expect(rule.check(kharkiv('20:34'), at('2026-01-10T18:30:00Z'))).toBeUndefined(); // winter, UTC+02:00
    });

    it('a clock that fits neither (a saved page read later): said, and not used', () => {
      const f = rule.check(kharkiv('8:34 am'), at('2026-06-10T12:00:00Z'));
      expect(f?.severity).toBe('low');
      expect(f?.evidence).toContain(
        'The page shows “8:34 am local time”: at this check that fits neither UTC nor a time zone of Ukraine (as on a saved page, or one open for a while), so it was not used',
      );
    });

    it('no clock on the page: the setting and the default, as before', () => {
      expect(rule.check(kharkiv(), at('2026-06-10T08:36:00Z'))?.evidence).toHaveLength(3);
    });
  });

  it('reads 12- and 24-hour clocks, nothing else', async () => {
    const { clockMinutes } = await import('../../lib/rules/location-timezone-mismatch');
    expect(['8:34 am', '12:05 AM', '12:05 pm', '8:34 p.m.', '20:34', '0:00'].map(clockMinutes)).toEqual([
      514, 5, 725, 1234, 1234, 0,
    ]);
    expect(['13:05 pm', '24:00', '8:60', '0:10 am', 'noon', ''].map(clockMinutes)).toEqual(Array(6).fill(undefined));
  });
});
