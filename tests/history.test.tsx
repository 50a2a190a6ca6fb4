/** The history page over a real (fake-indexeddb) store: list, search, details, notes, dismiss, trust, delete. */
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { HistoryPage } from '../components/HistoryPage';
// The page's entry loads its texts (lib/i18n/load.ts); here both languages, as the other pages have them.
import '../lib/i18n/pages';
import { openRadarDb, RadarStore } from '../lib/storage/db';
import type { Finding } from '../lib/rules/types';
import { profile, tick, until } from './helpers';

const f = (rule: string): Finding => ({
  rule,
  severity: 'low',
  title: '',
  evidence: [`evidence of ${rule}`],
  sources: [],
  advice: '',
});

async function setup() {
  const store = new RadarStore(await openRadarDb(`history-${Math.random()}`));
  for (let i = 0; i < 130; i++)
    await store.recordVisit(
      profile({ id: `~${i}`, name: i === 7 ? 'Zed <b>Bold</b>' : `Person ${i}` }),
      i % 2 ? 'low' : 'none',
      i % 2 ? [f('no-photo')] : [],
      new Date(Date.UTC(2026, 10, 1, 0, i)),
    );
  const deps = { store, now: () => new Date('2026-11-27T10:00:00Z'), changed: vi.fn(), download: vi.fn() };
  const el = document.createElement('div');
  document.body.append(el);
  render(<HistoryPage deps={deps} />, el);
  await until(() => el.querySelectorAll('tbody tr').length > 0);
  return { store, deps, el };
}

const input = (el: Element, value: string) => {
  (el as HTMLInputElement).value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
};

