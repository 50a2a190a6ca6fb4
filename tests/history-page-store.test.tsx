/**
 * The history page as its entry point opens it (entrypoints/profiles/main.tsx): over a HistoryStore, without the
 * store's writes. The memory file still exports and imports: they load the whole store first (`store.full()`).
 */
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { HistoryPage } from '../components/HistoryPage';
// The page's entry loads its texts (lib/i18n/load.ts); here both languages, as the other pages have them.
import '../lib/i18n/pages';
import { openRadarDb, RadarStore } from '../lib/storage/db';
import { HistoryStore, openCurrentDb } from '../lib/storage/history-store';
import { profile, until } from './helpers';

async function page(store: HistoryStore) {
  const deps = { store, now: () => new Date('2026-11-27T10:00:00Z'), changed: vi.fn(), download: vi.fn() };
  const el = document.createElement('div');
  document.body.append(el);
  render(<HistoryPage deps={deps} />, el);
  return { deps, el };
}
const button = (el: Element, text: string) =>
  [...el.querySelectorAll('button')].find((b) => b.textContent === text) as HTMLButtonElement;

describe('the history page over the history store', () => {
  it('lists, counts, exports the memory file and imports it elsewhere', async () => {
    const name = `page-store-${Math.random()}`;
    const writer = new RadarStore(await openRadarDb(name));
    for (const [i, who] of ['Ann', 'Bo'].entries())
      await writer.recordVisit(profile({ id: `~${i}`, name: who }), 'low', [], new Date(Date.UTC(2026, 10, 1, i)));

    const a = await page(new HistoryStore(await openCurrentDb(name)));
    await until(() => a.el.querySelector('p')!.textContent === '2 profiles remembered in this browser');
    expect([...a.el.querySelectorAll('tbody th a')].map((x) => x.textContent)).toEqual(['Bo', 'Ann']);

    button(a.el, 'Export the memory (JSON)').click();
    await until(() => a.deps.download.mock.calls.length === 1);
    const [file, type, text] = a.deps.download.mock.calls[0]!;
    expect([file, type]).toEqual(['red-flag-radar-memory-2026-11-27.json', 'application/json']);
    const exported = JSON.parse(text as string) as { profiles: { key: string }[] };
    expect(exported.profiles.map((p) => p.key).sort()).toEqual(['upwork:~0', 'upwork:~1']);

    const b = await page(new HistoryStore(await openCurrentDb(`page-store-empty-${Math.random()}`)));
    await until(() => b.el.querySelector('p')!.textContent === '0 profiles remembered in this browser');
    const input = b.el.querySelector('input[type=file]') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File([text as string], 'memory.json')] });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await until(
      () =>
        b.el.querySelector('[role=status]')?.textContent ===
        'Imported: 2 new profiles; 0 merged with profiles already known.',
    );
    await until(() => b.el.querySelectorAll('tbody tr').length === 2);
    expect(b.deps.changed).toHaveBeenCalledTimes(1);
  });
});
