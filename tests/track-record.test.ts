import { describe, expect, it } from 'vitest';
import { setLocale } from '../lib/i18n';
import { trackRecord } from '../lib/track-record';
import { trackRecordFacts } from '../lib/track-record-facts';
import { NOW, profile } from './helpers';

const dated = (...dates: string[]) => dates.map((date) => ({ date, rating: 5 }));

describe('trackRecord', () => {
  it.each([
    [
      'years, reviews, verified identity',
      { memberSince: '2014-03-01', stats: { reviews: 312 }, verified: { identity: true } },
      true,
    ],
    [
      'jobs count like reviews',
      { memberSince: '2020-01-01', stats: { jobs: 26 }, verified: { identity: true, phone: false } },
      true,
    ],
    ['a site that shows no verification', { memberSince: '2019-01-01', stats: { reviews: 40 } }, true],
    ['too new', { memberSince: '2025-01-01', stats: { reviews: 312 }, verified: { identity: true } }, false],
    [
      'too few reviews',
      { memberSince: '2014-03-01', stats: { reviews: 9, jobs: 9 }, verified: { identity: true } },
      false,
    ],
    [
      'identity shown as not verified',
      { memberSince: '2014-03-01', stats: { reviews: 312 }, verified: { identity: false, payment: true } },
      false,
    ],
    [
      'verification shown, none of it verified',
      { memberSince: '2014-03-01', stats: { reviews: 312 }, verified: { phone: false } },
      false,
    ],
    [
      'no member-since, dated reviews over 3 years',
      { reviews: dated('2021-01-05', '2024-02-01', ...Array(8).fill('2023-05-01')) },
      true,
    ],
    ['no member-since, reviews within a year', { reviews: dated(...Array(12).fill('2026-01-01')) }, false],
    ['a member-since in the future counts nothing', { memberSince: '2027-01-01', stats: { reviews: 312 } }, false],
    ['nothing shown', {}, false],
  ] as const)('%s → %s', (_n, p, established) => {
    expect(trackRecord(profile(p as never), NOW).established).toBe(established);
  });

  it('reads years, counts, the span of dated reviews and what is verified and what not', () => {
    const p = profile({
      memberSince: '2014-06-11',
      stats: { jobs: 280, reviews: 312 },
      reviews: dated('2017-01-02', '2026-05-30', '2020-07-07'),
      verified: { identity: true, payment: true, phone: false },
    });
    expect(trackRecord(p, NOW)).toEqual({
      since: '2014-06-11',
      years: 11,
      jobs: 280,
      reviews: 312,
      reviewYears: 9,
      verified: ['identity', 'payment'],
      unverified: ['phone'],
      established: true,
    });
  });

  it('says it as facts, with plurals, in English and German', () => {
    const p = profile({
      memberSince: '2014-06-11',
      stats: { reviews: 312, jobs: 1 },
      reviews: dated('2017-01-02', '2026-05-30'),
      verified: { identity: true, payment: true },
    });
    expect(trackRecordFacts(trackRecord(p, NOW), 'upwork').join(' · ')).toBe(
      'On Upwork since 2014 · 1 job · 312 reviews · Identity verified · Payment method verified',
    );
    setLocale('de');
    try {
      const one = profile({
        memberSince: '2020-01-01',
        stats: { reviews: 1 },
        reviews: dated('2024-01-01', '2025-03-01'),
      });
      expect(trackRecordFacts(trackRecord(one, NOW), 'freelancer').join(' · ')).toBe(
        'Auf Freelancer.com seit 2020 · 1 Bewertung',
      );
      const noSince = profile({ stats: { reviews: 40 }, reviews: dated('2022-01-01', '2025-03-01') });
      expect(trackRecordFacts(trackRecord(noSince, NOW), 'freelancer').join(' · ')).toBe(
        '40 Bewertungen · Die auf der Seite gezeigten Bewertungen reichen über 3 Jahre',
      );
    } finally {
      setLocale('en');
    }
  });

  // Issue #12 (hm18): "256 jobs · 246 reviews over 1 year" for a member since 2017 — the year was only the
  // window of dated reviews the page happened to show.
  it("never joins the page's window of dated reviews to the total, nor to a member-since date", () => {
    const p = profile({
      memberSince: '2017-01-15',
      stats: { jobs: 256, reviews: 246 },
      reviews: dated('2021-11-30', '2020-11-02', '2021-06-01'),
      verified: { identity: true },
    });
    expect(trackRecordFacts(trackRecord(p, NOW), 'freelancer').join(' · ')).toBe(
      'On Freelancer.com since 2017 · 256 jobs · 246 reviews · Identity verified',
    );
    const noSince = profile({ stats: { reviews: 40 }, reviews: dated('2022-01-01', '2025-03-01') });
    expect(trackRecordFacts(trackRecord(noSince, NOW), 'freelancer').join(' · ')).toBe(
      '40 reviews · The reviews shown on the page span 3 years',
    );
    // No total on the page: the count is of the reviews it lists, and says so.
    const listed = profile({ reviews: dated('2025-01-01', '2025-03-01') });
    expect(trackRecordFacts(trackRecord(listed, NOW), 'guru').join(' · ')).toBe('2 reviews shown on the page');
  });
});
