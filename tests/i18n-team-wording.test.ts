/**
 * Team memory's choices say plainly what each one shares (hm18 report, point 14): a hiring manager found
 * "Hashes only" opaque. No "hash" where people read the options, the history or the privacy page, in English
 * or German; each choice names what colleagues get.
 */
import { describe, expect, it } from 'vitest';
import { pagesCatalogue } from '../lib/i18n/pages';

const TEAM_KEYS = [
  'team.key.help',
  'team.share.off',
  'team.share.full',
  'team.share.hashes',
  'team.share.help',
  'history.team.hidden',
  'history.team.hidden.one',
] as const;

describe.each(['en', 'de'] as const)('team memory in %s', (lang) => {
  const texts = pagesCatalogue[lang] as Record<string, string>;
  it('no "hash" in any text of the pages', () => {
    const hashy = Object.entries(texts).filter(([, v]) => /hash/i.test(v));
    expect(hashy).toEqual([]);
  });
  it('each choice says what is shared and what colleagues learn', () => {
    for (const k of TEAM_KEYS) expect(texts[k], k).toBeTruthy();
    const full = texts['team.share.full']!;
    const prints = texts['team.share.hashes']!;
    if (lang === 'en') {
      expect(full).toMatch(/name and profile address.*red flags.*notes.*Colleagues see/);
      expect(prints).toMatch(/^Fingerprints only: .*no name, address, text or picture.*Colleagues learn only/);
    } else {
      expect(full).toMatch(/Name und Profiladresse.*Warnsignale.*Notizen.*Ihr Team sieht/);
      expect(prints).toMatch(
        /^Nur Fingerabdrücke: .*kein Name, keine Adresse, kein Text und kein Bild.*Ihr Team erfährt nur/,
      );
    }
  });
});
