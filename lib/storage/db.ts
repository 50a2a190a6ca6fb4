/**
 * The local memory (IndexedDB via idb), in the background only: a content script's IndexedDB would belong
 * to the marketplace's origin. Each schema version has one upgrade step; opening an older database runs
 * every step after its version, in order (tests/storage.test.ts opens a version-1 database with data).
 */
import { openDB, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { Profile } from '../profile';
import { line, type Evidence, type EvidenceLine, type EvidenceValue } from '../i18n/evidence';
import type { Finding } from '../rules/types';
import type { Level } from '../score';
import { fingerprint, type Fingerprint } from '../memory/fingerprint';
import { indexed } from '../memory/lookup';
import { wellFormed } from '../memory/cross';
import { migrateSettings, type Settings } from './settings';
import type { ShareMode, TeamProfile } from '../team/records';
import type { TeamPrint } from '../team/match';
import * as team from '../team/store';
import { HistoryStore } from './history-store';
import { openCallbacks, type OpenEvents } from './open-events';
import { DB_NAME, ownPrints, type RadarDB, type StoredFinding, type StoredPhoto, type StoredProfile } from './schema';

// The shape of the memory (its records, stores, name and version) is in ./schema, the history's reads in
// ./history-store; both are here too, for the background and the tests.
export { DB_NAME, DB_VERSION } from './schema';
export type { Dismissal, HistoryFilter, Note, RadarDB, StoredFinding, StoredPhoto, StoredProfile } from './schema';
export { HistoryStore } from './history-store';

const SAME_VISIT_MS = 60_000;

/** Evidence lines kept per finding: every line a finding has in practice, so none that explains it is lost. */
export const MAX_LINES = 20;
const MAX_TEXT = 240;

/** Long page text inside a line is cut (quotes are already at most 200 characters). */
function compactValue(v: EvidenceValue): EvidenceValue {
  if (typeof v === 'string') return v.length > MAX_TEXT ? `${v.slice(0, MAX_TEXT - 1)}…` : v;
  if (typeof v !== 'object') return v;
  if ('list' in v) return { ...v, list: v.list.slice(0, MAX_LINES).map(compactValue) };
  if ('key' in v) return compactLine(v);
  return v;
}
const compactLine = (l: EvidenceLine): EvidenceLine =>
  l.vars ? { key: l.key, vars: Object.fromEntries(Object.entries(l.vars).map(([k, v]) => [k, compactValue(v)])) } : l;

/** A finding as the history keeps it: its lines (all of them up to MAX_LINES, then how many more there were). */
export function compactFindings(fs: readonly Finding[]): StoredFinding[] {
  return fs.map((f) => {
    const all: Evidence[] = f.lines ?? f.evidence;
    const kept = all.length > MAX_LINES ? all.slice(0, MAX_LINES - 1) : all;
    const evidence = kept.map((e) => (typeof e === 'string' ? (compactValue(e) as string) : compactLine(e)));
    if (kept.length < all.length) evidence.push(line('evidence.more', { count: all.length - kept.length }));
    return { rule: f.rule, severity: f.severity, evidence, sources: f.sources };
  });
}

const outcome = (fs: readonly (Finding | string)[]) => ({
  rules: fs.map((f) => (typeof f === 'string' ? f : f.rule)),
  ...(fs.some((f) => typeof f !== 'string')
    ? { findings: compactFindings(fs.filter((f): f is Finding => typeof f !== 'string')) }
    : {}),
});

/** What a visit could not read and could not check (absent fields: nothing of it known, or read whole). */
export interface VisitGaps {
  /** The reader's missing fields, for a page read in part only. */
  unread?: readonly string[];
  /** lib/background/unchecked-keys.ts */
  unchecked?: readonly string[];
}
/** The entry with the visit's gaps: a page read whole keeps no `unread`; a visit that says no list keeps the last. */
function withGaps(entry: StoredProfile, gaps: VisitGaps | undefined): StoredProfile {
  if (!gaps) return entry;
  const next: StoredProfile = { ...entry };
  if (gaps.unread?.length) next.unread = [...gaps.unread];
  else delete next.unread;
  if (gaps.unchecked) next.unchecked = [...gaps.unchecked];
  return next;
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
    const now = new Date().toISOString();
    for (let cursor = await store.openCursor(); cursor; cursor = await cursor.continue())
      await cursor.update(upgradedRecord(cursor.value, now));
  },
  // v3: photos, one per profile, kept apart from the profiles (their own retention setting).
  (db) => {
    db.createObjectStore('photos', { keyPath: 'profileKey' }).createIndex('bySeen', 'seenAt');
  },
  // v4: fingerprints for the cross-profile rules (lib/memory), computed for every profile already stored.
  async (db, tx) => {
    const prints = db.createObjectStore('fingerprints', { keyPath: 'key' });
    for (let c = await tx.objectStore('profiles').openCursor(); c; c = await c.continue())
      await prints.put(indexed(storedFingerprint(c.value)));
  },
  // v5 (issue 16): the cross-profile indexes move into IndexedDB — every fingerprint gets its look-up keys
  // (lib/memory/lookup.ts) in a multi-entry index, photos an index of their hashes (read without the
  // thumbnails) — so a service worker that wakes reads what one check needs instead of every fingerprint;
  // and the team's profiles, apart from the user's own: newest first for the cap and the history, by profile
  // (keyHash) for "a colleague saw this profile before". What a check reads of each colleague's record goes into
  // the fingerprints store beside the own (lib/team/match.ts StoredTeamPrint): one index look-up per key.
  async (db, tx) => {
    const prints = tx.objectStore('fingerprints');
    prints.createIndex('byIx', 'ix', { multiEntry: true });
    for (let c = await prints.openCursor(); c; c = await c.continue()) {
      const fp = wellFormed(c.value);
      if (fp) await c.update(indexed(fp));
    }
    tx.objectStore('photos').createIndex('byHashes', 'hashes');
    const team = db.createObjectStore('team', { keyPath: 'id' });
    team.createIndex('bySeen', 'seenAt');
    team.createIndex('byKeyHash', 'keyHash');
    team.createIndex('byHashes', 'photo.hashes');
    team.createIndex('byModeSeen', ['mode', 'seenAt']);
  },
];

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
const str = (x: unknown): string | undefined => (typeof x === 'string' ? x : undefined);