describe('history page', () => {
  it('lists the newest 100 first with a count, then more; page text stays text', async () => {
    const { el } = await setup();
    await until(() => el.querySelector('p')!.textContent!.includes('130 profiles remembered'));
    expect(el.querySelectorAll('tbody tr')).toHaveLength(100);
    expect(el.querySelector('tbody th a')!.textContent).toBe('Person 129');
    [...el.querySelectorAll('button')].find((b) => b.textContent === 'Show more')!.click();
    await until(() => el.querySelectorAll('tbody tr').length === 130);
    expect(el.querySelector('tbody b')).toBeNull();
  });

  it('searches and filters', async () => {
    const { el } = await setup();
    input(el.querySelector('input[type=search]')!, 'zed');
    await until(() => el.querySelectorAll('tbody tr').length === 1);
    expect(el.querySelector('tbody th')!.textContent).toContain('Zed <b>Bold</b>');
    input(el.querySelector('input[type=search]')!, '');
    const level = el.querySelectorAll('select')[1]!;
    level.value = 'low';
    level.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => [...el.querySelectorAll('tbody tr')].every((r) => r.getAttribute('data-level') === 'low'));
  });

  it('adds a note, dismisses and restores a finding (kept as an audit trail), marks trusted, deletes after a confirmation', async () => {
    const { el, store, deps } = await setup();
    const row = () => el.querySelector('tbody tr[data-key="upwork:~129"]')!;
    (row().querySelector('button[aria-expanded]') as HTMLButtonElement).click();
    await until(() => !!el.querySelector('.rfr-profile-details'));
    const details = () => el.querySelector('.rfr-profile-details')!;
    const button = (text: string) => [...details().querySelectorAll('button')].find((b) => b.textContent === text)!;

    input(details().querySelector('textarea')!, 'Verified on a video call on 2026-11-26');
    await tick();
    button('Save note').click();
    await until(() => details().textContent!.includes('Verified on a video call'));

    input(details().querySelector('[data-rule="no-photo"] input')!, 'photo is on LinkedIn');
    await tick();
    button('Dismiss').click();
    await until(() =>
      details().textContent!.includes('Dismissed by you on Nov\u00a027,\u00a02026: photo is on LinkedIn'),
    );
    button('Restore').click();
    await until(() => !!details().querySelector('[data-rule="no-photo"] input'));
    // Trust asks how the person was verified; nothing is saved before an answer.
    const trust = button('Mark as trusted…');
    expect(trust.getAttribute('aria-expanded')).toBe('false');
    trust.click();
    await until(() => !!details().querySelector('.rfr-trust-form'));
    expect(trust.getAttribute('aria-expanded')).toBe('true');
    const reason = details().querySelector<HTMLTextAreaElement>('.rfr-trust-form textarea')!;
    expect(details().querySelector(`label[for="${reason.id}"]`)!.textContent).toBe('How did you verify this person?');
    expect(document.activeElement).toBe(reason);
    input(reason, '   ');
    await tick();
    expect(button('Mark as trusted').disabled).toBe(true);
    input(reason, '  Video call, camera on: the face matched the photo <b>ok</b>  ');
    await tick();
    button('Mark as trusted').click();
    await until(() => !!button('Remove the trusted mark'));
    expect(details().querySelector('.rfr-trust-form')).toBeNull();
    expect(document.activeElement).toBe(button('Remove the trusted mark'));
    expect(details().querySelector('.rfr-trusted')!.textContent).toBe(
      'Marked as trusted by you on Nov\u00a027,\u00a02026: Video call, camera on: the face matched the photo <b>ok</b>',
    );
    expect(details().querySelector('.rfr-trusted b')).toBeNull();

    const saved = (await store.get('upwork:~129'))!;
    expect(saved.notes?.[0]?.text).toBe('Verified on a video call on 2026-11-26');
    expect(saved.dismissals).toEqual([
      {
        rule: 'no-photo',
        reason: 'photo is on LinkedIn',
        at: '2026-11-27T10:00:00.000Z',
        restoredAt: '2026-11-27T10:00:00.000Z',
      },
    ]);
    expect(saved.trustedAt).toBe('2026-11-27T10:00:00.000Z');
    expect(saved.trustReason).toBe('Video call, camera on: the face matched the photo <b>ok</b>');
    expect(deps.changed).toHaveBeenCalled();

    button('Export evidence (printable HTML)').click();
    expect(deps.download).toHaveBeenCalledWith(
      expect.stringMatching(/\.html$/),
      'text/html',
      expect.stringContaining('Person 129'),
    );
    // The search finds a person by how they were verified.
    input(el.querySelector('input[type=search]')!, 'face matched');
    await until(() => el.querySelectorAll('tbody tr[data-key]').length === 1);
    expect(row().querySelector('.rfr-tag')!.textContent).toBe(' (trusted)');
    input(el.querySelector('input[type=search]')!, '');
    await until(() => el.querySelectorAll('tbody tr[data-key]').length > 1);

    // Taking the mark away takes its reason with it.
    button('Remove the trusted mark').click();
    await until(() => !!button('Mark as trusted…'));
    expect(details().querySelector('.rfr-trusted')).toBeNull();
    const untrusted = (await store.get('upwork:~129'))!;
    expect(untrusted.trustedAt).toBeUndefined();
    expect(untrusted.trustReason).toBeUndefined();

    const del = () => [...row().querySelectorAll('button')].find((b) => /delete/i.test(b.textContent!))!;
    del().click();
    await tick();
    expect(await store.get('upwork:~129')).toBeDefined(); // the first click only asks
    del().click();
    await until(() => !el.querySelector('tbody tr[data-key="upwork:~129"]'));
    expect(await store.get('upwork:~129')).toBeUndefined();
  });

  it('a mark made before reasons were asked for reads as before, and can be taken away', async () => {
    const { el, store } = await setup();
    await store.update('upwork:~128', (e) => ({ ...e, trustedAt: '2026-05-01T10:00:00.000Z' }));
    const row = () => el.querySelector('tbody tr[data-key="upwork:~128"]')!;
    input(el.querySelector('input[type=search]')!, 'Person 128');
    await until(() => el.querySelectorAll('tbody tr[data-key]').length === 1);
    (row().querySelector('button[aria-expanded]') as HTMLButtonElement).click();
    await until(() => !!el.querySelector('.rfr-profile-details'));
    const details = el.querySelector('.rfr-profile-details')!;
    expect(details.querySelector('.rfr-trusted')!.textContent).toBe(
      'Marked as trusted by you on May\u00a01,\u00a02026',
    );
    [...details.querySelectorAll('button')].find((b) => b.textContent === 'Remove the trusted mark')!.click();
    await until(() => !details.querySelector('.rfr-trusted'));
    expect((await store.get('upwork:~128'))!.trustedAt).toBeUndefined();
  });
});
