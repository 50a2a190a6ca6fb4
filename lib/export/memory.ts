/**
 * Export and import of the whole memory (profiles and photos), validated with zod. An import merges: a
 * profile already known keeps the earliest first visit, the latest state and every note and dismissal,
 * so importing the same file twice changes nothing. A file that fails validation changes nothing and
 * says why.
 */
import { z } from 'zod';
import type { MessageKey } from '../i18n';
import { en } from '../i18n/en';
import type { EvidenceLine, EvidenceValue } from '../i18n/evidence';
import { ProfileSchema } from '../profile';
import { onSitePage } from '../sites/pages';
import { isUncheckedKey } from '../unchecked-lines';
import {
  MAX_LINES,
  MergeError,
  type Dismissal,
  type Note,
  type RadarStore,
  type StoredPhoto,
  type StoredProfile,
} from '../storage/db';

export const MEMORY_FORMAT = 'red-flag-radar-memory';

const DAY = 86_400_000;
/** No date the extension wrote can lie before this, nor more than a day after the import (clock skew). */
const EARLIEST = Date.parse('2000-01-01T00:00:00.000Z');
const notLater = () => Date.now() + DAY;

/**
 * A moment as the extension writes it (`toISOString`): a real calendar date and time in UTC, between 2000 and
 * tomorrow. Another precision ("…:00Z", "…:00.5Z") is accepted and stored in the one form the history sorts by.
 * "zzzz", year 275760, "yes", 30 February are refused: such entries sorted first and never expired.
 */
/** Also validates replicated team documents (lib/team/doc.ts). */
export const iso = z.iso
  .datetime()
  .max(40)
  .refine((s) => {
    const t = Date.parse(s);
    return t >= EARLIEST && t <= notLater();
  }, 'a date before 2000 or in the future')
  .transform((s) => new Date(s).toISOString());

/** A calendar day as the readers write it (YYYY-MM-DD), that exists, between 1990 and tomorrow. */
function isDay(s: string): boolean {
  const t = Date.parse(`${s}T00:00:00.000Z`);
  return (
    /^\d{4}-\d{2}-\d{2}$/.test(s) &&
    Number.isFinite(t) &&
    new Date(t).toISOString().slice(0, 10) === s &&
    t >= Date.parse('1990-01-01T00:00:00.000Z') &&
    t <= notLater()
  );
}

/** The profile as the readers produce it, with its day fields (member since, review dates) checked as dates. */
const ImportedProfile = ProfileSchema.superRefine((p, ctx) => {
  const bad = (path: (string | number)[]) => ctx.addIssue({ code: 'custom', message: 'not a real date', path });
  if (p.memberSince !== undefined && !isDay(p.memberSince)) bad(['memberSince']);
  p.reviews?.forEach((r, i) => {
    if (r.date !== undefined && !isDay(r.date)) bad(['reviews', i, 'date']);
  });
});
const Level = z.enum(['none', 'low', 'medium', 'high']);
export const NoteSchema = z.strictObject({ at: iso, text: z.string().max(5000) });
export const DismissalSchema = z.strictObject({
  rule: z.string().max(60),
  reason: z.string().max(2000),
  at: iso,
  restoredAt: iso.optional(),
});
/**
 * How the user verified a person they marked as trusted: bounded as a dismissal's reason is (the panel writes at
 * most lib/trust.ts MAX_REASON; a file or a colleague's record may hold more, up to this).
 */
