/**
 * The background's memory of other profiles: records each visit, runs the cross-profile rules against
 * every profile seen (duplicate text, shared contacts, reviewer bursts, changes since the last visit), and
 * later the photo comparison. In-memory indexes are loaded from IndexedDB once per service-worker life
 * and kept in step with every write; `forget` drops them when another page (the history) changed the data.
 */
import { withMemory, withPhotoCheck, type Analysis } from '../analyze';
import { t } from '../i18n';
import { CrossMemory } from '../memory/cross';
import { crossContext } from '../memory/gather';
import type { LoadedPhoto } from '../photo/load-browser';
import { PhotoMemory, photoRecord } from '../photo/memory';
import { PhotoIndex } from '../photo/index';
import { comparable, decodeFlips, decodeHashes, HASH_DISTANCE, MATCH_SCORE, verify } from '../photo/signature';
import type { MemoryContext } from '../rules/types';
import { profileKey, type RadarStore, type StoredPhoto, type StoredProfile } from '../storage/db';
import type { Settings } from '../storage/settings';
import { applyMarks } from './marks';

const DAY = 86_400_000;

/** Why the memory could not save: shown to the user, never swallowed. */
export function storageProblem(e: unknown): string {
  const name = (e as { name?: string })?.name ?? '';
  const inner = (e as { inner?: { name?: string } })?.inner?.name ?? '';
  return name === 'QuotaExceededError' || inner === 'QuotaExceededError' ? t('storage.quota') : t('storage.failed');
}

export function createMemory(store: () => Promise<RadarStore>) {
  let cross: Promise<CrossMemory> | undefined;
  let photos: Promise<PhotoMemory> | undefined;
  /** What the memory rules knew when each analysis was made (the photo check adds to it). */
  const known = new WeakMap<Analysis, MemoryContext>();

  const crossMemory = async () =>
    (cross ??= store().then(async (s) => {
      const m = new CrossMemory();
      for (const fp of await s.fingerprints()) m.add(fp);
      return m;
    }));
  const photoMemory = async () =>
    (photos ??= store().then(async (s) => {
      const m = new PhotoMemory();
      for (const p of await s.photos()) m.add(p);
      return m;
    }));

  async function finish(s: RadarStore, a: Analysis, entry: StoredProfile | undefined, settings: Settings) {
    const marked = entry ? applyMarks(a, entry, settings.sensitivity) : a;
    if (entry && (marked.risk.level !== entry.level || marked.findings.length !== entry.rules.length))
      await s.updateOutcome(entry.key, marked.risk.level, marked.findings).catch(() => {});
    return marked;
  }

  return {
    crossMemory,
    photoMemory,
    /** Another page changed the stored data: reload the indexes on next use. */
    forget() {
      cross = undefined;
      photos = undefined;
    },

    /** Records the visit and adds what the memory knows; the analysis comes back with those findings. */
    async remember(a: Analysis, settings: Settings, now: Date): Promise<Analysis> {
      const s = await store();
      const profile = a.profile!;
      let recorded: Awaited<ReturnType<RadarStore['recordVisit']>>;
      try {
        const mem = await crossMemory();
        for (const key of await s.prune(new Date(now.getTime() - settings.historyDays * DAY))) mem.delete(key);
        recorded = await s.recordVisit(profile, a.risk.level, a.findings, now);
      } catch (e) {
        return { ...a, storageError: storageProblem(e) };
      }
      const mem = await crossMemory();
      const hits = mem.check(recorded.print);
      mem.add(recorded.print);
      const ctx: MemoryContext = {
        now,
        ...(await crossContext(profile, hits, mem, async (k) => (await s.get(k))?.profile)),
        ...(recorded.entry.previousVisit ? { previous: recorded.entry.previousVisit } : {}),
      };
      const result = await finish(s, withMemory(a, ctx, settings.sensitivity), recorded.entry, settings);
      known.set(result, ctx);
      return result;
    },

    /** Compares the profile's photo with every photo remembered (and with its own photo last time). */
    async checkPhoto(
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
      if (settings.photoDays === 0 || !loadPhoto)
        result = withPhotoCheck(a, { kind: 'off' }, settings.sensitivity, base);
      else {
        const loaded = await loadPhoto(profile.photoUrl!);
        if (!loaded) result = withPhotoCheck(a, { kind: 'not-loaded' }, settings.sensitivity, base);
        else if (!comparable(loaded.sig)) result = withPhotoCheck(a, { kind: 'plain' }, settings.sensitivity, base);
        else {
          const mem = await photoMemory();
          for (const k of await s.prunePhotos(new Date(now.getTime() - settings.photoDays * DAY))) mem.delete(k);
          const photoMatches = mem.matches(loaded.sig, { profileKey: key, name: profile.name });
          const before = await s.photo(key);
          const record = photoRecord(key, profile, loaded.sig, now, loaded.preview);
          const changed = before && !samePhoto(before, record, loaded.sig);
          try {
            await s.savePhoto(changed ? record : { ...record, seenAt: before?.seenAt ?? record.seenAt });
          } catch (e) {
            return { ...a, storageError: storageProblem(e) };
          }
          mem.add(record);
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
    },
  };
}

/** Whether a newly loaded photo is the one stored for this profile before. */
function samePhoto(before: StoredPhoto, now: StoredPhoto, sig: LoadedPhoto['sig']): boolean {
  if (before.photoUrl === now.photoUrl) return true;
  const idx = new PhotoIndex<number>();
  idx.add(0, decodeHashes(before.hashes));
  const hit = idx.query(sig.query, HASH_DISTANCE).sort((x, y) => x.distance - y.distance)[0];
  return !!hit && verify(hit, decodeFlips(before.hashes), before.thumb, sig) >= MATCH_SCORE;
}
