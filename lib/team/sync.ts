/**
 * Team replication over the CouchDB protocol (issue 16), in the background. One cycle:
 *
 * - push: the own profiles queued since the last push (a visit, a note, a mark, a forget) are built into records
 *   (lib/team/records.ts buildTeamProfile, in the chosen share mode), merged with what the server holds for them
 *   (another browser of the same recruiter may have written meanwhile) and written with their revision; a profile
 *   forgotten here is deleted there — only this recruiter's own documents.
 * - pull: the changes feed from the last checkpoint, in batches of PULL_BATCH; every document validated
 *   (lib/team/doc.ts), colleagues' records written into the local `team` store, deletions applied, and the
 *   checkpoint saved after each batch — so a stopped worker or a lost connection resumes where it was.
 *
 * `run` repeats cycles while the worker lives, waiting on the feed (long poll) between them, and backs off
 * (2 s … 5 min) while the server cannot be reached; `kick` starts a cycle at once.
 */
import { fingerprint } from '../memory/fingerprint';
import type { StoredPhoto, StoredProfile } from '../storage/db';
import type { Fingerprint } from '../memory/fingerprint';
import { activeTeam, normaliseTeamUrl, teamIdentity, type TeamSettings } from './config';
import { readDoc, toDoc, type TeamDoc, type TeamExtras, type TeamRecord } from './doc';
import { mergeDocs } from './merge';
import { buildTeamProfile, teamHash, type TeamProfile } from './records';
import type { RemoteDb } from './remote';

export const PULL_BATCH = 500;
export const PUSH_BATCH = 100;
/** Keys waiting to be pushed; beyond this the whole own memory is pushed again instead (`all`). */
export const MAX_OUTBOX = 20_000;
const LONGPOLL_MS = 25_000;
const MAX_BACKOFF_MS = 5 * 60_000;

export type SyncState =
  'never' | 'ok' | 'offline' | 'unauthorized' | 'forbidden' | 'no-database' | 'no-permission' | 'failed';

export interface SyncStatus {
  state: SyncState;
  /** The last attempt and the last success (ISO). */
  at?: string;
  lastOk?: string;
  /** Over this worker's cycles since the settings last changed. */
  pulled: number;
  pushed: number;
  /** Documents refused on the way in (malformed, too large, not what they claim). */
  refused: number;
  /** Own documents still waiting to be written. */
  waiting: number;
}

export interface Kv {
  get<T>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown): Promise<void>;
}

export interface SyncDeps {
  settings(): Promise<TeamSettings | undefined>;
  remote(t: TeamSettings): RemoteDb;
  /** The local team store, through the memory so its indexes follow (contract §3). */
  team: {
    putTeamProfiles(list: TeamProfile[]): Promise<unknown>;
    deleteTeamProfiles(ids: string[]): Promise<void>;
    teamByKeyHash?(keyHash: string): Promise<TeamProfile[]>;
    /** Deletes every colleague's record here (team memory switched off, or another team). */
    clear?(): Promise<void>;
  };
  /** The own memory: what is pushed. */
  own: {
    get(key: string): Promise<StoredProfile | undefined>;
    fingerprintOf(key: string): Promise<Fingerprint | undefined>;
    photo(key: string): Promise<StoredPhoto | undefined>;
    keys(): Promise<string[]>;
  };
  kv: Kv;
  now(): Date;
  /** Whether the browser lets us reach the server (the host permission asked for at runtime). */
  allowed?(t: TeamSettings): Promise<boolean>;
  /** Tells the pages (options, popup) that the status changed. */
  announce?(status: SyncStatus): void;
}

const STATUS = 'teamStatus';
const CHECKPOINT = 'teamCheckpoint';
const OUTBOX = 'teamOutbox';

interface Outbox {
  /** The team (address + user) the queue belongs to. */
  team: string;
  /** Own profile keys to push, each with the number of its last queueing (a key queued again is pushed again). */
  stamps: Record<string, number>;
  next: number;
  /** Everything own is to be pushed (a new team, or more than MAX_OUTBOX queued). */
  all: boolean;
}
interface Checkpoint {
  team: string;
  since: string | number;
}

