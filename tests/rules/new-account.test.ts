import { describe, expect, it } from 'vitest';
import { rule } from '../../lib/rules/new-account';
import { ctx, profile } from '../helpers';

describe('new-account', () => {
  it.each([
    ['joined 21 days ago, claims nothing: low', { memberSince: '2026-05-20' }, 'low'],
    [
      'joined 21 days ago at 85 USD/h: medium',
      { memberSince: '2026-05-20', hourlyRate: { amount: 85, currency: 'USD' } },
      'medium',
    ],
    [
      'joined 21 days ago, "10+ years": medium',
      { memberSince: '2026-05-20', bio: 'I have 10+ years of experience.' },
      'medium',
    ],
    ['joined 89 days ago: flagged', { memberSince: '2026-03-13' }, 'low'],
    ['joined 90 days ago: not new', { memberSince: '2026-03-12' }, undefined],
    ['joined in 2024: not new', { memberSince: '2024-05-03' }, undefined],
    ['date in the future (clock skew): nothing', { memberSince: '2026-07-01' }, undefined],
    ['no date: not checked', {}, undefined],
  ] as const)('%s', (_n, p, expected) => {
    expect(rule.check(profile(p), ctx())?.severity).toBe(expected);
  });

  it('measures the age against the injected "now", never the machine clock', () => {
    const f = rule.check(profile({ memberSince: '2026-05-20' }), ctx());
    expect(f?.evidence[0]).toBe('Member since May\u00a020,\u00a02026 (21 days before Jun\u00a010,\u00a02026)');
    expect(rule.check(profile({ memberSince: '2026-05-20' }), ctx([], new Date('2027-01-01')))).toBeUndefined();
  });
});
