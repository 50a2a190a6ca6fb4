/** Runs the rules over one read page and scores it: the one place the background and the CLI share. */
import { countryCode } from './geo/countries';
import { currentLocale, t, textsVersion, type Locale, type MessageKey } from './i18n';
import { en } from './i18n/en';
import type { Profile, ReadResult, ReadStatus } from './profile';
import { memoryRules, messageRules, profileRules } from './rules';
import { gradeMessageFindings } from './rules/grade';
import { MAX_READ } from './read-cap';
import { prepareMessage } from './text/message';
import { asThePageWroteIt, sayWhatWasReadBack } from './rules/disguised';
import type { Finding, MemoryContext } from './rules/types';
import { score, type Level, type Sensitivity } from './score';
import { isEstablished } from './track-record';

export interface Risk {
  level: Level;
  score: number;
  /** Present when notes in combination (on a profile without an established track record) set the level. */
  fromNotes?: true;
  unchecked: string[];
}

export interface Analysis {
  site: string;
  url: string;
  status: ReadStatus;
  missing: string[];
  profile?: Profile;
  findings: Finding[];
  risk: Risk;
  checkedAt: string;
  /** The language the findings are written in (the page's badge follows it). */
  locale: Locale;
  /** Not red flags: the same photo on this person's own profiles elsewhere, under the same name. */
  alsoSeen?: string[];
  /** The memory's key for this profile (the history page, the user's marks). */
  profileKey?: string;
  /** Findings the user dismissed, with the reason (they do not count towards the level). */
  dismissed?: { finding: Finding; reason: string; at: string }[];
  trustedAt?: string;
  /** How the user verified the person, with `trustedAt` (marks made before it was asked for have none). */
  trustReason?: string;
  /** On a page (lib/background/redact.ts): the user marked this profile as trusted (the date stays out). */
  trusted?: boolean;
  notes?: { at: string; text: string }[];
  /** The memory could not save this visit (storage full …): said, never swallowed. */
  storageError?: string;
}

export interface AnalyzeOptions {
  now: Date;
  sensitivity?: Sensitivity;
}

/** Fills what follows from the page's own values (a country code from the shown country name). */
export function normalizeProfile(p: Profile): Profile {
  if (p.location?.countryName && !p.location.country) {
    const code = countryCode(p.location.countryName);
    if (code) return { ...p, location: { ...p.location, country: code } };
  }
  return p;
}

function has(p: Profile, path: readonly string[]): boolean {
  let cur: unknown = p;
  for (const k of path) {
    if (cur === null || typeof cur !== 'object') return false;
    cur = (cur as Record<string, unknown>)[k];
  }
  return cur !== undefined && !(Array.isArray(cur) && cur.length === 0);
}

// Each rule with its needed fields as key paths, split once, and what is said when one is missing, by its key;
// a rule that needs two fields may say which one the page lacks (`unchecked.because.<rule>.<field>`): a
// LinkedIn page shows "Tokyo, Tokyo, Japan" and no time zone, and "does not show the country or time zone"
// read there as "no country" (hm18).
// A field absent from a page read in part may be on the page, only not read: then the words say "not read"
// (`unchecked.notRead.<rule>`), never that the page shows none (a fresh-eyes review, thirty-first session:
// "the profile has no description" stood under a page whose embedded data could not be read).
const STEPS = profileRules.map((rule) => {
  const key = (kind: string, f?: string) => {
    const k = `unchecked.${kind}.${rule.id}${f ? `.${f}` : ''}`;
    return k in en ? (k as MessageKey) : undefined;
  };
  return {
    rule,
    paths: rule.needs.map((f) => f.split('.')),
    because: key('because')!,
    notRead: key('notRead') ?? key('because')!,
    alone: rule.needs.map((f) => key('because', f)),
    aloneNotRead: rule.needs.map((f) => key('notRead', f)),
  };
});

/**
 * The fields a read in part did not read (by their first key: "location" for location.country); undefined when
 * any field may be unread — the page's embedded data was not read, only what it shows on screen.
 */
function unreadFields(missing: readonly string[]): Set<string> | undefined {
  const fields = new Set<string>();
  for (const m of missing) {
    if (m === 'embedded-state' || m === 'jsonld') return undefined;
    // "invalid:location.country": read, found not to be what it claims, and left out; "name:conflict": read.
    fields.add((m.startsWith('invalid:') ? m.slice(8) : m.split(':')[0]!).split('.')[0]!);
  }
  return fields;
}

/**
 * What is said when a rule's fields are missing: which one, where only one is and the catalogue says it; and
 * whether the page shows none ("This page does not show …") or the field was not read (`unread`, a read in part).
 */
