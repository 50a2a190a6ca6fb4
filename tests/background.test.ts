import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackground } from '../lib/background/handlers';
import { openRadarDb, RadarStore } from '../lib/storage/db';
import { upwork } from '../lib/sites/upwork';
import { defaultSettings } from '../lib/storage/settings';
import type { TabState } from '../lib/tab-state';
import { documentFrom, fixture, NOW } from './helpers';

const EXT = fakeBrowser.runtime.id;
const ORIGIN = `chrome-extension://${EXT}/`;
const URL_B = 'https://www.upwork.com/freelancers/~01f0e1d2c3b4a59687';

async function setup() {
  const store = new RadarStore(await openRadarDb(`bg-${Math.random()}`));
  const setToolbar = vi.fn(async () => {});
  const bg = createBackground({
    extensionId: EXT,
    extensionOrigin: ORIGIN,
    store: async () => store,
    now: () => NOW,
    setToolbar,
  });
  // Wire it the way entrypoints/background.ts does, through WXT's fake browser.
  fakeBrowser.runtime.onMessage.addListener((msg: unknown, sender: any) => bg.handle(msg, sender));
  return { bg, store, setToolbar };
}

const pageMessage = () => ({
  type: 'page',
  site: 'upwork',
  url: URL_B,
  raw: upwork.collect(documentFrom(fixture('upwork/red-flags-persona.html')), new URL(URL_B)),
});
const fromTab = { id: EXT, url: URL_B, tab: { id: 7 } };

describe('background message round trip', () => {
  it('validates, analyses, stores, sets the toolbar and answers the popup', async () => {
    const { bg, store, setToolbar } = await setup();
    // Through the runtime.onMessage event, as the browser delivers it.
    const [state] = (await Promise.all(
      await fakeBrowser.runtime.onMessage.trigger(pageMessage(), fromTab as any),
    )) as TabState[];
    expect(state.kind).toBe('analysis');
    if (state.kind !== 'analysis') return;
    expect(state.analysis.risk.level).toBe('high');
    expect(state.analysis.findings).toHaveLength(10);
    // The toolbar counts red flags, not notes, and says both.
    expect(setToolbar).toHaveBeenLastCalledWith(
      7,
      expect.objectContaining({ text: '5', color: '#c92a2a', title: 'Red Flag Radar — High · 5 red flags · 5 notes' }),
    );
    expect((await store.history()).map((h) => h.key)).toEqual(['upwork:~01f0e1d2c3b4a59687']);

    const popup = await bg.handle({ type: 'get-tab', tabId: 7 }, { id: EXT, url: `${ORIGIN}popup.html` });
    expect(popup).toEqual(state);
    // Leaving the profile clears the tab.
    await bg.handle({ type: 'left', url: 'https://www.upwork.com/nx/find-work/' }, fromTab);
    expect(await bg.handle({ type: 'get-tab', tabId: 7 }, { id: EXT, url: `${ORIGIN}popup.html` })).toEqual({
      kind: 'none',
    });
  });

  it('ignores a message whose sender carries no extension id (runtime.sendMessage of the fake browser)', async () => {
    await setup();
    expect(await fakeBrowser.runtime.sendMessage({ type: 'get-settings' })).toBeUndefined();
  });

  it.each([
    ['a web page / other extension', pageMessage(), { id: 'other-extension', url: URL_B, tab: { id: 7 } }],
    ['a tab on an unsupported site', pageMessage(), { id: EXT, url: 'https://evil.example/', tab: { id: 7 } }],
    ['a page claiming another site’s URL', { ...pageMessage(), url: 'https://evil.example/freelancers/x' }, fromTab],
    ['an unknown message type', { type: 'run', code: 'alert(1)' }, fromTab],
    [
      'a popup message from a tab',
      { type: 'set-settings', settings: { ...defaultSettings(), sensitivity: 'low' } },
      fromTab,
    ],
  ])('ignores %s', async (_n, msg, sender) => {
    const { bg, store, setToolbar } = await setup();
    expect(await bg.handle(msg, sender as any)).toBeUndefined();
    expect(setToolbar).not.toHaveBeenCalled();
    expect(await store.history()).toEqual([]);
    expect(await store.settings()).toMatchObject({ sensitivity: 'normal' });
  });

  it('an oversized field is cut to the contract and read as partial, not rejected whole', async () => {
    const { bg } = await setup();
    // A 400-character name exceeds the contract (300): the page is hostile or has changed.
    const raw = { ...pageMessage().raw, name: 'y'.repeat(400), nuxt: null };
    const state = (await bg.handle({ ...pageMessage(), raw }, fromTab)) as TabState;
    expect(state.kind === 'analysis' && state.analysis.status).toBe('partial');
    expect(state.kind === 'analysis' && state.analysis.profile?.name).toBe('y'.repeat(300));
    expect(state.kind === 'analysis' && state.analysis.missing).toContain('truncated:name');
  });

  it('data that fails validation is reported unreadable, never stored', async () => {
    const { bg, store } = await setup();
    const raw = { ...pageMessage().raw, name: 5 };
    const state = (await bg.handle({ ...pageMessage(), raw }, fromTab)) as TabState;
    expect(state.kind === 'analysis' && state.analysis.status).toBe('unreadable');
    expect(await store.history()).toEqual([]);
  });

  // A page message from a marketplace tab that fails validation: "could not read" for that tab, never the
  // previous answer (issue 14, defect 4), and nothing stored.
  it.each([
    ['raw data of the wrong shape', { ...pageMessage(), raw: { nuxt: { toString: 'x' } } }],
    ['oversized raw data', { ...pageMessage(), raw: { nuxt: 'x'.repeat(9_000_000) } }],
    ['extra keys', { ...pageMessage(), extra: 1 }],
  ])('reports %s as unreadable', async (_n, msg) => {
    const { bg, store } = await setup();
    const state = (await bg.handle(msg, fromTab)) as TabState;
    expect(state.kind === 'analysis' && [state.analysis.status, state.analysis.profile]).toEqual([
      'unreadable',
      undefined,
    ]);
    expect(await store.history()).toEqual([]);
  });

  it('respects a site switched off in the settings', async () => {
    const { bg, store } = await setup();
    await bg.handle(
      { type: 'set-settings', settings: { ...defaultSettings(), enabledSites: { upwork: false } } },
      { id: EXT, url: `${ORIGIN}popup.html` },
    );
    expect(await bg.handle(pageMessage(), fromTab)).toEqual({ kind: 'disabled', site: 'Upwork' });
    expect(await store.history()).toEqual([]);
  });
});
