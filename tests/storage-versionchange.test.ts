/**
 * An update that bumps the memory's schema (issue 16): every connection closes itself when a newer version wants
 * the database (lib/storage/open-events.ts), and an open that an older connection holds up — one that never closes,
 * as the versions before this had no handler — reports StorageBlockedError after a bounded wait and succeeds the
 * moment that connection closes (lib/storage/blocked-open.ts); the worker's connection reopens on next use
 * (lib/storage/lazy-connection.ts). Against fake-indexeddb, which follows the spec's versionchange and blocked steps.
 */
import { describe, expect, it, vi } from 'vitest';
import { DB_VERSION, MIGRATIONS, openRadarDb, RadarStore } from '../lib/storage/db';
import { openCurrentDb } from '../lib/storage/history-store';
import { openOnce, openWithin, StorageBlockedError } from '../lib/storage/blocked-open';
import { lazyConnection } from '../lib/storage/lazy-connection';
import { profile } from './helpers';

const freshName = () => `versionchange-${Math.random()}`;
/** One schema version more than this build has: the next update's. */
const NEXT = [...MIGRATIONS, () => {}];
const SHORT = 60;

/**
 * A connection of an older build to its database (version 4, with its stores): opened without any versionchange
 * handler, as the versions before this one did, so it never lets go by itself.
 */
async function holder(name: string, version: number): Promise<IDBDatabase> {
  (await openRadarDb(name, MIGRATIONS.slice(0, version))).close();
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name, version);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

const settled = async <T>(p: Promise<T>, ms = 20): Promise<boolean> => {
  let done = false;
  p.then(
    () => (done = true),
    () => (done = true),
  );
  await new Promise((r) => setTimeout(r, ms));
  return done;
};

describe('a newer version wants the memory', () => {
  it('the open connection (v4) closes itself and says so; the newer open (v5) succeeds with the data', async () => {
    const name = freshName();
    const closed = vi.fn();
    const v4 = await openRadarDb(name, MIGRATIONS.slice(0, 4), { closed });
    await new RadarStore(v4).recordVisit(profile({ id: '~1', name: 'Ann' }), 'low', [], new Date());
    // v4 is still open: without its handler this open waited forever.
    const v5 = await openRadarDb(name, MIGRATIONS);
    expect(v5.version).toBe(DB_VERSION);
    expect(closed).toHaveBeenCalledTimes(1);
    expect(() => v4.transaction('profiles')).toThrow(/closed|InvalidState/i);
    expect((await v5.get('profiles', 'upwork:~1'))?.profile.name).toBe('Ann');
    v5.close();
  });

  it('the history page’s connection closes too, and the page is told', async () => {
    const name = freshName();
    const closed = vi.fn();
    const page = await openCurrentDb(name, { closed });
    const next = await openRadarDb(name, NEXT);
    expect(next.version).toBe(DB_VERSION + 1);
    expect(closed).toHaveBeenCalledTimes(1);
    await expect(page.count('profiles')).rejects.toThrow();
    next.close();
  });

  it('a connection opened without events still closes (the popup, the privacy page)', async () => {
    const name = freshName();
    const popup = await openRadarDb(name);
    const next = await openRadarDb(name, NEXT);
    expect(next.version).toBe(DB_VERSION + 1);
    expect(() => popup.transaction('profiles')).toThrow();
    next.close();
  });
});

