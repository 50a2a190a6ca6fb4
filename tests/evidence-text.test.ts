/**
 * Evidence lines in no language, written out in the reader's (lib/i18n/evidence.ts, lib/i18n/format.ts), as the
 * history keeps them (lib/storage/db.ts): the same stored line reads English or German; what the page wrote
 * stays as written; a line from a hostile memory file shows nothing unknown.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../lib/i18n';
import { evidenceText, line, type EvidenceLine } from '../lib/i18n/evidence';
import { formatDate, zoneName } from '../lib/i18n/format';
import { citationText } from '../lib/rules/sources';
import { rule as mismatch } from '../lib/rules/location-timezone-mismatch';
import { compactFindings, MAX_LINES } from '../lib/storage/db';
import { ctx, profile } from './helpers';

afterEach(() => setLocale('en'));

const NBSP = '\u00a0';

describe('evidence lines', () => {
  it('one stored finding reads in either language, the page’s words as written', () => {
    const f = mismatch.check(
      profile({ location: { city: 'Austin', country: 'US' }, timezone: { name: 'Asia/Pyongyang' } }),
      ctx(),
    )!;
    const [stored] = compactFindings([f]);
    expect(stored!.evidence.map(evidenceText)).toEqual([
      'Claimed location: Austin, United States',
      'Time zone on the profile: Korean Standard Time (Asia/Pyongyang)',
      'Korean Standard Time (Asia/Pyongyang) is a time zone of North Korea',
    ]);
    setLocale('de');
    expect(stored!.evidence.map(evidenceText)).toEqual([
      'Angegebener Ort: Austin, Vereinigte Staaten',
      'Zeitzone im Profil: Koreanische Normalzeit (Asia/Pyongyang)',
      'Koreanische Normalzeit (Asia/Pyongyang) gilt in: Nordkorea',
    ]);
  });

  it('dates, amounts and counts as each language writes them; dates never break', () => {
    const member = line('evidence.memberSince', {
      date: { date: '2026-05-20' },
      count: 1,
      now: { date: '2026-05-21' },
    });
    expect(evidenceText(member)).toBe(`Member since May${NBSP}20,${NBSP}2026 (1 day before May${NBSP}21,${NBSP}2026)`);
    setLocale('de');
    expect(evidenceText(member)).toBe('Mitglied seit 20.05.2026 (1 Tag vor dem 21.05.2026)');
    expect(evidenceText(line('evidence.claimsRate', { rate: { money: 85, currency: 'USD' } }))).toBe(
      `Stundensatz 85${NBSP}$`,
    );
    expect(formatDate('not a date')).toBe('not a date');
  });

  it('a zone the platform names only by offset is shown by its identifier', () => {
    expect(zoneName('Etc/GMT-7')).toBeUndefined();
    expect(zoneName('Etc/UTC')).toBe('Coordinated Universal Time');
    expect(zoneName('Not/AZone')).toBeUndefined();
  });

  it('a line from an imported file with an unknown text shows nothing; an old text line shows as it was', () => {
    expect(evidenceText({ key: 'no.such.key' } as unknown as EvidenceLine)).toBe('');
    expect(evidenceText('Claimed location: X (US)')).toBe('Claimed location: X (US)');
  });

  it('the history keeps every line up to its limit, then says how many more there were', () => {
    const lines = Array.from({ length: MAX_LINES + 5 }, (_, i) => line('evidence.sentence', { text: `s${i}` }));
    const [kept] = compactFindings([
      { rule: 'crypto-payment-in-profile', severity: 'high', title: '', evidence: [], lines, sources: [], advice: '' },
    ]);
    expect(kept!.evidence).toHaveLength(MAX_LINES);
    expect(evidenceText(kept!.evidence[3]!)).toBe('“s3”');
    expect(evidenceText(kept!.evidence[MAX_LINES - 1]!)).toBe('… and 6 more lines');
  });

  it('a cited passage reads in German, found by the rule’s English words', () => {
    setLocale('de');
    expect(citationText('G3 (profiles with no photo)')).toBe('G3 (Profile ohne Foto)');
    expect(citationText('SEAL')).toBe('Security Alliance (SEAL): Leitfäden zu IT-Fachkräften der DVRK');
    expect(citationText('Something else')).toBe('Something else');
  });
});
