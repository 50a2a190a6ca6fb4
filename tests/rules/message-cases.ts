import { expect, it } from 'vitest';
import type { MessageRule } from '../../lib/rules/types';
import { prepareMessage } from '../../lib/text/message';

/** A table test for one message rule: each text either raises it (true) or not (false). */
export function messageCases(rule: MessageRule, cases: [string, boolean][]): void {
  it.each(cases)('%s → %s', (text, raised) => {
    const f = rule.check({ message: prepareMessage(text) });
    expect(!!f).toBe(raised);
    if (f) {
      expect(f.rule).toBe(rule.id);
      expect(f.evidence.length).toBeGreaterThan(0);
      expect(f.sources.length).toBeGreaterThan(0);
    }
  });
}
