/** The history page with colleagues' profiles (issue 16): the mine / team / all filter, who saw each and when. */
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { HistoryPage } from '../components/HistoryPage';
import { openRadarDb, RadarStore } from '../lib/storage/db';
import type { TeamRecord } from '../lib/team/doc';
import type { TeamProfile } from '../lib/team/records';
import { profile, tick, until } from './helpers';

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

/** The history page over a store, mounted in the document once it lists a row. */
async function mount(store: RadarStore) {
  const deps = { store, now: () => new Date('2026-11-27T10:00:00Z'), changed: vi.fn(), download: vi.fn() };
  const el = document.createElement('div');
  document.body.append(el);
  render(<HistoryPage deps={deps} />, el);
  await until(() => el.querySelectorAll('tbody tr').length > 0);
  return el;
}

async function setup(team: TeamProfile[]) {
  const store = new RadarStore(await openRadarDb(`history-team-${Math.random()}`));
  await store.recordVisit(profile({ id: '~own', name: 'Own Person' }), 'none', [], new Date('2026-11-20T10:00:00Z'));
  await store.putTeamProfiles(team);
  return mount(store);
}

const names = (el: Element) =>
  [...el.querySelectorAll('tbody th')].map((th) => (th.querySelector('a') ?? th).textContent);
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
      ['Upwork', 'No red flags', '—', 'a colleague on\u00a0Nov\u00a05,\u00a02026'],
      [
        'Upwork',
        'High',
        'A contact or link of this profile was seen under another name',
        'Maria <i>M</i> on\u00a0Nov\u00a03,\u00a02026',
      ],
    ]);
    // Text only, and no link that is not https.
    expect(el.querySelector('tbody b, tbody i')).toBeNull();
    expect(rows[0]!.querySelector('a')!.hasAttribute('href')).toBe(false);
    expect(el.querySelector('.rfr-team-hidden')!.textContent).toBe(
      '2 more profiles were shared as fingerprints only (no name, address or text, by the colleague’s choice): there is nothing to list, and they still count in the checks.',
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

  it('the team’s list honours the level, trusted and notes filters as the own list does', async () => {
    const high = [{ rule: 'shared-contact', severity: 'high' as const, evidence: [], sources: [] }];
    const el = await setup([
      colleague(1, { name: 'Hana High', findings: high, level: 'high' }),
      colleague(2, {
        name: 'Tess Trusted',
        level: 'none',
        trustedAt: '2026-11-02T10:00:00.000Z',
        notes: [{ at: '2026-11-02T10:00:00.000Z', text: 'Verified on a <b>video</b> call' }],
      } as Partial<TeamRecord>),
      colleague(3, {
        name: 'Nina Noted',
        level: 'medium',
        notes: [{ at: '2026-11-03T10:00:00.000Z', text: 'Asked for ID' }],
      } as Partial<TeamRecord>),
      // Shared before the level travelled: scored from its findings (one high finding: high).
      colleague(4, { name: 'Olaf Older', findings: high }),
      colleague(5, { mode: 'hashes' }),
    ]);
    choose(el, 'team');
    await until(() => names(el).length === 4 && el.querySelector('.rfr-team-hidden') !== null);
    expect(names(el)).toEqual(['Olaf Older', 'Nina Noted', 'Tess Trusted', 'Hana High']);
    expect([...el.querySelectorAll('.rfr-team-table tbody tr')].map((r) => r.getAttribute('data-level'))).toEqual([
      'high',
      'medium',
      'none',
      'high',
    ]);
    // The colleague's mark and notes are in the row, as text.
    const tess = el.querySelector('[data-team-id="maria:k2"] th')!;
    expect(tess.textContent).toBe(
      'Tess Trusted (marked as trusted by a colleague)Note: Verified on a <b>video</b> call',
    );
    expect(tess.querySelector('b')).toBeNull();

    const level = [...el.querySelectorAll('select')].find((s) => s.querySelector('option[value=high]'))!;
    level.value = 'high';
    level.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => names(el).length === 2);
    expect(names(el)).toEqual(['Olaf Older', 'Hana High']);
    // Hashes-only records have no level: under a filter they are not counted as "more".
    expect(el.querySelector('.rfr-team-hidden')).toBeNull();

    level.value = '';
    level.dispatchEvent(new Event('change', { bubbles: true }));
    const [trusted, notes] = [...el.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
    trusted!.checked = true;
    trusted!.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => names(el).length === 1);
    expect(names(el)).toEqual(['Tess Trusted']);

    trusted!.checked = false;
    trusted!.dispatchEvent(new Event('change', { bubbles: true }));
    notes!.checked = true;
    notes!.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => names(el).length === 2);
    expect(names(el)).toEqual(['Nina Noted', 'Tess Trusted']);

    // The search reads the colleagues' notes too, as it reads the user's own.
    const search = el.querySelector('input[type=search]') as HTMLInputElement;
    search.value = 'asked for';
    search.dispatchEvent(new Event('input', { bubbles: true }));
    await until(() => names(el).length === 1);
    expect(names(el)).toEqual(['Nina Noted']);

    search.value = 'nobody';
    search.dispatchEvent(new Event('input', { bubbles: true }));
    await until(() => names(el).length === 0);
    expect(el.querySelector('.rfr-team-profiles .rfr-empty')!.textContent).toBe('No profiles from your team match.');
  });

  it('a filter pages through the team’s records: a match beyond the first hundred is listed, with no empty page', async () => {
    const many = Array.from({ length: 150 }, (_, i) =>
      colleague(1, {
        id: `maria:n${i}`,
        keyHash: `n${i}`,
        seenAt: new Date(Date.UTC(2026, 10, 1, 0, 150 - i)).toISOString(),
        name: `Person ${i}`,
        level: i === 140 ? 'high' : 'none',
      }),
    );
    const el = await setup(many);
    choose(el, 'team');
    await until(() => names(el).length === 100);
    const level = [...el.querySelectorAll('select')].find((s) => s.querySelector('option[value=high]'))!;
    level.value = 'high';
    level.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => names(el).length === 1);
    expect(names(el)).toEqual(['Person 140']);
    expect([...el.querySelectorAll('.rfr-team-profiles button')].map((b) => b.textContent)).toEqual([]);
  });

  it('the level cell is one in both lists: "read in part" beside "No red flags", never beside a level', async () => {
    const store = new RadarStore(await openRadarDb(`history-team-${Math.random()}`));
    const when = new Date('2026-11-20T10:00:00Z');
    const gaps = { unread: ['embedded-state'], unchecked: [] };
    await store.recordVisit(profile({ id: '~own', name: 'Own Person' }), 'none', [], when, gaps);
    await store.putTeamProfiles([
      colleague(1, { name: 'Pat Part', level: 'none', unread: ['embedded-state'] }),
      colleague(2, { name: 'Hana High', level: 'high', unread: ['embedded-state'] }),
    ]);
    const el = await mount(store);
    await until(() => names(el).length === 3);
    const own = el.querySelector('.rfr-history-table:not(.rfr-team-table) .rfr-cell-level')!;
    const team = [...el.querySelectorAll('.rfr-team-table .rfr-cell-level')];
    // Each part is kept in one line by the page's style; the space between them is the one place the cell may break,
    // so "· read in part" goes under the level's words as a whole when the findings need the width.
    expect(own.outerHTML).toBe(
      '<td class="rfr-cell-level rfr-cell-none"><span class="rfr-level-words">No red flags</span> ' +
        '<span class="rfr-in-part">· read in part</span></td>',
    );
    expect(own.textContent).toBe('No red flags · read in part');
    expect(team.map((td) => td.outerHTML)).toEqual([
      '<td class="rfr-cell-level rfr-cell-high"><span class="rfr-level-words">High</span></td>',
      own.outerHTML,
    ]);
    render(null, el);
    el.remove();
  });

  it('the findings cell is one in both lists: the notes named, not only counted; only the user’s own dismissals marked', async () => {
    const store = new RadarStore(await openRadarDb(`history-team-${Math.random()}`));
    const stored = [
      { rule: 'shared-contact', severity: 'high' as const, evidence: [], sources: [] },
      { rule: 'very-broad-skills', severity: 'low' as const, evidence: [], sources: [] },
      { rule: 'no-photo', severity: 'low' as const, evidence: [], sources: [] },
    ];
    const findings = stored.map((f) => ({ ...f, title: '', advice: '' }));
    await store.recordVisit(
      profile({ id: '~own', name: 'Own Person' }),
      'high',
      findings,
      new Date('2026-11-20T10:00Z'),
    );
    await store.putTeamProfiles([
      colleague(1, {
        name: 'Hana High',
        level: 'high',
        findings: stored,
        // The colleague's own dismissal: not "dismissed by you".
        dismissals: [{ rule: 'no-photo', reason: 'seen on a call', at: '2026-11-01T10:00:00.000Z' }],
      } as Partial<TeamRecord>),
    ]);
    const el = await mount(store);
    await until(() => names(el).length === 2);
    const own = el.querySelector('.rfr-history-table:not(.rfr-team-table) .rfr-cell-findings')!;
    const team = el.querySelector('.rfr-team-table .rfr-cell-findings')!;
    expect(own.textContent).toBe(
      'A contact or link of this profile was seen under another name ' +
        '(2 notes: Unusually broad skill list across unrelated fields; No profile photo)',
    );
    expect(team.outerHTML).toBe(own.outerHTML);
    expect(team.querySelector('.rfr-row-notes')!.textContent).toBe(
      ' (2 notes: Unusually broad skill list across unrelated fields; No profile photo)',
    );
    render(null, el);
    el.remove();
  });

  it('without colleagues’ records and without team memory, no filter and no team section', async () => {
    const el = await setup([]);
    await tick();
    expect([...el.querySelectorAll('option')].map((o) => o.value)).not.toContain('team');
    expect(el.querySelector('.rfr-team-profiles')).toBeNull();
  });

  it('a colleague’s trusted mark says how they verified the person, as text; the search finds it', async () => {
    const el = await setup([
      colleague(1, {
        name: 'Vera Verified',
        recruiter: 'Maria',
        trustedAt: '2026-11-01T10:00:00.000Z',
        trustReason: 'Video call, camera on: the face matched the <b>photo</b>',
      } as Partial<TeamRecord>),
      // A mark made before reasons were asked for: said as before.
      colleague(2, { name: 'Otto Older', trustedAt: '2026-11-02T10:00:00.000Z' } as Partial<TeamRecord>),
    ]);
    choose(el, 'team');
    await until(() => names(el).length === 2);
    const vera = el.querySelector('[data-team-id="maria:k1"] th')!;
    expect(vera.textContent).toBe(
      'Vera Verified (marked as trusted by Maria: Video call, camera on: the face matched the <b>photo</b>)',
    );
    expect(vera.querySelector('b')).toBeNull();
    expect(el.querySelector('[data-team-id="maria:k2"] th')!.textContent).toBe(
      'Otto Older (marked as trusted by a colleague)',
    );
    const search = el.querySelector('input[type=search]') as HTMLInputElement;
    search.value = 'face matched';
    search.dispatchEvent(new Event('input', { bubbles: true }));
    await until(() => names(el).length === 1);
    expect(names(el)).toEqual(['Vera Verified']);
  });
});
