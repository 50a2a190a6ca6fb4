/**
 * A photo's signature, what is stored of it: the hashes of its stored windows, a 32×32 grey thumbnail for
 * verification, and (computed again whenever the photo is seen) the hashes of its query windows.
 * Matching = a query hash within HASH_DISTANCE of a stored one, then `align` ≥ MATCH_SCORE.
 */
import { toGray, type Gray } from './gray';
import { queryWindows, storedWindows, windowHash, type Hash64 } from './hash';
import { MAX_DISTANCE, type Hit } from './index';
import { align, thumbnail } from './verify';

export const HASH_DISTANCE = MAX_DISTANCE;
/** Aligned correlation (the weaker of tones and edges) at which two photos are called the same. */
export const MATCH_SCORE = 0.8;

const STORED = storedWindows();
const QUERY = queryWindows();

export interface PhotoSignature {
  stored: (Hash64 | undefined)[];
  query: (Hash64 | undefined)[];
  thumb: Uint8Array;
}

export function signatureOfGray(gray: Gray): PhotoSignature {
  return {
    stored: STORED.map((w) => windowHash(gray, w)),
    query: QUERY.map((w) => windowHash(gray, w)),
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

/** Confirms a hash hit between a query photo and a stored one; returns the aligned correlation. */
export function verify(hit: Pick<Hit<unknown>, 'stored' | 'query'>, storedThumb: Uint8Array, queryThumb: Uint8Array) {
  const s = STORED[hit.stored]!;
  const q = QUERY[hit.query]!;
  return align(storedThumb, queryThumb, { cx: q.cx, cy: q.cy, kx: q.wx / s.wx, ky: q.wy / s.wy, mirror: q.mirror })
    .score;
}

/** Stored hashes as text (IndexedDB, export files): 16 hex digits each, "-" for a plain window. */
export function encodeHashes(hashes: readonly (Hash64 | undefined)[]): string {
  return hashes
    .map((h) => (h ? h[0].toString(16).padStart(8, '0') + h[1].toString(16).padStart(8, '0') : '-'))
    .join(',');
}

export function decodeHashes(text: string): (Hash64 | undefined)[] {
  return text.split(',').map((s) => {
    if (!/^[0-9a-f]{16}$/.test(s)) return undefined;
    return [parseInt(s.slice(0, 8), 16) >>> 0, parseInt(s.slice(8), 16) >>> 0] as const;
  });
}
