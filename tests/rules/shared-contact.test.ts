import { describe, expect, it } from 'vitest';
import { rule } from '../../lib/rules/shared-contact';
import { profile } from '../helpers';
import { NOW, other } from './memory-cases';

describe('shared-contact', () => {
  it.each([
    ['not compared', undefined, undefined],
    ['nothing shared', [], undefined],
    ['a Telegram handle under another name: high', [{ other: other(), contact: 'telegram:dev_team_tg' }], 'high'],
    [
      'a portfolio under the same name (own profiles): nothing',
      [{ other: other({ sameName: true }), contact: 'url:anna.dev' }],
      undefined,
    ],
  ] as const)('%s', (_n, contactMatches, expected) => {
    expect(rule.check(profile({ name: 'Anna K.' }), { now: NOW, contactMatches })?.severity).toBe(expected);
  });

  it('names the contact and the other profile', () => {
    const f = rule.check(profile({ name: 'John' }), {
      now: NOW,
      contactMatches: [{ other: other(), contact: 'github:devsample' }],
    })!;
    expect(f.evidence).toEqual([
      'GitHub devsample is also on “Maria Lopez” (Freelancer.com, https://www.freelancer.com/u/marial), seen Nov\u00a020,\u00a02026',
    ]);
  });
});
