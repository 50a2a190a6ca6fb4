import { describe, expect, it } from 'vitest';
import { LANGUAGES, parityBattery, parityTotals, shownAs } from './corpus/parity/read';

// The renderings that read as their English original, per language, at the fifty-sixth session’s end: a reading change
// that loses one fails here (raise the floor when a change gains some — docs/message-rules-history.md keeps the history).
const FLOOR = { de: 172, es: 169, fr: 169, pt: 169 };

describe('the parity battery (four languages read as English is)', () => {
  const items = parityBattery();
  it('holds 195 frozen items, each in five languages', () => {
    expect(items).toHaveLength(195);
    for (const item of items) for (const l of ['en', ...LANGUAGES] as const) expect(item[l].length).toBeGreaterThan(0);
  });
  it('reads every English original as expected', () => {
    for (const item of items) expect(shownAs(item.en), item.en).toEqual([...item.expected].sort());
  });
  it('reads at least as many renderings as the English as at the last measurement', () => {
    const totals = parityTotals(items);
    for (const l of LANGUAGES) expect(totals[l], l).toBeGreaterThanOrEqual(FLOOR[l]);
  }, 60_000);
});
