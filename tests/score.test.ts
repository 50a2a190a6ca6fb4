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

  describe('notes', () => {
    const note = (rule: string): Finding => ({ ...f(rule, 'low'), note: true });

    it('never count one by one: notes alone leave the level at none', () => {
      expect(score([note('d')], groupOf)).toEqual({ level: 'none', score: 0 });
      expect(score([note('d'), note('c')], groupOf)).toEqual({ level: 'none', score: 0 });
    });

    it('from three independent groups raise the level to medium without an established track record', () => {
      const three = [note('d'), note('c'), note('b')];
      expect(score(three, groupOf)).toEqual({ level: 'medium', score: 3, fromNotes: true });
      expect(score([note('a1'), note('a2'), note('c')], groupOf).level).toBe('none');
    });

    it('at high sensitivity two groups suffice; at low sensitivity notes never count', () => {
      expect(score([note('d'), note('c')], groupOf, 'high')).toEqual({ level: 'medium', score: 2, fromNotes: true });
      expect(score([note('d'), note('c'), note('b')], groupOf, 'low').level).toBe('none');
    });

    it('never colour a profile with an established track record', () => {
      const three = [note('d'), note('c'), note('b')];
      expect(score(three, groupOf, 'normal', true)).toEqual({ level: 'none', score: 0 });
      expect(score(three, groupOf, 'high', true)).toEqual({ level: 'none', score: 0 });
    });

    it('a medium or high finding keeps its level however long the track record', () => {
      expect(score([f('b', 'medium'), note('c')], groupOf, 'normal', true)).toEqual({ level: 'medium', score: 2 });
      expect(score([f('a1', 'high'), note('c')], groupOf, 'normal', true)).toEqual({ level: 'high', score: 3 });
    });

    it('combine with low red flags (a message rule’s) in the groups count', () => {
      expect(score([f('d', 'low'), note('c'), note('b')], groupOf)).toEqual({
        level: 'medium',
        score: 3,
        fromNotes: true,
      });
      expect(score([f('d', 'low'), note('c'), note('b')], groupOf, 'normal', true)).toEqual({ level: 'low', score: 1 });
    });
  });
});
