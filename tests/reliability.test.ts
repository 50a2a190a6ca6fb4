/**
 * The reliability shown beside a message finding (lib/reliability.ts) is what the held-out sets of real text
 * measure with today's rules, red flags and notes apart: recomputed here (totals per rule only), so a rule or
 * grading change that moves it fails until the figures shown are updated.
 */
import { describe, expect, it } from 'vitest';
import { messageRules } from '../lib/rules';
import { RELIABILITY } from '../lib/reliability';
import { reliabilityText } from '../lib/finding-view';
import { inLocale as withLocale } from '../lib/verdict';
import { corpusMetrics } from './corpus/metrics';
import { allHeldOut, asLabelled } from './corpus/real/load';

describe('message rules’ measured reliability', () => {
  it('is what the held-out sets of real text measure now, for every message rule and both grades', () => {
    const { perRule } = corpusMetrics(asLabelled(allHeldOut()));
    const measured = Object.fromEntries(
      messageRules.map((r) => {
        const x = perRule[r.id];
        return [
          r.id,
          {
            flags: { right: x.flags.tp, warned: x.flags.tp + x.flags.fp },
            notes: { right: x.notes.tp, warned: x.notes.tp + x.notes.fp },
            found: x.tp,
            requests: x.tp + x.fn,
          },
        ];
      }),
    );
    expect(RELIABILITY).toEqual(measured);
  });

  it('is said in words beside the finding, for its grade, and "too few to say" below ten, in both languages', () => {
    const m = RELIABILITY['move-off-platform'];
    expect(withLocale('en', () => reliabilityText({ rule: 'move-off-platform' }))).toBe(
      `On published messages that this project did not write, this check’s red flags were right in ${m.flags.right} of ${m.flags.warned} cases; of ${m.requests} such requests it found ${m.flags.right} as red flags (${m.found} counting the notes).`,
    );
    expect(withLocale('en', () => reliabilityText({ rule: 'move-off-platform', note: true }))).toBe(
      `On published messages that this project did not write, notes like this one were right in ${m.notes.right} of ${m.notes.warned} cases.`,
    );
    const a = RELIABILITY['account-switch-request'];
    expect(withLocale('de', () => reliabilityText({ rule: 'account-switch-request', note: true }))).toBe(
      `Hinweise wie dieser wurden an zu wenigen veröffentlichten Nachrichten erprobt, um zu sagen, wie oft sie richtig liegen (bisher ${a.notes.warned}).`,
    );
    expect(reliabilityText({ rule: 'location-timezone-mismatch' })).toBeUndefined();
  });
});