/**
 * A record as an older version stored it, in the current shape — whatever it holds (a version-1 record
 * had no site, level or rule fields; a corrupt one may lack its profile or dates). Never throws, never drops it.
 */
export function upgradedRecord(raw: unknown, now: string): StoredProfile {
  const old = isRecord(raw) ? raw : {};
  const key = typeof old.key === 'string' ? old.key : String(old.key);
  const p = isRecord(old.profile) ? old.profile : {};
  const site = str(old.site) ?? str(p.site) ?? (key.includes(':') ? key.slice(0, key.indexOf(':')) : 'unknown');
  const url = str(old.url) ?? str(p.url) ?? '';
  // A date that is no date ("zzzz") would sort first and never expire: the upgrade's time stands in for it.
  const date = (x: unknown) => {
    const t = typeof x === 'string' ? Date.parse(x) : NaN;
    return t >= Date.parse('2000-01-01T00:00:00.000Z') && t <= Date.parse(now) + 86_400_000
      ? new Date(t).toISOString()
      : undefined;
  };
  const lastSeen = date(old.lastSeen) ?? date(old.firstSeen) ?? now;
  return {
    ...old,
    key,
    site,
    url,
    profile: (isRecord(old.profile) ? old.profile : { site, url }) as Profile,
    firstSeen: date(old.firstSeen) ?? lastSeen,
    lastSeen,
    visits: typeof old.visits === 'number' && Number.isFinite(old.visits) ? old.visits : 1,
    level: (['none', 'low', 'medium', 'high'] as const).find((l) => l === old.level) ?? 'none',
    rules: Array.isArray(old.rules) ? old.rules.filter((r): r is string => typeof r === 'string') : [],
  } as StoredProfile;
}

/** The fingerprint of a stored record, whatever it holds (fingerprint() itself never throws on odd text). */
function storedFingerprint(e: StoredProfile): Fingerprint {
  const p = isRecord(e.profile) ? e.profile : ({ site: e.site, url: e.url } as Profile);
  const print = fingerprint(e.key, p, typeof e.lastSeen === 'string' ? e.lastSeen : '');
  return typeof e.firstSeen === 'string' ? { ...print, since: e.firstSeen } : print;
}

export class UpgradeError extends Error {}

/**
 * Opens (and upgrades) the database. An upgrade is one versionchange transaction: if any step fails, the
 * transaction is aborted — the database stays at its old version with all its data, the open rejects with the
 * step's error, and the next open runs the steps again. The connection closes itself when a newer version wants
 * the database (`events.closed` is told); `events.blocked`, when this open waits for an older connection.
 */
export async function openRadarDb(
  name = DB_NAME,
  steps: Step[] = MIGRATIONS,
  events: OpenEvents = {},
): Promise<IDBPDatabase<RadarDB>> {
  let failure: unknown;
  try {
    return await openDB<RadarDB>(name, steps.length, {
      ...openCallbacks(events),
      async upgrade(db, oldVersion, _newVersion, tx) {
        let v = oldVersion;
        try {
          for (; v < steps.length; v++) await steps[v](db, tx as unknown as Tx);
        } catch (e) {
          failure = new UpgradeError(`upgrade to version ${v + 1} failed: ${(e as Error)?.message ?? e}`, {
            cause: e,
          });
          tx.done.catch(() => {});
          try {
            tx.abort();
          } catch {
            // already aborted by the failing request
          }
        }
      },
    });
  } catch (e) {
    throw failure ?? e;
  }
}

