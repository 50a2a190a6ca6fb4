/**
 * G1 platform red flags: one client rating many new developers. A client gave this profile a top rating
 * and gave top ratings to at least two other freelancers (under other names) within 30 days.
 */
import { t } from '../i18n';
import { finding } from './finding';
import { describeOther } from './memory-evidence';
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
        t('evidence.reviewerBurst', {
          client: b.client,
          date: b.date,
          others: b.others.map((o) => `“${describeOther(o.other).name}” (${o.date}, ${o.other.url})`).join('; '),
        }),
      ),
      ['G1 Platform red flags (one client rating many new developers)'],
    );
  },
};
