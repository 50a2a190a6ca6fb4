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
});
