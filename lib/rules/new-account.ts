/**
 * G1 mitigations: "extra scrutiny to newly established accounts". Younger than 90 days. It weighs more
 * (medium) when the new account already claims much — a high rate, years of experience, a top job-success
 * score — and is a low note when it claims little (honest newcomers look the same).
 */
import { asNote } from '../finding-view';
import { line } from '../i18n/evidence';
import { daysBetween, finding, isoDay } from './finding';
import { claims } from './claims';
import type { ProfileRule } from './types';

export const NEW_ACCOUNT_DAYS = 90;

export const rule: ProfileRule = {
  id: 'new-account',
  kind: 'profile',
  group: 'account',
  needs: ['memberSince'],
  check(p, ctx) {
    if (!p.memberSince) return undefined;
    const days = daysBetween(p.memberSince, ctx.now);
    if (days < 0 || days >= NEW_ACCOUNT_DAYS) return undefined;
    const claimed = claims(p);
    const f = finding(
      rule.id,
      claimed.length ? 'medium' : 'low',
      [
        line('evidence.memberSince', { date: { date: p.memberSince }, count: days, now: { date: isoDay(ctx.now) } }),
        ...claimed,
      ],
      ['G1 Potential mitigation measures (extra scrutiny for newly established accounts)'],
    );
    f.facts = { days };
    return claimed.length ? f : asNote(f);
  },
};
