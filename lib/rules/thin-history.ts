/**
 * G1: "surprisingly simple" developer profiles. Claims (years of experience, seniority, a top job-success
 * score, a high rate) far beyond the visible history: at most 2 jobs and 2 reviews. A low note; medium when
 * it claims several things at once.
 *
 * Grouped with new-account ('account'), not with the review rules: both weigh the same claims against the same
 * account (its age, its history), so on a new, ambitious profile they are one piece of evidence, not two
 * independent groups that would make it "High" (a hiring manager's review, 2026-12-07).
 */
import { asNote } from '../finding-view';
import { line } from '../i18n/evidence';
import { finding } from './finding';
import { claims } from './claims';
import type { ProfileRule } from './types';

export const rule: ProfileRule = {
  id: 'thin-history',
  kind: 'profile',
  group: 'account',
  needs: ['stats'],
  check(p) {
    const s = p.stats;
    if (!s || s.jobs === undefined) return undefined;
    const thin = s.jobs <= 2 && (s.reviews ?? 0) <= 2 && (s.hours === undefined || s.hours < 50);
    if (!thin) return undefined;
    const claimed = claims(p);
    if (!claimed.length) return undefined;
    const history = line('evidence.history', {
      jobs: line('record.jobs', { count: s.jobs }),
      hours: s.hours === undefined ? line('evidence.hoursUnknown') : line('record.hours', { count: s.hours }),
      reviews: s.reviews === undefined ? line('evidence.reviewsUnknown') : line('record.reviews', { count: s.reviews }),
    });
    const f = finding(
      rule.id,
      claimed.length >= 2 ? 'medium' : 'low',
      [...claimed, history],
      ['G1 How DPRK IT workers operate (surprisingly simple developer profiles)'],
    );
    return claimed.length >= 2 ? f : asNote(f);
  },
};
