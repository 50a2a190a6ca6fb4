/**
 * German that reads as translated, found by a German-reading review (hm18 report, point 11): the phrases are
 * gone, and the extension's memory is called "Gedächtnis" everywhere ("Speicher" is the browser's storage).
 */
import { describe, expect, it } from 'vitest';
import { de as badgeDe } from '../lib/i18n/de';
import { pagesCatalogue } from '../lib/i18n/pages';

const de: Record<string, string> = { ...badgeDe, ...pagesCatalogue.de };
const all = Object.values(de).join('\n');

describe('German wording', () => {
  it.each([
    'Konten wechseln nach',
    'von der Plattform weg verlagern',
    'heben diese Hinweise die Stufe nicht',
    'Wo es arbeitet',
    'ein neues Konto mit wenig Verlauf',
    'vor denen die Warnung spricht',
    'gefestigte Bilanz',
  ])('no "%s"', (phrase) => {
    expect(all).not.toContain(phrase);
  });

  it('the team status reads "Status: Das Teamgedächtnis ist aus.", not "Stand: …"', () => {
    expect(`${de['team.status']}: ${de['team.status.off']}`).toBe('Status: Das Teamgedächtnis ist aus.');
  });

  it('the memory is "Gedächtnis" in the options and the history alike', () => {
    for (const key of ['history.memory', 'history.exportMemory', 'history.importMemory', 'ui.settings.history'])
      expect(de[key], key).toContain('edächtnis');
  });
});
