/**
 * A page read in part and what could not be checked, kept with the remembered visit: the history and the evidence
 * exports say it as the panel did ("No red flags · read in part", the unread fields, the checks that could not run) —
 * never "No red flags" alone — in the reader's language today, not the one of the visit.
 */
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyzeRead } from '../lib/analyze';
import { visitGaps } from '../lib/background/memory';
import { evidenceHtml, evidenceJson } from '../lib/export/evidence';
import { exportMemory, importMemory, ImportError } from '../lib/export/memory';
import { setLocale } from '../lib/i18n';
import '../lib/i18n/pages';
import { openRadarDb, RadarStore } from '../lib/storage/db';
import { HistoryPage } from '../components/HistoryPage';
import { RecentProfiles } from '../components/RecentProfiles';
import { buildTeamProfile } from '../lib/team/records';
import { profile, until } from './helpers';

const NOW = new Date('2026-11-27T12:00:00Z');

/** An Upwork profile whose page was read without its embedded data: name and location only. */
const inPart = () =>
  analyzeRead(
    'upwork',
    'https://www.upwork.com/freelancers/~01aaaaaaaaaaaaaaaa',
    {
      status: 'partial',
      missing: ['embedded-state'],
      profile: profile({ id: '~01a', name: 'Ann Example', location: { country: 'US', countryName: 'United States' } }),
    },
    { now: NOW },
  );

async function remembered(gaps = visitGaps(inPart())) {
  const store = new RadarStore(await openRadarDb(`gaps-${Math.random()}`));
  const a = inPart();
  await store.recordVisit(a.profile!, a.risk.level, a.findings, NOW, gaps);
  return store;
}

afterEach(() => setLocale('en'));

describe('what a visit could not read or check, remembered', () => {
  it('keeps the unread fields and the panel’s lines as catalogue keys (a line with a value as shown)', () => {
    const a = inPart();
    expect(a.risk.level).toBe('none');
    const gaps = visitGaps(a);
    expect(gaps.unread).toEqual(['embedded-state']);
    expect(gaps.unchecked.length).toBe(a.risk.unchecked.length);
    expect(gaps.unchecked).toContain('unchecked.messages');
    expect(gaps.unchecked.every((l) => l.startsWith('unchecked.'))).toBe(true);
    // the same keys from the German panel's lines
    setLocale('de');
    expect(visitGaps(inPart()).unchecked).toEqual(gaps.unchecked);
    // a failed check's line has its title in it: kept as the words shown
    expect(visitGaps({ ...a, risk: { ...a.risk, unchecked: ['Could not check X'] } }).unchecked).toEqual([
      'Could not check X',
    ]);
    // a page read whole keeps no unread fields
    expect(visitGaps({ ...a, status: 'ok', missing: [] }).unread).toBeUndefined();
  });

  it('a later visit that read the page whole clears the unread fields', async () => {
    const store = await remembered();
    expect((await store.get('upwork:~01a'))!.unread).toEqual(['embedded-state']);
    const a = inPart();
    await store.recordVisit(a.profile!, 'none', [], new Date('2026-11-28T12:00:00Z'), {
      unchecked: ['unchecked.messages'],
    });
    const e = (await store.get('upwork:~01a'))!;
    expect(e.unread).toBeUndefined();
    expect(e.unchecked).toEqual(['unchecked.messages']);
  });

  it('the evidence export says "read in part" beside "No red flags", and what could not be checked, in either language', async () => {
    const e = (await (await remembered()).get('upwork:~01a'))!;
    const j = evidenceJson(e, NOW);
    expect(j.readInPart).toEqual({
      notRead: ['embedded-state'],
      said: expect.stringContaining('Read only in part'),
    });
    expect(j.unchecked).toContain('No proposal or message text checked');
    const html = evidenceHtml(e, NOW);
    expect(html).toMatch(/<th>Level<\/th><td>No red flags · read in part · 1 note<\/td>/);
    expect(html).toContain('What could not be checked');
    setLocale('de');
    const de = evidenceHtml(e, NOW);
    expect(de).toMatch(/Keine Warnsignale · nur teilweise gelesen · 1 Hinweis<\/td>/);
    expect(de).toContain('Was nicht geprüft werden konnte');
    expect(de).not.toContain('Read only in part');
  });

  it('the history row and its details say it too', async () => {
    const store = await remembered();
    const deps = { store, now: () => NOW, changed: vi.fn(), download: vi.fn() };
    const el = document.createElement('div');
    document.body.append(el);
    render(<HistoryPage deps={deps} />, el);
    await until(() => el.querySelectorAll('tbody tr').length === 1);
    expect(el.querySelector('.rfr-cell-level')!.textContent).toBe('No red flags · read in part');
    (el.querySelector('button[aria-expanded]') as HTMLButtonElement).click();
    await until(() => !!el.querySelector('.rfr-history-unchecked'));
    const section = el.querySelector('.rfr-history-unchecked')!;
    expect(section.querySelector('.rfr-partial')!.textContent).toMatch(/^Read only in part — not read: /);
    expect(section.querySelectorAll('.rfr-unchecked li').length).toBe(visitGaps(inPart()).unchecked.length);
    render(null, el);
    el.remove();
  });

  it('the popup’s recently seen profiles say it too', async () => {
    const e = (await (await remembered()).get('upwork:~01a'))!;
    const el = document.createElement('div');
    document.body.append(el);
    render(<RecentProfiles load={async () => [e]} historyUrl="profiles.html" now={() => NOW} />, el);
    await until(() => !!el.querySelector('.rfr-chip'));
    expect(el.querySelector('.rfr-chip')!.textContent).toBe('No red flags · read in part · 1 note');
    render(null, el);
    el.remove();
  });

  it('a colleague sharing in full sends the unread fields; sharing hashes only, not', async () => {
    const store = new RadarStore(await openRadarDb(`gaps-${Math.random()}`));
    const a = inPart();
    const { entry, print } = await store.recordVisit(a.profile!, a.risk.level, a.findings, NOW, visitGaps(a));
    const who = { recruiterId: 'r1', salt: 's' };
    expect(buildTeamProfile(entry, print, undefined, { ...who, mode: 'full' }).unread).toEqual(['embedded-state']);
    expect(buildTeamProfile(entry, print, undefined, { ...who, mode: 'hashes' }).unread).toBeUndefined();
  });

  it('an import keeps them, and refuses a catalogue key this version does not know', async () => {
    const store = await remembered();
    const file = await exportMemory(store, NOW);
    const other = new RadarStore(await openRadarDb(`gaps-${Math.random()}`));
    await importMemory(other, JSON.stringify(file));
    expect((await other.get('upwork:~01a'))!.unread).toEqual(['embedded-state']);
    const bad = { ...file, profiles: [{ ...file.profiles[0]!, unchecked: ['unchecked.no-such-line'] }] };
    await expect(importMemory(other, JSON.stringify(bad))).rejects.toThrow(ImportError);
  });
});
