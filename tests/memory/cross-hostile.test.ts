/**
 * Issue 14, defect 1's other door: the background loads every stored fingerprint into the cross-profile memory
 * at start; one corrupt record (written by an older version, or damaged) threw out of `add` and switched the
 * whole memory off. A malformed fingerprint is now read for what it holds, never thrown on.
 */
import { describe, expect, it } from 'vitest';
import { CrossMemory } from '../../lib/memory/cross';
import { fingerprint, type Fingerprint } from '../../lib/memory/fingerprint';
import { profile } from '../helpers';

const good = (id: string, bio: string) =>
  fingerprint(`upwork:${id}`, profile({ id, name: id, bio }), '2026-06-01T00:00:00.000Z');

describe('cross memory on corrupt fingerprints', () => {
  it.each<[string, unknown]>([
    ['contacts null', { key: 'upwork:~bad', url: '', seenAt: '', contacts: null, topReviews: [] }],
    ['topReviews a string', { key: 'upwork:~bad', url: '', seenAt: '', contacts: [], topReviews: 'x' }],
    ['reviews without clients', { key: 'upwork:~bad', contacts: [], topReviews: [null, { date: 5 }] }],
    ['a numeric key', { key: 5, contacts: ['telegram:shared_tg'], topReviews: [] }],
    ['a short minhash array', { key: 'upwork:~bad', minhash: [1, 2, 3], contacts: [], topReviews: [] }],
    ['nothing at all', null],
  ])('%s: add and check never throw, the other profiles still match', (_n, bad) => {
    const m = new CrossMemory();
    m.add(good('~a', 'Telegram: @shared_tg'));
    expect(() => m.add(bad as Fingerprint)).not.toThrow();
    const b = good('~b', 'write me on Telegram: @shared_tg');
    expect(() => m.check(bad as Fingerprint)).not.toThrow();
    expect(m.check(b).contacts.map((h) => h.key)).toContain('upwork:~a');
    expect(() => m.delete((bad as { key?: string })?.key as string)).not.toThrow();
  });
});