export const TrustReasonSchema = z.string().max(2000);
/** A line of evidence (lib/i18n/evidence.ts): a catalogue key with values, nested a few levels at most. */
const MessageKeySchema = z.string().refine((k) => Object.hasOwn(en, k), 'not a known text') as z.ZodType<MessageKey>;
const ValueSchema: z.ZodType<EvidenceValue> = z.lazy(() =>
  z.union([
    z.string().max(2000),
    z.number().finite(),
    z.strictObject({ country: z.string().regex(/^[A-Z]{2}$/) }),
    z.strictObject({ zone: z.string().max(100) }),
    z.strictObject({
      offset: z
        .number()
        .int()
        .min(-14 * 60)
        .max(14 * 60),
    }),
    z.strictObject({ date: z.string().max(40) }),
    z.strictObject({ money: z.number().finite(), currency: z.string().regex(/^[A-Z]{3}$/) }),
    z.strictObject({ list: z.array(ValueSchema).max(MAX_LINES), sep: z.string().max(5).optional() }),
    LineSchema,
  ]),
);
const LineSchema: z.ZodType<EvidenceLine> = z.lazy(() =>
  z.strictObject({ key: MessageKeySchema, vars: z.record(z.string().max(30), ValueSchema).optional() }),
);
export const StoredFindingSchema = z.strictObject({
  rule: z.string().max(60),
  severity: z.enum(['low', 'medium', 'high']),
  evidence: z.array(z.union([z.string().max(2000), LineSchema])).max(MAX_LINES),
  sources: z.array(z.string().max(300)).max(20),
});
export const Snapshot = ProfileSchema.pick({ name: true, location: true, timezone: true });
const StoredProfileSchema = z
  .strictObject({
    key: z.string().max(2300),
    site: z.string().max(40),
    url: z.string().max(2048),
    profile: ImportedProfile,
    firstSeen: iso,
    lastSeen: iso,
    visits: z.number().int().min(1).max(1e7),
    level: Level,
    rules: z.array(z.string().max(60)).max(100),
    findings: z.array(StoredFindingSchema).max(100).optional(),
    previousVisit: z.strictObject({ seenAt: iso, profile: Snapshot }).optional(),
    notes: z.array(NoteSchema).max(1000).optional(),
    dismissals: z.array(DismissalSchema).max(1000).optional(),
    trustedAt: iso.optional(),
    trustReason: TrustReasonSchema.optional(),
    unread: z.array(z.string().max(100)).max(50).optional(),
    // (a catalogue key is said again in the reader's language: only the catalogue's; other lines are shown as text)
    unchecked: z
      .array(
        z
          .string()
          .max(500)
          .refine((l) => !isUncheckedKey(l) || l in en, 'not a line this version knows'),
      )
      .max(60)
      .optional(),
  })
  // A profile of its own site, at an address of that site (hostile20: the history links the name to it).
  .refine((e) => e.key.startsWith(`${e.site}:`) && e.profile.site === e.site, {
    path: ['key'],
    message: 'a profile of another site',
  })
  .refine((e) => onSitePage(e.site, e.url) && onSitePage(e.site, e.profile.url), {
    path: ['url'],
    message: 'not an address of the profile’s site',
  })
  // A reason says why a person was trusted: never without the mark.
  .refine((e) => e.trustReason === undefined || e.trustedAt !== undefined, {
    path: ['trustReason'],
    message: 'a reason without the trusted mark',
  });
const PhotoSchema = z.strictObject({
  profileKey: z.string().max(2300),
  site: z.string().max(40),
  name: z.string().max(300).optional(),
  url: z.string().max(2048),
  photoUrl: z.string().max(4096),
  hashes: z.string().max(200),
  /** base64 of the 32×32 grey thumbnail. */
  thumb: z.string().max(2000),
  preview: z
    .string()
    .max(20_000)
    .regex(/^data:image\/(?:jpeg|png|webp);base64,[A-Za-z0-9+/=]+$/)
    .optional(),
  seenAt: iso,
});
export const MemoryFileSchema = z.strictObject({
  format: z.literal(MEMORY_FORMAT),
  version: z.literal(1),
  exportedAt: iso,
  profiles: z.array(StoredProfileSchema).max(1_000_000),
  photos: z.array(PhotoSchema).max(1_000_000),
});
export type MemoryFile = z.infer<typeof MemoryFileSchema>;

const b64 = (u: Uint8Array) => btoa(String.fromCharCode(...u));
const unb64 = (s: string) => Uint8Array.from(atob(s), (c) => c.charCodeAt(0));

