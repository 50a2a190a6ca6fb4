/**
 * One chunk table of the photo index (lib/photo/index.ts): for each 16-bit key, the entries whose hash has
 * that chunk, each as [entry, hash high, hash low]. Most of it is one sorted Uint32Array (12 bytes an entry,
 * read in order by a probe); new entries wait in small per-key arrays and are merged in once they are an
 * eighth of the whole. As JS arrays alone, 100,000 photos cost 137 MB (the hash halves are 64-bit floats
 * there); this way about 40 (bench/team.ts, 2026-12-01).
 */
const KEYS = 1 << 16;
const MIN_PENDING = 4096;

export class ChunkTable {
  /** Where each key's triplets start in `data` (KEYS + 1 offsets, in triplets). */
  private offsets = new Uint32Array(KEYS + 1);
  private data = new Uint32Array(0);
  private pending: (number[] | undefined)[] = new Array(KEYS);
  private waiting = 0;

  add(key: number, entry: number, h0: number, h1: number, live: (entry: number) => boolean): void {
    const p = this.pending[key];
    if (p) p.push(entry, h0, h1);
    else this.pending[key] = [entry, h0, h1];
    if (++this.waiting > Math.max(MIN_PENDING, this.data.length / 24)) this.compact(live);
  }

  /** Before a look-up: many waiting entries (a bulk load) are merged in first, so they cost 12 bytes each. */
  settle(live: (entry: number) => boolean): void {
    if (this.waiting >= MIN_PENDING) this.compact(live);
  }

  /** Merges the waiting entries in, dropping those no longer live (deleted or replaced photos). */
  compact(live: (entry: number) => boolean): void {
    const counts = new Uint32Array(KEYS);
    const keep = live;
    let total = 0;
    for (let k = 0; k < KEYS; k++) {
      let n = 0;
      for (let i = this.offsets[k]!; i < this.offsets[k + 1]!; i++) if (keep(this.data[3 * i]!)) n++;
      const p = this.pending[k];
      if (p) for (let i = 0; i < p.length; i += 3) if (keep(p[i]!)) n++;
      counts[k] = n;
      total += n;
    }
    const offsets = new Uint32Array(KEYS + 1);
    const data = new Uint32Array(3 * total);
    let at = 0;
    for (let k = 0; k < KEYS; k++) {
      offsets[k] = at;
      for (let i = this.offsets[k]!; i < this.offsets[k + 1]!; i++) {
        const e = this.data[3 * i]!;
        if (!keep(e)) continue;
        data.set(this.data.subarray(3 * i, 3 * i + 3), 3 * at++);
      }
      const p = this.pending[k];
      if (p)
        for (let i = 0; i < p.length; i += 3) {
          if (!keep(p[i]!)) continue;
          data[3 * at] = p[i]!;
          data[3 * at + 1] = p[i + 1]!;
          data[3 * at + 2] = p[i + 2]!;
          at++;
        }
    }
    offsets[KEYS] = at;
    this.offsets = offsets;
    this.data = data;
    this.pending = new Array(KEYS);
    this.waiting = 0;
  }

  /** Calls `visit(entry, h0, h1)` for every entry under `key`. */
  forEach(key: number, visit: (entry: number, h0: number, h1: number) => void): void {
    const d = this.data;
    for (let i = this.offsets[key]!, end = this.offsets[key + 1]!; i < end; i++)
      visit(d[3 * i]!, d[3 * i + 1]!, d[3 * i + 2]!);
    const p = this.pending[key];
    if (p) for (let i = 0; i < p.length; i += 3) visit(p[i]!, p[i + 1]!, p[i + 2]!);
  }
}
