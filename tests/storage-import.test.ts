/**
 * Issue 14: an import of three profiles whose second has a bare `%` in a link said "Nothing was imported" while
 * two were stored (defect 1); impossible dates ("zzzz", year 275760, trustedAt "yes") were accepted, sorted first
 * and never expired (defect 10).
 */
import { describe, expect, it } from 'vitest';
import { importMemory, ImportError, MEMORY_FORMAT } from '../lib/export/memory';
import { openRadarDb, RadarStore, type StoredProfile } from '../lib/storage/db';
import { profile } from './helpers';

const AT = '2026-06-01T00:00:00.000Z';

function entry(id: string, extra: Partial<StoredProfile> = {}): StoredProfile {
  const p = profile({ id, name: id });
  return {
    key: `upwork:${id}`,
    site: 'upwork',
    url: p.url,
    profile: p,
    firstSeen: AT,
    lastSeen: AT,
    visits: 1,
    level: 'none',
    rules: [],
    ...extra,
  };
}

const file = (profiles: unknown[], photos: unknown[] = [], exportedAt = AT) =>
  JSON.stringify({ format: MEMORY_FORMAT, version: 1, exportedAt, profiles, photos });

async function storeWithOne() {
  const store = new RadarStore(await openRadarDb(`import-hostile-${Math.random()}`));
  await store.recordVisit(profile({ id: '~mine', name: 'Mine' }), 'low', [], new Date('2026-05-01T00:00:00Z'));
  return store;
}
const state = async (s: RadarStore) =>
  JSON.stringify([await s.allProfiles(), await s.fingerprints(), await s.photos()]);

describe('import of hostile profiles', () => {
  it('three profiles, the second with a bare % in its bio and links: all three are imported with fingerprints', async () => {
    const store = await storeWithOne();
    const second = entry('~01b');
    second.profile = {
      ...second.profile,
      bio: 'Sale: http://shop.example/sale-50% — Telegram: @pct_dev_tg',
      links: ['http://shop.example/sale-50%'],
    };
    const r = await importMemory(store, file([entry('~01a'), second, entry('~01c')]));
    expect(r).toEqual({ added: 3, merged: 0, photos: 0 });
    expect((await store.allProfiles()).map((p) => p.key).sort()).toEqual([
      'upwork:~01a',
      'upwork:~01b',
      'upwork:~01c',
      'upwork:~mine',
    ]);
    const fp = (await store.fingerprints()).find((f) => f.key === 'upwork:~01b')!;
    expect(fp.contacts).toEqual(expect.arrayContaining(['telegram:pct_dev_tg', 'url:shop.example/sale-50%']));
  });

  it('a photo whose thumbnail fails after a good one changes nothing and names the photo', async () => {
    const store = await storeWithOne();
    const before = await state(store);
    const photo = (key: string, thumb: string) => ({
      profileKey: key,
      site: 'upwork',
      url: 'https://www.upwork.com/freelancers/~x',
      photoUrl: 'https://www.upwork.com/profile-portraits/x',
      hashes: '-',
      thumb,
      seenAt: AT,
    });
    const good = btoa(String.fromCharCode(...new Uint8Array(1024)));
    const text = file([entry('~01a')], [photo('upwork:~01a', good), photo('upwork:~01b', '%%%')]);
    await expect(importMemory(store, text)).rejects.toThrow(/upwork:~01b/);
    expect(await state(store)).toBe(before);
  });
});

