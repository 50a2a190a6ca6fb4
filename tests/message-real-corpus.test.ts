/**
 * The message rules on real published text (tests/corpus/real): the corpus is what the issue asked for, and
 * the figures do not fall below what was measured when the rules were last changed. Only totals of the
 * held-out half are computed here; its messages are never printed (npm run corpus prints the tables).
 */
import { describe, expect, it } from 'vitest';
import { messageRules } from '../lib/rules';
import { corpusMetrics } from './corpus/metrics';
import { LANGS, asLabelled, freshHeldOut, realItems, realSplit, thirdHeldOut } from './corpus/real/load';

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

  // Measured 2026-12-01 on the code of that day (npm run corpus). The tuning half now holds the fifth to ninth
  // mining rounds too (t5…–t9…, each scored once unseen before it was read: 0.64 / 0.46, 0.76 / 0.53, 0.70 / 0.53,
  // 0.81 / 0.46, 0.69 / 0.66).
  it('keeps the measured figures: tuning ≥ 0.85 / 0.78, held-out half ≥ 0.71 / 0.57, fresh set ≥ 0.62 / 0.50, third set ≥ 0.68 / 0.67 (totals only)', () => {
    const { tuning, heldOut } = realSplit();
    const t = corpusMetrics(asLabelled(tuning)).overall;
    expect(t.precision).toBeGreaterThanOrEqual(0.85);
    expect(t.recall).toBeGreaterThanOrEqual(0.78);
    const h = corpusMetrics(asLabelled(heldOut)).overall;
    expect(h.precision).toBeGreaterThanOrEqual(0.71);
    expect(h.recall).toBeGreaterThanOrEqual(0.57);
    const f = corpusMetrics(asLabelled(freshHeldOut())).overall;
    expect(f.precision).toBeGreaterThanOrEqual(0.62);
    expect(f.recall).toBeGreaterThanOrEqual(0.5);
    // The third set, scored once at the end of that day (0.69 / 0.68) and never read.
    const third = corpusMetrics(asLabelled(thirdHeldOut())).overall;
    expect(third.precision).toBeGreaterThanOrEqual(0.68);
    expect(third.recall).toBeGreaterThanOrEqual(0.67);
  });
});
