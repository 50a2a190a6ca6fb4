/**
 * Confirms a candidate pair found through the hashes: aligns the two thumbnails (shift and scale per axis,
 * mirrored or not) by a small pattern search and measures normalised cross-correlation. Different photos
 * that share a rough layout (sky above, grass below) get past a 64-bit hash now and then; they do not
 * correlate at 0.9 once aligned.
 */
import { bilinear, GRID, type Gray } from './gray';

export const THUMB = 32;
const SAMPLES = 16;
/** The part of the stored photo compared: what a crop of up to 10% per side leaves of it in all cases. */
const INNER = [0.15, 0.85] as const;

export function thumbnail(gray: Gray): Uint8Array {
  const out = new Uint8Array(THUMB * THUMB);
  const f = GRID / THUMB;
  for (let y = 0; y < THUMB; y++)
    for (let x = 0; x < THUMB; x++) {
      let s = 0;
      for (let dy = 0; dy < f; dy++) for (let dx = 0; dx < f; dx++) s += gray[(y * f + dy) * GRID + x * f + dx]!;
      out[y * THUMB + x] = Math.round(s / (f * f));
    }
  return out;
}

/** Per axis, a point p of the stored photo is q = c + (p - 0.5) * k in the other one. */
export interface Alignment {
  cx: number;
  kx: number;
  cy: number;
  ky: number;
  mirror: boolean;
}

const GRIDPTS = Float32Array.from(
  { length: SAMPLES },
  (_, i) => INNER[0] + ((i + 0.5) / SAMPLES) * (INNER[1] - INNER[0]),
);

const MIN_TONE = 3;
const MIN_DETAIL = 1;

function normalised(values: Float32Array, minSd: number): Float32Array | undefined {
  let mean = 0;
  for (const v of values) mean += v;
  mean /= values.length;
  let ss = 0;
  for (let i = 0; i < values.length; i++) {
    values[i] = values[i]! - mean;
    ss += values[i]! * values[i]!;
  }
  const sd = Math.sqrt(ss / values.length);
  if (sd < minSd) return undefined; // too plain to say anything
  for (let i = 0; i < values.length; i++) values[i] = values[i]! / sd;
  return values;
}

interface Reference {
  tone: Float32Array;
  detail: Float32Array;
}

/** Differences between neighbouring samples: the photo's edges, which a smooth gradient does not have. */
function differences(v: Float32Array): Float32Array {
  const out = new Float32Array(2 * SAMPLES * (SAMPLES - 1));
  let k = 0;
  for (let j = 0; j < SAMPLES; j++)
    for (let i = 0; i + 1 < SAMPLES; i++) {
      out[k++] = v[j * SAMPLES + i + 1]! - v[j * SAMPLES + i]!;
      out[k++] = v[(i + 1) * SAMPLES + j]! - v[i * SAMPLES + j]!;
    }
  return out;
}

function reference(stored: Uint8Array): Reference | undefined {
  const out = new Float32Array(SAMPLES * SAMPLES);
  for (let j = 0; j < SAMPLES; j++)
    for (let i = 0; i < SAMPLES; i++)
      out[j * SAMPLES + i] = bilinear(stored, THUMB, THUMB, GRIDPTS[i]! * THUMB - 0.5, GRIDPTS[j]! * THUMB - 0.5);
  const detail = normalised(differences(out), MIN_DETAIL);
  const tone = normalised(out, MIN_TONE);
  return tone && detail ? { tone, detail } : undefined;
}

function dot(a: Float32Array, b: Float32Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s / a.length;
}

/** The weaker of the two correlations: tones and edges must both agree. */
function correlation(ref: Reference, other: Uint8Array, a: Alignment): number {
  const vals = new Float32Array(SAMPLES * SAMPLES);
  for (let j = 0; j < SAMPLES; j++) {
    const qy = a.cy + (GRIDPTS[j]! - 0.5) * a.ky;
    for (let i = 0; i < SAMPLES; i++) {
      let qx = a.cx + (GRIDPTS[i]! - 0.5) * a.kx;
      if (a.mirror) qx = 1 - qx;
      vals[j * SAMPLES + i] = bilinear(other, THUMB, THUMB, qx * THUMB - 0.5, qy * THUMB - 0.5);
    }
  }
  const detail = normalised(differences(vals), MIN_DETAIL);
  const tone = normalised(vals, MIN_TONE);
  if (!tone || !detail) return 0;
  return Math.min(dot(tone, ref.tone), dot(detail, ref.detail));
}

/** The best correlation found from a starting alignment, and the alignment that gave it. */
export function align(stored: Uint8Array, other: Uint8Array, start: Alignment): { score: number; at: Alignment } {
  const ref = reference(stored);
  if (!ref) return { score: 0, at: start };
  let at = start;
  let score = correlation(ref, other, at);
  for (let step = 1; step <= 4; step++) {
    const ds = 0.03 / step;
    const dk = 0.06 / step;
    let improved = true;
    while (improved) {
      improved = false;
      for (const [key, d] of [
        ['cx', ds],
        ['cx', -ds],
        ['cy', ds],
        ['cy', -ds],
        ['kx', dk],
        ['kx', -dk],
        ['ky', dk],
        ['ky', -dk],
      ] as const) {
        const next = { ...at, [key]: at[key] + d };
        if (next.kx < 0.7 || next.kx > 1.4 || next.ky < 0.7 || next.ky > 1.4) continue;
        const s = correlation(ref, other, next);
        if (s > score + 1e-4) {
          score = s;
          at = next;
          improved = true;
        }
      }
    }
  }
  return { score, at };
}
