/**
 * The background when the memory cannot be opened (issue 16): an older version of the extension holds it open and
 * the upgrade waits (lib/storage/blocked-open.ts). A profile page still gets its badge, whose report says the memory
 * could not save it (the existing storage-error line); the popup still gets the tab's report; what needs the memory
 * fails with the reason instead of waiting without a word. Once the memory opens, the next page is remembered.
 */
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackground } from '../lib/background/handlers';
import { StorageBlockedError } from '../lib/storage/blocked-open';
import { openRadarDb, RadarStore } from '../lib/storage/db';
import { upwork } from '../lib/sites/upwork';
import type { TabState } from '../lib/tab-state';
import { documentFrom, fixture, NOW } from './helpers';

const EXT = fakeBrowser.runtime.id;
const ORIGIN = `chrome-extension://${EXT}/`;
const URL_B = 'https://www.upwork.com/freelancers/~01f0e1d2c3b4a59687';
const fromTab = { id: EXT, url: URL_B, tab: { id: 7 } };
const fromPopup = { id: EXT, url: `${ORIGIN}popup.html` };
const pageMessage = () => ({
  type: 'page',
  site: 'upwork',
  url: URL_B,
  raw: upwork.collect(documentFrom(fixture('upwork/red-flags-persona.html')), new URL(URL_B)),
});

describe('the background with the memory held by an older version', () => {
  it('answers the page with its report and the storage error, and remembers it once the memory opens', async () => {
    // The memory once the older connection lets go of it.
    const opened: { store?: RadarStore } = {};
    const setToolbar = vi.fn(async () => {});
    const bg = createBackground({
      extensionId: EXT,
      extensionOrigin: ORIGIN,
      store: async () => opened.store ?? Promise.reject(new StorageBlockedError()),
      now: () => NOW,
      setToolbar,
    });

    const state = (await bg.handle(pageMessage(), fromTab)) as TabState;
    expect(state.kind).toBe('analysis');
    if (state.kind !== 'analysis') return;
    // The profile's own findings, as ever; the memory's are missing, and the report says why.
    expect(state.analysis.risk.level).toBe('high');
    expect(state.analysis.storageError).toMatch(/memory could not save this profile/);
    await bg.settled();
    expect(setToolbar).toHaveBeenLastCalledWith(7, expect.objectContaining({ text: '5' }));

    // The popup gets the tab's report (its error line included) without the memory…
    expect(await bg.handle({ type: 'get-tab', tabId: 7 }, fromPopup)).toEqual(state);
    // …and what needs the memory fails with the reason (the popup's error line), at once.
    await expect(bg.handle({ type: 'get-settings' }, fromPopup)).rejects.toBeInstanceOf(StorageBlockedError);

    // The older connection closed: the same page, again, is remembered.
    const store = (opened.store = new RadarStore(await openRadarDb(`blocked-bg-${Math.random()}`)));
    const again = (await bg.handle(pageMessage(), fromTab)) as TabState;
    expect(again.kind === 'analysis' && again.analysis.storageError).toBeFalsy();
    expect((await store.history()).map((h) => h.key)).toEqual(['upwork:~01f0e1d2c3b4a59687']);
  });
});
