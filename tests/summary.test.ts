/**
 * The panel's copied summary and interview questions for the bundled persona, in both languages, against
 * stored expected texts (tests/fixtures/upwork/red-flags-persona.*.txt; the real-browser test
 * tests/e2e/panel-actions.e2e.ts compares the clipboard with the same files).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeRead } from '../lib/analyze';
import { setLocale } from '../lib/i18n';
import { interviewQuestions, QUESTIONS } from '../lib/interview';
import { memoryRules, messageRules, profileRules } from '../lib/rules';
import type { Finding } from '../lib/rules/types';
import { upwork } from '../lib/sites/upwork';
import { evidenceText, summaryText } from '../lib/summary';
import { documentFrom, fixture, FIXTURES, profile } from './helpers';

const URL_B = 'https://www.upwork.com/freelancers/~01f0e1d2c3b4a59687';
/** The persona looked at 20 days after it joined, as the real-browser tests serve it. */
export const personaAnalysis = () => {
  const read = upwork.read(documentFrom(fixture('upwork/red-flags-persona.html')), new URL(URL_B));
  return analyzeRead('upwork', URL_B, read, { now: new Date('2026-06-09T12:00:00Z') });
};
/** A stored expected text; UPDATE_EXPECTED=1 writes it anew (then read it before committing). */
const expected = (name: string, actual: string) => {
  const path = join(FIXTURES, 'upwork', name);
  if (process.env.UPDATE_EXPECTED) writeFileSync(path, `${actual}\n`);
  return readFileSync(path, 'utf8').trimEnd();
};

const f = (rule: string, extra: Partial<Finding> = {}): Finding => ({
  rule,
  severity: 'medium',
  title: rule,
  evidence: [],
  sources: [],
  advice: '',
  ...extra,
});

