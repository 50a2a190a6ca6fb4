/**
 * The team document: one colleague's record of one profile (lib/team/records.ts) as JSON on the CouchDB server.
 * Binary parts travel as text (MinHash as hex, the grey thumbnail as base64). What comes IN is validated with the
 * same schemas as a memory import (lib/export/memory.ts) and capped: a hostile team database cannot inject markup
 * (every string is only ever rendered as text, and addresses must be http(s)), cannot make us store more than a few
 * KB per record, and cannot smuggle names or text into a record that says it shares hashes only.
 */
import { z } from 'zod';
import { onSitePage } from '../sites/pages';
import { DismissalSchema, iso, NoteSchema, Snapshot, StoredFindingSchema, TrustReasonSchema } from '../export/memory';
import type { Dismissal, Note } from '../storage/db';
import {
  minhashFromText,
  minhashToText,
  thumbFromText,
  thumbToText,
  type ShareMode,
  type TeamProfile,
} from './records';

export const DOC_TYPE = 'rfr-profile';
/** A document longer than this (as JSON) is refused whatever it holds: a full record is 2–6 KB. */
export const MAX_DOC_CHARS = 48_000;
export const MAX_CONTACTS = 50;
export const MAX_REVIEWS = 50;
export const MAX_FINDINGS = 40;
export const MAX_NOTES = 50;
export const MAX_DISMISSALS = 40;
export const MAX_TRUST_REASON = 2000;

/** What a record carries besides the profile: the recruiter's notes and marks (full mode only: they are free text). */
export interface TeamExtras {
  notes?: Note[];
  dismissals?: Dismissal[];
  trustedAt?: string;
  /** How the recruiter verified the person, with `trustedAt` (absent on marks made before it was asked for). */
  trustReason?: string;
}
export type TeamRecord = TeamProfile & TeamExtras;

/** A CouchDB user name (one per recruiter): no colon (it separates the id), nothing reserved (`_…`). */
const RecruiterId = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[\p{L}\p{N}][\p{L}\p{N}._@+-]*$/u);
const Hash = z.string().regex(/^[A-Za-z0-9_-]{22}$/);
const HashedOrPlain = z.string().min(1).max(300);
const WebUrl = z
  .string()
  .max(2048)
  .refine((u) => /^https?:\/\//i.test(u) && URL.canParse(u), 'not a web address');
const Preview = z
  .string()
  .max(12_000)
  .regex(/^data:image\/(?:jpeg|png|webp);base64,[A-Za-z0-9+/=]+$/);
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}(?:T[\d:.]+Z?)?$/);

const WireDoc = z
  .object({
    _id: z.string().max(130),
    _rev: z.string().max(100).optional(),
    _conflicts: z.array(z.string().max(100)).max(100).optional(),
    type: z.literal(DOC_TYPE),
    v: z.literal(1),
    recruiterId: RecruiterId,
    recruiter: z.string().max(80).optional(),
    seenAt: iso,
    site: z
      .string()
      .max(40)
      .regex(/^[a-z][a-z0-9-]*$/),
    mode: z.enum(['full', 'hashes']),
    keyHash: Hash,
    nameHash: Hash.optional(),
    key: z.string().max(300).optional(),
    name: z.string().max(200).optional(),
    url: WebUrl.optional(),
    look: Snapshot.optional(),
    findings: z.array(StoredFindingSchema).max(MAX_FINDINGS).optional(),
    level: z.enum(['none', 'low', 'medium', 'high']).optional(),
    // (a page read in part: what the colleague's visit could not read — the reader's field names)
    unread: z.array(z.string().max(100)).max(50).optional(),
    minhash: z
      .string()
      .regex(/^[0-9a-f]{256}$/)
      .optional(),
    contacts: z.array(HashedOrPlain).max(MAX_CONTACTS),
    reviews: z.array(z.strictObject({ client: HashedOrPlain, date: Day })).max(MAX_REVIEWS),
    photo: z
      .strictObject({
        hashes: z.string().max(200),
        thumb: z.string().max(1400).optional(),
        preview: Preview.optional(),
      })
      .optional(),
    notes: z
      .array(NoteSchema.extend({ text: z.string().max(2000) }))
      .max(MAX_NOTES)
      .optional(),
    dismissals: z.array(DismissalSchema).max(MAX_DISMISSALS).optional(),
    trustedAt: iso.optional(),
    trustReason: TrustReasonSchema.optional(),
    /** When the recruiter's browser last wrote it: of two conflicting revisions, the later one's mark wins. */
    updatedAt: iso.optional(),
  })
  // CouchDB adds `_revisions`, `_attachments` … on request; nothing else is kept.
  .strip()
  // The profile's address and key are of the record's own site (hostile20: a look-alike host was linked by the
  // record's name in the team list).
  .refine((d) => d.url === undefined || onSitePage(d.site, d.url), { path: ['url'], message: 'not on the site' })
  .refine((d) => d.key === undefined || d.key.startsWith(`${d.site}:`), { path: ['key'], message: 'another site' });
export type TeamDoc = z.input<typeof WireDoc>;

const hashed = (s: string) => /^h:[A-Za-z0-9_-]{22}$/.test(s);

