/**
 * The "seen this face before" memory: every stored photo's hashes in a multi-index (lib/photo/index.ts),
 * and the records to verify and show a match. The background keeps one, loaded from IndexedDB; the CLI
 * builds one per run; the benchmark measures it.
 */
import type { StoredPhoto } from '../storage/db';
import type { PhotoMatch } from '../rules/types';
import { byScore, nearestHits, verifiedMatch } from './candidates';
import { PhotoIndex } from './index';
import type { Profile } from '../profile';
import { decodeHashes, encodeHashes, type PhotoSignature } from './signature';

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
  matches(sig: PhotoSignature, self: { profileKey: string; name?: string; site?: string }): PhotoMatch[] {
    const out: PhotoMatch[] = [];
    for (const hit of nearestHits(this.index, sig, (key) => key === self.profileKey)) {
      const rec = this.records.get(hit.key);
      const match = rec && verifiedMatch(hit, rec, sig, self.name, self.site);
      if (match) out.push(match);
    }
    return out.sort(byScore);
  }
}
