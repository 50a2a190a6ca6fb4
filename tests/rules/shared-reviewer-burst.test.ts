import { describe, expect, it } from 'vitest';
import { rule } from '../../lib/rules/shared-reviewer-burst';
import { profile } from '../helpers';
import { NOW, other } from './memory-cases';

const b = (others: ReturnType<typeof other>[]) => [
  { client: 'acme ltd', date: '2026-10-15', others: others.map((o, i) => ({ other: o, date: `2026-10-0${i + 1}` })) },
];

describe('shared-reviewer-burst', () => {
  it.each([
    ['not compared', undefined, undefined],
    ['one other freelancer: not a burst', b([other()]), undefined],
    [
      'two others under other names: medium',
      b([other(), other({ name: 'Li Wei', url: 'https://www.freelancer.com/u/liw' })]),
      'medium',
    ],
    ['two others, one of them this person: not a burst', b([other(), other({ sameName: true })]), undefined],
  ] as const)('%s', (_n, reviewerBursts, expected) => {
    expect(rule.check(profile({ name: 'John' }), { now: NOW, reviewerBursts })?.severity).toBe(expected);
  });

  it('lists the client, the dates and the other freelancers', () => {
    const f = rule.check(profile({ name: 'John' }), {
      now: NOW,
      reviewerBursts: b([other(), other({ name: 'Li Wei', url: 'https://www.freelancer.com/u/liw' })]),
    })!;
    expect(f.evidence[0]).toBe(
      'Client “acme ltd” rated this profile at the top on Oct\u00a015,\u00a02026, and also: “Maria Lopez” (Oct\u00a01,\u00a02026, https://www.freelancer.com/u/marial); “Li Wei” (Oct\u00a02,\u00a02026, https://www.freelancer.com/u/liw)',
    );
  });
});
