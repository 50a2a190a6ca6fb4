/**
 * The local memory (IndexedDB via idb), in the background only: a content script's IndexedDB would belong
 * to the marketplace's origin. Each schema version has one upgrade step; opening an older database runs
 * every step after its version, in order (tests/storage.test.ts opens a version-1 database with data).
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { Profile } from '../profile';
import type { Level } from '../score';
import { migrateSettings, type Settings } from './settings';

export const DB_NAME = 'red-flag-radar';
const SAME_VISIT_MS = 60_000;

export interface StoredProfile {
  /** `<site>:<id>`, or `<site>:<url>` when the site shows no stable id. */
  key: string;
  site: string;
  url: string;
  profile: Profile;
  firstSeen: string;
  lastSeen: string;
  visits: number;
  level: Level;
  rules: string[];
}

/** A photo seen on a profile (lib/photo): its hashes, its grey thumbnail and a small colour preview. */
export interface StoredPhoto {
  profileKey: string;
  site: string;
  name?: string;
  url: string;
  photoUrl: string;
  /** lib/photo/signature.ts encodeHashes. */
  hashes: string;
  thumb: Uint8Array;
  /** A 64 px JPEG data URL, shown beside the other profile's in a finding. */
  preview?: string;
  seenAt: string;
}

export interface RadarDB extends DBSchema {
  profiles: { key: string; value: StoredProfile; indexes: { bySite: string; byLastSeen: string } };
  photos: { key: string; value: StoredPhoto; indexes: { bySeen: string } };
  settings: { key: string; value: unknown };
}

type Tx = IDBPTransaction<RadarDB, StoreNames<RadarDB>[], 'versionchange'>;
type Step = (db: IDBPDatabase<RadarDB>, tx: Tx) => Promise<void> | void;

export const MIGRATIONS: Step[] = [
  // v1: profiles seen, keyed by site and id.
  (db) => {
    db.createObjectStore('profiles', { keyPath: 'key' });
  },
  // v2: indexes for the history (by site, by last visit); site, level and rule ids as top-level fields so
  // the history can list and filter without reading whole profiles; a settings store.
  async (db, tx) => {
    const store = tx.objectStore('profiles');
    store.createIndex('bySite', 'site');
    store.createIndex('byLastSeen', 'lastSeen');
    db.createObjectStore('settings');
    for (let cursor = await store.openCursor(); cursor; cursor = await cursor.continue()) {
      const old = cursor.value as Partial<StoredProfile> & { profile: Profile };
      await cursor.update({
        ...old,
        site: old.site ?? old.profile.site,
        url: old.url ?? old.profile.url,
        visits: old.visits ?? 1,
        level: old.level ?? 'none',
        rules: old.rules ?? [],
      } as StoredProfile);
    }
  },
  // v3: photos, one per profile, kept apart from the profiles (their own retention setting).
  (db) => {
    db.createObjectStore('photos', { keyPath: 'profileKey' }).createIndex('bySeen', 'seenAt');
  },
];

export const DB_VERSION = MIGRATIONS.length;

export function openRadarDb(name = DB_NAME, steps: Step[] = MIGRATIONS): Promise<IDBPDatabase<RadarDB>> {
  return openDB<RadarDB>(name, steps.length, {
    async upgrade(db, oldVersion, _newVersion, tx) {
      for (let v = oldVersion; v < steps.length; v++) await steps[v](db, tx as unknown as Tx);
    },
  });
}

export function profileKey(p: Profile): string {
  return `${p.site}:${p.id ?? p.url}`;
}

export class RadarStore {
  constructor(private readonly db: IDBPDatabase<RadarDB>) {}

  /** Records a visit: creates the entry or updates it, keeping the first-seen date and counting visits. */
  async recordVisit(profile: Profile, level: Level, rules: string[], when: Date): Promise<StoredProfile> {
    const tx = this.db.transaction('profiles', 'readwrite');
    const key = profileKey(profile);
    const old = await tx.store.get(key);
    const entry: StoredProfile = {
      key,
      site: profile.site,
      url: profile.url,
      profile,
      firstSeen: old?.firstSeen ?? when.toISOString(),
      lastSeen: when.toISOString(),
      // The content script may send one page more than once while it renders: that is one visit.
      visits: old && when.getTime() - Date.parse(old.lastSeen) < SAME_VISIT_MS ? old.visits : (old?.visits ?? 0) + 1,
      level,
      rules,
    };
    await tx.store.put(entry);
    await tx.done;
    return entry;
  }

  get(key: string): Promise<StoredProfile | undefined> {
    return this.db.get('profiles', key);
  }

  /** Most recently seen first. */
  async history(limit = 100): Promise<StoredProfile[]> {
    const out: StoredProfile[] = [];
    let cursor = await this.db.transaction('profiles').store.index('byLastSeen').openCursor(null, 'prev');
    while (cursor && out.length < limit) {
      out.push(cursor.value);
      cursor = await cursor.continue();
    }
    return out;
  }

  /** Forgets profiles last seen before `cutoff` (the retention setting); returns how many went. */
  async prune(cutoff: Date): Promise<number> {
    const tx = this.db.transaction('profiles', 'readwrite');
    let n = 0;
    for (
      let c = await tx.store.index('byLastSeen').openCursor(IDBKeyRange.upperBound(cutoff.toISOString(), true));
      c;
      c = await c.continue()
    ) {
      await c.delete();
      n++;
    }
    await tx.done;
    return n;
  }

  /** Clears the whole memory (profiles and photos; settings stay). */
  async clearHistory(): Promise<void> {
    await this.db.clear('profiles');
    await this.db.clear('photos');
  }

  async savePhoto(photo: StoredPhoto): Promise<void> {
    await this.db.put('photos', photo);
  }

  photos(): Promise<StoredPhoto[]> {
    return this.db.getAll('photos');
  }

  /** Forgets photos seen before `cutoff`; returns their profile keys. */
  async prunePhotos(cutoff: Date): Promise<string[]> {
    const tx = this.db.transaction('photos', 'readwrite');
    const gone: string[] = [];
    for (
      let c = await tx.store.index('bySeen').openCursor(IDBKeyRange.upperBound(cutoff.toISOString(), true));
      c;
      c = await c.continue()
    ) {
      gone.push(c.value.profileKey);
      await c.delete();
    }
    await tx.done;
    return gone;
  }

  async clearPhotos(): Promise<void> {
    await this.db.clear('photos');
  }

  async settings(): Promise<Settings> {
    return migrateSettings(await this.db.get('settings', 'settings'));
  }

  async saveSettings(s: Settings): Promise<void> {
    await this.db.put('settings', s, 'settings');
  }
}