function notChecked(step: (typeof STEPS)[number], p: Profile, unread?: Set<string> | 'all'): MessageKey {
  // The one absent field, if only one is (a loop: flatMap's arrays cost more than the rest of the look-up).
  let absent = -1;
  let several = false;
  let notRead = false;
  for (let i = 0; i < step.paths.length; i++) {
    const path = step.paths[i]!;
    if (has(p, path)) continue;
    if (unread === 'all' || unread?.has(path[0]!)) notRead = true;
    if (absent >= 0) several = true;
    absent = i;
  }
  if (notRead) return (!several && absent >= 0 && step.aloneNotRead[absent]) || step.notRead;
  return (!several && absent >= 0 && step.alone[absent]) || step.because;
}
const GROUPS = new Map<string, string>([...profileRules, ...messageRules, ...memoryRules].map((r) => [r.id, r.group]));

/** Whether the profile has every field a rule needs. */
function meets(paths: readonly string[][], p: Profile): boolean {
  for (let k = 0; k < paths.length; k++) if (!has(p, paths[k])) return false;
  return true;
}

export const groupOf = (id: string) => GROUPS.get(id) ?? id;

export interface MessageAnalysis {
  findings: Finding[];
  risk: Risk;
}

const MESSAGE_RULES = new Map(messageRules.map((r) => [r.id, r]));

/** The message rules over proposal or chat text, each finding graded a red flag or a note (lib/rules/grade.ts). */
export function analyzeMessage(text: string, opts: { sensitivity?: Sensitivity } = {}): MessageAnalysis {
  const page = text.slice(0, MAX_READ);
  const message = prepareMessage(page);
  const findings: Finding[] = [];
  const unchecked: string[] = [];
  for (const rule of messageRules) {
    try {
      const f = rule.check({ message });
      if (f) findings.push(f);
    } catch {
      unchecked.push(ruleFailed(rule.id));
    }
  }
  if (findings.length) {
    if (message.disguises) for (const f of findings) sayWhatWasReadBack(f, message);
    gradeMessageFindings(findings, MESSAGE_RULES, message);
    // Quotes the page holds as they are need no tracing back (tracing costs a fifth of the rules' time where a
    // message had a quotation or an invisible character removed). A message the reading left as it was has
    // nothing to trace (no `shown`): its quotes are not looked for in the page.
    if ('shown' in message && findings.some((f) => f.quotes?.some((q) => !page.includes(q))) && message.shown)
      for (const f of findings) asThePageWroteIt(f, message.shown);
  }
  if (!message.text.trim()) unchecked.push(t('unchecked.emptyMessage'));
  // Written out key by key, in the order a spread would give (messages are read by the thousands a second).
  const scored = score(findings, groupOf, opts.sensitivity);
  const risk: Risk = scored.fromNotes
    ? { level: scored.level, score: scored.score, fromNotes: true, unchecked }
    : { level: scored.level, score: scored.score, unchecked };
  return { findings, risk };
}

/** What a person reads when a check failed: the check's title, never its id. */
export function ruleFailed(id: string): string {
  return t('unchecked.failed', { title: t(`rule.${id}.title` as MessageKey) });
}

const MISSING_KEYS = new Set(['photoUrl', 'name', 'location', 'location.country', 'memberSince', 'embedded-state']);

/** A field the reader could not read, in words ("the member-since date"), never the field's name. */
function missingText(field: string): string {
  if (MISSING_KEYS.has(field)) return t(`unchecked.missing.${field}` as MessageKey);
  if (field.endsWith(':conflict')) return t('unchecked.missing.conflict');
  if (field.startsWith('invalid:')) return t('unchecked.missing.invalid');
  return t('unchecked.missing.other');
}

// The words for what a reader could not read live apart (the content script needs them, not the rules).
export { readGaps } from './read-gaps';

let lastTime: { time: number; iso: string } | undefined;

/** The time as ISO text: a run looks at every profile at the same time, so it is written once. */
function isoTime(d: Date): string {
  const time = d.getTime();
  if (lastTime?.time !== time) lastTime = { time, iso: d.toISOString() };
  return lastTime.iso;
}

// What every profile's analysis says it did not check, as t() writes it, kept while the language and the catalogue stay
// the same (t() looks each key up in the catalogue, a large object: a few look-ups for every profile scored).
const SAID = new Map<MessageKey, string>();
let saidIn: { locale: Locale; version: number } | undefined;
function said(key: MessageKey): string {
  const locale = currentLocale();
  const version = textsVersion();
  if (saidIn?.locale !== locale || saidIn.version !== version) {
    SAID.clear();
    saidIn = { locale, version };
  }
  let text = SAID.get(key);
  if (text === undefined) SAID.set(key, (text = t(key)));
  return text;
}

