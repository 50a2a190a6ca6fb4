import { describe, expect, it } from 'vitest';
import { rule } from '../../lib/rules/unverified-identity';
import { ctx, profile } from '../helpers';

describe('unverified-identity', () => {
  it.each([
    ['identity not verified: low', { verified: { identity: false } }, 'low'],
    ['identity verified, phone not (real page): nothing', { verified: { identity: true, phone: false } }, undefined],
    ['payment and phone not verified: low', { verified: { payment: false, phone: false } }, 'low'],
    ['only e-mail not verified: nothing', { verified: { email: false } }, undefined],
    ['nothing stated: not checked', {}, undefined],
  ] as const)('%s', (_n, p, expected) => {
    expect(rule.check(profile(p), ctx())?.severity).toBe(expected);
  });

  it('lists each missing verification', () => {
    expect(rule.check(profile({ verified: { identity: false, phone: false, email: true } }), ctx())?.evidence).toEqual([
      'Identity: not verified',
      'Phone: not verified',
    ]);
  });
});