/** The wire form of a record. A hashes-only record never carries names, addresses, pictures or free text. */
export function toDoc(p: TeamRecord, updatedAt?: string): TeamDoc {
  const full = p.mode === 'full';
  const doc: TeamDoc = {
    _id: p.id,
    type: DOC_TYPE,
    v: 1,
    recruiterId: p.recruiterId,
    ...(p.recruiter ? { recruiter: p.recruiter.slice(0, 80) } : {}),
    seenAt: p.seenAt,
    site: p.site,
    mode: p.mode,
    keyHash: p.keyHash,
    ...(p.nameHash ? { nameHash: p.nameHash } : {}),
    ...(p.minhash ? { minhash: minhashToText(p.minhash) } : {}),
    contacts: p.contacts.slice(0, MAX_CONTACTS),
    reviews: p.reviews.slice(0, MAX_REVIEWS),
    ...(updatedAt ? { updatedAt } : {}),
  };
  if (p.photo) doc.photo = { hashes: p.photo.hashes };
  if (full) {
    if (p.key) doc.key = p.key;
    if (p.name) doc.name = p.name.slice(0, 200);
    if (p.url) doc.url = p.url;
    if (p.look) doc.look = p.look;
    if (p.findings?.length) doc.findings = p.findings.slice(0, MAX_FINDINGS);
    if (p.level) doc.level = p.level;
    if (p.unread?.length) doc.unread = p.unread.slice(0, 50);
    if (p.photo?.thumb) doc.photo!.thumb = thumbToText(p.photo.thumb);
    if (p.photo?.preview && p.photo.preview.length <= 12_000) doc.photo!.preview = p.photo.preview;
    if (p.notes?.length) doc.notes = p.notes.slice(-MAX_NOTES).map((n) => ({ at: n.at, text: n.text.slice(0, 2000) }));
    if (p.dismissals?.length) doc.dismissals = p.dismissals.slice(-MAX_DISMISSALS);
    if (p.trustedAt) doc.trustedAt = p.trustedAt;
    if (p.trustedAt && p.trustReason) doc.trustReason = p.trustReason.slice(0, MAX_TRUST_REASON);
  }
  return doc;
}

/** Why a document was refused (for the sync's count of refused documents and the tests). */
export type Refusal = 'too-large' | 'malformed' | 'id-mismatch' | 'not-hashed';

/** A record from a wire document, or why not. Never throws, whatever the server sent. */
export function readDoc(raw: unknown): { record: TeamRecord } | { refused: Refusal } {
  let size: number;
  try {
    size = JSON.stringify(raw)?.length ?? 0;
  } catch {
    return { refused: 'malformed' };
  }
  if (size > MAX_DOC_CHARS) return { refused: 'too-large' };
  // Evidence values nest (a list of lists …): 1,000 levels fit under the size cap and overflow the validator's stack,
  // which threw out of here and stopped the pull at that document for good (hostile20).
  let parsed: ReturnType<typeof WireDoc.safeParse>;
  try {
    parsed = WireDoc.safeParse(raw);
  } catch {
    return { refused: 'malformed' };
  }
  if (!parsed.success) return { refused: 'malformed' };
  const d = parsed.data;
  if (d._id !== `${d.recruiterId}:${d.keyHash}`) return { refused: 'id-mismatch' };
  const mode: ShareMode = d.mode;
  // A record that says "hashes only" must be so: its contacts and reviewers are hashes, and nothing readable is kept.
  if (mode === 'hashes' && (!d.contacts.every(hashed) || !d.reviews.every((r) => hashed(r.client))))
    return { refused: 'not-hashed' };
  const minhash = d.minhash ? minhashFromText(d.minhash) : undefined;
  const thumb = mode === 'full' && d.photo?.thumb ? thumbFromText(d.photo.thumb) : undefined;
  if (d.photo?.thumb && mode === 'full' && !thumb) return { refused: 'malformed' };
  const full = mode === 'full';
  const record: TeamRecord = {
    id: d._id,
    recruiterId: d.recruiterId,
    ...(d.recruiter ? { recruiter: d.recruiter } : {}),
    seenAt: d.seenAt,
    site: d.site,
    mode,
    keyHash: d.keyHash,
    ...(d.nameHash ? { nameHash: d.nameHash } : {}),
    ...(minhash ? { minhash } : {}),
    contacts: d.contacts,
    reviews: d.reviews,
    ...(d.photo
      ? {
          photo: {
            hashes: d.photo.hashes,
            ...(thumb ? { thumb } : {}),
            ...(full && d.photo.preview ? { preview: d.photo.preview } : {}),
          },
        }
      : {}),
    ...(full
      ? {
          ...(d.key ? { key: d.key } : {}),
          ...(d.name ? { name: d.name } : {}),
          ...(d.url ? { url: d.url } : {}),
          ...(d.look ? { look: d.look } : {}),
          ...(d.findings ? { findings: d.findings } : {}),
          ...(d.level ? { level: d.level } : {}),
          ...(d.unread?.length ? { unread: d.unread } : {}),
          ...(d.notes?.length ? { notes: d.notes } : {}),
          ...(d.dismissals?.length ? { dismissals: d.dismissals } : {}),
          ...(d.trustedAt ? { trustedAt: d.trustedAt } : {}),
          // (a reason comes only with the mark it explains)
          ...(d.trustedAt && d.trustReason ? { trustReason: d.trustReason } : {}),
        }
      : {}),
  };
  return { record };
}

/** The record of a wire document, or undefined when it is refused. */
export function fromDoc(raw: unknown): TeamRecord | undefined {
  const r = readDoc(raw);
  return 'record' in r ? r.record : undefined;
}
