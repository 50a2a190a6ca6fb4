/**
 * The `team` object store (lib/storage/db.ts, version 5): colleagues' profiles as replicated from the team's
 * database. A hostile or runaway team database must not grow the local store without bound: at most
 * MAX_TEAM_PROFILES are kept, the ones seen longest ago dropped first.
 */
import type { IDBPDatabase, IDBPIndex, StoreNames } from 'idb';
import type { RadarDB } from '../storage/db';
import type { Fingerprint } from '../memory/fingerprint';
import {
  isTeamPrint,
  storedTeamPrint,
  teamPrintKey,
  teamPrintOfStored,
  teamPrints,
  type StoredTeamPrint,
  type TeamPrint,
} from './match';
import type { ShareMode, TeamProfile } from './records';
import { modeRange } from '../storage/schema';

/** Twenty recruiters each vetting 10,000 profiles; at ~0.6 KB a record (bench/team.ts), about 120 MB on disk. */
export const MAX_TEAM_PROFILES = 200_000;

export async function putTeamProfiles(
  db: IDBPDatabase<RadarDB>,
  list: readonly TeamProfile[],
  cap = MAX_TEAM_PROFILES,
): Promise<{ dropped: string[] }> {
  const tx = db.transaction(['team', 'fingerprints'], 'readwrite');
  const store = tx.objectStore('team');
  const prints = tx.objectStore('fingerprints');
  const writes: Promise<unknown>[] = list.flatMap((p) => [store.put(p), prints.put(storedTeamPrint(p))]);
  await Promise.all(writes);
  const dropped: string[] = [];
  let excess = (await store.count()) - cap;
  for (let c = excess > 0 ? await store.index('bySeen').openCursor() : null; c && excess > 0; excess--) {
    dropped.push(c.primaryKey);
    await Promise.all([c.delete(), prints.delete(teamPrintKey(c.primaryKey))]);
    c = await c.continue();
  }
  await tx.done;
  return { dropped };
}

export async function deleteTeamProfiles(db: IDBPDatabase<RadarDB>, ids: readonly string[]): Promise<void> {
  const tx = db.transaction(['team', 'fingerprints'], 'readwrite');
  await Promise.all([
    ...ids.flatMap((id) => [
      tx.objectStore('team').delete(id),
      tx.objectStore('fingerprints').delete(teamPrintKey(id)),
    ]),
    tx.done,
  ]);
}

/** Every colleague's record, then the user's own: both kinds of print in the `fingerprints` store. */
export async function clearTeam(db: IDBPDatabase<RadarDB>): Promise<void> {
  const tx = db.transaction(['team', 'fingerprints'], 'readwrite');
  await Promise.all([tx.objectStore('team').clear(), tx.objectStore('fingerprints').delete(teamPrints()), tx.done]);
}

export { modeRange };

/**
 * One page of colleagues' profiles (of one share mode), most recently seen first. With `keep` (the history's
 * filters), only the records it keeps count: the scan goes on until the page is full and one more is kept.
 */
export async function teamPage(
  db: IDBPDatabase<RadarDB>,
  limit: number,
  offset = 0,
  mode?: ShareMode,
  keep?: (r: TeamProfile) => boolean,
): Promise<{ rows: TeamProfile[]; more: boolean }> {
  const rows: TeamProfile[] = [];
  const store = db.transaction('team').store;
  let c = await (mode
    ? store.index('byModeSeen').openCursor(modeRange(mode), 'prev')
    : store.index('bySeen').openCursor(null, 'prev'));
  if (!keep) {
    if (c && offset > 0) c = await c.advance(offset);
    while (c && rows.length < limit) {
      rows.push(c.value);
      c = await c.continue();
    }
    return { rows, more: !!c };
  }
  let skipped = 0;
  for (; c; c = await c.continue()) {
    if (!keep(c.value)) continue;
    if (skipped < offset) skipped++;
    else if (rows.length < limit) rows.push(c.value);
    else return { rows, more: true };
  }
  return { rows, more: false };
}

/** At most this many records are read per look-up key (a client who rated thousands is no burst to list). */
const PER_KEY = 100;

