/**
 * How a finding is presented wherever it is shown — the panel, the popup, the history page and the evidence
 * exports: its title, whether it is a red flag or a note, and the order. The history keeps findings compact
 * (rule, severity, evidence, sources: lib/storage/db.ts), so everything here is derived from those fields
 * the same way the rules derive it.
 */
import { t, type MessageKey } from './i18n/core';
import { RELIABILITY } from './reliability';
import type { Severity } from './rules/types';
import type { Level } from './score';
import type { StoredFinding, StoredProfile } from './storage/db';

/** Findings of a rule that have a title of their own at one severity (the UTC default is not a mismatch). */
const TITLE_VARIANTS: Record<string, Partial<Record<Severity, MessageKey>>> = {
  'location-timezone-mismatch': { low: 'rule.location-timezone-mismatch.title.utc' },
};

export function titleKey(rule: string, severity: Severity | undefined): MessageKey {
  return (severity && TITLE_VARIANTS[rule]?.[severity]) || (`rule.${rule}.title` as MessageKey);
}

export interface ShownFinding {
  rule: string;
  severity?: Severity;
  title?: string;
  note?: boolean;
}

export function findingTitle(f: ShownFinding): string {
  return f.title || t(titleKey(f.rule, f.severity));
}

/** The step to take: the finding's own, or (a remembered finding) its rule's. */
export function findingAdvice(f: { rule: string; advice?: string }): string {
  return f.advice || t(`rule.${f.rule}.advice` as MessageKey);
}

export const isNote = (f: ShownFinding) => f.note === true;

/** Marks a rule's fresh finding as a note (in place: profiles are scored by the tens of thousands). */
export function asNote<F extends { note?: boolean }>(f: F): F {
  f.note = true;
  return f;
}

/**
 * A stored finding as shown: the history keeps profile and memory findings only, and every low profile
 * observation is a note (the profile rules say so; tests/finding-view.test.ts holds them to it), so a stored
 * finding is a note exactly when it is low.
 */
export function fromStored<F extends { rule: string; severity?: Severity }>(f: F): F & { note: boolean } {
  return { ...f, note: f.severity === 'low' };
}

/** A remembered profile's findings as shown (entries older than the compact findings keep rule ids only). */
export function storedFindings(e: Pick<StoredProfile, 'findings' | 'rules'>) {
  const stored: (Omit<StoredFinding, 'severity'> & { severity?: Severity })[] =
    e.findings ?? e.rules.map((rule) => ({ rule, evidence: [], sources: [] }));
  return stored.map(fromStored);
}

/**
 * A remembered profile's level in one line, as the panel said it on the last visit: "No red flags · read in part" for a
 * page read in part without a red flag (the popup's recent profiles, the evidence export) — never "No red flags" alone.
 */
export function storedSummary(e: Pick<StoredProfile, 'level' | 'findings' | 'rules' | 'unread'>): string {
  return levelSummary(e.level, storedFindings(e), 0, !!e.unread);
}

const ORDER: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

/** Red flags by severity (high, medium, low; the rules' order within one), then the notes apart. */
export function splitFindings<F extends ShownFinding>(findings: readonly F[]): { flags: F[]; notes: F[] } {
  const flags: F[] = [];
  const notes: F[] = [];
  for (const f of findings) (isNote(f) ? notes : flags).push(f);
  flags.sort((a, b) => ORDER[a.severity ?? 'low'] - ORDER[b.severity ?? 'low']);
  return { flags, notes };
}

/**
 * The one-line summary of a level, shared by the badge and its tooltip, the panel's verdict and level bar, the
 * message markers, the popup and the toolbar — one phrase per state: "No red flags", "No red flags · 1 note",
 * "No red flags · 6 checks could not run" (when `unchecked` is given), "No red flags · read in part · …" (a page
 * read in part, `inPart`), "Medium · 2 red flags · 1 note". With no
 * red flag it is neutral, never coloured; what could not be checked is said only then (a red flag is news
 * enough).
 */
export function levelSummary(level: Level, findings: readonly ShownFinding[], unchecked = 0, inPart = false): string {
  let notes = 0;
  for (const f of findings) if (isNote(f)) notes++;
  const flags = findings.length - notes;
  const parts = level === 'none' ? [] : [t(`risk.${level}`)];
  if (flags) parts.push(t('ui.badge.findings', { count: flags }));
  else if (level === 'none') parts.push(t('risk.none'));
  // A page read in part without a red flag says so next to "No red flags", as the badge's own words do.
  if (!flags && inPart) parts.push(t('ui.badge.inPart'));
  if (notes) parts.push(t('ui.badge.notes', { count: notes }));
  if (!flags && unchecked) parts.push(t('ui.badge.unchecked', { count: unchecked }));
  return parts.join(' · ');
}

/**
 * The badge's own words on a profile page, the same in every layout: the level, and for a flagged profile the
 * number of red flags ("High · 5 red flags"; "No red flags"); "Trusted by you · …" first when the user marked
 * the person as trusted; "No red flags · read in part" when part of the page could not be read — never the same words
 * as a page read whole (a fresh-eyes review, thirtieth session); "No red flags · 1 note · 6 not checked" when there are notes or
 * checks that could not run. The welcome page's legend shows these very labels.
 */
export function badgeWords(
  level: Level,
  flags: number,
  trusted = false,
  inPart = false,
  notes = 0,
  unchecked = 0,
): string {
  const parts =
    level === 'none' || !flags ? [t(`risk.${level}`)] : [t(`risk.${level}`), t('ui.badge.findings', { count: flags })];
  if (inPart && !flags) parts.push(t('ui.badge.inPart'));
  // With no red flag, the notes and the checks that could not run are said on the badge too, as a message's marker says its notes:
  // "No red flags" alone over seven checks a LinkedIn page cannot give read as a clean result (a hiring manager's review).
  if (!flags && notes) parts.push(t('ui.badge.notes', { count: notes }));
  // (read in part says already that checks did not run)
  if (!flags && unchecked && !inPart) parts.push(t('ui.badge.uncheckedShort', { count: unchecked }));
  if (trusted) parts.unshift(t('ui.badge.trusted'));
  return parts.join(' · ');
}

/** Below this many warnings on real text, a rule's measured precision says little. */
const FEW_WARNINGS = 10;

/**
 * How often a message rule's findings of this grade (red flag or note) were right on real text
 * (lib/reliability.ts), in words; undefined for other rules.
 */
export function reliabilityText(f: { rule: string; note?: boolean }): string | undefined {
  const r = RELIABILITY[f.rule];
  if (!r) return undefined;
  const grade = f.note ? r.notes : r.flags;
  const key = f.note ? 'ui.reliability.notes' : 'ui.reliability';
  return grade.warned < FEW_WARNINGS
    ? t(`${key}.few`, { count: grade.warned })
    : t(key, { right: grade.right, warned: grade.warned, found: r.found, requests: r.requests });
}
