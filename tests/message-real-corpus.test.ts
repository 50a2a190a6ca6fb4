/**
 * The message rules on real published text (tests/corpus/real): the corpus is what the issue asked for, and
 * the figures do not fall below what was measured when the rules were last changed. Only totals of the
 * held-out half are computed here; its messages are never printed (npm run corpus prints the tables).
 */
import { describe, expect, it } from 'vitest';
import { messageRules } from '../lib/rules';
import { corpusMetrics } from './corpus/metrics';
import { LANGS, asLabelled, fourthHeldOut, freshHeldOut, realItems, realSplit, thirdHeldOut } from './corpus/real/load';

describe('real message corpus', () => {
  const items = realItems();

  it('is real, sourced and balanced: ≥ 400 passages, ≥ as many hard negatives, five languages', () => {
    expect(items.length).toBeGreaterThanOrEqual(400);
    const positives = items.filter((i) => i.labels.length);
    expect(items.length - positives.length).toBeGreaterThanOrEqual(positives.length);
    for (const lang of LANGS) expect(items.filter((i) => i.lang === lang).length, lang).toBeGreaterThanOrEqual(30);
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    const ids = new Set(messageRules.map((r) => r.id));
    for (const i of items) {
      expect(i.source, i.id).toMatch(/^https?:\/\/\S+$|^[\w.-]+\/[\w.-]+ : \S/);
      for (const l of i.labels) expect(ids.has(l), `${i.id}: ${l}`).toBe(true);
    }
    for (const r of messageRules)
      expect(positives.filter((i) => i.labels.includes(r.id)).length, r.id).toBeGreaterThanOrEqual(10);
  });

  it('was split before tuning, and the halves share no text', () => {
    const { tuning, heldOut } = realSplit();
    expect(heldOut.length).toBeGreaterThanOrEqual(200);
    const seen = new Set(tuning.map((i) => i.text));
    for (const i of heldOut) expect(seen.has(i.text)).toBe(false);
  });

  it('has a fresh held-out set, mined apart, sharing no text with the first corpus', () => {
    const fresh = freshHeldOut();
    expect(fresh.length).toBeGreaterThanOrEqual(300);
    expect(fresh.length - fresh.filter((i) => i.labels.length).length).toBeGreaterThanOrEqual(
      fresh.filter((i) => i.labels.length).length,
    );
    const first = new Set(items.map((i) => i.text.toLowerCase().replace(/\s+/g, ' ').trim()));
    for (const i of fresh) expect(first.has(i.text.toLowerCase().replace(/\s+/g, ' ').trim()), i.id).toBe(false);
  });

  it('has a third held-out set, mined apart from both, sharing no text with them', () => {
    const third = thirdHeldOut();
    expect(third.length).toBeGreaterThanOrEqual(250);
    const positives = third.filter((i) => i.labels.length).length;
    expect(third.length - positives).toBeGreaterThanOrEqual(positives);
    const norm = (t: string) => t.toLowerCase().replace(/\s+/g, ' ').trim();
    const before = new Set([...items, ...freshHeldOut()].map((i) => norm(i.text)));
    for (const i of third) expect(before.has(norm(i.text)), i.id).toBe(false);
  });

  it('has a fourth held-out set, mined under labelling policy v2 apart from the others, sharing no text with them', () => {
    const fourth = fourthHeldOut();
    expect(fourth.length).toBeGreaterThanOrEqual(250);
    const positives = fourth.filter((i) => i.labels.length).length;
    expect(fourth.length - positives).toBeGreaterThanOrEqual(positives);
    for (const lang of LANGS) expect(fourth.filter((i) => i.lang === lang).length, lang).toBeGreaterThanOrEqual(40);
    const norm = (t: string) => t.toLowerCase().replace(/\s+/g, ' ').trim();
    const before = new Set([...items, ...freshHeldOut(), ...thirdHeldOut()].map((i) => norm(i.text)));
    for (const i of fourth) expect(before.has(norm(i.text)), i.id).toBe(false);
  });

  // Measured 2026-12-01 (seventh session's final rules) after the corpus was relabelled under policy v2
  // (MINING.md): tuning 0.90 / 0.83; held-out half 0.81 / 0.60 (its sixth scoring); fresh set 0.65 / 0.49 (third);
  // third set 0.71 / 0.70 (second); fourth set 0.68 / 0.57 (first, unseen). The tuning half holds the fifth to
  // ninth mining rounds too (t5…–t9…, each scored once unseen before it was read).
  it('keeps the measured figures: tuning ≥ 0.89 / 0.82, held-out half ≥ 0.80 / 0.59, fresh ≥ 0.64 / 0.48, third ≥ 0.70 / 0.69, fourth ≥ 0.67 / 0.56 (totals only)', () => {
    const { tuning, heldOut } = realSplit();
    const floors: [string, ReturnType<typeof asLabelled>, number, number][] = [
      ['tuning', asLabelled(tuning), 0.89, 0.82],
      ['held-out half', asLabelled(heldOut), 0.8, 0.59],
      ['fresh', asLabelled(freshHeldOut()), 0.64, 0.48],
      ['third', asLabelled(thirdHeldOut()), 0.7, 0.69],
      ['fourth', asLabelled(fourthHeldOut()), 0.67, 0.56],
    ];
    for (const [name, set, precision, recall] of floors) {
      const o = corpusMetrics(set).overall;
      expect(o.precision, name).toBeGreaterThanOrEqual(precision);
      expect(o.recall, name).toBeGreaterThanOrEqual(recall);
    }
  });
});
