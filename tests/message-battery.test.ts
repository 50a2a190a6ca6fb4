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
  // The batteries labelled by the labelling policy (thirty-sixth session), each scored once and then read to widen the rules:
  // the first (news, warnings, advice, terms as look-alikes) at red flags 67 / 7, notes 41 / 16, missed 44 of 152; the
  // second (marketplace conversations) at 90 / 0, 44 / 13, 54 of 188; (thirty-seventh session) the third (published genres:
  // news, police and bank warnings, terms, help pages, issue threads, READMEs, forum posts quoting messages, job posts, shop and
  // donation pages) at 85 / 6, 48 / 7, 90 of 223; the fourth (requests said without their keyword, and their look-alikes) at
  // 62 / 1, 49 / 9, 82 of 193. These floors are what the rules reach after reading. (Thirty-eighth session: the first's sixth
  // wrong red flag is account-switch-request on "Faz o PIX no nome da minha mãe …, a minha conta tá bloqueada" — a payment
  // account out of use and the money asked elsewhere, which that rule reads as the SMS sets were labelled; the battery's
  // label is alt-payment-request alone. The fourth's missed 41 -> 42: "my accountant's account" given up with the accountants a review
  // found raising notes on ordinary billing remarks.)
  it.each([
    { file: 'policy.jsonl', right: 77, wrong: 6, wrongNotes: 11, missed: 30 },
    { file: 'policy2.jsonl', right: 102, wrong: 0, wrongNotes: 13, missed: 32 },
    { file: 'policy3.jsonl', right: 114, wrong: 6, wrongNotes: 7, missed: 52 },
    { file: 'policy4.jsonl', right: 70, wrong: 2, wrongNotes: 8, missed: 42 },
  ])(
    'keeps $file at red flags ≥ $right right and ≤ $wrong wrong, notes ≤ $wrongNotes wrong, ≤ $missed missed',
    ({ file, right, wrong, wrongNotes, missed }) => {
      const battery = policyBattery(file);
      expect(battery.length).toBe(320);
      const { flags, notes, fn } = corpusMetrics(battery).overall;
      expect(flags.tp).toBeGreaterThanOrEqual(right);
      expect(flags.fp).toBeLessThanOrEqual(wrong);
      expect(notes.fp).toBeLessThanOrEqual(wrongNotes);
      expect(fn).toBeLessThanOrEqual(missed);
    },
  );
});
