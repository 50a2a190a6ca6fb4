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

  /**
   * Many entries at once (a woken worker's photo memory: 700,000 for 100,000 photos), merged with the table in
   * one pass: entry `first + i` under `keys[i]`, its hash halves at `hi[first + i]` and `lo[first + i]`. Added one by
   * one, the table was merged each time the waiting entries reached an eighth of it, ~40 times (13 s in Node).
   */
  addMany(keys: Uint16Array, first: number, hi: Uint32Array, lo: Uint32Array, live: (entry: number) => boolean): void {
    const extra = new Uint32Array(KEYS);
    for (let i = 0; i < keys.length; i++) extra[keys[i]!]!++;
    this.compact(live, extra);
    const at = new Uint32Array(KEYS);
    for (let k = 0; k < KEYS; k++) at[k] = this.offsets[k + 1]! - extra[k]!;
    const data = this.data;
    for (let i = 0; i < keys.length; i++) {
      const j = 3 * at[keys[i]!]!++;
      data[j] = first + i;
      data[j + 1] = hi[first + i]!;
      data[j + 2] = lo[first + i]!;
    }
  }

  /** Before a look-up: many waiting entries (a bulk load) are merged in first, so they cost 12 bytes each. */
  settle(live: (entry: number) => boolean): void {
    if (this.waiting >= MIN_PENDING) this.compact(live);
  }

  /**
   * Merges the waiting entries in, dropping those no longer live (deleted or replaced photos); with `room`, leaves
   * that many free triplets at the end of each key's run (addMany fills them).
   */
  compact(live: (entry: number) => boolean, room?: Uint32Array): void {
    const counts = new Uint32Array(KEYS);
    const keep = live;
    let total = 0;
    for (let k = 0; k < KEYS; k++) {
      let n = room ? room[k]! : 0;
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
      const old = this.data;
      for (let i = this.offsets[k]!; i < this.offsets[k + 1]!; i++) {
        const e = old[3 * i]!;
        if (!keep(e)) continue;
        // Three copies, not a subarray per entry (an object each, millions per load).
        data[3 * at] = e;
        data[3 * at + 1] = old[3 * i + 1]!;
        data[3 * at + 2] = old[3 * i + 2]!;
        at++;
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
      if (room) at += room[k]!;
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
