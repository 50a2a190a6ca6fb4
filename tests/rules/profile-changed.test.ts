import { describe, expect, it } from 'vitest';
import { rule } from '../../lib/rules/profile-changed';
import type { Profile } from '../../lib/profile';
import { profile } from '../helpers';
import { NOW } from './memory-cases';

const before = (p: Partial<Profile>) => ({ seenAt: '2026-11-02T08:00:00Z', profile: p });

describe('profile-changed', () => {
  it.each([
    ['first visit', {}, undefined, undefined],
    ['nothing changed', { location: { country: 'US' } }, before({ location: { country: 'US' } }), undefined],
    ['country changed: medium', { location: { country: 'PL' } }, before({ location: { country: 'UA' } }), 'medium'],
    [
      'time zone changed: medium',
      { timezone: { utcOffsetMinutes: 60 } },
      before({ timezone: { utcOffsetMinutes: -300 } }),
      'medium',
    ],
    ['name changed: medium', { name: 'Alex Brown' }, before({ name: 'Alexei Petrov' }), 'medium'],
    ['name only re-cased: nothing', { name: 'alex brown' }, before({ name: 'Alex Brown' }), undefined],
    ['a field the page no longer shows: not a change', {}, before({ location: { country: 'UA' } }), undefined],
  ] as const)('%s', (_n, now, previous, expected) => {
    expect(rule.check(profile(now), { now: NOW, ...(previous ? { previous } : {}) })?.severity).toBe(expected);
  });

  it('says what changed, from what to what, since when; and a changed photo', () => {
    const f = rule.check(profile({ location: { country: 'PL' }, timezone: { name: 'Europe/Warsaw' } }), {
      now: NOW,
      previous: before({ location: { country: 'UA' }, timezone: { name: 'Asia/Pyongyang' } }),
      photoChanged: { seenAt: '2026-11-02T08:00:00Z' },
    })!;
    expect(f.evidence).toEqual([
      'Country: Ukraine → Poland (since your visit on Nov\u00a02,\u00a02026)',
      'Time zone: Korean Standard Time (Asia/Pyongyang) → Central European Standard Time (Europe/Warsaw) (since your visit on Nov\u00a02,\u00a02026)',
      'The photo is not the one seen on your visit on Nov\u00a02,\u00a02026',
    ]);
  });
});
