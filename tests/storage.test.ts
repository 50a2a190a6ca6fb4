import { describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { DB_VERSION, MIGRATIONS, openRadarDb, RadarStore } from '../lib/storage/db';
import { defaultSettings, migrateSettings, SETTINGS_VERSION } from '../lib/storage/settings';
import { profile } from './helpers';

let n = 0;
const freshName = () => `test-db-${++n}-${Math.random()}`;

describe('IndexedDB schema', () => {
  it('migrates a version-1 database with data to the current version', async () => {
    const name = freshName();
    const v1 = await openRadarDb(name, MIGRATIONS.slice(0, 1));
    // A record as version 1 stored it: no site, level or rule fields at the top.
    await v1.put('profiles', {
      key: 'upwork:~01a',
      profile: profile({ id: '~01a', name: 'A' }),
      firstSeen: '2026-01-01T00:00:00.000Z',
      lastSeen: '2026-01-02T00:00:00.000Z',
    } as any);
    v1.close();

    const db = await openRadarDb(name);
    expect(db.version).toBe(DB_VERSION);
    const rec = await db.get('profiles', 'upwork:~01a');
    expect(rec).toMatchObject({
      site: 'upwork',
      visits: 1,
      level: 'none',
      rules: [],
      firstSeen: '2026-01-01T00:00:00.000Z',
    });
    expect(await db.getAllFromIndex('profiles', 'bySite', 'upwork')).toHaveLength(1);
    expect(db.objectStoreNames.contains('settings')).toBe(true);
    db.close();
  });

  it('records visits, keeps the first-seen date, lists history newest first', async () => {
    const store = new RadarStore(await openRadarDb(freshName()));
    await store.recordVisit(profile({ id: '~01a' }), 'low', ['no-photo'], new Date('2026-06-01T00:00:00Z'));
    await store.recordVisit(profile({ id: '~01b' }), 'high', [], new Date('2026-06-02T00:00:00Z'));
    await store.recordVisit(profile({ id: '~01a' }), 'low', [], new Date('2026-06-01T00:00:30Z')); // same visit
    const { entry: again } = await store.recordVisit(
      profile({ id: '~01a' }),
      'none',
      [],
      new Date('2026-06-03T00:00:00Z'),
    );
    expect(again).toMatchObject({
      visits: 2,
      firstSeen: '2026-06-01T00:00:00.000Z',
      lastSeen: '2026-06-03T00:00:00.000Z',
    });
    expect((await store.history()).map((h) => h.key)).toEqual(['upwork:~01a', 'upwork:~01b']);
  });

  it('forgets profiles not seen within the retention period, and clears on request', async () => {
    const store = new RadarStore(await openRadarDb(freshName()));
    await store.recordVisit(profile({ id: '~01old' }), 'low', [], new Date('2025-01-01T00:00:00Z'));
    await store.recordVisit(profile({ id: '~01new' }), 'low', [], new Date('2026-06-01T00:00:00Z'));
    expect(await store.prune(new Date('2026-01-01T00:00:00Z'))).toEqual(['upwork:~01old']);
    expect((await store.fingerprints()).map((f) => f.key)).toEqual(['upwork:~01new']);
    expect((await store.history()).map((h) => h.key)).toEqual(['upwork:~01new']);
    await store.clearHistory();
    expect(await store.history()).toEqual([]);
  });

  it.each([2, 3])('migrates a version-%i database with data: fingerprints are made for what it holds', async (v) => {
    const name = freshName();
    const old = await openRadarDb(name, MIGRATIONS.slice(0, v));
    const p = profile({ id: '~01m', name: 'Mia', bio: 'Telegram: @mia_dev_tg — React developer' });
    await old.put('profiles', {
      key: 'upwork:~01m',
      site: 'upwork',
      url: p.url,
      profile: p,
      firstSeen: '2026-01-01T00:00:00.000Z',
      lastSeen: '2026-01-02T00:00:00.000Z',
      visits: 3,
      level: 'medium',
      rules: ['off-platform-contact-in-profile'],
    });
    if (v === 3)
      await old.put('photos', {
        profileKey: 'upwork:~01m',
        site: 'upwork',
        url: p.url,
        photoUrl: 'https://www.upwork.com/profile-portraits/x',
        hashes: '-',
        thumb: new Uint8Array(4),
        seenAt: '2026-01-02T00:00:00.000Z',
      });
    old.close();
    const store = new RadarStore(await openRadarDb(name));
    expect((await store.get('upwork:~01m'))?.visits).toBe(3);
    expect(await store.fingerprints()).toEqual([
      expect.objectContaining({ key: 'upwork:~01m', name: 'Mia', contacts: ['telegram:mia_dev_tg'] }),
    ]);
    expect(await store.photos()).toHaveLength(v === 3 ? 1 : 0);
  });

  it('remembers how the profile looked on the previous visit (not the same visit)', async () => {
    const store = new RadarStore(await openRadarDb(freshName()));
    const at = (iso: string) => new Date(iso);
    await store.recordVisit(
      profile({ id: '~01p', location: { country: 'UA' } }),
      'none',
      [],
      at('2026-06-01T00:00:00Z'),
    );
    const second = await store.recordVisit(
      profile({ id: '~01p', location: { country: 'PL' } }),
      'none',
      [],
      at('2026-06-05T00:00:00Z'),
    );
    expect(second.entry.previousVisit).toEqual({
      seenAt: '2026-06-01T00:00:00.000Z',
      profile: expect.objectContaining({ location: { country: 'UA' } }),
    });
    // A re-send within the same visit keeps the comparison with the visit before.
    const again = await store.recordVisit(
      profile({ id: '~01p', location: { country: 'PL' } }),
      'none',
      [],
      at('2026-06-05T00:00:20Z'),
    );
    expect(again.entry.previousVisit?.profile.location).toEqual({ country: 'UA' });
  });

  it('many tabs writing at once lose nothing', async () => {
    const store = new RadarStore(await openRadarDb(freshName()));
    const base = Date.parse('2026-06-01T00:00:00Z');
    // 40 profiles, each seen from 5 tabs at once, on 3 separate visits.
    for (let visit = 0; visit < 3; visit++)
      await Promise.all(
        Array.from({ length: 200 }, (_, i) =>
          store.recordVisit(
            profile({ id: `~c${i % 40}` }),
            'low',
            [],
            new Date(base + visit * 3_600_000 + (i % 5) * 1000),
          ),
        ),
      );
    const all = await store.history(1000);
    expect(all).toHaveLength(40);
    expect(all.every((e) => e.visits === 3)).toBe(true);
    expect(await store.fingerprints()).toHaveLength(40);
  });

  it('deletes one profile with its fingerprint and photo', async () => {
    const store = new RadarStore(await openRadarDb(freshName()));
    await store.recordVisit(profile({ id: '~01d' }), 'low', [], new Date('2026-06-01T00:00:00Z'));
    await store.recordVisit(profile({ id: '~01e' }), 'low', [], new Date('2026-06-01T00:00:00Z'));
    await store.deleteProfile('upwork:~01d');
    expect((await store.history()).map((h) => h.key)).toEqual(['upwork:~01e']);
    expect((await store.fingerprints()).map((h) => h.key)).toEqual(['upwork:~01e']);
  });

  it('stores settings and reads them back through the migration', async () => {
    const store = new RadarStore(await openRadarDb(freshName()));
    expect(await store.settings()).toEqual(defaultSettings());
    await store.saveSettings({ ...defaultSettings(), sensitivity: 'high' });
    expect((await store.settings()).sensitivity).toBe('high');
  });

  it('a database opened by an older copy of the code stays readable (no downgrade error for the same version)', async () => {
    const name = freshName();
    (await openRadarDb(name)).close();
    const again = await openDB(name);
    expect(again.version).toBe(DB_VERSION);
    again.close();
  });
});

describe('settings migration', () => {
  const d = defaultSettings();
  it.each([
    ['nothing stored', undefined, d],
    ['corrupt', 'garbage', d],
    ['unknown future version', { schemaVersion: 99, sensitivity: 'high' }, d],
    [
      'version 0 (before versioning)',
      { sensitivity: 'high', disabledSites: ['upwork'] },
      { ...d, sensitivity: 'high', enabledSites: { ...d.enabledSites, upwork: false } },
    ],
    [
      'version 1 (no language, no retention)',
      { schemaVersion: 1, sensitivity: 'low', enabledSites: { upwork: false } },
      { ...d, sensitivity: 'low', enabledSites: { ...d.enabledSites, upwork: false } },
    ],
    [
      'version 2 (no photo retention)',
      { schemaVersion: 2, enabledSites: d.enabledSites, sensitivity: 'normal', language: 'de', historyDays: 30 },
      { ...d, language: 'de', historyDays: 30 },
    ],
    [
      'current',
      { ...d, schemaVersion: SETTINGS_VERSION, language: 'de', historyDays: 30, photoDays: 0 },
      { ...d, language: 'de', historyDays: 30, photoDays: 0 },
    ],
    [
      'current (unchanged)',
      { ...d, schemaVersion: SETTINGS_VERSION, language: 'de', historyDays: 30 },
      { ...d, language: 'de', historyDays: 30 },
    ],
    ['current with a value out of range', { ...d, historyDays: 0 }, d],
  ] as const)('%s', (_n, raw, expected) => {
    expect(migrateSettings(raw)).toEqual(expected);
  });
});

describe('the fingerprint says since when the profile is known (who had a shared link first)', () => {
  it("keeps the first visit's date on every later visit, in the returned and the stored print", async () => {
    const store = new RadarStore(await openRadarDb(freshName()));
    await store.recordVisit(profile({ id: '~01s' }), 'none', [], new Date('2026-06-01T00:00:00Z'));
    const { print } = await store.recordVisit(profile({ id: '~01s' }), 'none', [], new Date('2026-06-09T00:00:00Z'));
    expect(print).toMatchObject({ seenAt: '2026-06-09T00:00:00.000Z', since: '2026-06-01T00:00:00.000Z' });
    expect((await store.fingerprintOf(print.key))?.since).toBe('2026-06-01T00:00:00.000Z');
  });
});
