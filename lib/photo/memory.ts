/**
 * The "seen this face before" memory: every stored photo's hashes in a multi-index (lib/photo/index.ts),
 * and the records to verify and show a match. The background keeps one, loaded from IndexedDB; the CLI
 * builds one per run; the benchmark measures it.
 */
import type { StoredPhoto } from '../storage/db';
import type { PhotoMatch } from '../rules/types';
import { PhotoIndex } from './index';
import { sameName } from './names';
import type { Profile } from '../profile';
import {
  decodeFlips,
  decodeHashes,
  encodeHashes,
  HASH_DISTANCE,
  MATCH_SCORE,
  verify,
  type PhotoSignature,
} from './signature';

/** At most this many candidates are verified per photo (the closest hashes first). */
const MAX_VERIFIED = 24;

export type PhotoRecord = StoredPhoto;

/** What is remembered of a profile's photo. */
export function photoRecord(
  key: string,
  profile: Pick<Profile, 'site' | 'name' | 'url' | 'photoUrl'>,
  sig: PhotoSignature,
  seenAt: Date,
  preview?: string,
): PhotoRecord {
  return {
    profileKey: key,
    site: profile.site,
    ...(profile.name ? { name: profile.name } : {}),
    url: profile.url,
    photoUrl: profile.photoUrl ?? '',
    hashes: encodeHashes(sig.stored, sig.storedFlips),
    thumb: sig.thumb,
    ...(preview ? { preview } : {}),
    seenAt: seenAt.toISOString(),
  };
}

export class PhotoMemory {
  readonly index = new PhotoIndex<string>();
  readonly records = new Map<string, PhotoRecord>();

  add(record: PhotoRecord): void {
    this.records.set(record.profileKey, record);
    this.index.add(record.profileKey, decodeHashes(record.hashes));
  }

  delete(profileKey: string): void {
    this.records.delete(profileKey);
    this.index.delete(profileKey);
  }

  clear(): void {
    for (const key of [...this.records.keys()]) this.delete(key);
  }

  /** Stored photos (other than `selfKey`'s) that are the same photo as `sig`, best first. */
  matches(sig: PhotoSignature, self: { profileKey: string; name?: string }): PhotoMatch[] {
    const hits = this.index
      .query(sig.query, HASH_DISTANCE)
      .filter((h) => h.key !== self.profileKey)
      .sort((a, b) => a.distance - b.distance)
      .slice(0, MAX_VERIFIED);
    const out: PhotoMatch[] = [];
    for (const hit of hits) {
      const rec = this.records.get(hit.key);
      if (!rec) continue;
      const score = verify(hit, decodeFlips(rec.hashes), rec.thumb, sig);
      if (score < MATCH_SCORE) continue;
      out.push({
        site: rec.site,
        name: rec.name,
        url: rec.url,
        seenAt: rec.seenAt,
        score,
        sameName: sameName(rec.name, self.name),
        preview: rec.preview,
      });
    }
    return out.sort((a, b) => b.score - a.score);
  }
}
