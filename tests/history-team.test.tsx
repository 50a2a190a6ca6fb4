/** The history page with colleagues' profiles (issue 16): the mine / team / all filter, who saw each and when. */
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { HistoryPage } from '../components/HistoryPage';
import { openRadarDb, RadarStore } from '../lib/storage/db';
import type { TeamProfile } from '../lib/team/records';
import { profile } from './helpers';

const tick = () => new Promise((r) => setTimeout(r, 30));
async function until(f: () => boolean) {
  for (let i = 0; i < 100 && !f(); i++) await tick();
  expect(f()).toBe(true);
}

const colleague = (i: number, extra: Partial<TeamProfile>): TeamProfile => ({
  id: `maria:k${i}`,
  recruiterId: 'maria',
  seenAt: `2026-11-0${i}T09:00:00.000Z`,
  site: 'upwork',
  mode: 'full',
  keyHash: `k${i}`,
  contacts: [],
  reviews: [],
  ...extra,
});

async function setup(team: TeamProfile[]) {
  const store = new RadarStore(await openRadarDb(`history-team-${Math.random()}`));
  await store.recordVisit(profile({ id: '~own', name: 'Own Person' }), 'none', [], new Date('2026-11-20T10:00:00Z'));
  await store.putTeamProfiles(team);
  const deps = { store, now: () => new Date('2026-11-27T10:00:00Z'), changed: vi.fn(), download: vi.fn() };
  const el = document.createElement('div');
  document.body.append(el);
  render(<HistoryPage deps={deps} />, el);
  await until(() => el.querySelectorAll('tbody tr').length > 0);
  return el;
}

const names = (el: Element) => [...el.querySelectorAll('tbody th')].map((th) => th.textContent);
const choose = (el: Element, value: string) => {
  const select = [...el.querySelectorAll('select')].find((s) => s.querySelector('option[value=team]'))!;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
};

describe('history: the team’s profiles', () => {
  it('shows mine, the team’s or all; names the colleague and the day; hashes-only records are counted, not listed', async () => {
    const el = await setup([
      colleague(3, {
        recruiter: 'Maria <i>M</i>',
        name: 'Alice <b>Example</b>',
        url: 'https://www.upwork.com/freelancers/~01alice',
        findings: [{ rule: 'shared-contact', severity: 'high', evidence: [], sources: [] }],
      }),
      colleague(5, { name: 'Bob Other', url: 'javascript:alert(1)' }),
      colleague(4, { mode: 'hashes', contacts: ['h:abc'] }),
      colleague(6, { mode: 'hashes' }),
    ]);
    // The list and the count of hashes-only records come from two reads: wait for both (a loaded machine shows one first).
    await until(() => names(el).length === 3 && el.querySelector('.rfr-team-hidden') !== null);
    expect(names(el)).toEqual(['Own Person', 'Bob Other', 'Alice <b>Example</b>']);
    const rows = [...el.querySelectorAll('.rfr-team-table tbody tr')];
    expect(rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent))).toEqual([
      ['Upwork', '—', 'a colleague on Nov\u00a05,\u00a02026'],
      [
        'Upwork',
        'A contact or link of this profile was seen under another name',
        'Maria <i>M</i> on Nov\u00a03,\u00a02026',
      ],
    ]);
    // Text only, and no link that is not https.
    expect(el.querySelector('tbody b, tbody i')).toBeNull();
    expect(rows[0]!.querySelector('a')!.hasAttribute('href')).toBe(false);
    expect(el.querySelector('.rfr-team-hidden')!.textContent).toBe(
      '2 more profiles were shared as hashes only: they have no name or address to list, and they still count in the checks.',
    );

    choose(el, 'mine');
    await until(() => names(el).length === 1);
    expect(names(el)).toEqual(['Own Person']);
    expect(el.querySelector('.rfr-team-profiles')).toBeNull();

    choose(el, 'team');
    await until(() => names(el).length === 2);
    expect(names(el)).toEqual(['Bob Other', 'Alice <b>Example</b>']);

    const search = el.querySelector('input[type=search]') as HTMLInputElement;
    search.value = 'alice';
    search.dispatchEvent(new Event('input', { bubbles: true }));
    await until(() => names(el).length === 1);
    expect(names(el)).toEqual(['Alice <b>Example</b>']);
  });

  it('without colleagues’ records and without team memory, no filter and no team section', async () => {
    const el = await setup([]);
    await tick();
    expect([...el.querySelectorAll('option')].map((o) => o.value)).not.toContain('team');
    expect(el.querySelector('.rfr-team-profiles')).toBeNull();
  });
});
