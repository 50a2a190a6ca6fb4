/**
 * G1 platform red flags: self-dealing client accounts raising a developer's rating. Most visible top ratings
 * packed into one 30-day window early in the account's life (medium), or a perfect rating resting on one or
 * two reviews (a low note: common for honest newcomers, it only counts with other signals).
 */
import { asNote } from '../finding-view';
import { line } from '../i18n/evidence';
import { dayStart, daysBetween, finding } from './finding';
import type { ProfileRule } from './types';

const WINDOW_DAYS = 30;
const EARLY_DAYS = 120;
const TOP = 4.8;
const SOURCES = ['G1 Red flag indicators for platforms (client accounts raising ratings)'];

export const rule: ProfileRule = {
  id: 'review-burst',
  kind: 'profile',
  group: 'reputation',
  needs: ['stats'],
  check(p) {
    const dated = (p.reviews ?? []).filter((r) => r.date && r.rating !== undefined);
    const top = dated
      .filter((r) => r.rating! >= TOP)
      .map((r) => r.date!)
      .sort();
    // Each date parsed once (whole days since the epoch): the window is a difference of numbers.
    const day = top.map((d) => Math.floor(dayStart(d) / 86_400_000));
    let best = { count: 0, from: '', to: '' };
    for (let i = 0; i < top.length; i++) {
      let j = i;
      while (j + 1 < top.length && day[j + 1] - day[i] <= WINDOW_DAYS) j++;
      if (j - i + 1 > best.count) best = { count: j - i + 1, from: top[i], to: top[j] };
    }
    // Early in the account's life (the date parsed only for a burst: most profiles have none).
    if (
      best.count >= 3 &&
      best.count / dated.length >= 0.6 &&
      (!p.memberSince || daysBetween(p.memberSince, new Date(`${best.from}T00:00:00Z`)) <= EARLY_DAYS)
    ) {
      const range = { count: best.count, total: dated.length, from: { date: best.from }, to: { date: best.to } };
      const evidence = p.memberSince
        ? line('evidence.reviewBurst', {
            ...range,
            days: line('evidence.withinDays', { count: daysBetween(p.memberSince, new Date(`${best.to}T00:00:00Z`)) }),
          })
        : line('evidence.reviewBurstUndated', range);
      return finding(rule.id, 'medium', [evidence], SOURCES);
    }
    const rating = p.stats?.rating;
    const reviews = p.stats?.reviews ?? (p.reviews ? p.reviews.length : undefined);
    if (rating !== undefined && rating >= 4.95 && reviews !== undefined && reviews >= 1 && reviews <= 2) {
      return asNote(finding(rule.id, 'low', [line('evidence.perfectFew', { rating, count: reviews })], SOURCES));
    }
    return undefined;
  },
};
