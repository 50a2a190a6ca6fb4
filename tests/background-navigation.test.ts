/**
 * Stale verdicts (issue 14, defect 4): after a profile whose data fails validation, or after any other
 * page in the same tab, the popup showed the previous profile's verdict and name.
 */
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackground } from '../lib/background/handlers';
import { upwork } from '../lib/sites/upwork';
import { openRadarDb, RadarStore } from '../lib/storage/db';
import type { TabState } from '../lib/tab-state';
import { documentFrom, fixture, NOW } from './helpers';

const EXT = fakeBrowser.runtime.id;
const ORIGIN = `chrome-extension://${EXT}/`;
const A = 'https://www.upwork.com/freelancers/~01f0e1d2c3b4a59687';
const B = 'https://www.upwork.com/freelancers/~01aaaaaaaaaaaaaaaa';
const popup = { id: EXT, url: `${ORIGIN}popup.html` };
const tab = (url: string) => ({ id: EXT, url, tab: { id: 7 } });
const page = (url: string) => ({
  type: 'page',
  site: 'upwork',
  url,
  raw: upwork.collect(documentFrom(fixture('upwork/red-flags-persona.html')), new URL(A)),
});

async function setup() {
  const store = new RadarStore(await openRadarDb(`nav-${Math.random()}`));
  const bg = createBackground({
    extensionId: EXT,
    extensionOrigin: ORIGIN,
    store: async () => store,
    now: () => NOW,
    setToolbar: vi.fn(async () => {}),
  });
  const shown = async () => (await bg.handle({ type: 'get-tab', tabId: 7 }, popup)) as TabState;
  expect(((await bg.handle(page(A), tab(A))) as TabState).kind).toBe('analysis');
  return { bg, shown };
}

describe('a tab never shows the previous page’s verdict', () => {
  it('a profile whose data fails validation replaces the previous verdict with "could not read"', async () => {
    const { bg, shown } = await setup();
    const bad = { ...page(B), raw: { ...page(B).raw, extra: { not: 'a string' } } };
    await bg.handle(bad, tab(B));
    const state = await shown();
    expect(state.kind === 'analysis' && [state.analysis.status, state.analysis.url, state.analysis.profile]).toEqual([
      'unreadable',
      B,
      undefined,
    ]);
  });

  it('a navigation to another page clears the tab, whatever that page is', async () => {
    const { bg, shown } = await setup();
    await bg.navigated(7, 'https://example.org/'); // a page we may read nothing of
    expect(await shown()).toEqual({ kind: 'none' });
  });

  it('a navigation to a page we have no access to (no URL) clears the tab', async () => {
    const { bg, shown } = await setup();
    await bg.navigated(7, undefined);
    expect(await shown()).toEqual({ kind: 'none' });
  });

  it('a navigation to another marketplace page clears it until that page answers', async () => {
    const { bg, shown } = await setup();
    await bg.navigated(7, 'https://www.upwork.com/nx/find-work/');
    expect(await shown()).toEqual({ kind: 'none' });
  });

  it('the event for the URL already answered for keeps the answer (the content script can be first)', async () => {
    const { bg, shown } = await setup();
    await bg.navigated(7, A);
    expect((await shown()).kind).toBe('analysis');
  });
});
