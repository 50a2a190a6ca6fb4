/**
 * The history page when the extension is updated while it is open (issue 16): its connection to the memory closes
 * for the new version's upgrade (lib/storage/open-events.ts), and the page says so, in its language, and reloads
 * on a click (components/UpdatedNotice.tsx).
 */
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HistoryPage, type HistoryDeps } from '../components/HistoryPage';
import { UpdatedNotice } from '../components/UpdatedNotice';
import { setLocale } from '../lib/i18n/page-text';
// The page's entry loads its texts (lib/i18n/load.ts); here both languages, as the other pages have them.
import '../lib/i18n/pages';
import { MIGRATIONS, openRadarDb, RadarStore } from '../lib/storage/db';
import { HistoryStore, openCurrentDb } from '../lib/storage/history-store';
import { profile } from './helpers';

afterEach(() => setLocale('en'));

const until = async (f: () => boolean) => {
  for (let i = 0; i < 100 && !f(); i++) await new Promise((r) => setTimeout(r, 20));
  expect(f()).toBe(true);
};

describe('the history page, updated while open', () => {
  it('lets go of the memory when the new version upgrades it, and says the page must be reloaded', async () => {
    const name = `history-updated-${Math.random()}`;
    const writer = new RadarStore(await openRadarDb(name));
    await writer.recordVisit(profile({ id: '~1', name: 'Ann' }), 'none', [], new Date('2026-11-27T10:00:00Z'));
    const el = document.createElement('div');
    document.body.append(el);
    const page: { deps?: HistoryDeps } = {};
    const show = () => render(<HistoryPage deps={page.deps!} />, el);
    // As entrypoints/profiles/main.tsx wires it.
    const db = await openCurrentDb(name, {
      closed: () => {
        page.deps!.updated = true;
        show();
      },
    });
    page.deps = { store: new HistoryStore(db), now: () => new Date(), changed: vi.fn(), download: vi.fn() };
    show();
    await until(() => el.querySelectorAll('tbody tr').length === 1);
    expect(el.querySelector('.rfr-updated')).toBeNull();

    // The next version's upgrade (one step more): it does not wait for this page.
    const next = await openRadarDb(name, [...MIGRATIONS, () => {}]);
    expect(next.version).toBe(MIGRATIONS.length + 1);
    await until(() => !!el.querySelector('.rfr-updated'));
    const notice = el.querySelector('.rfr-updated')!;
    expect(notice.getAttribute('role')).toBe('alert');
    expect(notice.textContent).toBe(
      'Red Flag Radar was updated while this page was open. Click here to reload the page.',
    );
    // The rows already shown stay on screen to be read.
    expect(el.querySelector('tbody th a')!.textContent).toBe('Ann');
    next.close();
    el.remove();
  });

  it('reloads on a click, in German too', () => {
    setLocale('de');
    const reload = vi.fn();
    const el = document.createElement('div');
    render(<UpdatedNotice reload={reload} />, el);
    const button = el.querySelector('button')!;
    expect(button.textContent).toBe(
      'Red Flag Radar wurde aktualisiert, während diese Seite offen war. Klicken Sie hier, um die Seite neu zu laden.',
    );
    button.click();
    expect(reload).toHaveBeenCalledTimes(1);
  });
});
