import { describe, expect, it } from 'vitest';
import type { Finding, Severity } from '../lib/rules/types';
import { score } from '../lib/score';

const f = (rule: string, severity: Severity): Finding => ({
  rule,
  severity,
  title: '',
  evidence: [],
  sources: [],
  advice: '',
});
const groups: Record<string, string> = { a1: 'location', a2: 'location', b: 'account', c: 'contact', d: 'portfolio' };
const groupOf = (r: string) => groups[r];

describe('score', () => {
  it.each([
    ['nothing', [], 'none', 0],
    ['one low', [f('d', 'low')], 'low', 1],
    ['two lows, two groups', [f('d', 'low'), f('c', 'low')], 'low', 2],
    ['three lows, three groups', [f('d', 'low'), f('c', 'low'), f('b', 'low')], 'medium', 3],
    ['one medium', [f('b', 'medium')], 'medium', 2],
    ['two mediums from one group stay medium', [f('a1', 'medium'), f('a2', 'medium')], 'medium', 4],
    ['two mediums from two groups: high', [f('b', 'medium'), f('c', 'medium')], 'high', 4],
    ['one high', [f('a1', 'high')], 'high', 3],
    ['score is capped', [f('a1', 'high'), f('a2', 'high'), f('b', 'high'), f('c', 'high')], 'high', 10],
  ] as const)('%s', (_n, findings, level, points) => {
    expect(score([...findings], groupOf)).toEqual({ level, score: points });
  });

  it('sensitivity low ignores low findings; high counts two low groups as medium', () => {
    const lows = [f('d', 'low'), f('c', 'low')];
    expect(score(lows, groupOf, 'low')).toEqual({ level: 'none', score: 0 });
    expect(score(lows, groupOf, 'high')).toEqual({ level: 'medium', score: 2 });
  });
});
