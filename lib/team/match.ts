/**
 * Colleagues' records in the cross-profile check (issue 16). A record joins the check as a fingerprint under a
 * key of its own (`<site>:@team:<id>`, so siteOf still gives its site); hashes-mode records hold salted
 * hashes of contacts and reviewers, so the profile looked at asks with both its plain values and their
 * hashes, and a hit on a hash is reported as the plain value it came from (`alias`).
 */
import type { Fingerprint } from '../memory/fingerprint';
import { lookupKeys } from '../memory/lookup';
import type { Profile } from '../profile';
import type { TeamSeen } from '../rules/types';
import { hashedContact, nameKey, teamHash, type TeamProfile } from './records';

export const TEAM_KEY = '@team:';

/**
 * What a check reads of a colleague's record: no findings, thumbnail or preview, so that reading the candidates
 * of one check stays cheap with 100,000 records (bench/team.ts).
 */
export type TeamPrint = Pick<
  TeamProfile,
  'id' | 'recruiterId' | 'recruiter' | 'seenAt' | 'site' | 'mode' | 'keyHash' | 'nameHash' | 'name' | 'url'
> &
  Pick<TeamProfile, 'minhash' | 'contacts' | 'reviews' | 'ix'>;

export function teamPrintOf(t: TeamProfile): TeamPrint {
  const print: TeamPrint = { ...t, ix: teamLookupKeys(t) };
  for (const heavy of ['key', 'look', 'findings', 'photo'] as const) delete (print as Partial<TeamProfile>)[heavy];
  return print;
}

/**
 * A colleague's print as stored beside the own fingerprints, in the `fingerprints` store (one multi-entry index
 * `byIx` for both: one look-up per key, not two): under the key `[id]`. An array key sorts after every string, so
 * the own fingerprints (string keys) and the team's are two key ranges that no imported key can cross.
 */
export type StoredTeamPrint = TeamPrint & { key: [string] };
export const teamPrintKey = (id: string): [string] => [id];
export const storedTeamPrint = (t: TeamProfile): StoredTeamPrint => ({ ...teamPrintOf(t), key: teamPrintKey(t.id) });
export const isTeamPrint = (r: object): r is StoredTeamPrint => Array.isArray((r as { key?: unknown }).key);
export function teamPrintOfStored(r: StoredTeamPrint): TeamPrint {
  const print: Partial<StoredTeamPrint> = { ...r };
  delete print.key;
  return print as TeamPrint;
}
/** The team's prints in the `fingerprints` store (every array key), and the own ones (every other key). */
export { ownPrints, teamPrints } from '../storage/schema';

export const teamMemoryKey = (t: Pick<TeamProfile, 'site' | 'id'>) => `${t.site}:${TEAM_KEY}${t.id}`;
export const isTeamKey = (key: string) => key.includes(`:${TEAM_KEY}`);

/** A colleague's record as the cross-profile memory reads it. */
export function teamPrint(t: TeamPrint): Fingerprint {
  return {
    key: teamMemoryKey(t),
    ...(t.mode === 'full' && t.name ? { name: t.name } : {}),
    url: t.mode === 'full' ? (t.url ?? '') : '',
    seenAt: t.seenAt,
    ...(t.minhash ? { minhash: t.minhash } : {}),
    contacts: t.contacts,
    topReviews: t.reviews,
  };
}

/** The look-up keys of a colleague's record (its contacts and reviewers as shared: plain or hashed). */
export const teamLookupKeys = (t: Pick<TeamProfile, 'minhash' | 'contacts' | 'reviews' | 'site'>) =>
  lookupKeys({ minhash: t.minhash, contacts: t.contacts, topReviews: t.reviews }, t.site);

export interface TeamQuery {
  /** The profile's print with the hashes of its contacts and reviewers added. */
  print: Fingerprint;
  /** `h:…` → the plain contact or client it is the hash of. */
  alias: Map<string, string>;
  keys: string[];
  keyHash: string;
  nameHash?: string;
}

export function teamQuery(print: Fingerprint, profile: Pick<Profile, 'site' | 'name'>, salt: string): TeamQuery {
  const alias = new Map<string, string>();
  const hashed = (v: string) => {
    const h = hashedContact(salt, v);
    alias.set(h, v);
    return h;
  };
  const q: Fingerprint = {
    ...print,
    contacts: [...print.contacts, ...print.contacts.map(hashed)],
    topReviews: [...print.topReviews, ...print.topReviews.map((r) => ({ client: hashed(r.client), date: r.date }))],
  };
  return {
    print: q,
    alias,
    keys: lookupKeys(q, profile.site),
    keyHash: teamHash(salt, print.key),
    ...(profile.name ? { nameHash: teamHash(salt, nameKey(profile.name)) } : {}),
  };
}

/** How a finding names a colleague's record; `sameName` from the name hashes when the name is not shared. */
export function teamSeen(
  t: Pick<TeamProfile, 'recruiter' | 'mode' | 'nameHash'>,
  nameHash: string | undefined,
): TeamSeen & { sameName?: boolean } {
  return {
    ...(t.recruiter ? { recruiter: t.recruiter } : {}),
    hidden: t.mode === 'hashes',
    ...(t.mode === 'hashes' && t.nameHash && nameHash ? { sameName: t.nameHash === nameHash } : {}),
  };
}
