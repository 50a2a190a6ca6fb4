/**
 * The cold badge (issue 16, `pageload.cold_badge_ms_100k`): when a marketplace page starts loading — the event that
 * wakes a stopped worker — the background opens the store and prunes the history then, while the page loads; the
 * page's own answer does not prune again unless the retention's cutoff moved on by more than an hour.
 */
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackground } from '../lib/background/handlers';
import { upwork } from '../lib/sites/upwork';
import { openRadarDb, RadarStore } from '../lib/storage/db';
import type { TabState } from '../lib/tab-state';
import { documentFrom, fixture, NOW } from './helpers';

const EXT = fakeBrowser.runtime.id;
const A = 'https://www.upwork.com/freelancers/~01f0e1d2c3b4a59687';
const tab = { id: EXT, url: A, tab: { id: 7 } };
const page = {
  type: 'page',
  site: 'upwork',
  url: A,
  raw: upwork.collect(documentFrom(fixture('upwork/red-flags-persona.html')), new URL(A)),
};

async function setup() {
  const store = new RadarStore(await openRadarDb(`prepare-${Math.random()}`));
  const prune = vi.spyOn(store, 'prune');
  let now = NOW;
  const bg = createBackground({
    extensionId: EXT,
    extensionOrigin: `chrome-extension://${EXT}/`,
    store: async () => store,
    now: () => now,
    setToolbar: vi.fn(async () => {}),
  });
  return { bg, prune, later: (ms: number) => (now = new Date(now.getTime() + ms)) };
}

describe('the memory is made ready while a marketplace page loads', () => {
  it('prunes when the page starts loading, not again on its answer', async () => {
    const { bg, prune } = await setup();
    await bg.navigated(7, A);
    await bg.settled();
    expect(prune).toHaveBeenCalledTimes(1);
    expect(((await bg.handle(page, tab)) as TabState).kind).toBe('analysis');
    expect(prune).toHaveBeenCalledTimes(1);
  });

  it('a page elsewhere prepares nothing; a visit prunes once an hour of the retention has passed', async () => {
    const { bg, prune, later } = await setup();
    await bg.navigated(7, 'https://example.org/');
    await bg.settled();
    expect(prune).not.toHaveBeenCalled();
    await bg.handle(page, tab);
    expect(prune).toHaveBeenCalledTimes(1);
    later(30 * 60_000);
    await bg.handle(page, tab);
    expect(prune).toHaveBeenCalledTimes(1);
    later(31 * 60_000);
    await bg.handle(page, tab);
    expect(prune).toHaveBeenCalledTimes(2);
  });

  it('a prune that failed while the page loaded is tried again by the visit', async () => {
    const { bg, prune } = await setup();
    prune.mockRejectedValueOnce(new DOMException('full', 'QuotaExceededError'));
    await bg.navigated(7, A);
    await bg.settled();
    expect(((await bg.handle(page, tab)) as TabState).kind).toBe('analysis');
    expect(prune).toHaveBeenCalledTimes(2);
  });
});
