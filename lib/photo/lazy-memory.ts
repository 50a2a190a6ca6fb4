/**
 * The photo memory of the background at scale (issue 16): only the window hashes live in memory, read from
 * an IndexedDB index without the thumbnails and previews (100,000 of those would be ~400 MB); a hit's
 * record is read when it is verified, at most MAX_VERIFIED per photo. Own photos and colleagues' records
 * share one index, under the keys the cross-profile memory uses (lib/team/match.ts).
 */
import type { PhotoMatch } from '../rules/types';
import { byScore, nearestHits, verifiedMatch, type PhotoCandidate } from './candidates';
import { PhotoIndex } from './index';
import type { Hash64 } from './hash';
import { decodeHashes, type PhotoSignature } from './signature';

export type { PhotoCandidate } from './candidates';

export class LazyPhotoMemory {
  readonly index = new PhotoIndex<string>();

  get size(): number {
    return this.index.size;
  }

  add(key: string, hashes: string): void {
    this.index.add(key, decodeHashes(hashes));
  }

  /**
   * Every stored photo at once (a woken worker's first photo check): decoded in slices with a pause between (and
   * waiting for `pause`, while a page is answered), so that a page's message is not answered after the whole load
   * (a warm page's badge waited seconds for it, bench/team.ts); then merged into the index in one pass.
   */
  async load(
    all: readonly (readonly [string, string])[],
    pause: () => Promise<void> = async () => {},
    slice = 2000,
  ): Promise<void> {
    const decoded: [string, (Hash64 | undefined)[]][] = [];
    for (let i = 0; i < all.length; i += slice) {
      if (i) await new Promise((resolve) => setTimeout(resolve, 0));
      await pause();
      for (let j = i; j < Math.min(all.length, i + slice); j++) decoded.push([all[j]![0], decodeHashes(all[j]![1])]);
    }
    await pause();
    this.index.addAll(decoded);
  }

  delete(key: string): void {
    this.index.delete(key);
  }

  /** Photos in the index (other than the `exclude`d) that are the same photo as `sig`, best first. */
  async matches(
    sig: PhotoSignature,
    self: { name?: string; site?: string; exclude: ReadonlySet<string> },
    recordOf: (key: string) => Promise<PhotoCandidate | undefined>,
  ): Promise<PhotoMatch[]> {
    const hits = nearestHits(this.index, sig, (key) => self.exclude.has(key));
    const records = await Promise.all(hits.map((h) => recordOf(h.key)));
    const out: PhotoMatch[] = [];
    hits.forEach((hit, i) => {
      const rec = records[i];
      const match = rec && verifiedMatch(hit, rec, sig, self.name, self.site);
      if (match) out.push(match);
    });
    return out.sort(byScore);
  }
}
