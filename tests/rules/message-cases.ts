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
      // Every piece of evidence quotes a sentence of the message itself.
      for (const e of f.evidence) {
        expect(e).toMatch(/^“[^]+”$/);
        expect(text.replace(/\s+/g, ' ')).toContain(e.slice(1, -1).replace(/…$/, '').replace(/\s+/g, ' '));
      }
      expect(f.evidence).not.toEqual([]);
      expect(f.sources.length).toBeGreaterThan(0);
    }
  });
}
