/**
 * G1 platform red flags: one client rating many new developers. A client gave this profile a top rating
 * and gave top ratings to at least two other freelancers (under other names) within 30 days.
 */
import { line } from '../i18n/evidence';
import { finding } from './finding';
import { describeOther, otherLine } from './memory-evidence';
import type { MemoryRule } from './types';

export const rule: MemoryRule = {
  id: 'shared-reviewer-burst',
  kind: 'memory',
  group: 'reputation',
  check(_p, ctx) {
    const bursts = (ctx.reviewerBursts ?? [])
      .map((b) => ({ ...b, others: b.others.filter((o) => o.other.sameName !== true) }))
      .filter((b) => b.others.length >= 2);
    if (!bursts.length) return undefined;
    return finding(
      rule.id,
      'medium',
      bursts.map((b) =>
        line('evidence.reviewerBurst', {
          client: b.client,
          date: { date: b.date },
          others: {
            list: b.others.map((o) =>
              otherLine('evidence.otherRated', 'evidence.team.otherRated', 'evidence.team.otherRatedHidden', o.other, {
                name: describeOther(o.other).name,
                date: { date: o.date },
                url: o.other.url,
              }),
            ),
            sep: '; ',
          },
        }),
      ),
      ['G1 Platform red flags (one client rating many new developers)'],
    );
  },
};