/**
 * The own fingerprints and colleagues' records that share at least one look-up key (lib/memory/lookup.ts) —
 * all a cross-profile check needs: one request per key on the one multi-entry index of both kinds (an index
 * look-up in a store of 100,000 records costs a read from disk, 0.3-0.6 ms under load: two stores took twice as
 * many, 36 for a typical profile, bench/team.ts). Under one key the own prints come first (string keys sort
 * before arrays); as before, at most PER_KEY of each kind are kept — when the own fill the read, the team's are
 * read on from where they begin.
 */
export async function candidates(
  db: IDBPDatabase<RadarDB>,
  keys: readonly string[],
): Promise<{ own: Fingerprint[]; team: TeamPrint[] }> {
  return readCandidates(db.transaction('fingerprints').store.index('byIx'), keys);
}

/**
 * All one cross-profile check reads, in one transaction with every request issued at once: the records sharing a
 * look-up key (`candidates`) and colleagues' records of this same profile (by `keyHash`). Two transactions cost
 * one more round trip through the browser's IndexedDB backend (bench/team.ts).
 */
export async function checkReads(
  db: IDBPDatabase<RadarDB>,
  keys: readonly string[],
  keyHash: string,
): Promise<{ own: Fingerprint[]; team: TeamPrint[]; same: TeamProfile[] }> {
  const tx = db.transaction(['fingerprints', 'team']);
  const [found, same] = await Promise.all([
    readCandidates(tx.objectStore('fingerprints').index('byIx'), keys),
    tx.objectStore('team').index('byKeyHash').getAll(keyHash),
  ]);
  return { ...found, same };
}

type PrintIndex = Pick<IDBPIndex<RadarDB, StoreNames<RadarDB>[], 'fingerprints', 'byIx'>, 'getAll' | 'openCursor'>;

async function readCandidates(
  index: PrintIndex,
  keys: readonly string[],
): Promise<{ own: Fingerprint[]; team: TeamPrint[] }> {
  const perKey = await Promise.all(
    keys.map(async (k) => {
      const all = await index.getAll(k, 2 * PER_KEY);
      const own = all.filter((r): r is Fingerprint => !isTeamPrint(r)).slice(0, PER_KEY);
      let team = all.filter(isTeamPrint);
      if (all.length === 2 * PER_KEY && team.length < PER_KEY) {
        team = [];
        let c = await index.openCursor(k);
        if (c && !isTeamPrint(c.value)) c = await c.continuePrimaryKey(k, [] as unknown as [string]); // the first array key
        for (; c && team.length < PER_KEY; c = await c.continue()) team.push(c.value as StoredTeamPrint);
      }
      return { own, team: team.slice(0, PER_KEY) };
    }),
  );
  const ownByKey = new Map(perKey.flatMap((r) => r.own).map((f) => [f.key, f]));
  const teamById = new Map(perKey.flatMap((r) => r.team).map((t) => [t.id, teamPrintOfStored(t)]));
  return { own: [...ownByKey.values()], team: [...teamById.values()] };
}

/**
 * Every photo's window hashes, own and colleagues', without reading the records (key cursors on the hashes
 * indexes): what the photo index needs when the worker wakes. Team records come as `@team:<id>`.
 */
export const TEAM_PHOTO = '@team:';

/** Photos read per transaction: between two, the reader waits while a page is being answered (`pause`). */
const HASHES_PER_READ = 2000;

export async function photoHashes(
  db: IDBPDatabase<RadarDB>,
  pause?: () => Promise<void>,
  perRead = HASHES_PER_READ,
): Promise<[string, string][]> {
  const out: [string, string][] = [];
  for (const [store, prefix] of [
    ['photos', ''],
    ['team', TEAM_PHOTO],
  ] as const) {
    // Where the last read stopped: its index key (the hashes) and primary key (several photos may share hashes).
    let last: [string, string] | undefined;
    for (;;) {
      await pause?.();
      const index = db.transaction(store).store.index('byHashes');
      let c = await index.openKeyCursor(last ? IDBKeyRange.lowerBound(last[0]) : undefined);
      if (c && last && c.key === last[0] && c.primaryKey < last[1]) c = await c.continuePrimaryKey(last[0], last[1]);
      if (c && last && c.key === last[0] && c.primaryKey === last[1]) c = await c.continue();
      for (let n = 0; c && n < perRead; n++) {
        out.push([`${prefix}${c.primaryKey}`, c.key as string]);
        last = [c.key as string, c.primaryKey as string];
        c = n + 1 < perRead ? await c.continue() : c;
      }
      if (!c) break;
    }
  }
  return out;
}
