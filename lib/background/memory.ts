/**
 * The background's memory of other profiles: records each visit, runs the cross-profile rules against
 * every profile seen, own and colleagues' (duplicate text, shared contacts, reviewer bursts, changes since the
 * last visit), and later the photo comparison. The cross-profile indexes live in IndexedDB (lib/memory/lookup.ts):
 * a check reads only the records sharing a key, so a worker that wakes answers at once whatever the memory
 * holds. Only the photos' hashes are kept in memory, read once per worker life (without the pictures) and kept
 * in step with every write; `forget` drops them when another page (the history) changed the data.
 */
import { withMemory, withPhotoCheck, type Analysis } from '../analyze';
import { t } from '../i18n';
import { CrossMemory } from '../memory/cross';
import { crossContext } from '../memory/gather';
import type { LoadedPhoto } from '../photo/load-browser';
import { LazyPhotoMemory, type PhotoCandidate } from '../photo/lazy-memory';
import { photoRecord } from '../photo/memory';
import { PhotoIndex } from '../photo/index';
import { comparable, decodeFlips, decodeHashes, HASH_DISTANCE, MATCH_SCORE, verify } from '../photo/signature';
import type { Fingerprint } from '../memory/fingerprint';
import type { Profile } from '../profile';
import type { MemoryContext, TeamSeen } from '../rules/types';
import { profileKey, type RadarStore, type StoredPhoto, type StoredProfile } from '../storage/db';
import type { Settings } from '../storage/settings';
import { teamPrint, teamQuery, teamSeen, type TeamQuery } from '../team/match';
import type { TeamIdentity, TeamProfile } from '../team/records';
import { TEAM_PHOTO } from '../team/store';
import { applyMarks } from './marks';
import { uncheckedKeys } from './unchecked-keys';

const DAY = 86_400_000;
/** The history is pruned again when its cutoff moved on by more than this (not on every visit: 20-50 ms each). */
const PRUNE_EVERY = 3_600_000;

export interface MemoryOptions {
  /** This browser's place in the team (issue 16): its recruiter id and the team's salt; undefined = no team. */
  team?: () => Promise<TeamIdentity | undefined>;
  /** An own profile (or its photo) was stored: the replication side shares it. */
  onRecorded?: (key: string) => void;
}

/** Why the memory could not save: shown to the user, never swallowed. */
export function storageProblem(e: unknown): string {
  const name = (e as { name?: string })?.name ?? '';
  const inner = (e as { inner?: { name?: string } })?.inner?.name ?? '';
  return name === 'QuotaExceededError' || inner === 'QuotaExceededError' ? t('storage.quota') : t('storage.failed');
}

/** Colleagues' records of this same profile, other than this browser's own. */
async function sameProfile(s: RadarStore, q: TeamQuery, who: TeamIdentity | undefined) {
  return (await s.teamByKeyHash(q.keyHash)).filter((r) => r.recruiterId !== who?.recruiterId);
}

/**
 * The cross-profile context of one profile, own and colleagues' records alike: the candidates read through the
 * IndexedDB indexes, checked in a small memory of their own (bench/team.ts times exactly this).
 */
