/**
 * A finding's evidence is written out when first read (lib/rules/finding.ts), not when the rule finds it: it
 * must read exactly as if written at once — in the language of the analysis, whichever language is current
 * when it is read, in its place among the keys, and replaceable like a plain property.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { currentLocale, setLocale } from '../lib/i18n';
import { line } from '../lib/i18n/evidence';
import { finding } from '../lib/rules/finding';

afterEach(() => setLocale('en'));

const made = () =>
  finding(
    'new-account',
    'medium',
    [line('evidence.memberSince', { date: { date: '2026-05-20' }, count: 2, now: { date: '2026-05-22' } })],
    ['G1'],
  );

describe('lazy evidence', () => {
  it('reads in the language of the analysis after the language was switched', () => {
    const en = made();
    setLocale('de');
    const de = made();
    expect(en.evidence).toEqual(['Member since May\u00a020,\u00a02026 (2 days before May\u00a022,\u00a02026)']);
    expect(de.evidence).toEqual(['Mitglied seit 20.05.2026 (2 Tage vor dem 22.05.2026)']);
    // The reader's language is left as it was.
    expect(currentLocale()).toBe('de');
  });

  it('is an own, enumerable key in its place: JSON, spreads and clones see the written array', () => {
    const f = made();
    expect(Object.keys(f)).toEqual(['rule', 'severity', 'title', 'evidence', 'lines', 'sources', 'advice']);
    const json = JSON.parse(JSON.stringify(made()));
    expect(json.evidence).toEqual(f.evidence);
    expect({ ...made() }.evidence).toEqual(f.evidence);
    expect(structuredClone(made()).evidence).toEqual(f.evidence);
  });

  it('is written once, and can be replaced', () => {
    const f = made();
    expect(f.evidence).toBe(f.evidence);
    f.evidence = ['replaced'];
    expect(f.evidence).toEqual(['replaced']);
    const g = made();
    g.evidence.push('added');
    expect(g.evidence).toHaveLength(2);
  });
});

describe('the words a message finding says matched', () => {
  it('leaves out pronouns and possessives where other words matched, and keeps them where they are all there is', async () => {
    const { messageFinding } = await import('../lib/rules/finding');
    const hit = (words: string[]) => ({
      sentence: 'Bitte auf das Konto meines Bruders.',
      index: 0,
      words,
      weak: false,
    });
    expect(messageFinding('alt-payment-request', 'high', [hit(['Konto', 'meines', 'Bruders'])], []).evidence[0]).toBe(
      '“Bitte auf das Konto meines Bruders.” — words that matched: “Konto” and “Bruders”',
    );
    expect(messageFinding('alt-payment-request', 'high', [hit(['meines'])], []).evidence[0]).toBe(
      '“Bitte auf das Konto meines Bruders.” — words that matched: “meines”',
    );
  });
});
