/**
 * Near-duplicate lookup among many stored photos: multi-index hashing (Norouzi et al.). Each 64-bit hash
 * is cut into four 16-bit chunks, one table per chunk. Two hashes within distance 4·(r+1)−1 agree within
 * r bits on at least one chunk (pigeonhole), so probing every key within r bits of each query chunk finds
 * all of them — the same answers as a linear scan, in a fraction of the time.
 */
import { hamming, popcount32, type Hash64 } from './hash';

const CHUNKS = 4;
/** Within MAX_DISTANCE = 4 * (RADIUS + 1) - 1 = 11 bits the index is exact (and as fast as the benchmark asks). */
const RADIUS = 2;
export const MAX_DISTANCE = CHUNKS * (RADIUS + 1) - 1;

function chunk(h: Hash64, c: number): number {
  return c < 2 ? (h[0] >>> (16 * c)) & 0xffff : (h[1] >>> (16 * (c - 2))) & 0xffff;
}

/** Every 16-bit key within `radius` bits of `key`. */
function neighbours(key: number, radius: number, out: number[]): void {
  out.push(key);
  if (radius >= 1)
    for (let a = 0; a < 16; a++) {
      const ka = key ^ (1 << a);
      out.push(ka);
      if (radius >= 2)
        for (let b = a + 1; b < 16; b++) {
          const kb = ka ^ (1 << b);
          out.push(kb);
          if (radius >= 3) for (let c = b + 1; c < 16; c++) out.push(kb ^ (1 << c));
        }
    }
}

export interface Hit<K> {
  key: K;
  distance: number;
  /** Which stored hash and which query hash met. */
  stored: number;
  query: number;
}

export class PhotoIndex<K> {
  private readonly tables: Map<number, number[]>[] = Array.from({ length: CHUNKS }, () => new Map());
  private hi: number[] = [];
  private lo: number[] = [];
  private owner: number[] = [];
  private slot: number[] = [];
  private keys: (K | undefined)[] = [];
  private byKey = new Map<K, number>();
  private seen = new Uint32Array(1024);
  private stamp = 0;

  get size(): number {
    return this.byKey.size;
  }

  /** Adds (or replaces) a photo's stored hashes. Undefined hashes (plain windows) are skipped. */
  add(key: K, hashes: readonly (Hash64 | undefined)[]): void {
    this.delete(key);
    const id = this.keys.length;
    this.keys.push(key);
    this.byKey.set(key, id);
    hashes.forEach((h, slot) => {
      if (!h) return;
      const entry = this.hi.length;
      this.hi.push(h[0]);
      this.lo.push(h[1]);
      this.owner.push(id);
      this.slot.push(slot);
      for (let c = 0; c < CHUNKS; c++) {
        const k = chunk(h, c);
        const bucket = this.tables[c]!.get(k);
        if (bucket) bucket.push(entry);
        else this.tables[c]!.set(k, [entry]);
      }
    });
    if (this.seen.length < this.hi.length) {
      const bigger = new Uint32Array(this.hi.length * 2);
      bigger.set(this.seen);
      this.seen = bigger;
    }
  }

  /** Forgets a photo (its entries stay in the tables but no longer answer). */
  delete(key: K): void {
    const id = this.byKey.get(key);
    if (id === undefined) return;
    this.byKey.delete(key);
    this.keys[id] = undefined;
  }

  /** The best hit per stored photo within `maxDistance` of any query hash. */
  query(hashes: readonly (Hash64 | undefined)[], maxDistance = MAX_DISTANCE): Hit<K>[] {
    if (maxDistance > MAX_DISTANCE) throw new Error(`the index is exact up to ${MAX_DISTANCE} bits`);
    const radius = Math.floor(maxDistance / CHUNKS);
    const qs = hashes.flatMap((h, i) => (h ? [{ h, i }] : []));
    const best = new Map<number, Hit<K>>();
    const probe: number[] = [];
    for (const { h, i } of qs) {
      // Entries met through several chunks are checked once per query hash.
      this.stamp = (this.stamp + 1) >>> 0 || 1;
      for (let c = 0; c < CHUNKS; c++) {
        probe.length = 0;
        neighbours(chunk(h, c), radius, probe);
        const table = this.tables[c]!;
        for (const k of probe) {
          const bucket = table.get(k);
          if (!bucket) continue;
          for (const e of bucket) {
            if (this.seen[e] === this.stamp) continue;
            this.seen[e] = this.stamp;
            const d = popcount32((h[0] ^ this.hi[e]!) >>> 0) + popcount32((h[1] ^ this.lo[e]!) >>> 0);
            if (d > maxDistance) continue;
            const owner = this.owner[e]!;
            const key = this.keys[owner];
            if (key === undefined) continue;
            const prev = best.get(owner);
            if (!prev || d < prev.distance) best.set(owner, { key, distance: d, stored: this.slot[e]!, query: i });
          }
        }
      }
    }
    return [...best.values()];
  }

  /** The same answer by brute force: the oracle in tests and the baseline in the benchmark. */
  linearScan(hashes: readonly (Hash64 | undefined)[], maxDistance = MAX_DISTANCE): Hit<K>[] {
    const best = new Map<number, Hit<K>>();
    for (let e = 0; e < this.hi.length; e++) {
      const key = this.keys[this.owner[e]!];
      if (key === undefined) continue;
      const stored: Hash64 = [this.hi[e]!, this.lo[e]!];
      hashes.forEach((q, qi) => {
        if (!q) return;
        const d = hamming(q, stored);
        if (d > maxDistance) return;
        const prev = best.get(this.owner[e]!);
        if (!prev || d < prev.distance)
          best.set(this.owner[e]!, { key, distance: d, stored: this.slot[e]!, query: qi });
      });
    }
    return [...best.values()];
  }
}