const fresh = (): SyncStatus => ({ state: 'never', pulled: 0, pushed: 0, refused: 0, waiting: 0 });

/** What an error from PouchDB's HTTP adapter (or fetch) means for the recruiter. */
export function classify(e: unknown): SyncState {
  const status = (e as { status?: number })?.status;
  const name = (e as { name?: string; error?: string })?.name ?? (e as { error?: string })?.error;
  if (status === 401 || name === 'unauthorized') return 'unauthorized';
  if (status === 403 || name === 'forbidden') return 'forbidden';
  if (status === 404 || name === 'not_found') return 'no-database';
  if (name === 'ResponseTooLarge') return 'failed';
  return 'offline';
}

const teamId = (t: TeamSettings) => `${normaliseTeamUrl(t.url)}\u0000${t.user}`;

type Row = { id?: string; key?: string; value?: { rev?: string; deleted?: boolean }; doc?: TeamDoc; error?: string };
type Change = { id?: unknown; seq?: unknown; deleted?: unknown; doc?: unknown };

export function createTeamSync(deps: SyncDeps) {
  let running: Promise<void> | undefined;
  let stopped = false;
  let wake: (() => void) | undefined;
  let cancelWait: (() => void) | undefined;
  let cycling: Promise<SyncStatus> | undefined;
  /** A kick came while no pause was waiting (a cycle was running): the loop runs another cycle at once. */
  let again = false;

  async function status(): Promise<SyncStatus> {
    return { ...fresh(), ...(await deps.kv.get<SyncStatus>(STATUS)) };
  }
  async function setStatus(patch: Partial<SyncStatus>): Promise<SyncStatus> {
    const next = { ...(await status()), ...patch };
    await deps.kv.set(STATUS, next);
    deps.announce?.(next);
    return next;
  }

  /** The outbox is read and written by queue and push, which run at once: one change at a time. */
  let outboxLock: Promise<unknown> = Promise.resolve();
  function editOutbox<T>(t: TeamSettings, change: (o: Outbox) => Promise<[Outbox, T]> | [Outbox, T]): Promise<T> {
    const run = outboxLock.then(async () => {
      const stored = await deps.kv.get<Outbox>(OUTBOX);
      // A new team (or user): everything own is shared with it from the start.
      const o: Outbox =
        stored?.team === teamId(t) && stored.stamps ? stored : { team: teamId(t), stamps: {}, next: 1, all: true };
      const [next, out] = await change(o);
      await deps.kv.set(OUTBOX, next);
      return out;
    });
    outboxLock = run.catch(() => {});
    return run;
  }
  const waiting = (o: Outbox) => Object.keys(o.stamps).length;

  /** Queues own profiles to be pushed (after a visit, a note, a mark, a forget). */
  async function queue(keys: readonly string[]): Promise<void> {
    const t = activeTeam(await deps.settings());
    if (!t) return;
    const n = await editOutbox(t, (o) => {
      const stamps = { ...o.stamps };
      let next = o.next;
      for (const k of keys) stamps[k] = next++;
      const full = Object.keys(stamps).length > MAX_OUTBOX;
      const out: Outbox = full ? { ...o, stamps: {}, next, all: true } : { ...o, stamps, next };
      return [out, waiting(out)];
    });
    await setStatus({ waiting: n });
  }

  async function buildRecord(t: ReturnType<typeof activeTeam> & object, key: string): Promise<TeamRecord | string> {
    const who = teamIdentity(t);
    const entry = await deps.own.get(key);
    // Forgotten here: its own document goes too.
    if (!entry) return `${who.recruiterId}:${teamHash(who.salt, key)}`;
    const print = (await deps.own.fingerprintOf(key)) ?? fingerprint(key, entry.profile, entry.lastSeen);
    const rec: TeamRecord = buildTeamProfile(entry, print, await deps.own.photo(key), who);
    if (who.mode === 'full') {
      const extras: TeamExtras = {
        ...(entry.notes?.length ? { notes: entry.notes } : {}),
        ...(entry.dismissals?.length ? { dismissals: entry.dismissals } : {}),
        ...(entry.trustedAt ? { trustedAt: entry.trustedAt } : {}),
        ...(entry.trustedAt && entry.trustReason ? { trustReason: entry.trustReason } : {}),
      };
      Object.assign(rec, extras);
    }
    return rec;
  }

  /** Writes own documents; returns how many were written. Conflicts are merged, never overwritten. */
  async function push(t: ReturnType<typeof activeTeam> & object, db: RemoteDb): Promise<number> {
    // Everything own, when the team is new or the queue overflowed.
    const own = await deps.own.keys();
    let todo = await editOutbox(t, (o) => {
      if (!o.all) return [o, o.stamps];
      const stamps = { ...o.stamps };
      let next = o.next;
      for (const k of own) stamps[k] ??= next++;
      const out = { ...o, stamps, next, all: false };
      return [out, stamps];
    });
    let pushed = 0;
    let left = Object.entries(todo);
    while (left.length) {
      const batch = left.slice(0, PUSH_BATCH);
      const now = deps.now().toISOString();
      const built = await Promise.all(batch.map(([k]) => buildRecord(t, k)));
      const ids = built.map((b) => (typeof b === 'string' ? b : b.id));
      const existing = (await db.allDocs({ keys: ids, include_docs: true, conflicts: true })).rows as Row[];
      const writes: object[] = [];
      const conflicted: TeamDoc[] = [];
      built.forEach((b, i) => {
        const row = existing[i];
        const rev = row?.value && !row.value.deleted ? row.value.rev : undefined;
        if (typeof b === 'string') {
          if (rev) writes.push({ _id: b, _rev: rev, _deleted: true });
          return;
        }
        const ours = toDoc(b, now);
        const theirs = rev && row?.doc ? row.doc : undefined;
        // What another browser of this recruiter wrote (its notes, its dismissals) is kept.
        const doc = theirs ? { ...mergeDocs([ours, theirs]), _id: ours._id, _rev: rev } : ours;
        writes.push(doc);
        if (theirs?._conflicts?.length) conflicted.push(theirs);
      });
      const results = writes.length ? ((await db.bulkDocs(writes)) as { error?: string; status?: number }[]) : [];
      const refusal = results.find((r) => r.error === 'forbidden' || r.error === 'unauthorized');
      if (refusal) throw Object.assign(new Error(refusal.error), { name: refusal.error, status: refusal.status });
      // A write that lost a race (409) stays queued: the next cycle merges with the newer revision.
      const retry = new Set(results.filter((r) => r.error === 'conflict').map((r) => (r as { id?: string }).id ?? ''));
      for (const d of conflicted) await resolveConflicts(db, d);
      pushed += results.filter((r) => !r.error).length;
      // Done: off the queue — unless queued again meanwhile (a newer visit or its photo), then it goes next cycle.
      const done = batch.filter((_, i) => !retry.has(ids[i]!));
      await editOutbox(t, (o) => {
        const stamps = { ...o.stamps };
        for (const [k, stamp] of done) if (stamps[k] === stamp) delete stamps[k];
        return [{ ...o, stamps }, undefined];
      });
      if (!done.length) break;
      left = left.slice(batch.length);
    }
    todo = await editOutbox(t, (o) => [o, o.stamps]);
    await setStatus({ waiting: Object.keys(todo).length });
    return pushed;
  }

  /** An own document with conflicting revisions: one merged revision on the winner, the others deleted. */
  async function resolveConflicts(db: RemoteDb, winner: TeamDoc): Promise<void> {
    const revs = winner._conflicts ?? [];
    if (!revs.length || !winner._rev) return;
    const got = await db.bulkGet({ docs: revs.map((rev) => ({ id: winner._id, rev })) });
    const losers = got.results.flatMap(
      (r) => ((r as { docs?: { ok?: TeamDoc }[] }).docs ?? []).map((d) => d.ok).filter(Boolean) as TeamDoc[],
    );
    const merged = { ...mergeDocs([winner, ...losers]), _id: winner._id, _rev: winner._rev };
    await db.bulkDocs([merged, ...revs.map((rev) => ({ _id: winner._id, _rev: rev, _deleted: true }))]);
  }

  /** Reads the changes feed from the checkpoint into the local team store; returns how many records came in. */
  async function pull(t: ReturnType<typeof activeTeam> & object, db: RemoteDb): Promise<number> {
    const team = teamId(t);
    const cp = await deps.kv.get<Checkpoint>(CHECKPOINT);
    let since: string | number = cp?.team === team ? cp.since : 0;
    let pulled = 0;
    let refused = 0;
    const fetchBatch = (from: string | number) => {
      const p = db.changes({
        since: from,
        limit: PULL_BATCH,
        batch_size: PULL_BATCH,
        include_docs: true,
        conflicts: true,
      });
      p.catch(() => {}); // awaited below; a prefetch left behind by an error must not be reported as unhandled
      return p;
    };
    let pending = fetchBatch(since);
    for (;;) {
      const res = await pending;
      // A server that ignores `limit` is read PULL_BATCH at a time all the same.
      const results = Array.isArray(res.results) ? res.results : [];
      const changes = results.slice(0, PULL_BATCH) as Change[];
      const last = changes.at(-1)?.seq;
      const full = changes.length === results.length;
      const next = full && (typeof res.last_seq === 'string' || typeof res.last_seq === 'number') ? res.last_seq : last;
      const more =
        results.length >= PULL_BATCH && changes.length > 0 && (typeof next === 'string' || typeof next === 'number');
      // The next batch travels while this one is validated and written (the checkpoint still follows the writes).
      if (more) pending = fetchBatch(next as string | number);
      const put: TeamProfile[] = [];
      const gone: string[] = [];
      for (const c of changes) {
        if (typeof c.id !== 'string' || c.id.startsWith('_') || c.id.startsWith(`${t.user}:`)) continue;
        if (c.deleted === true) {
          gone.push(c.id);
          continue;
        }
        let raw = c.doc as TeamDoc | undefined;
        if (raw?._conflicts?.length) raw = await withConflicts(db, raw);
        const read = readDoc(raw);
        if ('refused' in read || read.record.id !== c.id) refused++;
        else put.push(read.record);
      }
      if (put.length) await deps.team.putTeamProfiles(put);
      if (gone.length) await deps.team.deleteTeamProfiles(gone);
      pulled += put.length;
      if (typeof next === 'string' || typeof next === 'number') since = next;
      await deps.kv.set(CHECKPOINT, { team, since } satisfies Checkpoint);
      if (!more) break;
    }
    const s = await status();
    await setStatus({ refused: s.refused + refused });
    return pulled;
  }

  /** A colleague's record whose revisions conflict: read as their merge (the owner's browser resolves it). */
  async function withConflicts(db: RemoteDb, doc: TeamDoc): Promise<TeamDoc> {
    try {
      const got = await db.bulkGet({ docs: (doc._conflicts ?? []).slice(0, 10).map((rev) => ({ id: doc._id, rev })) });
      const others = got.results.flatMap(
        (r) => ((r as { docs?: { ok?: TeamDoc }[] }).docs ?? []).map((d) => d.ok).filter(Boolean) as TeamDoc[],
      );
      return { ...mergeDocs([doc, ...others]), _id: doc._id };
    } catch {
      return doc;
    }
  }

  /** One push and pull. Never throws: the outcome is the status (also kept in storage). */
  async function cycleOnce(): Promise<SyncStatus> {
    const t = activeTeam(await deps.settings());
    if (!t) return status();
    const at = deps.now().toISOString();
    if (deps.allowed && !(await deps.allowed(t))) return setStatus({ state: 'no-permission', at });
    const db = deps.remote(t);
    try {
      const pushed = await push(t, db);
      const pulled = await pull(t, db);
      const s = await status();
      return await setStatus({
        state: 'ok',
        at,
        lastOk: at,
        pushed: s.pushed + pushed,
        pulled: s.pulled + pulled,
      });
    } catch (e) {
      return setStatus({ state: classify(e), at });
    }
  }

  function cycle(): Promise<SyncStatus> {
    // One cycle at a time: a kick during a cycle waits for it and runs once more.
    const next = (cycling ?? Promise.resolve()).then(cycleOnce, cycleOnce);
    cycling = next;
    return next;
  }

  /** Waits for a change on the server (long poll), a kick, or `ms`. */
  async function pause(t: TeamSettings, ms: number, poll: boolean): Promise<void> {
    if (again) {
      again = false;
      return;
    }
    await new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        wake = undefined;
        cancelWait?.();
        cancelWait = undefined;
        resolve();
      }
      wake = done;
      if (!poll) return;
      void (async () => {
        const cp = await deps.kv.get<Checkpoint>(CHECKPOINT);
        const feed = deps.remote(t).changes({
          since: cp?.since ?? 'now',
          limit: 1,
          heartbeat: false,
          query_params: { feed: 'longpoll', timeout: LONGPOLL_MS },
        }) as Promise<unknown> & { cancel?: () => void };
        cancelWait = () => feed.cancel?.();
        await feed.then(done, () => {});
      })();
    });
  }

  async function loop(): Promise<void> {
    let backoff = 0;
    while (!stopped) {
      const t = activeTeam(await deps.settings());
      if (!t) return;
      const s = await cycle();
      if (stopped) return;
      if (s.state === 'ok') {
        backoff = 0;
        await pause(t, LONGPOLL_MS + 5_000, true);
      } else {
        // A wrong password or a refusal does not mend itself quickly: wait long, unless kicked (settings saved).
        backoff = s.state === 'offline' ? Math.min(backoff ? backoff * 2 : 2_000, MAX_BACKOFF_MS) : MAX_BACKOFF_MS;
        await pause(t, backoff * (0.8 + Math.random() * 0.4), false);
      }
    }
  }

  return {
    status,
    queue,
    cycle,
    /** Starts the background loop if it is not running (worker start, alarm, settings saved). */
    start(): void {
      stopped = false;
      running ??= loop().finally(() => {
        running = undefined;
      });
    },
    /** Runs a cycle now (a queued push, "sync now"). */
    kick(): void {
      if (wake) wake();
      else {
        again = true;
        this.start();
      }
    },
    async stop(): Promise<void> {
      stopped = true;
      wake?.();
      await running;
    },
    /**
     * After the settings changed: with sharing off, or with another team or user, the colleagues' records of the old
     * team are deleted here and its checkpoint, queue and status dropped (the records on the server stay).
     */
    async settle(): Promise<boolean> {
      const t = activeTeam(await deps.settings());
      const cp = await deps.kv.get<Checkpoint | null>(CHECKPOINT);
      if (!cp || (t && cp.team === teamId(t))) return false;
      await deps.team.clear?.();
      await deps.kv.set(CHECKPOINT, null);
      await deps.kv.set(OUTBOX, null);
      await deps.kv.set(STATUS, fresh());
      return true;
    },
    /**
     * "Forget everywhere": deletes every team document about this profile, colleagues' too — the server
     * decides whether this user may (a team admin); returns how many were deleted and how many refused.
     */
    async forgetEverywhere(key: string): Promise<{ deleted: number; refused: number }> {
      const t = activeTeam(await deps.settings());
      if (!t) return { deleted: 0, refused: 0 };
      const who = teamIdentity(t);
      const keyHash = teamHash(who.salt, key);
      const known = (await deps.team.teamByKeyHash?.(keyHash)) ?? [];
      const ids = [...new Set([`${who.recruiterId}:${keyHash}`, ...known.map((k) => k.id)])];
      const db = deps.remote(t);
      const rows = (await db.allDocs({ keys: ids })).rows as Row[];
      const dels = rows
        .filter((r) => r.value?.rev && !r.value.deleted)
        .map((r) => ({ _id: r.key ?? r.id!, _rev: r.value!.rev!, _deleted: true }));
      let res: { error?: string }[] = [];
      try {
        res = dels.length ? ((await db.bulkDocs(dels)) as { error?: string }[]) : [];
      } catch (e) {
        // The server refused the whole request (no admin rights): nothing was deleted anywhere.
        if (classify(e) === 'forbidden') return { deleted: 0, refused: dels.length };
        throw e;
      }
      const deleted = res.filter((r) => !r.error).length;
      if (deleted === res.length) await deps.team.deleteTeamProfiles(known.map((k) => k.id));
      return { deleted, refused: res.length - deleted };
    },
  };
}

export type TeamSync = ReturnType<typeof createTeamSync>;
