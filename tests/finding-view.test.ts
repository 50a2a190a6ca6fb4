import { afterEach, describe, expect, it } from 'vitest';
import { analyzeRead } from '../lib/analyze';
import { findingTitle, fromStored, isNote, levelSummary, splitFindings } from '../lib/finding-view';
import { setLocale, t } from '../lib/i18n/pages';
import type { Profile } from '../lib/profile';
import { compactFindings } from '../lib/storage/db';
import { upwork } from '../lib/sites/upwork';
import { documentFrom, fixture, NOW, profile } from './helpers';

afterEach(() => setLocale('en'));

const read = (name: string, id: string) =>
  upwork.read(documentFrom(fixture(`upwork/${name}.html`)), new URL(`https://www.upwork.com/freelancers/${id}`));

// Profiles that make every profile rule speak, at each of its severities.
const noisy: Profile[] = [
  read('red-flags-persona', '~01f0e1d2c3b4a59687').profile!,
  read('visitor-view', '~01a1b2c3d4e5f60718').profile!,
  profile({
    memberSince: '2026-06-01',
    stats: { jobs: 1, reviews: 1, rating: 5 },
    title: 'Senior developer',
    links: ['https://me.netlify.app'],
    verified: { identity: false },
    location: { country: 'US' },
    timezone: { label: 'UTC', utcOffsetMinutes: 0 },
  }),
];

describe('finding view', () => {
  const findings = noisy.flatMap(
    (p) => analyzeRead(p.site, p.url, { status: 'ok', missing: [], profile: p }, { now: NOW }).findings,
  );

  it('every low profile observation is a note, every medium or high one a red flag', () => {
    expect(findings.some((f) => f.severity === 'low')).toBe(true);
    for (const f of findings) expect(isNote(f), `${f.rule} ${f.severity}`).toBe(f.severity === 'low');
  });

  it('the history and the exports title and class a stored finding as the panel did', () => {
    const stored = compactFindings(findings).map(fromStored);
    expect(stored.map(findingTitle)).toEqual(findings.map((f) => f.title));
    expect(stored.map(isNote)).toEqual(findings.map(isNote));
  });

  it('the UTC default has its own title, not the mismatch one', () => {
    const utc = findings.find((f) => f.rule === 'location-timezone-mismatch' && f.severity === 'low')!;
    expect(utc.title).toBe(t('rule.location-timezone-mismatch.title.utc'));
    expect(findingTitle(fromStored({ rule: utc.rule, severity: 'low' }))).toBe(utc.title);
    expect(findingTitle(fromStored({ rule: utc.rule, severity: 'high' }))).toBe(
      t('rule.location-timezone-mismatch.title'),
    );
  });

  it('orders red flags by severity and keeps the notes apart', () => {
    const { flags, notes } = splitFindings(findings);
    expect(flags.map((f) => f.severity)).toEqual([...flags.map((f) => f.severity)].sort((a, b) => (a < b ? -1 : 1)));
    expect(notes.every((f) => f.note)).toBe(true);
  });

  it('summarises with plurals, a neutral "no red flags" when there are notes only, in English and German', () => {
    const note = { rule: 'no-photo', severity: 'low' as const, note: true };
    const flag = { rule: 'new-account', severity: 'medium' as const };
    expect(levelSummary('none', [])).toBe('No red flags');
    expect(levelSummary('none', [note])).toBe('No red flags · 1 note');
    expect(levelSummary('medium', [flag, note, note])).toBe('Medium · 1 red flag · 2 notes');
    expect(levelSummary('medium', [note, note, note])).toBe('Medium · 3 notes');
    setLocale('de');
    expect(levelSummary('none', [note])).toBe('Keine Warnsignale · 1 Hinweis');
    expect(levelSummary('high', [flag, flag, note, note])).toBe('Hoch · 2 Warnsignale · 2 Hinweise');
    expect(t('record.jobs', { count: 1 })).toBe('1 Auftrag');
  });

  it('one phrase per state, wherever it is shown: nothing, notes only, partly checked (hm18 report, point 6)', () => {
    const note = { rule: 'no-photo', severity: 'low' as const, note: true };
    const flag = { rule: 'new-account', severity: 'medium' as const };
    expect(levelSummary('none', [], 6)).toBe('No red flags · 6 checks could not run');
    expect(levelSummary('none', [], 1)).toBe('No red flags · 1 check could not run');
    expect(levelSummary('none', [note], 3)).toBe('No red flags · 1 note · 3 checks could not run');
    // A red flag is news enough: what could not be checked is not added to it.
    expect(levelSummary('medium', [flag, note], 3)).toBe('Medium · 1 red flag · 1 note');
    // A level with no red flag (notes only) never says "No red flags found · 1 red flag".
    expect(levelSummary('none', [flag])).toBe('1 red flag');
    setLocale('de');
    expect(levelSummary('none', [])).toBe('Keine Warnsignale');
    expect(levelSummary('none', [note], 6)).toBe('Keine Warnsignale · 1 Hinweis · 6 Prüfungen nicht möglich');
    expect(levelSummary('none', [], 1)).toBe('Keine Warnsignale · 1 Prüfung nicht möglich');
  });

  it('never writes "(s)" or "1 jobs"', () => {
    expect(t('ui.badge.findings', { count: 1 })).toBe('1 red flag');
    expect(t('record.jobs', { count: 1 })).toBe('1 job');
    expect(t('record.jobs', { count: 0 })).toBe('0 jobs');
    expect(t('history.visits', { count: 1 })).toBe('Seen once');
    const thin = findings.find((f) => f.rule === 'thin-history')!;
    expect(thin.evidence.join(' ')).toMatch(/\b1 job\b/);
    expect(thin.evidence.join(' ')).not.toMatch(/\(s\)|\b1 jobs\b|\b1 reviews\b/);
  });
});
