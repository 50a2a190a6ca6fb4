/**
 * The reliability shown beside a message finding (lib/reliability.ts) is what the four held-out sets of
 * real text measure with today's rules: recomputed here (totals per rule only), so a rule change that moves
 * it fails until the figures shown are updated.
 */
import { describe, expect, it } from 'vitest';
import { messageRules } from '../lib/rules';
import { RELIABILITY } from '../lib/reliability';
import { reliabilityText } from '../lib/finding-view';
import { inLocale as withLocale } from '../lib/verdict';
import { corpusMetrics } from './corpus/metrics';
import { asLabelled, fourthHeldOut, freshHeldOut, realSplit, thirdHeldOut } from './corpus/real/load';

describe('message rules’ measured reliability', () => {
  it('is what the four held-out sets of real text measure now, for every message rule', () => {
    const held = [...realSplit().heldOut, ...freshHeldOut(), ...thirdHeldOut(), ...fourthHeldOut()];
    const { perRule } = corpusMetrics(asLabelled(held));
    const measured = Object.fromEntries(
      messageRules.map((r) => {
        const x = perRule[r.id];
        return [r.id, { right: x.tp, warned: x.tp + x.fp, found: x.tp, requests: x.tp + x.fn }];
      }),
    );
    expect(RELIABILITY).toEqual(measured);
  });

  it('is said in words beside the finding, and "too few to say" below ten warnings, in both languages', () => {
    expect(withLocale('en', () => reliabilityText('move-off-platform'))).toBe(
      `On real messages nobody here wrote, this check was right in ${RELIABILITY['move-off-platform'].right} of ${RELIABILITY['move-off-platform'].warned} warnings and found ${RELIABILITY['move-off-platform'].found} of ${RELIABILITY['move-off-platform'].requests} such requests.`,
    );
    expect(withLocale('de', () => reliabilityText('account-switch-request'))).toBe(
      'Zu wenige echte Beispiele, um zu sagen, wie oft diese Prüfung richtig liegt (1 Warnung bei echten Nachrichten).',
    );
    expect(reliabilityText('location-timezone-mismatch')).toBeUndefined();
  });
});
