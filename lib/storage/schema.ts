/**
 * The local memory's shape (IndexedDB): its records, stores and indexes, its name and version, the key ranges
 * that tell own records from colleagues'. No code of the upgrades or the writes (lib/storage/db.ts): the history
 * page reads with this alone (lib/storage/history-store.ts), without the schemas and the fingerprinting.
 */
import type { DBSchema } from 'idb';
import type { Evidence } from '../i18n/evidence';
import type { Fingerprint } from '../memory/fingerprint';
import type { Profile } from '../profile';
import type { Finding } from '../rules/types';
import type { Level } from '../score';
import type { StoredTeamPrint } from '../team/match';
import type { ShareMode, TeamProfile } from '../team/records';

export const DB_NAME = 'red-flag-radar';
/** The number of upgrade steps in lib/storage/db.ts (MIGRATIONS; tests/storage.test.ts checks they agree). */
export const DB_VERSION = 5;

export interface StoredProfile {
  /** `<site>:<id>`, or `<site>:<url>` when the site shows no stable id. */
  key: string;
  site: string;
  url: string;
  profile: Profile;
  firstSeen: string;
  lastSeen: string;
  visits: number;
  level: Level;
  rules: string[];
  /** The findings of the last analysis, compact (titles and advice come from the rule id): for the evidence export. */
  findings?: StoredFinding[];
  /**
   * The last visit read the page in part: what it could not read (the reader's missing fields, said by
   * lib/read-gaps.ts). Absent: the page was read whole — the history and the exports never call a page read in part
   * "No red flags" alone.
   */
  unread?: string[];
  /** What the last visit could not check, as the panel listed it (lib/unchecked-lines.ts). */
  unchecked?: string[];
  /** The profile as it was on the visit before this one (for profile-changed). */
  previousVisit?: { seenAt: string; profile: Pick<Profile, 'name' | 'location' | 'timezone'> };
  /** The user's own notes ("verified on a video call on …"). */
  notes?: Note[];
  /** Findings the user dismissed, with the reason: an audit trail (a restore is recorded, not erased). */
  dismissals?: Dismissal[];
  /** When the user marked this person as trusted (absent: not trusted). */
  trustedAt?: string;
  /**
   * How the user verified the person ("video call, camera on, the face matched the photo"), given with the trust
   * mark and removed with it. Absent on marks made before it was asked for.
   */
  trustReason?: string;
}

export interface StoredFinding {
  rule: string;
  severity: Finding['severity'];
  /** Lines in no language (lib/i18n/evidence.ts); profiles remembered before keep the text as it was shown. */
  evidence: Evidence[];
  sources: string[];
}

export interface HistoryFilter {
  query?: string;
  site?: string;
  level?: Level;
  trusted?: boolean;
  notes?: boolean;
}

export interface Note {
  at: string;
  text: string;
}

export interface Dismissal {
  rule: string;
  reason: string;
  at: string;
  restoredAt?: string;
}

/** A photo seen on a profile (lib/photo): its hashes, its grey thumbnail and a small colour preview. */
export interface StoredPhoto {
  profileKey: string;
  site: string;
  name?: string;
  url: string;
  photoUrl: string;
  /** lib/photo/signature.ts encodeHashes. */
  hashes: string;
  thumb: Uint8Array;
  /** A 64 px JPEG data URL, shown beside the other profile's in a finding. */
  preview?: string;
  seenAt: string;
}

export interface RadarDB extends DBSchema {
  profiles: { key: string; value: StoredProfile; indexes: { bySite: string; byLastSeen: string } };
  photos: { key: string; value: StoredPhoto; indexes: { bySeen: string; byHashes: string } };
  /**
   * The own profiles' fingerprints (string keys) and, under `[id]`, colleagues' prints (lib/team/match.ts
   * StoredTeamPrint): one multi-entry index `byIx` of look-up keys for both.
   */
  fingerprints: { key: string | [string]; value: Fingerprint | StoredTeamPrint; indexes: { byIx: string } };
  settings: { key: string; value: unknown };
  /** Colleagues' profiles (issue 16, lib/team/records.ts), replicated from the team's database. */
  team: {
    key: string;
    value: TeamProfile;
    indexes: { bySeen: string; byKeyHash: string; byHashes: string; byModeSeen: [string, string] };
  };
}

/** The team's prints in the `fingerprints` store (every array key), and the own ones (every other key). */
export const teamPrints = () => IDBKeyRange.lowerBound([]);
export const ownPrints = () => IDBKeyRange.upperBound([], true);
/** Colleagues' records of one share mode, in the `byModeSeen` index. */
export const modeRange = (mode: ShareMode) => IDBKeyRange.bound([mode, ''], [mode, '\uffff']);
