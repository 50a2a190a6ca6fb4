/**
 * What the history page reads and changes at once: its rows, the counts, one profile's notes, dismissals and
 * trust, a delete. No upgrade steps, settings schemas (zod), fingerprints (libphonenumber) or team records: the
 * page's first script carries none of them (issue 16, `memory.history_render_ms`). The rest of the store
 * (lib/storage/db.ts, `RadarStore extends HistoryStore`) loads with `full()`, after the first rows.
 */
import { openDB, type IDBPDatabase } from 'idb';
import {
  DB_NAME,
  DB_VERSION,
  modeRange,
  ownPrints,
  type HistoryFilter,
  type RadarDB,
  type StoredPhoto,
  type StoredProfile,
} from './schema';
import type { RadarStore } from './db';
import { openCallbacks, type OpenEvents } from './open-events';
import type { ShareMode } from '../team/records';

/**
 * Opens the database if it is at the current version. If it needs upgrading (or does not exist yet), the
 * upgrade is aborted untouched and the upgrade steps load to run it (lib/storage/db.ts openRadarDb). The
 * connection closes itself when a newer version wants the database (lib/storage/open-events.ts).
 */
export async function openCurrentDb(name = DB_NAME, events: OpenEvents = {}): Promise<IDBPDatabase<RadarDB>> {
  let older = false;
  try {
    return await openDB<RadarDB>(name, DB_VERSION, {
      ...openCallbacks(events),
      upgrade(_db, _old, _new, tx) {
        older = true;
        tx.done.catch(() => {});
        tx.abort();
      },
    });
  } catch (e) {
    if (!older) throw e;
    return (await import('./db')).openRadarDb(name, undefined, events);
  }
}

/**
 * Whether an index reads newest first in one request (getAll with options: direction and count; Chromium 141 and
 * later, where getAllRecords came with it). Elsewhere (Firefox, the tests' fake IndexedDB) a cursor reads the page.
 */
const NEWEST_FIRST_IN_ONE_READ = typeof IDBIndex !== 'undefined' && 'getAllRecords' in IDBIndex.prototype;

export class HistoryStore {
  constructor(protected readonly db: IDBPDatabase<RadarDB>) {}

  /** The whole store over the same connection (its module loads the first time). */
  async full(): Promise<RadarStore> {
    const { RadarStore } = await import('./db');
    return new RadarStore(this.db);
  }

  /** How many colleagues' records are kept (of one share mode). */
  teamCount(mode?: ShareMode): Promise<number> {
    return mode ? this.db.countFromIndex('team', 'byModeSeen', modeRange(mode)) : this.db.count('team');
  }

  /** Changes one stored profile in a transaction of its own; returns the new entry (undefined: not stored). */
  async update(key: string, change: (e: StoredProfile) => StoredProfile): Promise<StoredProfile | undefined> {
    const tx = this.db.transaction('profiles', 'readwrite');
    const old = await tx.store.get(key);
    if (!old) return undefined;
    const next = change(old);
    await tx.store.put(next);
    await tx.done;
    return next;
  }

  /**
   * One page of the history, most recently seen first, filtered. Without filters it reads only the page
   * it shows (the first render with 100,000 profiles stays fast); with them it scans until the page is full.
   */
  async historyPage(
    filter: HistoryFilter,
    limit: number,
    offset = 0,
  ): Promise<{ rows: StoredProfile[]; more: boolean }> {
    const q = filter.query?.trim().toLowerCase();
    const keep = (e: StoredProfile) =>
      (!filter.site || e.site === filter.site) &&
      (!filter.level || e.level === filter.level) &&
      (!filter.trusted || !!e.trustedAt) &&
      (!filter.notes || !!e.notes?.length) &&
      (!q ||
        [e.profile.name, e.url, e.profile.title, e.trustReason, ...(e.notes ?? []).map((n) => n.text)].some((v) =>
          v?.toLowerCase().includes(q),
        ));
    const index = this.db.transaction('profiles').store.index('byLastSeen');
    const unfiltered = !q && !filter.site && !filter.level && !filter.trusted && !filter.notes;
    if (unfiltered && NEWEST_FIRST_IN_ONE_READ) {
      // One request for the page (and one more row, to know whether there are more): a cursor took one round
      // trip per row, 75-190 ms for the first 100 rows under load (a trace of the page with 100,000 profiles).
      const all = (await (index.getAll as unknown as (o: object) => Promise<StoredProfile[]>)({
        count: offset + limit + 1,
        direction: 'prev',
      })) as StoredProfile[];
      return { rows: all.slice(offset, offset + limit), more: all.length > offset + limit };
    }
    const rows: StoredProfile[] = [];
    let skipped = 0;
    let cursor = await index.openCursor(null, 'prev');
    while (cursor) {
      if (keep(cursor.value)) {
        if (skipped < offset) skipped++;
        else if (rows.length < limit) rows.push(cursor.value);
        else return { rows, more: true };
      }
      cursor = await cursor.continue();
    }
    return { rows, more: false };
  }

  allProfiles(): Promise<StoredProfile[]> {
    return this.db.getAll('profiles');
  }

  count(): Promise<number> {
    return this.db.count('profiles');
  }

  /** Forgets one profile: its entry, fingerprint and photo. */
  async deleteProfile(key: string): Promise<void> {
    const tx = this.db.transaction(['profiles', 'fingerprints', 'photos'], 'readwrite');
    await Promise.all([
      tx.objectStore('profiles').delete(key),
      tx.objectStore('fingerprints').delete(key),
      tx.objectStore('photos').delete(key),
      tx.done,
    ]);
  }

  photo(key: string): Promise<StoredPhoto | undefined> {
    return this.db.get('photos', key);
  }

  photos(): Promise<StoredPhoto[]> {
    return this.db.getAll('photos');
  }

  get(key: string): Promise<StoredProfile | undefined> {
    return this.db.get('profiles', key);
  }

  /** Clears the whole memory (profiles and photos; settings stay). */
  async clearHistory(): Promise<void> {
    const tx = this.db.transaction(['profiles', 'fingerprints', 'photos'], 'readwrite');
    await Promise.all([
      tx.objectStore('profiles').clear(),
      tx.objectStore('fingerprints').delete(ownPrints()),
      tx.objectStore('photos').clear(),
      tx.done,
    ]);
  }
}
