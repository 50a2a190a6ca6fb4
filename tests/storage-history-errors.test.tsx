/**
 * Issue 14, defect 11: the history page swallowed storage errors — a full disk when saving a note, dismissing,
 * trusting or deleting left the page as if it had worked. Each is now said, in the page's language.
 */
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HistoryPage } from '../components/HistoryPage';
import { setLocale } from '../lib/i18n';
import type { Finding } from '../lib/rules/types';
import { openRadarDb, RadarStore } from '../lib/storage/db';
import { profile, tick, until } from './helpers';

const full = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
const finding: Finding = { rule: 'no-photo', severity: 'low', title: '', evidence: ['x'], sources: [], advice: '' };

afterEach(() => setLocale('en'));

async function setup() {
  const store = new RadarStore(await openRadarDb(`history-errors-${Math.random()}`));
  for (let i = 0; i < 3; i++)
    await store.recordVisit(
      profile({ id: `~${i}`, name: `Person ${i}` }),
      'low',
      [finding],
      new Date(Date.UTC(2026, 10, 1, i)),
    );
  const deps = { store, now: () => new Date('2026-11-27T10:00:00Z'), changed: vi.fn(), download: vi.fn() };
  const el = document.createElement('div');
  document.body.append(el);
  render(<HistoryPage deps={deps} />, el);
  await until(() => el.querySelectorAll('tbody tr').length === 3);
  const row = () => el.querySelector('tbody tr[data-key="upwork:~2"]')!;
  const alert = () => el.querySelector('[role=alert]')?.textContent ?? '';
  const open = async () => {
    (row().querySelector('button[aria-expanded]') as HTMLButtonElement).click();
    await until(() => !!el.querySelector('.rfr-profile-details'));
    return el.querySelector('.rfr-profile-details')!;
  };
  const button = (root: Element, text: string | RegExp) =>
    [...root.querySelectorAll('button')].find((b) =>
      typeof text === 'string' ? b.textContent === text : text.test(b.textContent!),
    )!;
  return { store, deps, el, row, alert, open, button };
}

const input = (el: Element, value: string) => {
  (el as HTMLInputElement).value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
};

/** "Mark as trusted…", the reason, then the button that saves it. */
async function trust(details: Element, button: (root: Element, text: string) => HTMLButtonElement, reason: string) {
  button(details, 'Mark as trusted…').click();
  await until(() => !!details.querySelector('.rfr-trust-form textarea'));
  input(details.querySelector('.rfr-trust-form textarea')!, reason);
  await tick();
  button(details, 'Mark as trusted').click();
}

describe('history page: storage errors are shown, not swallowed', () => {
  it('saving a note on a full disk says so and keeps the note typed', async () => {
    const { store, open, button, alert } = await setup();
    vi.spyOn(store, 'update').mockRejectedValue(full());
    const details = await open();
    input(details.querySelector('textarea')!, 'Verified on a video call');
    await tick();
    button(details, 'Save note').click();
    await until(() => alert().includes('Not saved'));
    expect(alert()).toMatch(/storage is full/);
    expect(details.querySelector('textarea')!.value).toBe('Verified on a video call');
    expect((await store.get('upwork:~2'))!.notes).toBeUndefined();
  });

  it('dismissing on a full disk says so', async () => {
    const { store, open, button, alert } = await setup();
    vi.spyOn(store, 'update').mockRejectedValue(full());
    const details = await open();
    input(details.querySelector('[data-rule="no-photo"] input')!, 'photo is on LinkedIn');
    await tick();
    button(details, 'Dismiss').click();
    await until(() => alert().includes('Not saved'));
    expect(button(details, 'Mark as trusted…')).toBeDefined();
  });

  it('trusting on a full disk says so and keeps the reason typed', async () => {
    const { store, open, button, alert } = await setup();
    vi.spyOn(store, 'update').mockRejectedValue(full());
    const details = await open();
    await trust(details, button, 'Checked a government ID');
    await until(() => alert().includes('Not saved'));
    expect(details.querySelector<HTMLTextAreaElement>('.rfr-trust-form textarea')!.value).toBe(
      'Checked a government ID',
    );
    expect((await store.get('upwork:~2'))!.trustedAt).toBeUndefined();
  });

  it('deleting on a failing storage says so and keeps the row', async () => {
    const { store, row, button, alert, el } = await setup();
    vi.spyOn(store, 'deleteProfile').mockRejectedValue(new DOMException('disk I/O', 'UnknownError'));
    button(row(), /delete/i).click();
    await tick();
    button(row(), /delete/i).click();
    await until(() => alert().includes('not deleted'));
    expect(alert()).toContain('UnknownError');
    expect(el.querySelector('tbody tr[data-key="upwork:~2"]')).not.toBeNull();
    expect(el.querySelector('[role=status]')?.textContent ?? '').not.toContain('Profile deleted');
  });

  it('deleting everything on a full disk says nothing was deleted (in German)', async () => {
    setLocale('de');
    const { store, el, alert } = await setup();
    vi.spyOn(store, 'clearHistory').mockRejectedValue(full());
    const all = () => [...el.querySelectorAll('.rfr-memory button')].at(-1) as HTMLButtonElement;
    all().click();
    await tick();
    all().click();
    await until(() => alert().includes('Es wurde nichts gelöscht'));
    expect(alert()).toContain('voll');
    expect(el.querySelectorAll('tbody tr')).toHaveLength(3);
  });

  it('a later success clears the error', async () => {
    const { store, open, button, alert } = await setup();
    const spy = vi.spyOn(store, 'update').mockRejectedValueOnce(full());
    const details = await open();
    await trust(details, button, 'Spoke with two past clients');
    await until(() => alert().includes('Not saved'));
    spy.mockRestore();
    button(details, 'Mark as trusted').click();
    await until(() => alert() === '');
    expect((await store.get('upwork:~2'))!).toMatchObject({
      trustedAt: '2026-11-27T10:00:00.000Z',
      trustReason: 'Spoke with two past clients',
    });
  });
});
