/**
 * Verifying the photo index's hits, shared by the CLI's PhotoMemory (every record in memory) and the
 * background's LazyPhotoMemory (records read from IndexedDB on a hit): the nearest hits first, each confirmed
 * by its thumbnail — or, for a colleague's hashes-only record, by its window hashes alone.
 */
import type { PhotoMatch, TeamSeen } from '../rules/types';
import type { PhotoIndex } from './index';
import { sameName, samePerson } from './names';
import { decodeFlips, decodeHashes, HASH_DISTANCE, MATCH_SCORE, verify, type PhotoSignature } from './signature';
import { hamming } from './hash';
import { THUMB } from './verify';

/** At most this many candidates are verified per photo (the closest hashes first). */
const MAX_VERIFIED = 24;
/**
 * Without a thumbnail (a colleague's hashes-only record) a hit is confirmed by the hashes alone: at least this
 * many of the photo's windows (of 7) must each be near a window of this photo, the nearest within STRICT bits.
 */
export const HASH_ONLY_WINDOWS = 3;
const STRICT = 6;

/** What a hit's record must give to be verified and shown. */
export interface PhotoCandidate {
  site: string;
  name?: string;
  url: string;
  seenAt: string;
  hashes: string;
  thumb?: Uint8Array;
  preview?: string;
  team?: TeamSeen;
  /** Set when the names are compared by their hashes (a hashes-only record). */
  sameName?: boolean;
}

type Hit = ReturnType<PhotoIndex<string>['query']>[number];

/** The index's hits for `sig` that `skip` does not exclude, nearest first, at most MAX_VERIFIED. */
export function nearestHits(index: PhotoIndex<string>, sig: PhotoSignature, skip: (key: string) => boolean): Hit[] {
  return index
    .query(sig.query, HASH_DISTANCE)
    .filter((h) => !skip(h.key))
    .sort((a, b) => a.distance - b.distance)
    .slice(0, MAX_VERIFIED);
}

/** How many stored windows have a query hash within HASH_DISTANCE, and the nearest distance of all. */
export function agreement(hashes: string, sig: Pick<PhotoSignature, 'query'>): { windows: number; best: number } {
  let windows = 0;
  let best = 64;
  for (const h of decodeHashes(hashes)) {
    if (!h) continue;
    let near = 64;
    for (const q of sig.query) near = Math.min(near, hamming(h, q));
    if (near <= HASH_DISTANCE) windows++;
    best = Math.min(best, near);
  }
  return { windows, best };
}

/** The match a hit's record makes with `sig`, or undefined when it is not the same photo. */
export function verifiedMatch(
  hit: Hit,
  rec: PhotoCandidate,
  sig: PhotoSignature,
  selfName: string | undefined,
  /** The profile's own site: two accounts of one marketplace under one name are not excused (names.ts samePerson). */
  selfSite?: string,
): PhotoMatch | undefined {
  let score: number;
  if (rec.thumb?.length === THUMB * THUMB) score = verify(hit, decodeFlips(rec.hashes), rec.thumb, sig);
  else {
    const a = agreement(rec.hashes, sig);
    if (a.windows < HASH_ONLY_WINDOWS || a.best > STRICT) return undefined;
    score = 1 - a.best / 64;
  }
  if (score < MATCH_SCORE) return undefined;
  return {
    site: rec.site,
    name: rec.name,
    url: rec.url,
    seenAt: rec.seenAt,
    score,
    sameName:
      selfSite === undefined
        ? (rec.sameName ?? sameName(rec.name, selfName))
        : samePerson(rec, { site: selfSite, name: selfName }, rec.sameName ?? sameName(rec.name, selfName)),
    ...(rec.preview ? { preview: rec.preview } : {}),
    ...(rec.team ? { team: rec.team } : {}),
  };
}

/** Best first. */
export const byScore = (a: PhotoMatch, b: PhotoMatch) => b.score - a.score;
