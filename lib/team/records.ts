/**
 * One colleague's profile as this browser keeps it (issue 16): what a recruiter shares of a profile they saw,
 * in one of two modes. 'full' shares the name, address, findings and the fingerprint; 'hashes' shares only
 * what matching needs — the text MinHash (not reversible to words), contacts, reviewer names, the profile's
 * key and its name as salted hashes (HMAC-SHA-256 with the team's salt), and the photo's window hashes — so a
 * finding can say "seen by a colleague under another name" and nothing more. The replication side
 * (lib/team/… by the sync code) validates wire documents and converts them to this shape.
 */
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { base64, base64urlnopad } from '@scure/base';
import { nameWords } from '../photo/names';
import type { Profile } from '../profile';
import type { Level } from '../score';
import type { Fingerprint } from '../memory/fingerprint';
import { snapshot, type StoredFinding, type StoredPhoto, type StoredProfile } from '../storage/db';

export type ShareMode = 'full' | 'hashes';

export interface TeamProfile {
  /** `<recruiterId>:<keyHash>`: one document per recruiter and profile. */
  id: string;
  recruiterId: string;
  /** The colleague's display name, as they chose it (shown as text). */
  recruiter?: string;
  /** When the colleague last saw the profile (ISO 8601). */
  seenAt: string;
  /** The marketplace (lib/sites id). */
  site: string;
  mode: ShareMode;
  /** teamHash(salt, profile key): the same profile seen by two recruiters has the same keyHash. */
  keyHash: string;
  /** teamHash(salt, nameKey(name)): "under another name" without the name. */
  nameHash?: string;
  /** Full mode only: the profile's key (`<site>:<id>`), name, address, how it looked and the findings. */
  key?: string;
  name?: string;
  url?: string;
  look?: Pick<Profile, 'name' | 'location' | 'timezone'>;
  findings?: StoredFinding[];
  /** Full mode: the level the colleague's browser gave the profile (after their dismissals), as the history shows it. */
  level?: Level;
  /** Full mode: the colleague's page was read in part — what it could not read (StoredProfile `unread`). */
  unread?: string[];
  /** MinHash of title + bio (lib/memory/fingerprint.ts), both modes. */
  minhash?: Uint16Array;
  /** Normalised contacts (`telegram:alice_dev`) in full mode; `h:<teamHash>` of the same in hashes mode. */
  contacts: string[];
  /** Top ratings: the client lower-cased (full) or `h:<teamHash>` of it (hashes), with the date. */
  reviews: { client: string; date: string }[];
  /** The photo: window hashes (lib/photo/signature.ts encodeHashes) and, to verify a hit, the 32×32 grey thumbnail. */
  photo?: { hashes: string; thumb?: Uint8Array; preview?: string };
  /** Set by the store (lib/team/store.ts): the look-up keys of its multi-entry index. */
  ix?: string[];
}

/** What this browser needs to make and to match team records. */
export interface TeamIdentity {
  recruiterId: string;
  recruiter?: string;
  mode: ShareMode;
  /** The team's shared secret (every member the same), so hashes match across the team and not outside it. */
  salt: string;
}

const enc = new TextEncoder();

/** HMAC-SHA-256 of `value` keyed by the team's salt, 128 bits, base64url: the same in every member's browser. */
export function teamHash(salt: string, value: string): string {
  const key = salt ? enc.encode(salt) : sha256(enc.encode('red-flag-radar'));
  return base64urlnopad.encode(hmac(sha256, key, enc.encode(value)).subarray(0, 16));
}

/**
 * A name as lib/photo/names.ts compares them: accents, case and punctuation do not count, and a last name
 * counts by its initial ("Anna K." on Upwork is "Anna Kowalski" on LinkedIn). Its hash (nameHash) tells
 * "under another name" without the name.
 */
export function nameKey(name: string): string {
  const words = nameWords(name);
  return words.length > 1 ? `${words[0]} ${words[words.length - 1]![0]}` : (words[0] ?? '');
}

export const hashedContact = (salt: string, contact: string) => `h:${teamHash(salt, contact)}`;

/** The record this browser shares of one of its own profiles (the caller decides what to share). */
export function buildTeamProfile(
  entry: StoredProfile,
  print: Fingerprint,
  photo: StoredPhoto | undefined,
  who: TeamIdentity,
): TeamProfile {
  const { salt, mode } = who;
  const keyHash = teamHash(salt, entry.key);
  const name = entry.profile.name;
  const full = mode === 'full';
  return {
    id: `${who.recruiterId}:${keyHash}`,
    recruiterId: who.recruiterId,
    ...(who.recruiter ? { recruiter: who.recruiter } : {}),
    seenAt: entry.lastSeen,
    site: entry.site,
    mode,
    keyHash,
    ...(name ? { nameHash: teamHash(salt, nameKey(name)) } : {}),
    ...(full
      ? {
          key: entry.key,
          ...(name ? { name } : {}),
          url: entry.url,
          look: snapshot(entry.profile),
          ...(entry.findings ? { findings: entry.findings } : {}),
          level: entry.level,
          ...(entry.unread ? { unread: entry.unread } : {}),
        }
      : {}),
    ...(print.minhash ? { minhash: print.minhash } : {}),
    contacts: full ? [...print.contacts] : print.contacts.map((c) => hashedContact(salt, c)),
    reviews: print.topReviews.map((r) => ({ client: full ? r.client : hashedContact(salt, r.client), date: r.date })),
    ...(photo
      ? {
          photo: {
            hashes: photo.hashes,
            // The thumbnail verifies a hash hit (lib/photo/verify.ts); hashes mode shares no picture at all.
            ...(full ? { thumb: photo.thumb, ...(photo.preview ? { preview: photo.preview } : {}) } : {}),
          },
        }
      : {}),
  };
}

/** Wire helpers for the replication side: a MinHash as 256 hex digits, a thumbnail as base64. */
export const minhashToText = (m: Uint16Array) => Array.from(m, (x) => x.toString(16).padStart(4, '0')).join('');
export function minhashFromText(s: string): Uint16Array | undefined {
  if (!/^[0-9a-f]{256}$/.test(s)) return undefined;
  return Uint16Array.from({ length: 64 }, (_, i) => parseInt(s.slice(i * 4, i * 4 + 4), 16));
}
export const thumbToText = (t: Uint8Array) => base64.encode(t);
export function thumbFromText(s: string): Uint8Array | undefined {
  try {
    const t = base64.decode(s);
    return t.length === 32 * 32 ? t : undefined;
  } catch {
    return undefined;
  }
}
