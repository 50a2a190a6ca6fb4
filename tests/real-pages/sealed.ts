/**
 * The exact read of a real saved page, as its expectation file holds it. The real pages are other people's:
 * their name, free text, photo address, websites and reviewers' words are not copied into this repository
 * (../shared/fixtures-real/README.md). Those values are held by digest — `sha256:<16 hex>/<length>` of the
 * exact string — so the comparison stays exact; every other value (title, place, dates, counts, skills,
 * employers, schools) is held as it is.
 */
import { createHash } from 'node:crypto';

const SEALED = new Set(['name', 'bio', 'photoUrl', 'links', 'reviews.text', 'reviews.client']);

export const seal = (s: string): string =>
  `sha256:${createHash('sha256').update(s).digest('hex').slice(0, 16)}/${s.length}`;

/**
 * A read (`{ status, missing, profile }`) with the profile's sealed fields replaced by their digests; `path`
 * is the field's place in the profile ("reviews.text"; list indexes left out).
 */
export function sealed(value: unknown, path = ''): unknown {
  if (typeof value === 'string') return SEALED.has(path) ? seal(value) : value;
  if (Array.isArray(value)) return value.map((v) => sealed(v, path));
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [
        k,
        sealed(v, path === '' && k === 'profile' ? '' : path ? `${path}.${k}` : k),
      ]),
    );
  return value;
}
