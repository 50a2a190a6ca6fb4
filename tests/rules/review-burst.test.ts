import { describe, expect, it } from 'vitest';
import { rule } from '../../lib/rules/review-burst';
import { ctx, profile } from '../helpers';

const r = (date: string, rating = 5) => ({ date, rating });

describe('review-burst', () => {
  it.each([
    [
      '4 top reviews within 12 days of a new account: medium',
      {
        memberSince: '2026-04-01',
        stats: { rating: 5, reviews: 4 },
        reviews: [r('2026-04-05'), r('2026-04-08'), r('2026-04-12'), r('2026-04-13')],
      },
      'medium',
    ],
    [
      'reviews spread over two years: nothing',
      {
        memberSince: '2024-01-01',
        stats: { rating: 5, reviews: 4 },
        reviews: [r('2024-02-01'), r('2024-09-01'), r('2025-05-01'), r('2026-01-01')],
      },
      undefined,
    ],
    [
      'a burst late in a long career is not early: nothing',
      {
        memberSince: '2020-01-01',
        stats: { rating: 5, reviews: 3 },
        reviews: [r('2026-04-05'), r('2026-04-08'), r('2026-04-12')],
      },
      undefined,
    ],
    [
      'burst of mixed ratings does not count the low ones',
      {
        memberSince: '2026-04-01',
        stats: { rating: 4, reviews: 4 },
        reviews: [r('2026-04-05', 3), r('2026-04-08', 3), r('2026-04-12'), r('2026-04-13', 4)],
      },
      undefined,
    ],
    ['perfect 5.0 on one review: low', { stats: { rating: 5, reviews: 1 } }, 'low'],
    ['perfect 5.0 on 13 reviews: nothing', { stats: { rating: 5, reviews: 13 } }, undefined],
    ['4.7 on 2 reviews: nothing', { stats: { rating: 4.7, reviews: 2 } }, undefined],
  ] as const)('%s', (_n, p, expected) => {
    expect(rule.check(profile(p as any), ctx())?.severity).toBe(expected);
  });

  it('quotes the window as evidence', () => {
    const f = rule.check(
      profile({
        memberSince: '2026-04-01',
        stats: { rating: 5, reviews: 3 },
        reviews: [r('2026-04-05'), r('2026-04-08'), r('2026-04-12')],
      }),
      ctx(),
    );
    expect(f?.evidence).toEqual([
      '3 of 3 top ratings between Apr\u00a05,\u00a02026 and Apr\u00a012,\u00a02026, within 11 days of joining',
    ]);
  });
});