describe('an open held up by an older connection', () => {
  it('reports StorageBlockedError after the bounded wait, and succeeds as soon as the holder closes', async () => {
    const name = freshName();
    const old = await holder(name, 4);
    const blocked = vi.fn();
    const opening = openWithin(
      (events) =>
        openRadarDb(name, MIGRATIONS, {
          ...events,
          blocked: () => {
            blocked();
            events.blocked?.();
          },
        }),
      undefined,
      SHORT,
    );
    const t0 = Date.now();
    await expect(opening.within()).rejects.toBeInstanceOf(StorageBlockedError);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(SHORT - 5);
    expect(blocked).toHaveBeenCalledTimes(1);
    // Every later caller is told at once, while the open goes on waiting.
    const t1 = Date.now();
    await expect(opening.within()).rejects.toBeInstanceOf(StorageBlockedError);
    expect(Date.now() - t1).toBeLessThan(SHORT);
    expect(await settled(opening.ready)).toBe(false);

    old.close();
    const db = await opening.ready;
    expect(db.version).toBe(DB_VERSION);
    expect(await opening.within()).toBe(db);
    db.close();
  });

  it('an open that is not held up is never timed, however long it takes', async () => {
    const opening = openWithin(
      () => new Promise<string>((r) => setTimeout(() => r('opened'), 3 * SHORT)),
      undefined,
      SHORT,
    );
    expect(await opening.within()).toBe('opened');
  });

  it('an open that fails rejects with its own error, not as blocked', async () => {
    const name = freshName();
    (await openRadarDb(name, NEXT)).close();
    // This build's version is older than the database's now: the browser says so at once.
    await expect(openWithin((events) => openRadarDb(name, MIGRATIONS, events)).within()).rejects.toHaveProperty(
      'name',
      'VersionError',
    );
  });

  it('for one short read: gives up after the bounded wait, and a connection that opens later is closed', async () => {
    const name = freshName();
    const old = await holder(name, 4);
    let late: Awaited<ReturnType<typeof openRadarDb>> | undefined;
    await expect(
      openOnce(async (events) => (late = await openRadarDb(name, MIGRATIONS, events)), SHORT),
    ).rejects.toBeInstanceOf(StorageBlockedError);
    old.close();
    await vi.waitFor(() => expect(late).toBeDefined());
    await new Promise((r) => setTimeout(r, 0));
    expect(() => late!.transaction('profiles')).toThrow();
    // Nobody holds the database now: the next open is not held up.
    const next = await openRadarDb(name, NEXT);
    expect(next.version).toBe(DB_VERSION + 1);
    next.close();
  });
});

describe("the background's connection", () => {
  it('is opened once, closed for a newer version, and opened again on the next use', async () => {
    const name = freshName();
    const opens = vi.fn();
    const connection = lazyConnection(async (events) => {
      opens();
      return openRadarDb(name, MIGRATIONS, events);
    }, SHORT);
    const first = await connection();
    expect(await connection()).toBe(first);
    expect(opens).toHaveBeenCalledTimes(1);

    // The database deleted (the same versionchange as an upgrade): the connection lets go, the next use reopens.
    await new Promise<void>((resolve, reject) => {
      const req = indexedDB.deleteDatabase(name);
      req.onsuccess = () => resolve();
      req.onerror = () => reject(req.error);
      req.onblocked = () => reject(new Error('blocked: the connection did not close'));
    });
    const second = await connection();
    expect(second).not.toBe(first);
    expect(opens).toHaveBeenCalledTimes(2);
    expect(await second.count('profiles')).toBe(0);

    // A newer version's upgrade: this older one's connection closes, and its next open fails (its schema is
    // older than the database's) — each time anew, not one failure kept for the worker's life.
    const next = await openRadarDb(name, NEXT);
    await expect(connection()).rejects.toHaveProperty('name', 'VersionError');
    await expect(connection()).rejects.toHaveProperty('name', 'VersionError');
    expect(opens).toHaveBeenCalledTimes(4);
    next.close();
  });

  it('held up by an older connection: callers are told after the bounded wait, then get the one open that goes on', async () => {
    const name = freshName();
    const old = await holder(name, 4);
    const opens = vi.fn();
    const connection = lazyConnection(async (events) => {
      opens();
      return new RadarStore(await openRadarDb(name, MIGRATIONS, events));
    }, SHORT);
    await expect(connection()).rejects.toBeInstanceOf(StorageBlockedError);
    await expect(connection()).rejects.toBeInstanceOf(StorageBlockedError);
    expect(opens).toHaveBeenCalledTimes(1);
    old.close();
    const store = await vi.waitFor(connection);
    expect(await store.count()).toBe(0);
    expect(opens).toHaveBeenCalledTimes(1);
  });
});
