/**
 * The history page loads one language's texts (lib/i18n/load.ts): before that, t() knows no text; after it, the
 * texts of that language only, plurals included; the other language is added when it is loaded.
 */
import { describe, expect, it } from 'vitest';
import { currentLocale, setLocale, t } from '../lib/i18n/core';
import { loadTexts } from '../lib/i18n/load';
import { t as pageT } from '../lib/i18n/page-text';

describe('one language at a time', () => {
  it('knows no text before a language is loaded, then only that language’s', async () => {
    setLocale('en');
    expect(t('advice.documents')).toBe('advice.documents');
    await loadTexts('en');
    expect(pageT('history.title')).toBe('Red Flag Radar — history');
    expect(pageT('history.count', { count: 1 })).toBe('1 profile remembered in this browser');
    expect(t('advice.documents')).toBe('Verify identity documents, and ship equipment only to the address on them.');
    setLocale('de');
    // German not loaded yet: English stands in.
    expect(pageT('history.title')).toBe('Red Flag Radar — history');
    await loadTexts('de');
    expect(currentLocale()).toBe('de');
    expect(pageT('history.title')).toBe('Red Flag Radar — Verlauf');
    expect(pageT('history.count', { count: 1 })).toBe('1 Profil in diesem Browser gemerkt');
    expect(pageT('history.count', { count: 2 })).toBe('2 Profile in diesem Browser gemerkt');
  });
});
