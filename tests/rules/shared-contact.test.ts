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

  it('a link this profile had first, copied onto another name later, is not its red flag (hostile review 19)', () => {
    const copied = [{ other: other(), contact: 'url:anna.dev', first: 'this' as const }];
    expect(rule.check(profile({ name: 'Anna K.' }), { now: NOW, contactMatches: copied })).toBeUndefined();
    // …beside a contact shared the ordinary way, only that one is named.
    const f = rule.check(profile({ name: 'Anna K.' }), {
      now: NOW,
      contactMatches: [...copied, { other: other(), contact: 'telegram:dev_team_tg' }],
    })!;
    expect(f.evidence).toHaveLength(1);
    expect(f.evidence[0]).toMatch(/^Telegram dev_team_tg is also on/);
  });

  it('on the copier it is high, and says who had it first', () => {
    const f = rule.check(profile({ name: 'John' }), {
      now: NOW,
      contactMatches: [{ other: other(), contact: 'url:marialopez.dev', first: 'other' }],
    })!;
    expect(f.severity).toBe('high');
    expect(f.evidence).toEqual([
      'Link marialopez.dev was first on “Maria Lopez” (Freelancer.com, https://www.freelancer.com/u/marial), seen Nov\u00a020,\u00a02026; this profile shows it as well',
    ]);
  });
});
