/**
 * Photo matching on real photographs (bench/photo-data.ts): each photo against a transformed copy of
 * itself (resized 50–400 px, JPEG quality 40–95, cropped up to 10% per side, brightness/contrast ±10%,
 * mirrored half the time) and against every other photo's transformed copy. Ours (hash lookup +
 * verification, as the extension decides) at its fixed threshold; blockhash-core (256-bit) and a plain
 * 64-bit dHash at the best threshold that keeps their false-positive rate ≤ 0.1%.
 * Then: a lookup among 100,000 stored photos, multi-index vs linear scan.
 */
import { bmvbhash } from 'blockhash-core';
import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { PhotoIndex } from '../lib/photo/index';
import { PhotoMemory } from '../lib/photo/memory';
import { encodeHashes, HASH_DISTANCE, signature, type PhotoSignature } from '../lib/photo/signature';
import { photoSet } from './photo-data';
import { median } from './stats';
import { rng } from './random';

interface Pixels {
  data: Buffer;
  width: number;
  height: number;
}

async function decode(buf: Buffer): Promise<Pixels> {
  const { data, info } = await sharp(buf).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

async function transform(buf: Buffer, r: () => number, maxCrop: number): Promise<Buffer> {
  const m = await sharp(buf).metadata();
  const c = () => Math.floor(r() * maxCrop * m.width!);
  const [l, rt, t, b] = [c(), c(), c(), c()];
  let p = sharp(buf).extract({ left: l, top: t, width: m.width! - l - rt, height: m.height! - t - b });
  if (r() < 0.5) p = p.flop();
  const size = 50 + Math.floor(r() * 351);
  p = p.resize(size, size, { fit: 'fill' }).linear(0.9 + r() * 0.2, -10 + r() * 20);
  return p.jpeg({ quality: 40 + Math.floor(r() * 56) }).toBuffer();
}

/** Plain 64-bit dHash: 9×8 grey, one bit per horizontal neighbour comparison. */
async function dhash(buf: Buffer): Promise<bigint> {
  const px = await sharp(buf).greyscale().resize(9, 8, { fit: 'fill' }).raw().toBuffer();
  let h = 0n;
  for (let y = 0; y < 8; y++)
    for (let x = 0; x < 8; x++) h = (h << 1n) | (px[y * 9 + x]! < px[y * 9 + x + 1]! ? 1n : 0n);
  return h;
}

const popBig = (x: bigint) => {
  let n = 0;
  for (; x; x &= x - 1n) n++;
  return n;
};
const hexDistance = (a: string, b: string) => popBig(BigInt(`0x${a}`) ^ BigInt(`0x${b}`));

/** Recall at the largest threshold whose false-positive rate stays ≤ 0.1%. */
function calibrated(pos: number[], neg: number[]) {
  const sorted = [...neg].sort((a, b) => a - b);
  const allowed = Math.floor(sorted.length * 0.001);
  const threshold = (sorted[allowed] ?? Infinity) - 1; // distances ≤ threshold are matches
  const fp = neg.filter((d) => d <= threshold).length;
  return {
    recall: round(pos.filter((d) => d <= threshold).length / pos.length),
    false_positive_rate: round(fp / neg.length, 5),
    threshold,
  };
}

const round = (x: number, d = 3) => Math.round(x * 10 ** d) / 10 ** d;

export async function benchPhoto(log: (s: string) => void) {
  const files = await photoSet(log);
  const r = rng(20261127);
  const originals = files.map((f) => readFileSync(f));
  // One after another: the random transforms must not depend on the order async work finishes in.
  const variants: Buffer[] = [];
  for (const b of originals) variants.push(await transform(b, r, 0.1));
  const crop5: Buffer[] = [];
  for (const b of originals) crop5.push(await transform(b, r, 0.05));

  const hashMs: number[] = [];
  const ours = async (buf: Buffer): Promise<PhotoSignature> => {
    const px = await decode(buf);
    const t0 = performance.now();
    const s = signature(px.data, px.width, px.height);
    hashMs.push(performance.now() - t0);
    return s;
  };
  const stored = await Promise.all(originals.map(ours));
  const memory = new PhotoMemory();
  stored.forEach((s, i) =>
    memory.add({
      profileKey: String(i),
      site: 'bench',
      url: `https://bench.invalid/${i}`,
      photoUrl: `https://bench.invalid/${i}.jpg`,
      hashes: encodeHashes(s.stored, s.storedFlips),
      thumb: s.thumb,
      seenAt: '2026-01-01T00:00:00Z',
    }),
  );
  const n = originals.length;
  const oursOn = async (set: Buffer[]) => {
    let tp = 0;
    let fp = 0;
    for (let j = 0; j < n; j++) {
      const found = new Set(memory.matches(await ours(set[j]!), { profileKey: 'query' }).map((m) => m.url));
      if (found.has(`https://bench.invalid/${j}`)) tp++;
      fp += [...found].filter((u) => u !== `https://bench.invalid/${j}`).length;
    }
    return { recall: round(tp / n), false_positive_rate: round(fp / (n * (n - 1)), 5) };
  };
  const oursAll = await oursOn(variants);
  const oursCrop5 = await oursOn(crop5);

  // Baselines on the same pairs.
  const bh = async (buf: Buffer) => bmvbhash(await decode(buf), 16);
  const bhO = await Promise.all(originals.map(bh));
  const bhV = await Promise.all(variants.map(bh));
  const dhO = await Promise.all(originals.map(dhash));
  const dhV = await Promise.all(variants.map(dhash));
  const pairs = (dist: (i: number, j: number) => number) => {
    const pos: number[] = [];
    const neg: number[] = [];
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) (i === j ? pos : neg).push(dist(i, j));
    return calibrated(pos, neg);
  };
  const blockhash = pairs((i, j) => hexDistance(bhO[i]!, bhV[j]!));
  const dh = pairs((i, j) => popBig(dhO[i]! ^ dhV[j]!));

  // Lookup among 100,000 stored photos (7 hashes each, random), with the real photos among them.
  const N = 100_000;
  const index = new PhotoIndex<number>();
  const rr = rng(7);
  const rand = () => [(rr() * 2 ** 32) >>> 0, (rr() * 2 ** 32) >>> 0] as const;
  for (let i = 0; i < N - n; i++) index.add(n + i, Array.from({ length: stored[0]!.stored.length }, rand));
  stored.forEach((s, i) => index.add(i, s.stored));
  const queries = await Promise.all(variants.slice(0, 60).map((v) => ours(v)));
  const timed = (f: () => unknown) => {
    const t0 = performance.now();
    f();
    return performance.now() - t0;
  };
  for (const q of queries.slice(0, 5)) index.query(q.query, HASH_DISTANCE); // warm-up
  const queryMs = queries.map((q) => timed(() => index.query(q.query, HASH_DISTANCE)));
  const linearMs = queries.slice(0, 15).map((q) => timed(() => index.linearScan(q.query, HASH_DISTANCE)));

  return {
    photo: {
      photos: n,
      ours: { ...oursAll, crop5_recall: oursCrop5.recall, hash_ms_median: round(median(hashMs), 3) },
      blockhash,
      dhash: dh,
    },
    lookup: {
      n: N,
      stored_hashes: N * stored[0]!.stored.length,
      query_ms_median: round(median(queryMs), 2),
      linear_scan_ms_median: round(median(linearMs), 1),
    },
  };
}
