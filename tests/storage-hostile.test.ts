/**
 * Issue 14, defect 1 in the storage layer: an upgrade from v1/v2/v3 holding a profile with a bare `%` in a link
 * stopped half-way (the fingerprint threw inside the upgrade, the version was committed anyway and the missing
 * fingerprints were never made). Upgrades are now total and atomic; merges (imports) are all or nothing.
 */
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, MIGRATIONS, openRadarDb, RadarStore, type StoredProfile } from '../lib/storage/db';
import { profile } from './helpers';

let n = 0;
const freshName = () => `hostile-db-${++n}-${Math.random()}`;

const PCT = 'My shop: http://shop.example/sale-50% — Telegram: @pct_dev_tg';

/** Three profiles as version `v` stored them; the second has a bare `%` in its bio and links. */
function oldRecords(v: number) {
  return ['~01a', '~01b', '~01c'].map((id, i) => {
    const p = profile({
      id,
      name: `P${i}`,
      ...(i === 1 ? { bio: PCT, links: ['https://portfolio.example/work%'] } : {}),
    });
    const base = {
      key: `upwork:${id}`,
      profile: p,
      firstSeen: '2026-01-01T00:00:00.000Z',
      lastSeen: `2026-01-0${i + 2}T00:00:00.000Z`,
    };
    return v === 1 ? base : { ...base, site: 'upwork', url: p.url, visits: 2, level: 'low', rules: [] };
  });
}

describe('upgrades from old databases with hostile profiles', () => {
  it.each([1, 2, 3])('from version %i: finishes, keeps every profile and fingerprints each', async (v) => {
    const name = freshName();
    const old = await openRadarDb(name, MIGRATIONS.slice(0, v));
    for (const r of oldRecords(v)) await old.put('profiles', r as unknown as StoredProfile);
    old.close();

    const db = await openRadarDb(name);
    expect(db.version).toBe(DB_VERSION);
    const store = new RadarStore(db);
    expect((await store.allProfiles()).map((p) => p.key)).toEqual(['upwork:~01a', 'upwork:~01b', 'upwork:~01c']);
    const prints = await store.fingerprints();
    expect(prints.map((p) => p.key)).toEqual(['upwork:~01a', 'upwork:~01b', 'upwork:~01c']);
    expect(prints[1]!.contacts).toEqual(
      expect.arrayContaining(['telegram:pct_dev_tg', 'url:shop.example/sale-50%', 'url:portfolio.example/work%']),
    );
    db.close();
  });

  it('keeps corrupt version-1 records (no profile, a string profile, no dates) and fingerprints what it can', async () => {
    const name = freshName();
    const old = await openRadarDb(name, MIGRATIONS.slice(0, 1));
    const records: unknown[] = [
      { key: 'upwork:~nop' },
      { key: 'upwork:~str', profile: 'garbage', lastSeen: 5 },
      { key: 'nocolon', profile: { site: 7, url: null, bio: { x: 1 }, links: [null, 3, 'http://a.example/%'] } },
      { key: 'upwork:~ok', profile: profile({ id: '~ok' }), lastSeen: '2026-01-01T00:00:00.000Z' },
    ];
    for (const r of records) await old.put('profiles', r as StoredProfile);
    old.close();

    const db = await openRadarDb(name);
    expect(db.version).toBe(DB_VERSION);
    expect((await db.getAllKeys('profiles')).sort()).toEqual(['nocolon', 'upwork:~nop', 'upwork:~ok', 'upwork:~str']);
    expect((await db.getAllKeys('fingerprints')).sort()).toEqual([
      'nocolon',
      'upwork:~nop',
      'upwork:~ok',
      'upwork:~str',
    ]);
    expect(await db.get('profiles', 'upwork:~nop')).toMatchObject({ site: 'upwork', visits: 1, level: 'none' });
    db.close();
  });

  it('replaces impossible dates of version-1 records with the upgrade time (they sorted first and never expired)', async () => {
    const name = freshName();
    const old = await openRadarDb(name, MIGRATIONS.slice(0, 1));
    const p = profile({ id: '~d' });
    await old.put('profiles', {
      key: 'upwork:~d',
      profile: p,
      firstSeen: '+275760-09-13T00:00:00.000Z',
      lastSeen: 'zzzz',
    } as unknown as StoredProfile);
    await old.put('profiles', {
      key: 'upwork:~e',
      profile: p,
      firstSeen: '2026-01-01T00:00:00Z',
      lastSeen: '2026-01-02T00:00:00Z',
    } as unknown as StoredProfile);
    old.close();
    const before = Date.now();
    const db = await openRadarDb(name);
    const d = (await db.get('profiles', 'upwork:~d'))!;
    expect(Date.parse(d.lastSeen)).toBeGreaterThanOrEqual(before - 1000);
    expect(Date.parse(d.lastSeen)).toBeLessThanOrEqual(Date.now());
    expect(d.firstSeen).toBe(d.lastSeen);
    expect(await db.get('profiles', 'upwork:~e')).toMatchObject({
      firstSeen: '2026-01-01T00:00:00.000Z',
      lastSeen: '2026-01-02T00:00:00.000Z',
    });
    db.close();
  });

  it('an upgrade step that fails changes nothing: the old version and its data stay, and the open says why', async () => {
    const name = freshName();
    const old = await openRadarDb(name, MIGRATIONS.slice(0, 3));
    for (const r of oldRecords(3)) await old.put('profiles', r as unknown as StoredProfile);
    old.close();

    const failing = [
      ...MIGRATIONS.slice(0, 3),
      async (db: Parameters<(typeof MIGRATIONS)[number]>[0], tx: Parameters<(typeof MIGRATIONS)[number]>[1]) => {
        db.createObjectStore('fingerprints', { keyPath: 'key' });
        await tx.objectStore('profiles').delete('upwork:~01a');
        throw new Error('step broke');
      },
    ];
    await expect(openRadarDb(name, failing)).rejects.toThrow(/step broke/);

    const after = await openDB(name);
    expect(after.version).toBe(3);
    expect(after.objectStoreNames.contains('fingerprints')).toBe(false);
    expect((await after.getAllKeys('profiles')).length).toBe(3);
    after.close();

    // The real steps run again on the next open, from version 3.
    const db = await openRadarDb(name);
    expect(db.version).toBe(DB_VERSION);
    expect(await db.count('fingerprints')).toBe(3);
    db.close();
  });
});

