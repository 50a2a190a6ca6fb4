/**
 * The photo memory of the background at scale (issue 16): only the window hashes live in memory, read from
 * an IndexedDB index without the thumbnails and previews (100,000 of those would be ~400 MB); a hit's
 * record is read when it is verified, at most MAX_VERIFIED per photo. Own photos and colleagues' records
 * share one index, under the keys the cross-profile memory uses (lib/team/match.ts).
 */
import type { PhotoMatch, TeamSeen } from '../rules/types';
import { PhotoIndex } from './index';
import { sameName } from './names';
import { decodeFlips, decodeHashes, HASH_DISTANCE, MATCH_SCORE, verify, type PhotoSignature } from './signature';
import { hamming } from './hash';
import { THUMB } from './verify';

const MAX_VERIFIED = 24;
/**
 * Without a thumbnail (a colleague's hashes-only record) a hit is confirmed by the hashes alone: at least this
 * many of the photo's windows (of 7) must each be near a window of this photo, the nearest within STRICT bits.
 */
export const HASH_ONLY_WINDOWS = 3;
const STRICT = 6;

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

export class LazyPhotoMemory {
  readonly index = new PhotoIndex<string>();

  get size(): number {
    return this.index.size;
  }

  add(key: string, hashes: string): void {
    this.index.add(key, decodeHashes(hashes));
  }

  delete(key: string): void {
    this.index.delete(key);
  }

  /** Photos in the index (other than the `exclude`d) that are the same photo as `sig`, best first. */
  async matches(
    sig: PhotoSignature,
    self: { name?: string; exclude: ReadonlySet<string> },
    recordOf: (key: string) => Promise<PhotoCandidate | undefined>,
  ): Promise<PhotoMatch[]> {
    const hits = this.index
      .query(sig.query, HASH_DISTANCE)
      .filter((h) => !self.exclude.has(h.key))
      .sort((a, b) => a.distance - b.distance)
      .slice(0, MAX_VERIFIED);
    const records = await Promise.all(hits.map((h) => recordOf(h.key)));
    const out: PhotoMatch[] = [];
    hits.forEach((hit, i) => {
      const rec = records[i];
      if (!rec) return;
      let score: number;
      if (rec.thumb?.length === THUMB * THUMB) score = verify(hit, decodeFlips(rec.hashes), rec.thumb, sig);
      else {
        const a = agreement(rec.hashes, sig);
        if (a.windows < HASH_ONLY_WINDOWS || a.best > STRICT) return;
        score = 1 - a.best / 64;
      }
      if (score < MATCH_SCORE) return;
      out.push({
        site: rec.site,
        name: rec.name,
        url: rec.url,
        seenAt: rec.seenAt,
        score,
        sameName: rec.sameName ?? sameName(rec.name, self.name),
        ...(rec.preview ? { preview: rec.preview } : {}),
        ...(rec.team ? { team: rec.team } : {}),
      });
    });
    return out.sort((a, b) => b.score - a.score);
  }
}