export async function crossCheck(
  s: RadarStore,
  profile: Profile,
  print: Fingerprint,
  who: TeamIdentity | undefined,
  checkedAt: string,
): Promise<Omit<MemoryContext, 'now'>> {
  const q = teamQuery(print, profile, who?.salt ?? '');
  const { own, team, same: all } = await s.checkReads(q.keys, q.keyHash);
  const same = all.filter((r) => r.recruiterId !== who?.recruiterId);
  const mem = new CrossMemory();
  for (const fp of own) mem.add(fp);
  const seen = new Map<string, TeamSeen & { sameName?: boolean }>();
  for (const r of team) {
    if (r.recruiterId === who?.recruiterId || r.keyHash === q.keyHash) continue;
    const fp = teamPrint(r);
    mem.add(fp);
    seen.set(fp.key, teamSeen(r, q.nameHash));
  }
  const hits = mem.check(q.print, q.alias);
  const ctx = await crossContext(
    profile,
    hits,
    mem,
    // A colleague's record has no stored text (no passages to quote): nothing to read for it.
    async (k) => (seen.has(k) ? undefined : (await s.get(k))?.profile),
    (k) => seen.get(k),
    print.since,
  );
  const teamPrevious = same
    .filter((r) => r.seenAt < checkedAt)
    .sort((x, y) => y.seenAt.localeCompare(x.seenAt))
    .map((r) => {
      const seenBy = teamSeen(r, q.nameHash);
      return {
        seenAt: r.seenAt,
        team: { ...(seenBy.recruiter ? { recruiter: seenBy.recruiter } : {}), hidden: seenBy.hidden },
        ...(r.mode === 'full' && r.look ? { profile: r.look } : {}),
        ...(r.mode === 'hashes' && r.nameHash && q.nameHash ? { renamed: r.nameHash !== q.nameHash } : {}),
      };
    });
  return { ...ctx, ...(teamPrevious.length ? { teamPrevious } : {}) };
}

