/**
 * Near-duplicate lookup among many stored photos: multi-index hashing (Norouzi et al.). Each 64-bit hash
 * is cut into four 16-bit chunks, one table per chunk. Two hashes within distance 4·(r+1)−1 agree within
 * r bits on at least one chunk (pigeonhole), so probing every key within r bits of each query chunk finds
 * all of them — the same answers as a linear scan, in a fraction of the time.
 */
import { ChunkTable } from './chunk-table';
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
  private readonly tables = Array.from({ length: CHUNKS }, () => new ChunkTable());
  private readonly live = (entry: number) => this.keys[this.owner[entry]!] !== undefined;
  private hi = new Uint32Array(1024);
  private lo = new Uint32Array(1024);
  private owner = new Int32Array(1024);
  private slot = new Uint8Array(1024);
  private entries = 0;
  private keys: (K | undefined)[] = [];
  private byKey = new Map<K, number>();

  get size(): number {
    return this.byKey.size;
  }

  /** Adds (or replaces) a photo's stored hashes. Undefined hashes (plain windows) are skipped. */
  add(key: K, hashes: readonly (Hash64 | undefined)[]): void {
    const first = this.entries;
    this.append(key, hashes);
    for (let entry = first; entry < this.entries; entry++) {
      const h: Hash64 = [this.hi[entry]!, this.lo[entry]!];
      // Entry and hash side by side: a probe reads its bucket in order, without jumping around memory.
      for (let c = 0; c < CHUNKS; c++) this.tables[c]!.add(chunk(h, c), entry, h[0], h[1], this.live);
    }
  }

  /** Replaces the photo's entries by its defined hashes, at the end of the arrays (the tables are filled by the caller). */
  private append(key: K, hashes: readonly (Hash64 | undefined)[]): void {
    this.delete(key);
    const id = this.keys.length;
    this.keys.push(key);
    this.byKey.set(key, id);
    hashes.forEach((h, slot) => {
      if (!h) return;
      if (this.entries === this.hi.length) this.grow();
      const entry = this.entries++;
      this.hi[entry] = h[0];
      this.lo[entry] = h[1];
      this.owner[entry] = id;
      this.slot[entry] = slot;
    });
  }

  /** Many photos at once (as `add` each, in order), merged into each table in one pass (ChunkTable.addMany). */
  addAll(photos: readonly (readonly [K, readonly (Hash64 | undefined)[]])[]): void {
    const first = this.entries;
    for (const [key, hashes] of photos) this.append(key, hashes);
    const keys = new Uint16Array(this.entries - first);
    for (let c = 0; c < CHUNKS; c++) {
      const [half, shift] = c < 2 ? [this.hi, 16 * c] : [this.lo, 16 * (c - 2)]; // as chunk() reads them
      for (let e = first; e < this.entries; e++) keys[e - first] = (half[e]! >>> shift) & 0xffff;
      this.tables[c]!.addMany(keys, first, this.hi, this.lo, this.live);
    }
  }

  private grow(): void {
    const n = this.hi.length * 2;
    const more = <T extends Uint32Array | Int32Array | Uint8Array>(a: T, make: (n: number) => T): T => {
      const b = make(n);
      b.set(a);
      return b;
    };
    this.hi = more(this.hi, (k) => new Uint32Array(k));
    this.lo = more(this.lo, (k) => new Uint32Array(k));
    this.owner = more(this.owner, (k) => new Int32Array(k));
    this.slot = more(this.slot, (k) => new Uint8Array(k));
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
    for (const table of this.tables) table.settle(this.live);
    for (const { h, i } of qs) {
      const h0 = h[0];
      const h1 = h[1];
      for (let c = 0; c < CHUNKS; c++) {
        probe.length = 0;
        neighbours(chunk(h, c), radius, probe);
        const table = this.tables[c]!;
        for (let p = 0; p < probe.length; p++)
          table.forEach(probe[p]!, (e, s0, s1) => {
            const d = popcount32((h0 ^ s0) >>> 0) + popcount32((h1 ^ s1) >>> 0);
            if (d > maxDistance) return;
            // An entry near in several chunks is met more than once: the same answer each time.
            const owner = this.owner[e]!;
            const key = this.keys[owner];
            if (key === undefined) return;
            const prev = best.get(owner);
            if (!prev || d < prev.distance) best.set(owner, { key, distance: d, stored: this.slot[e]!, query: i });
          });
      }
    }
    return [...best.values()];
  }

  /** The same answer by brute force: the oracle in tests and the baseline in the benchmark. */
  linearScan(hashes: readonly (Hash64 | undefined)[], maxDistance = MAX_DISTANCE): Hit<K>[] {
    const best = new Map<number, Hit<K>>();
    for (let e = 0; e < this.entries; e++) {
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
