/**
 * Our avatar hash. Marketplaces crop, rescale, re-encode and sometimes mirror the same photo, and common
 * perceptual hashes lose most matches once a photo is cropped by a few per cent. So a photo is compared
 * through windows, not as a whole:
 *
 * - stored side: the central window (WINDOW of each axis) at SCALES per axis (cropping up to 10% per side
 *   shrinks an axis to 80–100%: the scales cover that and a little beyond);
 * - query side: a window of the same size at SHIFTS per axis (an uneven crop moves the centre by up to
 *   ±5.6%).
 * Hashes are mirror-canonical (windowHash), so a mirrored photo needs no windows of its own.
 * The grid was chosen on the benchmark's photos (bench/photo.ts), trading recall under 10% crops against
 * the number of hashes: 7 stored, 9 per query (a few more where the mirror form is ambiguous).
 *
 * Each window yields a 63-bit DCT sign hash (the signs of the 8×8 lowest frequencies but DC of a 32×32
 * resampling). One of the store×query pairs lines up to within a few per cent, where the low frequencies
 * barely change. Candidates found through these hashes are then confirmed by `verify` (alignment + NCC).
 */
import { GRID, bilinear, type Gray } from './gray';

export const WINDOW = 0.7;
export const SCALES = [0.84, 0.94, 1.06] as const;
export const SHIFTS = [0.45, 0.5, 0.55] as const;
const N = 32;
const K = 8;
/** Below this AC energy a window is too plain (a blank wall, a blown-out lamp) to say anything. */
const MIN_ENERGY = 2;

/** A 64-bit hash as two unsigned 32-bit halves. */
export type Hash64 = readonly [hi: number, lo: number];

export interface Window {
  cx: number;
  cy: number;
  /** Width and height of the window as fractions of the photo. */
  wx: number;
  wy: number;
  mirror: boolean;
}

const COS: Float32Array[] = Array.from({ length: K }, (_, u) =>
  Float32Array.from({ length: N }, (_, x) => Math.cos((Math.PI * u * (x + 0.5)) / N)),
);

export function sampleWindow(gray: Gray, w: Window, size = N): Float32Array {
  const out = new Float32Array(size * size);
  for (let j = 0; j < size; j++) {
    const fy = (w.cy + ((j + 0.5) / size - 0.5) * w.wy) * GRID - 0.5;
    for (let i = 0; i < size; i++) {
      let fx = (w.cx + ((i + 0.5) / size - 0.5) * w.wx) * GRID - 0.5;
      if (w.mirror) fx = GRID - 1 - fx;
      out[j * size + i] = bilinear(gray, GRID, GRID, fx, fy);
    }
  }
  return out;
}

/** Bits of the coefficients with an odd horizontal frequency: the ones a left-right mirror negates. */
const ODD: Hash64 = (() => {
  let hi = 0;
  let lo = 0;
  let bit = 0;
  for (let v = 0; v < K; v++)
    for (let u = 0; u < K; u++) {
      if (u === 0 && v === 0) continue;
      if (u % 2) {
        if (bit < 32) hi |= 1 << bit;
        else lo |= 1 << (bit - 32);
      }
      bit++;
    }
  return [hi >>> 0, lo >>> 0];
})();

export interface WindowHash {
  hash: Hash64;
  /** The hash was mirrored into its canonical form. */
  flipped: boolean;
  /** The coefficient that decides the form is near zero: the other form is as likely. */
  ambiguous: boolean;
}

export const mirrored = (h: Hash64): Hash64 => [(h[0] ^ ODD[0]) >>> 0, (h[1] ^ ODD[1]) >>> 0];

/**
 * The 63-bit hash of one window in mirror-canonical form, or undefined when the window is too plain to
 * compare. A mirrored photo negates the coefficients of odd horizontal frequency; the form whose first of
 * them, (1,0), is positive is kept — so a photo and its mirror image hash alike, and the query needs no
 * mirrored windows of its own.
 */
export function windowHash(gray: Gray, w: Window): WindowHash | undefined {
  const raw = rawWindowHash(gray, w);
  if (!raw) return undefined;
  const flipped = (raw.hash[0] & 1) === 0;
  return { hash: flipped ? mirrored(raw.hash) : raw.hash, flipped, ambiguous: raw.ambiguous };
}

function rawWindowHash(gray: Gray, w: Window): { hash: Hash64; ambiguous: boolean } | undefined {
  const s = sampleWindow(gray, w);
  const rows = new Float32Array(K * N);
  for (let u = 0; u < K; u++) {
    const cu = COS[u]!;
    for (let j = 0; j < N; j++) {
      let a = 0;
      for (let i = 0; i < N; i++) a += s[j * N + i]! * cu[i]!;
      rows[u * N + j] = a;
    }
  }
  let hi = 0;
  let lo = 0;
  let energy = 0;
  let bit = 0;
  let first = 0;
  for (let v = 0; v < K; v++) {
    const cv = COS[v]!;
    for (let u = 0; u < K; u++) {
      if (u === 0 && v === 0) continue;
      let c = 0;
      for (let j = 0; j < N; j++) c += rows[u * N + j]! * cv[j]!;
      energy += c * c;
      if (bit === 0) first = c;
      if (c > 0) {
        if (bit < 32) hi |= 1 << bit;
        else lo |= 1 << (bit - 32);
      }
      bit++;
    }
  }
  if (Math.sqrt(energy) / (N * N) < MIN_ENERGY) return undefined;
  return { hash: [hi >>> 0, lo >>> 0], ambiguous: Math.abs(first) < 0.25 * Math.sqrt(energy / 63) };
}

export function storedWindows(): Window[] {
  // Every pair of scales but the two extremes (one axis cut 20%, the other not at all): 7 windows. Dropping
  // them cost no recall on the benchmark and saves a fifth of the lookup.
  return SCALES.flatMap((sx, i) =>
    SCALES.flatMap((sy, j) =>
      Math.abs(i - j) > 1 ? [] : [{ cx: 0.5, cy: 0.5, wx: WINDOW * sx, wy: WINDOW * sy, mirror: false }],
    ),
  );
}

export function queryWindows(): Window[] {
  return SHIFTS.flatMap((cx) => SHIFTS.map((cy) => ({ cx, cy, wx: WINDOW, wy: WINDOW, mirror: false })));
}

export function popcount32(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

export function hamming(a: Hash64, b: Hash64): number {
  return popcount32((a[0] ^ b[0]) >>> 0) + popcount32((a[1] ^ b[1]) >>> 0);
}