export function createMemory(store: () => Promise<RadarStore>, options: MemoryOptions = {}) {
  let photos: Promise<LazyPhotoMemory> | undefined;
  /** What the memory rules knew when each analysis was made (the photo check adds to it). */
  const known = new WeakMap<Analysis, MemoryContext>();
  const identity = async () => (await options.team?.().catch(() => undefined)) ?? undefined;
  /** The cutoff the history was last pruned to (ms), and that prune while it runs. */
  let pruned: { cutoff: number; done: Promise<unknown> } | undefined;
  /** Forgets profiles older than the retention, unless done for (nearly) this cutoff already; a failure throws. */
  function prune(s: RadarStore, settings: Settings, now: Date): Promise<unknown> {
    const cutoff = now.getTime() - settings.historyDays * DAY;
    if (pruned && cutoff >= pruned.cutoff && cutoff - pruned.cutoff < PRUNE_EVERY) return pruned.done;
    const done = s.prune(new Date(cutoff));
    const mine = (pruned = { cutoff, done });
    // A failed prune is tried again on the next visit (which then reports it).
    done.catch(() => {
      if (pruned === mine) pruned = undefined;
    });
    return done;
  }

  /** The photo check running, if any (they run one after another). */
  let checking: Promise<void> = Promise.resolve();
  /** Pages being loaded or answered: the photo memory's loading waits while there are any (`pageWork`). */
  const pages = new Set<Promise<unknown>>();
  const pagesDone = async () => {
    while (pages.size) await Promise.all([...pages]);
  };

  const photoMemory = async () => {
    if (photos) return photos;
    const loading = store().then(async (s) => {
      const m = new LazyPhotoMemory();
      // Read a few thousand at a time, pausing while a page is answered (reading 100,000 took seconds on a woken
      // worker and held the next page's answer); in slices and merged once (lib/photo/lazy-memory.ts).
      await m.load(await s.photoHashes(pagesDone), pagesDone);
      return m;
    });
    // A load that failed (the memory could not be opened, or its connection was closed for a newer version of the
    // extension) is tried again on next use, not kept failed for the worker's life.
    loading.catch(() => {
      if (photos === loading) photos = undefined;
    });
    return (photos = loading);
  };

  async function finish(s: RadarStore, a: Analysis, entry: StoredProfile | undefined, settings: Settings) {
    const marked = entry ? applyMarks(a, entry, settings.sensitivity) : a;
    const gaps = visitGaps(marked);
    if (
      entry &&
      (marked.risk.level !== entry.level ||
        marked.findings.length !== entry.rules.length ||
        gaps.unchecked.join('\n') !== (entry.unchecked ?? []).join('\n'))
    )
      await s.updateOutcome(entry.key, marked.risk.level, marked.findings, gaps).catch(() => {});
    return marked;
  }

  /** A colleague's record as a photo candidate (`@team:<id>`), or an own stored photo. */
  async function photoCandidate(s: RadarStore, key: string, nameHash?: string): Promise<PhotoCandidate | undefined> {
    if (!key.startsWith(TEAM_PHOTO)) {
      const p = await s.photo(key);
      return p && { ...p };
    }
    const r = await s.teamProfile(key.slice(TEAM_PHOTO.length));
    if (!r?.photo) return undefined;
    const { sameName, ...team } = teamSeen(r, nameHash);
    return {
      site: r.site,
      ...(r.mode === 'full' && r.name ? { name: r.name } : {}),
      url: r.mode === 'full' ? (r.url ?? '') : '',
      seenAt: r.seenAt,
      hashes: r.photo.hashes,
      ...(r.mode === 'full' && r.photo.thumb ? { thumb: r.photo.thumb } : {}),
      ...(r.mode === 'full' && r.photo.preview ? { preview: r.photo.preview } : {}),
      team,
      ...(sameName !== undefined ? { sameName } : {}),
    };
  }

  return {
    photoMemory,
    /**
     * A page loads or is being answered until `work` settles: loading the photo memory (a photo check's, after an
     * earlier page) pauses meanwhile, so that the page's badge does not wait behind it.
     */
    pageWork(work: Promise<unknown>): void {
      const job = work.catch(() => {});
      pages.add(job);
      void job.finally(() => pages.delete(job));
    },
    /** Another page changed the stored data: reload the photo hashes on next use. */
    forget() {
      photos = undefined;
    },

    /**
     * Colleagues' records arrived (the replication side, contract §3): stored (with the cap), and the photo
     * index follows record by record. The text, contact and reviewer indexes are IndexedDB's own.
     */
    async putTeamProfiles(list: TeamProfile[]): Promise<{ dropped: string[] }> {
      const s = await store();
      const who = await identity();
      const kept = list.filter((r) => r.recruiterId !== who?.recruiterId);
      const result = await s.putTeamProfiles(kept);
      if (photos) {
        const m = await photos;
        for (const r of kept)
          if (r.photo) m.add(`${TEAM_PHOTO}${r.id}`, r.photo.hashes);
          else m.delete(`${TEAM_PHOTO}${r.id}`);
        for (const id of result.dropped) m.delete(`${TEAM_PHOTO}${id}`);
      }
      return result;
    },

    async deleteTeamProfiles(ids: string[]): Promise<void> {
      await (await store()).deleteTeamProfiles(ids);
      if (photos) {
        const m = await photos;
        for (const id of ids) m.delete(`${TEAM_PHOTO}${id}`);
      }
    },

    /**
     * A marketplace page starts loading (the event that wakes a stopped worker): the store is opened and the
     * history pruned now, while the page loads, rather than on the way to its badge. Failures wait for the visit.
     */
    async prepare(settings: Settings, now: Date): Promise<void> {
      await prune(await store(), settings, now).catch(() => {});
    },

    /** Records the visit and adds what the memory knows; the analysis comes back with those findings. */
    async remember(a: Analysis, settings: Settings, now: Date): Promise<Analysis> {
      const s = await store();
      const profile = a.profile!;
      let recorded: Awaited<ReturnType<RadarStore['recordVisit']>>;
      try {
        await prune(s, settings, now);
        recorded = await s.recordVisit(profile, a.risk.level, a.findings, now, visitGaps(a));
      } catch (e) {
        return { ...a, storageError: storageProblem(e) };
      }
      const ctx: MemoryContext = {
        now,
        ...(await crossCheck(s, profile, recorded.print, await identity(), a.checkedAt)),
        ...(recorded.entry.previousVisit ? { previous: recorded.entry.previousVisit } : {}),
      };
      const result = await finish(s, withMemory(a, ctx, settings.sensitivity), recorded.entry, settings);
      known.set(result, ctx);
      options.onRecorded?.(recorded.entry.key);
      return result;
    },

    /** Compares the profile's photo with every photo remembered, own and the team's (and with its own last time). */
    async checkPhoto(
      a: Analysis,
      settings: Settings,
      now: Date,
      loadPhoto: ((url: string) => Promise<LoadedPhoto | undefined>) | undefined,
    ): Promise<Analysis> {
      // One photo check after another: a check compares with the photos of every check before it (two pages
      // answered one after the other, while the photo memory was still loading, compared before either was added).
      const before = checking;
      let done = () => {};
      checking = new Promise<void>((resolve) => (done = resolve));
      await before;
      try {
        return await checkPhotoNow(a, settings, now, loadPhoto);
      } finally {
        done();
      }
    },
  };

  async function checkPhotoNow(
    a: Analysis,
    settings: Settings,
    now: Date,
    loadPhoto: ((url: string) => Promise<LoadedPhoto | undefined>) | undefined,
  ): Promise<Analysis> {
    const s = await store();
    const profile = a.profile!;
    const base = known.get(a) ?? { now };
    const key = profileKey(profile);
    let result: Analysis;
    if (settings.photoDays === 0 || !loadPhoto) result = withPhotoCheck(a, { kind: 'off' }, settings.sensitivity, base);
    else {
      const loaded = await loadPhoto(profile.photoUrl!);
      if (!loaded) result = withPhotoCheck(a, { kind: 'not-loaded' }, settings.sensitivity, base);
      else if (!comparable(loaded.sig)) result = withPhotoCheck(a, { kind: 'plain' }, settings.sensitivity, base);
      else {
        const mem = await photoMemory();
        for (const k of await s.prunePhotos(new Date(now.getTime() - settings.photoDays * DAY))) mem.delete(k);
        const who = await identity();
        const q = teamQuery({ key, url: '', seenAt: '', contacts: [], topReviews: [] }, profile, who?.salt ?? '');
        const exclude = new Set([key, ...(await sameProfile(s, q, who)).map((r) => `${TEAM_PHOTO}${r.id}`)]);
        const photoMatches = await mem.matches(loaded.sig, { name: profile.name, site: profile.site, exclude }, (k) =>
          photoCandidate(s, k, q.nameHash),
        );
        const before = await s.photo(key);
        const record = photoRecord(key, profile, loaded.sig, now, loaded.preview);
        const changed = before && !samePhoto(before, record, loaded.sig);
        const saved = changed ? record : { ...record, seenAt: before?.seenAt ?? record.seenAt };
        try {
          await s.savePhoto(saved);
        } catch (e) {
          return { ...a, storageError: storageProblem(e) };
        }
        mem.add(key, saved.hashes);
        options.onRecorded?.(key);
        const ctx: MemoryContext = {
          ...base,
          photoMatches,
          ...(loaded.preview ? { photoPreview: loaded.preview } : {}),
          ...(changed ? { photoChanged: { seenAt: before.seenAt } } : {}),
        };
        result = withPhotoCheck(a, { kind: 'compared', ctx }, settings.sensitivity, base);
      }
    }
    return finish(s, result, await s.get(key), settings);
  }
}

/** What the visit could not read (a page read in part) and could not check, as the memory keeps them. */
export function visitGaps(a: Analysis): { unread?: string[]; unchecked: string[] } {
  const unchecked = uncheckedKeys(a.risk.unchecked);
  return a.status === 'partial' && a.missing.length ? { unread: a.missing, unchecked } : { unchecked };
}

/** Whether a newly loaded photo is the one stored for this profile before. */
function samePhoto(before: StoredPhoto, now: StoredPhoto, sig: LoadedPhoto['sig']): boolean {
  if (before.photoUrl === now.photoUrl) return true;
  const idx = new PhotoIndex<number>();
  idx.add(0, decodeHashes(before.hashes));
  const hit = idx.query(sig.query, HASH_DISTANCE).sort((x, y) => x.distance - y.distance)[0];
  return !!hit && verify(hit, decodeFlips(before.hashes), before.thumb, sig) >= MATCH_SCORE;
}
