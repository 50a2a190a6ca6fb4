/**
 * A photo's signature, what is stored of it: the hashes of its stored windows, a 32×32 grey thumbnail for
 * verification, and (computed again whenever the photo is seen) the hashes of its query windows.
 * Matching = a query hash within HASH_DISTANCE of a stored one, then `align` ≥ MATCH_SCORE.
 */
import { toGray, type Gray } from './gray';
import { mirrored, queryWindows, storedWindows, windowHash, type Hash64, type Window } from './hash';
import { MAX_DISTANCE, type Hit } from './index';
import { align, thumbnail } from './verify';

export const HASH_DISTANCE = MAX_DISTANCE;
/** Aligned correlation (the weaker of tones and edges) at which two photos are called the same. */
export const MATCH_SCORE = 0.8;

const STORED = storedWindows();
const QUERY = queryWindows();

export interface PhotoSignature {
  stored: (Hash64 | undefined)[];
  /** Per stored hash: mirrored into canonical form. */
  storedFlips: boolean[];
  query: Hash64[];
  /** Per query hash: its window, and whether it was mirrored into canonical form. */
  queryInfo: { window: Window; flipped: boolean }[];
  thumb: Uint8Array;
}

export function signatureOfGray(gray: Gray): PhotoSignature {
  const stored = STORED.map((w) => windowHash(gray, w));
  const query: Hash64[] = [];
  const queryInfo: PhotoSignature['queryInfo'] = [];
  for (const w of QUERY) {
    const h = windowHash(gray, w);
    if (!h) continue;
    query.push(h.hash);
    queryInfo.push({ window: w, flipped: h.flipped });
    // Near the tie, a re-encoded copy may land in the other form: ask with both.
    if (h.ambiguous) {
      query.push(mirrored(h.hash));
      queryInfo.push({ window: w, flipped: !h.flipped });
    }
  }
  return {
    stored: stored.map((h) => h?.hash),
    storedFlips: stored.map((h) => h?.flipped ?? false),
    query,
    queryInfo,
    thumb: thumbnail(gray),
  };
}

export function signature(rgba: ArrayLike<number>, width: number, height: number, channels = 4): PhotoSignature {
  return signatureOfGray(toGray(rgba, width, height, channels));
}

/** Whether the photo has enough in it to be compared at all (a blank or one-colour avatar has not). */
export function comparable(sig: Pick<PhotoSignature, 'stored'>): boolean {
  return sig.stored.some(Boolean);
}

/**
 * Confirms a hash hit between a query photo and a stored one; returns the aligned correlation. When exactly
 * one of the two hashes was mirrored into canonical form, the photos are mirror images of each other.
 */
export function verify(
  hit: Pick<Hit<unknown>, 'stored' | 'query'>,
  storedFlips: readonly boolean[],
  storedThumb: Uint8Array,
  sig: Pick<PhotoSignature, 'queryInfo' | 'thumb'>,
) {
  const s = STORED[hit.stored]!;
  const q = sig.queryInfo[hit.query]!;
  const mirror = (storedFlips[hit.stored] ?? false) !== q.flipped;
  const cx = mirror ? 1 - q.window.cx : q.window.cx;
  return align(storedThumb, sig.thumb, { cx, cy: q.window.cy, kx: q.window.wx / s.wx, ky: q.window.wy / s.wy, mirror })
    .score;
}

/** Stored hashes as text (IndexedDB, export files): 16 hex digits each (+ "m" when mirrored), "-" for a plain window. */
export function encodeHashes(hashes: readonly (Hash64 | undefined)[], flips: readonly boolean[] = []): string {
  return hashes
    .map((h, i) =>
      h ? h[0].toString(16).padStart(8, '0') + h[1].toString(16).padStart(8, '0') + (flips[i] ? 'm' : '') : '-',
    )
    .join(',');
}

export function decodeHashes(text: string): (Hash64 | undefined)[] {
  return text.split(',').map((s) => {
    if (!/^[0-9a-f]{16}m?$/.test(s)) return undefined;
    return [parseInt(s.slice(0, 8), 16) >>> 0, parseInt(s.slice(8, 16), 16) >>> 0] as const;
  });
}

export function decodeFlips(text: string): boolean[] {
  return text.split(',').map((s) => s.endsWith('m'));
}
