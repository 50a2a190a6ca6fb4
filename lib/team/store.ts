/**
 * The `team` object store (lib/storage/db.ts, version 5): colleagues' profiles as replicated from the team's
 * database. A hostile or runaway team database must not grow the local store without bound: at most
 * MAX_TEAM_PROFILES are kept, the ones seen longest ago dropped first.
 */
import type { IDBPDatabase } from 'idb';
import type { RadarDB } from '../storage/db';
import type { Fingerprint } from '../memory/fingerprint';
import { teamPrintOf, type TeamPrint } from './match';
import type { ShareMode, TeamProfile } from './records';

/** Twenty recruiters each vetting 10,000 profiles; at ~0.6 KB a record (bench/team.ts), about 120 MB on disk. */
export const MAX_TEAM_PROFILES = 200_000;

export async function putTeamProfiles(
  db: IDBPDatabase<RadarDB>,
  list: readonly TeamProfile[],
  cap = MAX_TEAM_PROFILES,
): Promise<{ dropped: string[] }> {
  const tx = db.transaction(['team', 'teamPrints'], 'readwrite');
  const store = tx.objectStore('team');
  const prints = tx.objectStore('teamPrints');
  const writes: Promise<unknown>[] = list.flatMap((p) => [store.put(p), prints.put(teamPrintOf(p))]);
  await Promise.all(writes);
  const dropped: string[] = [];
  let excess = (await store.count()) - cap;
  for (let c = excess > 0 ? await store.index('bySeen').openCursor() : null; c && excess > 0; excess--) {
    dropped.push(c.primaryKey);
    await Promise.all([c.delete(), prints.delete(c.primaryKey)]);
    c = await c.continue();
  }
  await tx.done;
  return { dropped };
}

export async function deleteTeamProfiles(db: IDBPDatabase<RadarDB>, ids: readonly string[]): Promise<void> {
  const tx = db.transaction(['team', 'teamPrints'], 'readwrite');
  await Promise.all([
    ...ids.flatMap((id) => [tx.objectStore('team').delete(id), tx.objectStore('teamPrints').delete(id)]),
    tx.done,
  ]);
}

export const modeRange = (mode: ShareMode) => IDBKeyRange.bound([mode, ''], [mode, '\uffff']);

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
 * all a cross-profile check needs, read in one transaction through the multi-entry indexes.
 */
export async function candidates(
  db: IDBPDatabase<RadarDB>,
  keys: readonly string[],
): Promise<{ own: Fingerprint[]; team: TeamPrint[] }> {
  const tx = db.transaction(['fingerprints', 'teamPrints']);
  const prints = tx.objectStore('fingerprints').index('byIx');
  const team = tx.objectStore('teamPrints').index('byIx');
  const [own, theirs] = await Promise.all([
    Promise.all(keys.map((k) => prints.getAll(k, PER_KEY))),
    Promise.all(keys.map((k) => team.getAll(k, PER_KEY))),
  ]);
  const ownByKey = new Map(own.flat().map((f) => [f.key, f]));
  const teamById = new Map(theirs.flat().map((t) => [t.id, t]));
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