describe('import validates every date (defect 10)', () => {
  it.each<[string, (e: StoredProfile) => unknown]>([
    ['firstSeen "zzzz"', (e) => ({ ...e, firstSeen: 'zzzz' })],
    ['lastSeen in year 275760', (e) => ({ ...e, lastSeen: '+275760-09-13T00:00:00.000Z' })],
    ['lastSeen as a bare year 275760', (e) => ({ ...e, lastSeen: '275760-09-13T00:00:00.000Z' })],
    ['lastSeen far in the future', (e) => ({ ...e, lastSeen: '9999-12-31T23:59:59.999Z' })],
    ['trustedAt "yes"', (e) => ({ ...e, trustedAt: 'yes' })],
    ['trustedAt empty', (e) => ({ ...e, trustedAt: '' })],
    ['firstSeen on 30 February', (e) => ({ ...e, firstSeen: '2026-02-30T00:00:00.000Z' })],
    ['firstSeen at hour 25', (e) => ({ ...e, firstSeen: '2026-02-03T25:00:00.000Z' })],
    ['a date without a time', (e) => ({ ...e, lastSeen: '2026-06-01' })],
    ['a note dated "tomorrow"', (e) => ({ ...e, notes: [{ at: 'tomorrow', text: 'x' }] })],
    [
      'a dismissal restored "never"',
      (e) => ({ ...e, dismissals: [{ rule: 'r', reason: 'x', at: AT, restoredAt: 'never' }] }),
    ],
    [
      'the previous visit in year 0',
      (e) => ({ ...e, previousVisit: { seenAt: '0000-01-01T00:00:00.000Z', profile: {} } }),
    ],
    ['a review dated 2026-13-45', (e) => ({ ...e, profile: { ...e.profile, reviews: [{ date: '2026-13-45' }] } })],
    ['member since 0000-00-00', (e) => ({ ...e, profile: { ...e.profile, memberSince: '0000-00-00' } })],
  ])('%s: refused, nothing changes, and the message names the field', async (_n, spoil) => {
    const store = await storeWithOne();
    const before = await state(store);
    const text = file([entry('~01a'), spoil(entry('~01b')), entry('~01c')]);
    await expect(importMemory(store, text)).rejects.toThrow(ImportError);
    await expect(importMemory(store, text)).rejects.toThrow(/profiles\.1\./);
    expect(await state(store)).toBe(before);
  });

  it('an impossible export date or photo date is refused', async () => {
    const store = await storeWithOne();
    await expect(importMemory(store, file([], [], 'zzzz'))).rejects.toThrow(/exportedAt/);
    const photo = {
      profileKey: 'upwork:~01a',
      site: 'upwork',
      url: 'https://www.upwork.com/freelancers/~01a',
      photoUrl: 'https://www.upwork.com/profile-portraits/a',
      hashes: '-',
      thumb: btoa(String.fromCharCode(...new Uint8Array(1024))),
      seenAt: '275760-01-01T00:00:00.000Z',
    };
    await expect(importMemory(store, file([entry('~01a')], [photo]))).rejects.toThrow(/photos\.0\.seenAt/);
  });

  it('dates with another precision are accepted and stored in the one form the history sorts by', async () => {
    const store = await storeWithOne();
    const e = entry('~01a', {
      firstSeen: '2026-05-01T00:00:00Z',
      lastSeen: '2026-05-02T10:00:00.5Z',
      trustedAt: '2026-05-02T10:00:00Z',
    });
    await importMemory(store, file([e]));
    expect(await store.get('upwork:~01a')).toMatchObject({
      firstSeen: '2026-05-01T00:00:00.000Z',
      lastSeen: '2026-05-02T10:00:00.500Z',
      trustedAt: '2026-05-02T10:00:00.000Z',
    });
  });
});

// hostile20: the history page links each profile's name to its stored address (any https address was taken), so a
// memory file passed on by someone else could send the recruiter from "Alice (Upwork)" to a look-alike login page.
describe('import refuses an address or a key of another site', () => {
  it.each([
    ['an address on a look-alike host', { url: 'https://upwork.com.login-check.example/freelancers/~evil' }],
    ['an address on another site', { url: 'https://www.linkedin.com/in/evil' }],
    ['a key of another site', { key: 'linkedin:evil' }],
    [
      'a profile whose own address is elsewhere',
      { profile: profile({ id: '~evil', url: 'https://upwork.com.login-check.example/x' }) },
    ],
  ])('%s: nothing is imported', async (_n, over) => {
    const store = await storeWithOne();
    const before = await state(store);
    await expect(
      importMemory(store, file([entry('~ok'), entry('~evil', over as Partial<StoredProfile>)])),
    ).rejects.toThrow(ImportError);
    expect(await state(store)).toBe(before);
  });

  it('an entry on its own site is imported', async () => {
    const store = await storeWithOne();
    await importMemory(store, file([entry('~ok')]));
    expect((await store.allProfiles()).map((e) => e.key)).toContain('upwork:~ok');
  });
});

describe('import of the trusted mark’s reason', () => {
  it.each<[string, Partial<StoredProfile> | Record<string, unknown>]>([
    ['a reason over 2,000 characters', { trustedAt: AT, trustReason: 'x'.repeat(2001) }],
    ['a reason that is not text', { trustedAt: AT, trustReason: ['x'] }],
    ['a reason without the trusted mark', { trustReason: 'Video call' }],
  ])('%s: refused, nothing changes, and the message names the field', async (_n, over) => {
    const store = await storeWithOne();
    const before = await state(store);
    const text = file([entry('~01a'), entry('~01b', over as Partial<StoredProfile>)]);
    await expect(importMemory(store, text)).rejects.toThrow(/profiles\.1\.trustReason/);
    expect(await state(store)).toBe(before);
  });

  it('a reason of 2,000 characters, and a mark without one (made before reasons were asked for), are imported', async () => {
    const store = await storeWithOne();
    const long = 'y'.repeat(2000);
    await importMemory(
      store,
      file([entry('~01a', { trustedAt: AT, trustReason: long }), entry('~01b', { trustedAt: AT })]),
    );
    expect((await store.get('upwork:~01a'))!.trustReason).toBe(long);
    const old = (await store.get('upwork:~01b'))!;
    expect(old.trustedAt).toBe(AT);
    expect(old).not.toHaveProperty('trustReason');
  });
});
