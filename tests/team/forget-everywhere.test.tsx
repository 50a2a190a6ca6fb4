/**
 * "Forget everywhere" in the history (components/TeamForgetEverywhere.tsx, issue 16): confirmed by a second click;
 * the profile then goes from this browser's history too (as Forget, whose team sync deletes the user's own team
 * record), not only from the team database — and the page says exactly that. When the team database cannot be
 * reached, nothing is deleted anywhere.
 */
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { HistoryPage } from '../../components/HistoryPage';
// The page's entry loads its texts (lib/i18n/load.ts); here both languages, as the other pages have them.
import { setLocale } from '../../lib/i18n/pages';
import { openRadarDb, RadarStore } from '../../lib/storage/db';
import { profile, tick, until } from '../helpers';

async function setup(forgetEverywhere: (key: string) => Promise<{ deleted: number; refused: number } | undefined>) {
  const store = new RadarStore(await openRadarDb(`forget-everywhere-${Math.random()}`));
  await store.recordVisit(
    profile({ id: '~alice', name: 'Alice Example' }),
    'none',
    [],
    new Date('2026-11-20T10:00:00Z'),
  );
  const deps = {
    store,
    now: () => new Date('2026-11-27T10:00:00Z'),
    changed: vi.fn(),
    download: vi.fn(),
    teamOn: true,
    forgetEverywhere: vi.fn(forgetEverywhere),
  };
  const el = document.createElement('div');
  document.body.append(el);
  render(<HistoryPage deps={deps} />, el);
  await until(() => el.querySelectorAll('tbody tr').length === 1);
  const key = el.querySelector('tbody tr')!.getAttribute('data-key')!;
  (el.querySelector('tbody tr button') as HTMLButtonElement).click(); // Details
  await until(() => el.querySelector('.rfr-team-forget button') !== null);
  const button = () => el.querySelector('.rfr-team-forget button') as HTMLButtonElement;
  return { el, store, deps, key, button };
}

describe('forget everywhere', () => {
  it('asks first, then deletes the profile here and every team record, and says both', async () => {
    setLocale('en');
    const { el, store, deps, key, button } = await setup(async () => ({ deleted: 3, refused: 0 }));
    expect(el.querySelector('.rfr-team-forget .rfr-help')!.textContent).toBe(
      'Deletes this profile from your history here, and your record and every colleague’s record of it from the team database. Only the team’s admin may delete colleagues’ records: the server refuses others, and you are told.',
    );
    button().click();
    await tick();
    expect(deps.forgetEverywhere).not.toHaveBeenCalled();
    expect(button().textContent).toBe(
      'Click again to delete this profile from your history here and every team record of it, colleagues’ too',
    );
    button().click();
    await until(() => el.querySelector('[role="status"]') !== null);
    expect(deps.forgetEverywhere).toHaveBeenCalledWith(key);
    expect(el.querySelector('[role="status"]')!.textContent).toBe(
      'Deleted from your history here; 3 team records deleted from the team database.',
    );
    // Gone here too: from the store, from the list, and the team sync is told (it deletes the own team record).
    expect(await store.get(key)).toBeUndefined();
    expect(el.querySelectorAll('tbody tr').length).toBe(0);
    expect(deps.changed).toHaveBeenCalledWith([key]);
  });

  it('a refusal for colleagues’ records is said; the profile still goes from this history (in German)', async () => {
    setLocale('de');
    const { el, store, key, button } = await setup(async () => ({ deleted: 1, refused: 2 }));
    button().click();
    await tick();
    button().click();
    await until(() => el.querySelector('[role="status"]') !== null);
    expect(el.querySelector('[role="status"]')!.textContent).toBe(
      'Hier aus Ihrem Verlauf gelöscht; 1 Team-Eintrag aus der Team-Datenbank gelöscht. Die Team-Datenbank hat das Löschen von 2 verweigert (nur die Verwaltung darf das).',
    );
    expect(await store.get(key)).toBeUndefined();
    setLocale('en');
  });

  it('when the team database cannot be reached, nothing is deleted anywhere, and it says so', async () => {
    setLocale('en');
    const { el, store, deps, key, button } = await setup(async () => undefined);
    button().click();
    await tick();
    button().click();
    await until(() => el.querySelector('.rfr-team-forget [role="status"]') !== null);
    expect(el.querySelector('.rfr-team-forget [role="status"]')!.textContent).toBe(
      'The team database could not be reached; nothing was deleted, here or there.',
    );
    expect((await store.get(key))?.profile.name).toBe('Alice Example');
    expect(el.querySelectorAll('tbody tr[data-key]').length).toBe(1);
    expect(deps.changed).not.toHaveBeenCalled();
  });
});
