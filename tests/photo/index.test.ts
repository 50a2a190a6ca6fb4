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

  it('refuses a distance it cannot answer exactly', () => {
    expect(() => new PhotoIndex().query([[0, 0]], MAX_DISTANCE + 1)).toThrow();
  });
});
