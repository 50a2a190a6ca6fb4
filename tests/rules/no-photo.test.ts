import { describe, expect, it } from 'vitest';
import { rule } from '../../lib/rules/no-photo';
import { ctx, profile } from '../helpers';

describe('no-photo', () => {
  it.each([
    ['a real portrait URL: nothing', { photoUrl: 'https://www.upwork.com/profile-portraits/c1abc' }, [], undefined],
    ['no photo on a page that was read: low', {}, [], 'low'],
    ['a placeholder avatar: low', { photoUrl: 'https://example.com/img/default-avatar.png' }, [], 'low'],
    ['photo could not be read: not a finding', {}, ['photoUrl'], undefined],
  ] as const)('%s', (_n, p, missing, expected) => {
    expect(rule.check(profile(p), ctx([...missing]))?.severity).toBe(expected);
  });
});
