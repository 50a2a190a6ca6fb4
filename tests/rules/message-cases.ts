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
      // Every piece of evidence quotes a sentence of the message itself, and the words that made it are
      // words of that sentence.
      for (const [k, e] of f.evidence.entries()) {
        const m = /^“([^]+?)”(?: — words that matched: (.+))?$/.exec(e);
        expect(m, e).not.toBeNull();
        expect(text.replace(/\s+/g, ' ')).toContain(m![1].replace(/…$/, '').replace(/\s+/g, ' '));
        for (const w of m![2]?.match(/“[^”]+”/g) ?? []) expect(f.quotes![k]).toContain(w.slice(1, -1));
      }
      expect(f.evidence).not.toEqual([]);
      expect(f.sources.length).toBeGreaterThan(0);
    }
  });
}
