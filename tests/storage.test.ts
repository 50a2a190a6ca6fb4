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
    const again = await store.recordVisit(profile({ id: '~01a' }), 'none', [], new Date('2026-06-03T00:00:00Z'));
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
    expect(await store.prune(new Date('2026-01-01T00:00:00Z'))).toBe(1);
    expect((await store.history()).map((h) => h.key)).toEqual(['upwork:~01new']);
    await store.clearHistory();
    expect(await store.history()).toEqual([]);
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
      'current',
      { ...d, schemaVersion: SETTINGS_VERSION, language: 'de', historyDays: 30 },
      { ...d, language: 'de', historyDays: 30 },
    ],
    ['current with a value out of range', { ...d, historyDays: 0 }, d],
  ] as const)('%s', (_n, raw, expected) => {
    expect(migrateSettings(raw)).toEqual(expected);
  });
});
