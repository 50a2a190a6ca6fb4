/**
 * The badge panel's marks through the background (lib/background/handlers.ts, lib/background/marks.ts): a
 * note, a dismissal with its reason, a restore and the trust mark are saved in the store the history page uses
 * and applied to the tab's report, which goes back whole; only for the page the tab shows, only for a
 * remembered profile; "open in history" opens profiles.html on the profile's entry.
 */
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackground } from '../lib/background/handlers';
import { openRadarDb, RadarStore } from '../lib/storage/db';
import { upwork } from '../lib/sites/upwork';
import type { TabState } from '../lib/tab-state';
import { MAX_REASON } from '../lib/trust';
import { documentFrom, fixture, NOW } from './helpers';

const EXT = fakeBrowser.runtime.id;
const URL_B = 'https://www.upwork.com/freelancers/~01f0e1d2c3b4a59687';
const KEY = 'upwork:~01f0e1d2c3b4a59687';
const fromTab = { id: EXT, url: URL_B, tab: { id: 7 } };

async function visited() {
  const store = new RadarStore(await openRadarDb(`marks-${Math.random()}`));
  const openTab = vi.fn(async () => {});
  const setToolbar = vi.fn(async () => {});
  const bg = createBackground({
    extensionId: EXT,
    extensionOrigin: `chrome-extension://${EXT}/`,
    store: async () => store,
    now: () => NOW,
    setToolbar,
    openTab,
  });
  const raw = upwork.collect(documentFrom(fixture('upwork/red-flags-persona.html')), new URL(URL_B));
  await bg.handle({ type: 'page', site: 'upwork', url: URL_B, raw }, fromTab);
  const mark = async (m: unknown, url = URL_B) =>
    (await bg.handle({ type: 'mark', url, mark: m }, fromTab)) as TabState | undefined;
  return { bg, store, openTab, setToolbar, mark };
}

const analysisOf = (s: TabState | undefined) => (s?.kind === 'analysis' ? s.analysis : undefined);

describe('marks from the badge panel', () => {
  it('a note is saved in the history’s store and comes back with the report', async () => {
    const { store, mark } = await visited();
    const a = analysisOf(await mark({ kind: 'note', text: '  Camera off on the call.  ' }));
    expect(a?.notes).toEqual([{ at: NOW.toISOString(), text: 'Camera off on the call.' }]);
    expect((await store.get(KEY))?.notes).toEqual([{ at: NOW.toISOString(), text: 'Camera off on the call.' }]);
  });

  it('a dismissal moves the finding apart and re-scores; a restore brings it back in the rules’ order', async () => {
    const { store, mark, setToolbar } = await visited();
    const before = analysisOf(await mark({ kind: 'note', text: 'x' }))!;
    const a = analysisOf(await mark({ kind: 'dismiss', rule: 'crypto-payment-in-profile', reason: 'Explained' }))!;
    expect(a.findings.map((f) => f.rule)).not.toContain('crypto-payment-in-profile');
    expect(a.dismissed).toMatchObject([{ finding: { rule: 'crypto-payment-in-profile' }, reason: 'Explained' }]);
    expect(a.findings).toHaveLength(9);
    expect(setToolbar).toHaveBeenLastCalledWith(7, expect.objectContaining({ text: '4' }));
    expect((await store.get(KEY))?.dismissals).toMatchObject([
      { rule: 'crypto-payment-in-profile', reason: 'Explained' },
    ]);
    const back = analysisOf(await mark({ kind: 'restore', rule: 'crypto-payment-in-profile' }))!;
    expect(back.dismissed).toBeUndefined();
    expect(back.findings.map((f) => f.rule)).toEqual(before.findings.map((f) => f.rule));
    expect(back.risk).toEqual(before.risk);
    expect(back.notes).toEqual(before.notes);
  });

  it('the trust mark is set with how the person was verified, and taken away with it', async () => {
    const { store, mark } = await visited();
    const on = analysisOf(await mark({ kind: 'trust', on: true, reason: '  Video call, camera on; ID checked  ' }));
    expect(on).toMatchObject({ trustedAt: NOW.toISOString(), trustReason: 'Video call, camera on; ID checked' });
    expect(await store.get(KEY)).toMatchObject({
      trustedAt: NOW.toISOString(),
      trustReason: 'Video call, camera on; ID checked',
    });
    const off = analysisOf(await mark({ kind: 'trust', on: false }))!;
    expect(off.trustedAt).toBeUndefined();
    expect(off.trustReason).toBeUndefined();
    const stored = (await store.get(KEY))!;
    expect(stored.trustedAt).toBeUndefined();
    expect(stored.trustReason).toBeUndefined();
  });

  it('trust without a reason, with a blank or an over-long one, or a reason to take it away, is refused', async () => {
    const { store, mark } = await visited();
    for (const m of [
      { kind: 'trust', on: true },
      { kind: 'trust', on: true, reason: '' },
      { kind: 'trust', on: true, reason: ' \n\t ' },
      { kind: 'trust', on: true, reason: 'x'.repeat(MAX_REASON + 1) },
      { kind: 'trust', on: true, reason: 42 },
      { kind: 'trust', on: 'yes', reason: 'Video call' },
      { kind: 'trust', on: false, reason: 'Video call' },
      { kind: 'trust', on: true, reason: 'Video call', at: '2020-01-01T00:00:00.000Z' },
    ])
      expect(await mark(m), JSON.stringify(m).slice(0, 80)).toBeUndefined();
    expect((await store.get(KEY))?.trustedAt).toBeUndefined();
    // The longest reason allowed is kept whole.
    const longest = 'y'.repeat(MAX_REASON);
    expect(analysisOf(await mark({ kind: 'trust', on: true, reason: longest }))?.trustReason).toBe(longest);
  });

  it('a mark made before reasons were asked for still reads: the date alone', async () => {
    const { store, mark } = await visited();
    await store.update(KEY, (e) => ({ ...e, trustedAt: '2026-05-01T10:00:00.000Z' }));
    const a = analysisOf(await mark({ kind: 'note', text: 'x' }))!;
    expect(a.trustedAt).toBe('2026-05-01T10:00:00.000Z');
    expect(a).not.toHaveProperty('trustReason');
  });

  it('nothing for another page than the tab’s, nor an empty note or reason', async () => {
    const { store, mark } = await visited();
    expect(await mark({ kind: 'note', text: 'x' }, 'https://www.upwork.com/freelancers/~01ffffffffffffffff')).toBe(
      undefined,
    );
    expect(await mark({ kind: 'note', text: '   ' })).toBeUndefined();
    expect(await mark({ kind: 'dismiss', rule: 'no-photo', reason: '' })).toBeUndefined();
    expect((await store.get(KEY))?.notes).toBeUndefined();
  });

  it('open in history opens profiles.html on the profile’s entry', async () => {
    const { bg, openTab } = await visited();
    await bg.handle({ type: 'open-history', url: URL_B }, fromTab);
    expect(openTab).toHaveBeenCalledWith(`profiles.html#${encodeURIComponent(KEY)}`);
  });
});
