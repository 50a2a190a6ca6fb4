import { describe, expect, it } from 'vitest';
import { analyzeRead } from '../lib/analyze';
import { setLocale } from '../lib/i18n';
import type { Finding } from '../lib/rules/types';
import { upwork } from '../lib/sites/upwork';
import { firstStep, verdictLine } from '../lib/verdict';
import { documentFrom, fixture, NOW } from './helpers';

const persona = () => {
  const page = documentFrom(fixture('upwork/red-flags-persona.html'));
  const read = upwork.read(page, new URL('https://www.upwork.com/freelancers/~01f0e1d2c3b4a59687'));
  return analyzeRead('upwork', 'https://www.upwork.com/freelancers/~01f0e1d2c3b4a59687', read, { now: NOW });
};

const f = (rule: string, severity: Finding['severity'], extra: Partial<Finding> = {}): Finding => ({
  rule,
  severity,
  title: `title of ${rule}`,
  evidence: [],
  sources: [],
  advice: '',
  ...extra,
});

describe('verdictLine', () => {
  it('the persona: the top red flags by severity, in a sentence, in English and German', () => {
    setLocale('en');
    const { findings } = persona();
    expect(verdictLine(findings, 'en')).toBe(
      'Location given as New York, United States, but time zone UTC+09:00; accepts payment in crypto; account only 21 days old.',
    );
    expect(verdictLine(findings, 'de')).toBe(
      'Ort laut Profil New York, Vereinigte Staaten, aber Zeitzone UTC+09:00; nimmt Zahlung in Kryptowährung an; Konto erst 21 Tage alt.',
    );
    // The language asked for does not change the current one.
    expect(verdictLine(findings, 'de')).not.toBe(verdictLine(findings, 'en'));
  });

  it('a named zone says whose time it is; a country alone takes its article in English', () => {
    const mismatch = f('location-timezone-mismatch', 'high', {
      facts: { country: 'US', zoneCountries: ['VN'], offset: 'UTC+07:00' },
    });
    expect(verdictLine([mismatch], 'en')).toBe('Location given as the United States, but time zone of Vietnam.');
    expect(verdictLine([mismatch], 'de')).toBe('Ort laut Profil Vereinigte Staaten, aber Zeitzone von Vietnam.');
  });

  it('contact channels are listed, e-mail and phone in words of the language', () => {
    const contact = f('off-platform-contact-in-profile', 'medium', { facts: { channels: ['Telegram', 'E-mail'] } });
    expect(verdictLine([contact], 'en')).toBe('Lists contact on Telegram and e-mail.');
    expect(verdictLine([contact], 'de')).toBe('Nennt Kontakt über Telegram und E-Mail.');
  });

  it('one day is singular; the same phrase twice is said once; at most three flags', () => {
    const flags = [
      f('crypto-payment-request', 'high'),
      f('crypto-payment-request', 'high'),
      f('new-account', 'medium', { facts: { days: 1 } }),
      f('no-photo', 'medium'),
      f('avoids-video', 'medium'),
    ];
    expect(verdictLine(flags, 'en')).toBe('Asks to be paid in crypto; account only 1 day old; no photo.');
    expect(verdictLine(flags, 'de')).toBe('Bittet um Zahlung in Kryptowährung; Konto erst 1 Tag alt; kein Foto.');
  });

  it('without facts, a rule still has its words; without red flags, the sentence says so', () => {
    expect(verdictLine([f('location-timezone-mismatch', 'high')], 'en')).toBe('Location and time zone disagree.');
    // The badge's words (lib/finding-view.ts levelSummary), with the notes counted.
    expect(verdictLine([], 'en')).toBe('No red flags');
    expect(verdictLine([f('no-photo', 'low', { note: true })], 'en')).toBe('No red flags · 1 note');
    expect(verdictLine([f('no-photo', 'low', { note: true })], 'de')).toBe('Keine Warnsignale · 1 Hinweis');
  });

  it('never shows a rule id', () => {
    const all = ['location-timezone-mismatch', 'thin-history', 'remote-access-request', 'profile-changed'].map((r) =>
      f(r, 'high'),
    );
    for (const lang of ['en', 'de'] as const) expect(verdictLine(all, lang)).not.toMatch(/[a-z]+-[a-z]+-/);
  });
});

describe('firstStep', () => {
  it('the most serious red flag’s step, in the language asked for', () => {
    setLocale('en');
    const { findings } = persona();
    expect(firstStep(findings, 'en')).toBe(
      'Ask where they work from and at what hours; confirm it on a video call and against their ID documents.',
    );
    // The rule's own step in the catalogue's language where the finding carries none (a remembered finding).
    expect(
      firstStep(
        [f('note-rule', 'low', { note: true }), f('new-account', 'medium'), f('crypto-payment-in-profile', 'high')],
        'de',
      ),
    ).toMatch(/^Zahlen Sie nicht in Kryptowährung/);
  });

  it('nothing without a red flag: a note is no task', () => {
    expect(firstStep([f('location-timezone-mismatch', 'low', { note: true })], 'en')).toBeUndefined();
    expect(firstStep([], 'en')).toBeUndefined();
  });
});