export async function exportMemory(store: RadarStore, now: Date): Promise<MemoryFile> {
  return {
    format: MEMORY_FORMAT,
    version: 1,
    exportedAt: now.toISOString(),
    profiles: await store.allProfiles(),
    photos: (await store.photos()).map((p) => ({ ...p, thumb: b64(p.thumb) })),
  };
}

export class ImportError extends Error {}

function unionBy<T>(a: T[] = [], b: T[] = [], key: (x: T) => string): T[] {
  const m = new Map<string, T>();
  for (const x of [...a, ...b]) m.set(key(x), x);
  return [...m.values()].sort((x, y) => key(x).localeCompare(key(y)));
}

/** The earlier trust mark first; of two at the same moment, the one that says how the person was verified. */
const earlierTrust = (a: StoredProfile, b: StoredProfile) =>
  a.trustedAt! < b.trustedAt!
    ? -1
    : a.trustedAt! > b.trustedAt!
      ? 1
      : (b.trustReason ? 1 : 0) - (a.trustReason ? 1 : 0);

export function mergeProfile(old: StoredProfile | undefined, incoming: StoredProfile): StoredProfile {
  if (!old) return incoming;
  const newer = incoming.lastSeen > old.lastSeen ? incoming : old;
  const notes = unionBy<Note>(old.notes, incoming.notes, (n) => `${n.at}|${n.text}`);
  const dismissals = unionBy<Dismissal>(old.dismissals, incoming.dismissals, (d) => `${d.at}|${d.rule}`);
  // The earlier trust mark is kept, with the reason written with it (never another mark's).
  const trusted = [old, incoming].filter((e) => !!e.trustedAt).sort(earlierTrust)[0];
  const merged: StoredProfile = {
    ...newer,
    firstSeen: old.firstSeen < incoming.firstSeen ? old.firstSeen : incoming.firstSeen,
    visits: Math.max(old.visits, incoming.visits),
    ...(notes.length ? { notes } : {}),
    ...(dismissals.length ? { dismissals } : {}),
  };
  delete merged.trustedAt;
  delete merged.trustReason;
  if (trusted) merged.trustedAt = trusted.trustedAt;
  if (trusted?.trustReason) merged.trustReason = trusted.trustReason;
  return merged;
}

/**
 * Validates the whole file first, then merges it in one transaction: it either applies fully or changes
 * nothing. Never throws anything but an ImportError (whose message says why nothing was imported).
 */
export async function importMemory(store: RadarStore, text: string) {
  try {
    return await importChecked(store, text);
  } catch (e) {
    if (e instanceof ImportError) throw e;
    if (e instanceof MergeError) throw new ImportError(`could not be saved at ${e.message}`, { cause: e.cause });
    throw new ImportError(`could not be read (${(e as Error)?.name ?? 'error'})`, { cause: e });
  }
}

async function importChecked(store: RadarStore, text: string) {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new ImportError('not a JSON file');
  }
  const parsed = MemoryFileSchema.safeParse(raw);
  if (!parsed.success) {
    // The first few problems, each with where it is (profiles.1.trustedAt: …).
    const issues = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || 'file'}: ${i.message}`);
    const more = parsed.error.issues.length > 3 ? '; …' : '';
    throw new ImportError(`not a Red Flag Radar memory file (${issues.join('; ')}${more})`);
  }
  const photos: StoredPhoto[] = [];
  for (const p of parsed.data.photos) {
    let thumb: Uint8Array;
    try {
      thumb = unb64(p.thumb);
    } catch {
      throw new ImportError(`photo of ${p.profileKey}: the thumbnail is not base64`);
    }
    if (thumb.length !== 32 * 32) throw new ImportError(`photo of ${p.profileKey}: the thumbnail is not 32×32`);
    photos.push({ ...p, thumb } as StoredPhoto);
  }
  return store.merge(parsed.data.profiles as StoredProfile[], photos, mergeProfile);
}
