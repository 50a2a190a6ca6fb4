/**
 * G1 platform red flags: the same bid templates and profile texts across different developer accounts.
 * This profile's text is near-identical (MinHash of word 4-shingles) to one seen under another name.
 */
import { line } from '../i18n/evidence';
import { quote } from '../text/sentences';
import { finding } from './finding';
import { describeOther, otherLine } from './memory-evidence';
import type { MemoryRule } from './types';

export const rule: MemoryRule = {
  id: 'duplicate-text',
  kind: 'memory',
  group: 'team',
  check(_p, ctx) {
    const others = (ctx.textMatches ?? []).filter((m) => m.other.sameName !== true).slice(0, 3);
    if (!others.length) return undefined;
    const evidence = others.flatMap((m) => [
      otherLine('evidence.sameText', 'evidence.team.sameText', 'evidence.team.sameTextHidden', m.other, {
        ...describeOther(m.other),
        score: Math.round(m.similarity * 100),
      }),
      ...m.passages.map(([mine, theirs]) =>
        line('evidence.passage', { mine: quote(mine, 200), theirs: quote(theirs, 200) }),
      ),
    ]);
    return finding(rule.id, 'high', evidence, ['G1 Platform red flags (same templates across accounts)']);
  },
};
