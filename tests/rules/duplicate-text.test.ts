import { describe, expect, it } from 'vitest';
import { rule } from '../../lib/rules/duplicate-text';
import { profile } from '../helpers';
import { NOW, other } from './memory-cases';

describe('duplicate-text', () => {
  it.each([
    ['not compared', undefined, undefined],
    ['no near-identical text', [], undefined],
    ['the same text under another name: high', [{ other: other(), similarity: 0.81, passages: [] }], 'high'],
    [
      'under an unknown name: high',
      [{ other: other({ sameName: undefined, name: undefined }), similarity: 0.7, passages: [] }],
      'high',
    ],
    [
      'the same person’s profile on another site: nothing',
      [{ other: other({ sameName: true }), similarity: 0.95, passages: [] }],
      undefined,
    ],
  ] as const)('%s', (_n, textMatches, expected) => {
    expect(rule.check(profile({ name: 'John Smith' }), { now: NOW, textMatches })?.severity).toBe(expected);
  });

  it('shows the other profile and the shared passages side by side', () => {
    const f = rule.check(profile({ name: 'John Smith' }), {
      now: NOW,
      textMatches: [
        { other: other(), similarity: 0.8125, passages: [['I have 8 years of React.', 'I have 8 years of React!']] },
      ],
    })!;
    expect(f.evidence).toEqual([
      'Near-identical text on “Maria Lopez” (Freelancer.com, https://www.freelancer.com/u/marial), seen Nov\u00a020,\u00a02026; 81% of the text’s phrases shared',
      'Here: “I have 8 years of React.” — there: “I have 8 years of React!”',
    ]);
  });
});
