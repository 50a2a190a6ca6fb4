/** The multi-index against a brute-force oracle on random data, including deletions and replacements. */
import { describe, expect, it } from 'vitest';
import type { Hash64 } from '../../lib/photo/hash';
import { MAX_DISTANCE, PhotoIndex } from '../../lib/photo/index';
import { rng } from './images';

function flip(h: Hash64, bits: number, r: () => number): Hash64 {
  let [hi, lo] = h;
  for (let i = 0; i < bits; i++) {
    const b = Math.floor(r() * 64);
    if (b < 32) hi = (hi ^ (1 << b)) >>> 0;
    else lo = (lo ^ (1 << (b - 32))) >>> 0;
  }
  return [hi, lo];
}

describe('PhotoIndex', () => {
  it('answers exactly what a linear scan answers', () => {
    const r = rng(42);
    const rand = (): Hash64 => [(r() * 2 ** 32) >>> 0, (r() * 2 ** 32) >>> 0];
    const idx = new PhotoIndex<number>();
    const stored: Hash64[][] = [];
    for (let i = 0; i < 3000; i++) {
      const base = i % 3 === 0 && i > 0 ? flip(stored[i - 1]![0]!, Math.floor(r() * 20), r) : rand();
      const hashes = Array.from({ length: 9 }, () => flip(base, Math.floor(r() * 6), r));
      stored.push(hashes);
      idx.add(i, hashes);
    }
    for (let i = 0; i < 3000; i += 7) idx.delete(i);
    idx.add(14, [rand()]);
    for (let q = 0; q < 200; q++) {
      const source = stored[Math.floor(r() * stored.length)]![0]!;
      const query = Array.from({ length: 18 }, () => flip(source, Math.floor(r() * 16), r));
      for (const max of [0, 5, MAX_DISTANCE]) {
        const key = (h: { key: number; distance: number }) => `${h.key}:${h.distance}`;
        expect(idx.query(query, max).map(key).sort()).toEqual(idx.linearScan(query, max).map(key).sort());
      }
    }
  });

  it('answers the same after photos were added all at once (addAll), between and after single adds', () => {
    const r = rng(7);
    const rand = (): Hash64 => [(r() * 2 ** 32) >>> 0, (r() * 2 ** 32) >>> 0];
    const one = new PhotoIndex<string>();
    const bulk = new PhotoIndex<string>();
    const photos: [string, (Hash64 | undefined)[]][] = [];
    for (let i = 0; i < 6000; i++) {
      const base = i % 4 === 0 && i > 0 ? flip(photos[i - 1]![1][0]!, Math.floor(r() * 14), r) : rand();
      // A plain window (undefined) here and there, and keys that come again (a replaced photo).
      const hashes = Array.from({ length: 7 }, (_, w) => (w === 3 && i % 5 === 0 ? undefined : flip(base, w, r)));
      photos.push([`p${i % 5000}`, hashes]);
    }
    const before = rand();
    one.add('before', [before]);
    bulk.add('before', [before]);
    for (const [k, h] of photos) one.add(k, h);
    bulk.addAll(photos.slice(0, 4000));
    bulk.add('p17', photos[17]![1]); // a single add between two bulk loads
    one.add('p17', photos[17]![1]);
    bulk.addAll(photos.slice(4000));
    bulk.delete('p3');
    one.delete('p3');
    expect(bulk.size).toBe(one.size);
    expect(bulk.size).toBe(5000); // p0 … p4999 and 'before', without p3
    // Which of two equally near windows is named may differ; the photos and distances may not.
    const key = (h: { key: string; distance: number }) => `${h.key}:${h.distance}`;
    let hits = 0;
    for (let q = 0; q < 150; q++) {
      const source = photos[Math.floor(r() * photos.length)]![1][0]!;
      const query = Array.from({ length: 7 }, () => flip(source, Math.floor(r() * 12), r));
      for (const max of [0, 6, MAX_DISTANCE]) {
        const expected = bulk.linearScan(query, max).map(key).sort();
        expect(bulk.query(query, max).map(key).sort()).toEqual(expected);
        expect(one.query(query, max).map(key).sort()).toEqual(expected);
        hits += expected.length;
      }
    }
    expect(hits).toBeGreaterThan(300);
  });

  it('refuses a distance it cannot answer exactly', () => {
    expect(() => new PhotoIndex().query([[0, 0]], MAX_DISTANCE + 1)).toThrow();
  });
});
