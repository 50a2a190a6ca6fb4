/** Hash properties on generated images: identical, transformed (must match), different (must not). */
import { describe, expect, it } from 'vitest';
import { PhotoMemory } from '../../lib/photo/memory';
import { comparable, decodeHashes, encodeHashes, signature } from '../../lib/photo/signature';
import { sameName } from '../../lib/photo/names';
import { generated, transformed, type Transform } from './images';

const SIZE = 256;

async function sig(seed: number, t: Transform = {}) {
  const { data, width, height } = await transformed(generated(seed), SIZE, t);
  return signature(data, width, height);
}

function memoryWith(seeds: number[], sigs: Awaited<ReturnType<typeof sig>>[]) {
  const m = new PhotoMemory();
  seeds.forEach((seed, i) =>
    m.add({
      profileKey: `upwork:${seed}`,
      site: 'upwork',
      name: `Person ${seed}`,
      url: `https://www.upwork.com/freelancers/~${seed}`,
      photoUrl: `https://www.upwork.com/profile-portraits/${seed}`,
      hashes: encodeHashes(sigs[i]!.stored, sigs[i]!.storedFlips),
      thumb: sigs[i]!.thumb,
      seenAt: '2026-11-01T00:00:00Z',
    }),
  );
  return m;
}

describe('photo signature', () => {
  it('is deterministic and survives encoding', async () => {
    const a = await sig(1);
    const b = await sig(1);
    expect(encodeHashes(a.stored)).toBe(encodeHashes(b.stored));
    expect(decodeHashes(encodeHashes(a.stored))).toEqual(a.stored);
  });

  it('calls a one-colour image not comparable', () => {
    const plain = new Uint8Array(40 * 40 * 4).fill(200);
    expect(comparable(signature(plain, 40, 40))).toBe(false);
  });

  const originals = [11, 12, 13, 14, 15, 16];
  it.each<[string, Transform]>([
    ['identical', {}],
    ['shrunk to 50 px, JPEG quality 40', { size: 50, quality: 40 }],
    ['enlarged to 400 px', { size: 400 }],
    ['cropped 5% on every side', { crop: [0.05, 0.05, 0.05, 0.05] }],
    ['cropped 10% on two sides', { crop: [0.1, 0, 0.1, 0], size: 120 }],
    ['cropped unevenly', { crop: [0.02, 0.08, 0.07, 0.01], size: 90, quality: 60 }],
    ['mirrored', { mirror: true, size: 150 }],
    ['brighter, more contrast', { brightness: 15, contrast: 1.1 }],
  ])('finds the same photo: %s', async (_n, t) => {
    const stored = await Promise.all(originals.map((s) => sig(s)));
    const m = memoryWith(originals, stored);
    let found = 0;
    for (const seed of originals) {
      const hits = m.matches(await sig(seed, t), { profileKey: 'upwork:new', name: 'Someone Else' });
      // Never another photo; the right one nearly always (the benchmark measures how often on real photos).
      expect(hits.every((h) => h.url.endsWith(`~${seed}`))).toBe(true);
      if (hits.length) found++;
    }
    expect(found).toBeGreaterThanOrEqual(originals.length - 1);
  });

  it('does not match different photos', async () => {
    const seeds = Array.from({ length: 30 }, (_, i) => 100 + i);
    const stored = await Promise.all(seeds.map((s) => sig(s)));
    const m = memoryWith(seeds, stored);
    for (const seed of [200, 201, 202, 203, 204, 205, 206, 207]) {
      expect(m.matches(await sig(seed, { size: 120, quality: 70 }), { profileKey: 'x' })).toEqual([]);
    }
  });

  it('never matches a profile with itself', async () => {
    const s = await sig(5);
    const m = memoryWith([5], [s]);
    expect(m.matches(s, { profileKey: 'upwork:5' })).toEqual([]);
  });
});

describe('sameName', () => {
  it.each([
    ['Anna Kowalska', 'Anna K.', true],
    ['José Núñez', 'jose nunez', true],
    ['Anna Kowalska', 'Maria Kowalska', false],
    ['Anna', 'Anna Kowalska', true],
    ['Anna Kowalska', 'Anna Nowak', false],
    [undefined, 'Anna', undefined],
  ] as const)('%s / %s → %s', (a, b, expected) => {
    expect(sameName(a, b)).toBe(expected);
  });
});