export function analyzeRead(site: string, url: string, read: ReadResult, opts: AnalyzeOptions): Analysis {
  const checkedAt = isoTime(opts.now);
  const locale = currentLocale();
  if (!read.profile || read.status === 'not-a-profile' || read.status === 'unreadable') {
    const unchecked =
      read.status === 'unreadable'
        ? profileRules.map((r) => t('unchecked.unreadable', { title: t(`rule.${r.id}.title` as MessageKey) }))
        : [];
    const base = { site, url, status: read.status, missing: read.missing, checkedAt, locale };
    return { ...base, findings: [], risk: { level: 'none', score: 0, unchecked } };
  }
  const profile = normalizeProfile(read.profile);
  const ctx = { now: opts.now, missing: read.missing };
  const findings: Finding[] = [];
  const unchecked: string[] = [];
  // (Most reads miss nothing: nothing is looked up for them.)
  const unread = read.missing.length ? (unreadFields(read.missing) ?? 'all') : undefined;
  for (const step of STEPS) {
    const { rule, paths } = step;
    if (!meets(paths, profile)) {
      unchecked.push(said(notChecked(step, profile, unread)));
      continue;
    }
    try {
      const f = rule.check(profile, ctx);
      if (f) findings.push(f);
    } catch {
      // A rule bug must not hide the others; it is reported as not checked.
      unchecked.push(ruleFailed(rule.id));
    }
  }
  // (Most reads miss nothing: no array and no set made for them.)
  if (read.missing.length) for (const m of new Set(read.missing.map(missingText))) unchecked.push(m);
  if (profile.photoUrl) unchecked.push(said('unchecked.photo'));
  unchecked.push(said('unchecked.messages'));
  const established = isEstablished(profile, opts.now);
  const scored = score(findings, groupOf, opts.sensitivity, established);
  // Written out key by key, in the order a spread would give (profiles are scored by the tens of thousands).
  const risk: Risk = scored.fromNotes
    ? { level: scored.level, score: scored.score, fromNotes: true, unchecked }
    : { level: scored.level, score: scored.score, unchecked };
  return {
    site,
    url,
    status: read.status,
    missing: read.missing,
    checkedAt,
    locale,
    profile,
    findings,
    risk,
  };
}

/**
 * The level of a profile's findings (after the memory added some, or the user dismissed some): notes count
 * in combination only without an established track record, measured on the day the page was looked at.
 */
export function scoreProfile(
  a: Pick<Analysis, 'profile' | 'checkedAt'>,
  findings: readonly Finding[],
  sensitivity?: Sensitivity,
) {
  const established = !!a.profile && isEstablished(a.profile, new Date(a.checkedAt));
  return score(findings, groupOf, sensitivity, established);
}

export type PhotoCheck =
  { kind: 'compared'; ctx: MemoryContext } | { kind: 'not-loaded' } | { kind: 'plain' } | { kind: 'off' };

const MEMORY_RULES = new Set(memoryRules.map((r) => r.id));

/**
 * Runs the memory rules (other profiles, earlier visits, photos) over an analysis and re-scores it. Their
 * earlier findings are replaced, so it can run again as more is known (the photo arrives later).
 */
export function withMemory(
  a: Analysis,
  ctx: MemoryContext,
  sensitivity?: Sensitivity,
  notes: { unchecked?: { remove?: string[]; add?: string[] }; alsoSeen?: string[] } = {},
): Analysis {
  if (!a.profile) return a;
  const findings = a.findings.filter((f) => !MEMORY_RULES.has(f.rule));
  const unchecked = a.risk.unchecked.filter((u) => !notes.unchecked?.remove?.includes(u));
  for (const rule of memoryRules) {
    try {
      const f = rule.check(a.profile, ctx);
      if (f) findings.push(f);
    } catch {
      unchecked.push(ruleFailed(rule.id));
    }
  }
  unchecked.push(...(notes.unchecked?.add ?? []));
  return {
    ...a,
    findings,
    ...(notes.alsoSeen?.length ? { alsoSeen: notes.alsoSeen } : {}),
    risk: { ...scoreProfile(a, findings, sensitivity), unchecked },
  };
}

/** Adds the photo comparison's outcome (it arrives after the first analysis) to what the memory knew. */
export function withPhotoCheck(
  a: Analysis,
  check: PhotoCheck,
  sensitivity?: Sensitivity,
  known: MemoryContext = { now: new Date(a.checkedAt) },
): Analysis {
  const remove = [t('unchecked.photo')];
  if (check.kind !== 'compared') {
    const note =
      check.kind === 'off'
        ? 'unchecked.photoOff'
        : check.kind === 'plain'
          ? 'unchecked.photoPlain'
          : 'unchecked.photoNotLoaded';
    return withMemory(a, known, sensitivity, { unchecked: { remove, add: [t(note)] } });
  }
  const same = (check.ctx.photoMatches ?? []).filter((m) => m.sameName === true);
  return withMemory(a, { ...known, ...check.ctx }, sensitivity, {
    unchecked: { remove },
    alsoSeen: same.map((m) => t('photo.alsoSeen', { site: m.site, url: m.url })),
  });
}