describe('merge (import) is all or nothing', () => {
  it('a failure on the second of three profiles leaves the store as it was, and names the profile', async () => {
    const store = new RadarStore(await openRadarDb(freshName()));
    await store.recordVisit(profile({ id: '~keep' }), 'low', [], new Date('2026-06-01T00:00:00Z'));
    const before = JSON.stringify([await store.allProfiles(), await store.fingerprints()]);
    const incoming = oldRecords(2) as unknown as StoredProfile[];
    await expect(
      store.merge(incoming, [], (old, p) => {
        if (p.key === 'upwork:~01b') throw new Error('cannot combine');
        return p;
      }),
    ).rejects.toThrow(/upwork:~01b.*cannot combine/);
    expect(JSON.stringify([await store.allProfiles(), await store.fingerprints()])).toBe(before);
  });

  it('a profile with a bare % merges with its fingerprint', async () => {
    const store = new RadarStore(await openRadarDb(freshName()));
    const r = await store.merge(oldRecords(2) as unknown as StoredProfile[], [], (_o, p) => p);
    expect(r).toEqual({ added: 3, merged: 0, photos: 0 });
    expect(await store.fingerprints()).toHaveLength(3);
  });
});

describe('clearing is all or nothing', () => {
  it('clears profiles, fingerprints and photos in one transaction', async () => {
    const store = new RadarStore(await openRadarDb(freshName()));
    await store.recordVisit(profile({ id: '~x' }), 'low', [], new Date('2026-06-01T00:00:00Z'));
    await store.clearHistory();
    expect(await store.count()).toBe(0);
    expect(await store.fingerprints()).toEqual([]);
  });
});
