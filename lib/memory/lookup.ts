/**
 * The cross-profile indexes kept in IndexedDB (issue 16): each fingerprint and each colleague's record carries
 * its look-up keys — LSH bands of its text, its contacts, its top-rating clients per site — in a multi-entry
 * index, so a check reads the few records that share a key instead of loading every fingerprint when the
 * service worker wakes (2.8–4.7 s with 20,000 profiles, measured 2026-12-01; bench/team.ts).
 */
import { bandKeys, siteOf, type Fingerprint } from './fingerprint';

type Keyed = Pick<Fingerprint, 'minhash' | 'contacts' | 'topReviews'>;

export function lookupKeys(fp: Keyed, site: string): string[] {
  return [
    ...new Set([
      ...(fp.minhash ? bandKeys(fp.minhash).map((b) => `b${b}`) : []),
      ...fp.contacts.map((c) => `c${c}`),
      ...fp.topReviews.map((r) => `r${site}|${r.client}`),
    ]),
  ];
}

/** A fingerprint as stored: with its look-up keys (`ix`, a multi-entry index). */
export const indexed = (fp: Fingerprint): Fingerprint => ({ ...fp, ix: lookupKeys(fp, siteOf(fp)) });
