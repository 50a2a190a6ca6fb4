/**
 * The phrasing batteries (tests/corpus/battery): plain requests in the forms people use — questions, soft hints,
 * slang, paraphrases, requests inside an ordinary message — and their look-alikes, written blind to the rules.
 * Totals only: the read battery's floor is what the rules reach after reading it; the fresh battery was scored once
 * (seventeenth session: 143 of 250 requests found, 15 of 110 look-alikes with a finding; with the rules before that
 * session 123 and 15; after two fresh-eyes reviews' fixes of that session's false alarms, 137 and 14) and is never read.
 */
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../lib/analyze';
import { fifthBattery, freshBattery, policyBattery, readBattery, scoreBattery } from './corpus/battery/load';
import { corpusMetrics } from './corpus/metrics';

describe('phrasing batteries', () => {
  it('has three batteries of every rule in five languages, requests and look-alikes', () => {
    for (const battery of [readBattery(), freshBattery(), fifthBattery()]) {
      const rules = new Set(battery.map((l) => l.rule));
      expect(rules.size).toBe(10);
      for (const rule of rules)
        for (const lang of ['en', 'de', 'es', 'fr', 'pt']) {
          const lines = battery.filter((l) => l.rule === rule && l.lang === lang);
          expect(lines.filter((l) => l.request).length, `${rule} ${lang}`).toBeGreaterThanOrEqual(5);
          expect(lines.filter((l) => !l.request).length, `${rule} ${lang}`).toBeGreaterThanOrEqual(2);
        }
    }
  });

  it.each([
    // requests found at least, look-alikes with a finding at most (measured 2026-12-03)
    { name: 'read', battery: readBattery, found: 208, hit: 3 },
    { name: 'fresh', battery: freshBattery, found: 144, hit: 14 },
    // (nineteenth session: 141 and 9 when first scored; its recommendations of more workers then read)
    { name: 'fifth', battery: fifthBattery, found: 156, hit: 9 },
  ])('keeps the $name battery’s totals: ≥ $found requests found, ≤ $hit look-alikes hit', ({ battery, found, hit }) => {
    const { total } = scoreBattery(battery(), analyzeMessage);
    expect(total.found).toBeGreaterThanOrEqual(found);
    expect(total.lookAlikesHit).toBeLessThanOrEqual(hit);
  });
  // The battery labelled by the labelling policy (thirty-sixth session): scored once at red flags 67 / 7, notes 41 / 16,
  // missed 44 of 152; then read to widen the rules — these floors are what the rules reach after reading it.
  it('keeps the policy-labelled battery at red flags ≥ 71 right and ≤ 6 wrong, notes ≤ 15 wrong, ≤ 32 missed', () => {
    const battery = policyBattery();
    expect(battery.length).toBe(320);
    const { flags, notes, fn } = corpusMetrics(battery).overall;
    expect(flags.tp).toBeGreaterThanOrEqual(71);
    expect(flags.fp).toBeLessThanOrEqual(6);
    expect(notes.fp).toBeLessThanOrEqual(15);
    expect(fn).toBeLessThanOrEqual(32);
  });
  // The second, of marketplace conversations: scored once at red flags 90 / 0, notes 44 / 13, missed 54 of 188, then read.
  it('keeps the second policy-labelled battery at red flags ≥ 101 right and none wrong, notes ≤ 13 wrong, ≤ 33 missed', () => {
    const battery = policyBattery('policy2.jsonl');
    expect(battery.length).toBe(320);
    const { flags, notes, fn } = corpusMetrics(battery).overall;
    expect(flags.tp).toBeGreaterThanOrEqual(101);
    expect(flags.fp).toBe(0);
    expect(notes.fp).toBeLessThanOrEqual(13);
    expect(fn).toBeLessThanOrEqual(33);
  });
});