/** How a profile looked: what profile-changed compares. */
export function snapshot(p: Profile): Pick<Profile, 'name' | 'location' | 'timezone'> {
  return {
    ...(p.name ? { name: p.name } : {}),
    ...(p.location ? { location: p.location } : {}),
    ...(p.timezone ? { timezone: p.timezone } : {}),
  };
}

/**
 * What is kept of a profile: everything the history, the evidence and the memory rules show, with long
 * texts cut (a bio to 800 characters, review texts dropped) so that a stored profile stays under 2 KB.
 * The fingerprint is made from the whole text first (recordVisit).
 */
const BIO_KEPT = 800;

export function compactProfile(p: Profile): Profile {
  return {
    ...p,
    ...(p.bio && p.bio.length > BIO_KEPT ? { bio: `${p.bio.slice(0, BIO_KEPT - 1)}…` } : {}),
    ...(p.skills ? { skills: [...new Set(p.skills)].slice(0, 40) } : {}),
    ...(p.education ? { education: p.education.slice(0, 10) } : {}),
    ...(p.employment ? { employment: p.employment.slice(0, 10) } : {}),
    ...(p.reviews
      ? {
          reviews: p.reviews.slice(0, 20).map((r) => ({
            ...(r.date ? { date: r.date } : {}),
            ...(r.rating !== undefined ? { rating: r.rating } : {}),
            ...(r.client ? { client: r.client } : {}),
          })),
        }
      : {}),
    ...(p.links ? { links: p.links.slice(0, 30) } : {}),
  };
}

/** A merge that changed nothing: why, and which profile or photo it stopped at. `cause` keeps the error's name. */
export class MergeError extends Error {
  constructor(
    message: string,
    readonly cause: unknown,
  ) {
    super(message);
  }
  /** QuotaExceededError and the like, from the failing request. */
  get causeName(): string {
    return (this.cause as { name?: string })?.name ?? '';
  }
}

export function profileKey(p: Profile): string {
  return `${p.site}:${p.id ?? p.url}`;
}

export class RadarStore extends HistoryStore {
  /** The store itself: it is whole. */
  override full(): Promise<RadarStore> {
    return Promise.resolve(this);
  }

  /** Colleagues' profiles (lib/team/store.ts): stored with a cap, the oldest dropped first. */
  putTeamProfiles(list: readonly TeamProfile[], cap?: number): Promise<{ dropped: string[] }> {
    return team.putTeamProfiles(this.db, list, cap);
  }
  deleteTeamProfiles(ids: readonly string[]): Promise<void> {
    return team.deleteTeamProfiles(this.db, ids);
  }
  teamProfiles(): Promise<TeamProfile[]> {
    return this.db.getAll('team');
  }
  teamProfile(id: string): Promise<TeamProfile | undefined> {
    return this.db.get('team', id);
  }
  /** Colleagues' records of one profile (by teamHash of its key). */
  teamByKeyHash(keyHash: string): Promise<TeamProfile[]> {
    return this.db.getAllFromIndex('team', 'byKeyHash', keyHash);
  }
  teamPage(
    limit: number,
    offset = 0,
    mode?: ShareMode,
    keep?: (r: TeamProfile) => boolean,
  ): Promise<{ rows: TeamProfile[]; more: boolean }> {
    return team.teamPage(this.db, limit, offset, mode, keep);
  }
  clearTeam(): Promise<void> {
    return team.clearTeam(this.db);
  }
  /** What one cross-profile check needs: the records sharing a look-up key (lib/team/store.ts). */
  candidates(keys: readonly string[]): Promise<{ own: Fingerprint[]; team: TeamPrint[] }> {
    return team.candidates(this.db, keys);
  }
  /** The candidates and colleagues' records of the profile itself (by `keyHash`), in one transaction. */
  checkReads(
    keys: readonly string[],
    keyHash: string,
  ): Promise<{ own: Fingerprint[]; team: TeamPrint[]; same: TeamProfile[] }> {
    return team.checkReads(this.db, keys, keyHash);
  }
  /** Every photo's hashes, own (by profile key) and colleagues' (`@team:<id>`), without the pictures. */
  photoHashes(pause?: () => Promise<void>): Promise<[string, string][]> {
    return team.photoHashes(this.db, pause);
  }
  fingerprintOf(key: string): Promise<Fingerprint | undefined> {
    // A string key is an own profile's (colleagues' prints are under array keys).
    return this.db.get('fingerprints', key) as Promise<Fingerprint | undefined>;
  }

