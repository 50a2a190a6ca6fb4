/**
 * A string of its own for a cache's key: a slice of 13 characters or more is, in V8, a view of the whole string it was cut
 * from, and a cache keyed by sentences or words of page text kept whole messages alive (0.7 MB for each part of a page scan,
 * a heap crash after ~1,400 of them — a hostile-input probe of the thirty-sixth session). Joined to a space and cut again,
 * V8 copies it.
 */
export const ownCopy = (s: string): string => (s.length > 12 ? (s + ' ').slice(0, -1) : s);
