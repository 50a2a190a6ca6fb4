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
    // One loop over the reviews: how many are dated and rated, and the top-rated ones' dates in order (an insertion
    // sort, as the default sort orders strings: a profile shows a handful; filter, map and sort cost more than the rest
    // of the rule).
    const list = p.reviews ?? [];
    let dated = 0;
    const top: string[] = [];
    for (let k = 0; k < list.length; k++) {
      const r = list[k];
      if (!r.date || r.rating === undefined) continue;
      dated++;
      if (!(r.rating >= TOP)) continue;
      let at = top.length;
      top.push(r.date);
      for (; at > 0 && top[at - 1] > r.date; at--) top[at] = top[at - 1];
      top[at] = r.date;
    }
    let best = { count: 0, from: '', to: '' };
    if (top.length >= 3) {
      // Each date parsed once (whole days since the epoch): the window is a difference of numbers.
      const day = top.map((d) => Math.floor(dayStart(d) / 86_400_000));
      for (let i = 0; i < top.length; i++) {
        let j = i;
        while (j + 1 < top.length && day[j + 1] - day[i] <= WINDOW_DAYS) j++;
        if (j - i + 1 > best.count) best = { count: j - i + 1, from: top[i], to: top[j] };
      }
    }
    // Early in the account's life (the date parsed only for a burst: most profiles have none).
    if (
      best.count >= 3 &&
      best.count / dated >= 0.6 &&
      (!p.memberSince || daysBetween(p.memberSince, new Date(`${best.from}T00:00:00Z`)) <= EARLY_DAYS)
    ) {
      const range = { count: best.count, total: dated, from: { date: best.from }, to: { date: best.to } };
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