describe('the copied summary and the interview questions', () => {
  it.each(['en', 'de'] as const)('of the persona match the stored text (%s)', (lang) => {
    setLocale(lang); // the findings are written in the language of the settings, as the background does
    const a = personaAnalysis();
    setLocale('en');
    const summary = summaryText(a, lang, 'Upwork');
    expect(summary).toBe(expected(`red-flags-persona.summary.${lang}.txt`, summary));
    const questions = interviewQuestions(a.findings, lang).join('\n');
    expect(questions).toBe(expected(`red-flags-persona.questions.${lang}.txt`, questions));
  });

  it('the evidence to paste into a report form: the verdict and every finding with its sources, no rule id', () => {
    setLocale('en');
    const text = evidenceText(personaAnalysis(), 'en');
    expect(text.split('\n').slice(0, 3)).toEqual([
      `Daniel W. — ${URL_B}`,
      'Location given as New York, United States, but time zone UTC+09:00; accepts payment in crypto; account only 20 days old.',
      '',
    ]);
    expect(text).toContain(
      '   Source: G1 Red flag indicators (payment in virtual currency) (https://home.treasury.gov/',
    );
    expect(text).not.toMatch(/location-timezone|crypto-payment|new-account/);
  });

  it.each([
    ['en', 'Checked on November 27, 2026. ', 'No red flags', 'read in part', '1 note'],
    ['de', 'Geprüft am 27. November 2026. ', 'Keine Warnsignale', 'nur teilweise gelesen', '1 Hinweis'],
  ] as const)(
    'a profile read in part says so, in the panel’s words and order (%s)',
    (lang, checked, none, inPart, note) => {
      // An Upwork page read without its embedded data: no red flag, one note (no photo), as the popup's test has it.
      const read = (status: 'partial' | 'ok') =>
        analyzeRead(
          'upwork',
          URL_B,
          {
            status,
            missing: status === 'partial' ? ['embedded-state'] : [],
            profile: profile({ name: 'Ann Example' }),
          },
          { now: new Date('2026-11-27T12:00:00Z') },
        );
      const partial = read('partial');
      expect(summaryText(partial, lang, 'Upwork').split('\n').slice(2, 5)).toEqual([
        `${checked}${none} · ${inPart} · ${note}.`,
        '',
        `${none} · ${inPart} · ${note}`,
      ]);
      expect(evidenceText(partial, lang).split('\n').slice(0, 2)).toEqual([
        `Ann Example — ${URL_B}`,
        `${none} · ${inPart} · ${note}`,
      ]);
      // A profile read in full: the same lines without "read in part".
      const whole = read('ok');
      expect(summaryText(whole, lang, 'Upwork').split('\n').slice(2, 5)).toEqual([
        `${checked}${none} · ${note}.`,
        '',
        `${none} · ${note}`,
      ]);
      expect(evidenceText(whole, lang).split('\n')[1]).toBe(`${none} · ${note}`);
      expect(summaryText(whole, lang, 'Upwork') + evidenceText(whole, lang)).not.toContain(inPart);
    },
  );

  it('a profile read in part with a red flag counts the red flags, as the badge does: no "read in part"', () => {
    const a = personaAnalysis();
    const partial = { ...a, status: 'partial' as const, missing: ['timezone'] };
    expect(summaryText(partial, 'en', 'Upwork')).toBe(summaryText(a, 'en', 'Upwork'));
    expect(evidenceText(partial, 'en')).toBe(evidenceText(a, 'en'));
    expect(summaryText(partial, 'en', 'Upwork')).not.toContain('read in part');
  });

  it('every rule has a question builder, and each says something of its own in both languages', () => {
    const ids = [...profileRules, ...messageRules, ...memoryRules].map((r) => r.id);
    expect(Object.keys(QUESTIONS).sort()).toEqual([...ids].sort());
    for (const lang of ['en', 'de'] as const) {
      const qs = ids.map((id) => interviewQuestions([f(id)], lang)[0]);
      for (const q of qs) expect(q).toMatch(/\?$/);
      // Only the video questions may coincide; every other rule asks its own.
      expect(new Set(qs).size).toBe(ids.length);
    }
  });

  it('asks nothing about a bare UTC setting the panel calls a probable default (issue #12)', () => {
    const utc = f('location-timezone-mismatch', {
      severity: 'low',
      note: true,
      facts: { place: 'Kharkiv', country: 'UA', offset: 'UTC+00:00' },
    });
    expect(interviewQuestions([utc], 'en')).toEqual([]);
    expect(interviewQuestions([utc], 'de')).toEqual([]);
  });

  it('a location contradiction asks about the place listed; a contact finding names the channels', () => {
    const place = f('location-timezone-mismatch', { facts: { place: 'New York', country: 'US', offset: 'UTC+09:00' } });
    expect(interviewQuestions([place], 'en')).toEqual([
      'You list New York; what hours do you usually work, and where are you right now?',
    ]);
    expect(interviewQuestions([place], 'de')).toEqual([
      'Sie geben New York an; zu welchen Zeiten arbeiten Sie üblicherweise, und wo sind Sie gerade?',
    ]);
    const country = f('location-timezone-mismatch', { facts: { country: 'GB', offset: 'UTC+08:00' } });
    expect(interviewQuestions([country], 'en')[0]).toBe(
      'You list the United Kingdom; what hours do you usually work, and where are you right now?',
    );
    const contact = f('off-platform-contact-in-profile', { facts: { channels: ['WhatsApp', 'Phone'] } });
    expect(interviewQuestions([contact], 'de')[0]).toBe(
      'Ihr Profil bittet um Kontakt über WhatsApp und Telefon; können wir alle Nachrichten und Zahlungen auf der Plattform lassen?',
    );
  });

  it('the same question from two findings is asked once; red flags before notes', () => {
    const qs = interviewQuestions(
      [f('no-photo', { severity: 'low', note: true }), f('avoids-video', { severity: 'high' }), f('recycled-photo')],
      'en',
    );
    expect(qs).toEqual([
      'Can we have a video call with cameras on this week?',
      'Your photo also appears on a profile under another name; can we have a video call with cameras on?',
      'Can we have a short video call with cameras on before we start?',
    ]);
  });
});

describe('a page that could not be read', () => {
  const unread = () =>
    analyzeRead(
      'linkedin',
      'https://www.linkedin.com/in/someone',
      { status: 'unreadable', missing: ['member:conflict'] },
      { now: new Date('2026-06-09T12:00:00Z') },
    );
  it.each([
    ['en', 'Could not read this page (the site may have changed)', 'No red flags'],
    ['de', 'Diese Seite konnte nicht gelesen werden (die Website hat sich vielleicht geändert)', 'Keine Warnsignale'],
  ] as const)(
    'is said to be unread, never "no red flags", in the summary and the evidence (%s)',
    (lang, title, clean) => {
      const a = unread();
      for (const text of [summaryText(a, lang, 'LinkedIn'), evidenceText(a, lang)]) {
        expect(text).toContain(title);
        expect(text).not.toContain(clean);
      }
      expect(summaryText(a, 'en', 'LinkedIn').split('\n').slice(3)).toEqual([
        'Could not read this page (the site may have changed)',
        'Not read: which profile this is (parts of the page name different people or hold different data)',
        'Nothing on this page was checked: this is not a clean result. Reload the page; if it stays so, the site has changed its pages — check the profile yourself.',
      ]);
    },
  );
});