  /**
   * Records a visit: creates the entry or updates it, keeping the first-seen date, counting visits and
   * remembering how the profile looked on the visit before; writes its fingerprint in the same transaction.
   */
  async recordVisit(
    profile: Profile,
    level: Level,
    findings: readonly (Finding | string)[],
    when: Date,
    gaps?: VisitGaps,
  ): Promise<{ entry: StoredProfile; print: Fingerprint }> {
    const key = profileKey(profile);
    const made = fingerprint(key, profile, when.toISOString());
    const tx = this.db.transaction(['profiles', 'fingerprints'], 'readwrite');
    const store = tx.objectStore('profiles');
    const old = await store.get(key);
    // The content script may send one page more than once while it renders: that is one visit.
    const sameVisit = !!old && when.getTime() - Date.parse(old.lastSeen) < SAME_VISIT_MS;
    const kept = compactProfile(profile);
    const entry: StoredProfile = withGaps(
      {
        ...old,
        key,
        site: profile.site,
        url: profile.url,
        profile: kept,
        firstSeen: old?.firstSeen ?? when.toISOString(),
        lastSeen: when.toISOString(),
        visits: sameVisit ? old.visits : (old?.visits ?? 0) + 1,
        level,
        ...outcome(findings),
      },
      gaps,
    );
    const before = sameVisit ? old.previousVisit : old && { seenAt: old.lastSeen, profile: snapshot(old.profile) };
    if (before) entry.previousVisit = before;
    else delete entry.previousVisit;
    // Since when this browser knows the profile: which of two profiles sharing a link had it first.
    const print: Fingerprint = { ...made, since: entry.firstSeen };
    await store.put(entry);
    await tx.objectStore('fingerprints').put(indexed(print));
    await tx.done;
    return { entry, print };
  }

  /** The level and rules after the memory rules ran (the visit itself was recorded first). */
  async updateOutcome(key: string, level: Level, findings: readonly Finding[], gaps?: VisitGaps): Promise<void> {
    await this.update(key, (e) => withGaps({ ...e, level, ...outcome(findings) }, gaps));
  }

  /**
   * Merges profiles and photos (an import) in one transaction: all or nothing. Returns how many profiles
   * were new and how many merged into ones already known. On any failure the transaction is aborted (nothing
   * was written) and the error names the profile or photo it stopped at.
   */
  async merge(
    profiles: StoredProfile[],
    photos: StoredPhoto[],
    combine: (old: StoredProfile | undefined, incoming: StoredProfile) => StoredProfile,
  ): Promise<{ added: number; merged: number; photos: number }> {
    const tx = this.db.transaction(['profiles', 'fingerprints', 'photos'], 'readwrite');
    let added = 0;
    let merged = 0;
    let at = '';
    try {
      for (const p of profiles) {
        at = `profile ${p.key}`;
        const old = await tx.objectStore('profiles').get(p.key);
        const next = combine(old, p);
        if (old) merged++;
        else added++;
        await tx.objectStore('profiles').put(next);
        await tx.objectStore('fingerprints').put(indexed(storedFingerprint(next)));
      }
      for (const ph of photos) {
        at = `photo of ${ph.profileKey}`;
        const old = await tx.objectStore('photos').get(ph.profileKey);
        if (!old || old.seenAt < ph.seenAt) await tx.objectStore('photos').put(ph);
      }
      at = 'saving';
      await tx.done;
    } catch (e) {
      tx.done.catch(() => {});
      try {
        tx.abort();
      } catch {
        // already aborted (a failed request aborts its transaction)
      }
      throw new MergeError(`${at}: ${(e as Error)?.message || (e as Error)?.name || String(e)}`, e);
    }
    return { added, merged, photos: photos.length };
  }

  /** The own profiles' fingerprints (not colleagues' prints, kept in the same store). */
  fingerprints(): Promise<Fingerprint[]> {
    return this.db.getAll('fingerprints', ownPrints()) as Promise<Fingerprint[]>;
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

  /** Forgets profiles last seen before `cutoff` (the retention setting); returns their keys. */
  async prune(cutoff: Date): Promise<string[]> {
    const tx = this.db.transaction(['profiles', 'fingerprints'], 'readwrite');
    const gone: string[] = [];
    for (
      let c = await tx
        .objectStore('profiles')
        .index('byLastSeen')
        .openCursor(IDBKeyRange.upperBound(cutoff.toISOString(), true));
      c;
      c = await c.continue()
    ) {
      gone.push(c.value.key);
      await tx.objectStore('fingerprints').delete(c.value.key);
      await c.delete();
    }
    await tx.done;
    return gone;
  }

  async savePhoto(photo: StoredPhoto): Promise<void> {
    await this.db.put('photos', photo);
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
