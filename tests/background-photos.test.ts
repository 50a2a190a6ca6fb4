/**
 * The photo check in the background: the profile's analysis comes first, the photo comparison is added
 * when ready; the same photo under another name is a finding, under the same name a note.
 */
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackground } from '../lib/background/handlers';
import { signature } from '../lib/photo/signature';
import { openRadarDb, RadarStore } from '../lib/storage/db';
import { defaultSettings } from '../lib/storage/settings';
import type { TabState } from '../lib/tab-state';
import { githubVisit, NOW } from './helpers';
import { generated, transformed } from './photo/images';

const EXT = fakeBrowser.runtime.id;
const ORIGIN = `chrome-extension://${EXT}/`;

/** A GitHub profile page with its own login, id, name and avatar, seen in tab <last two digits of id>. */
const page = (login: string, id: string, name: string) =>
  githubVisit(EXT, { login, id, name, tabId: Number(id.slice(-2)) });

async function setup(
  photos: Record<string, { data: Uint8Array; width: number; height: number } | undefined>,
  pushToTab?: (tabId: number, message: { type: 'tab-state'; url: string; state: TabState }) => Promise<void>,
) {
  const store = new RadarStore(await openRadarDb(`bgp-${Math.random()}`));
  const loadPhoto = vi.fn(async (url: string) => {
    const px = photos[url];
    return px && { sig: signature(px.data, px.width, px.height), preview: 'data:image/jpeg;base64,AAAA' };
  });
  const bg = createBackground({
    extensionId: EXT,
    extensionOrigin: ORIGIN,
    store: async () => store,
    now: () => NOW,
    setToolbar: async () => {},
    loadPhoto,
    pushToTab,
  });
  return { bg, store, loadPhoto };
}

const avatar = (id: string) => `https://avatars.githubusercontent.com/u/${id}?v=4`;
const analysisOf = (s: unknown) => (s as TabState & { kind: 'analysis' }).analysis;

describe('photo check in the background', () => {
  it('finds the same photo, re-encoded and cropped, under another name; shows the profile first', async () => {
    const photo = generated(77);
    const { bg } = await setup({
      [avatar('90000011')]: await transformed(photo, 256, { size: 200 }),
      [avatar('90000022')]: await transformed(photo, 256, { crop: [0.06, 0.02, 0.05, 0.03], size: 96, quality: 55 }),
    });
    const a = page('alice', '90000011', 'Alice Example');
    await bg.handle(a.msg, a.sender);
    await bg.settled();
    expect(analysisOf(bg.tabs[11]).findings.map((f) => f.rule)).not.toContain('recycled-photo');

    const b = page('bob', '90000022', 'Bob Other');
    const first = analysisOf(await bg.handle(b.msg, b.sender));
    // The first answer does not wait for the photo.
    expect(first.risk.unchecked).toContain('Photo not compared with other profiles');
    await bg.settled();
    const after = analysisOf(bg.tabs[22]);
    const f = after.findings.find((x) => x.rule === 'recycled-photo')!;
    expect(f.severity).toBe('high');
    expect(f.evidence[0]).toMatch(
      /^Same photo as “Alice Example” on GitHub \(https:\/\/github\.com\/alice\), seen [A-Z][a-z]{2}\u00a0\d{1,2},\u00a02026;/,
    );
    expect(f.images).toHaveLength(2);
    expect(after.risk.level).toBe('high');
    expect(after.risk.unchecked).not.toContain('Photo not compared with other profiles');
  });

  it('the update pushed to the page carries neither the other profile nor its photo (issue 14, defect 2)', async () => {
    const photo = generated(79);
    const pushed: { tabId: number; state: TabState }[] = [];
    const { bg } = await setup(
      {
        [avatar('90000051')]: await transformed(photo, 256, {}),
        [avatar('90000062')]: await transformed(photo, 256, { size: 120 }),
      },
      async (tabId, m) => void pushed.push({ tabId, state: m.state }),
    );
    const a = page('alice', '90000051', 'Alice Example');
    await bg.handle(a.msg, a.sender);
    const b = page('bob', '90000062', 'Bob Other');
    await bg.handle(b.msg, b.sender);
    await bg.settled();
    const toBob = pushed.filter((p) => p.tabId === 62).at(-1)!;
    const f = analysisOf(toBob.state).findings.find((x) => x.rule === 'recycled-photo')!;
    expect(f).toMatchObject({ severity: 'high', evidence: [] });
    expect(f.images).toBeUndefined();
    expect(JSON.stringify(toBob.state)).not.toMatch(/Alice Example|github\.com\/alice|data:image/);
    // The panel's request gets it all.
    const full = analysisOf(await bg.handle({ type: 'report', url: b.msg.url }, b.sender));
    expect(full.findings.find((x) => x.rule === 'recycled-photo')?.evidence[0]).toContain('“Alice Example”');
  });

  it('the same photo under the same name is "also seen", not a red flag', async () => {
    const photo = generated(78);
    const { bg } = await setup({
      [avatar('90000031')]: await transformed(photo, 256, {}),
      [avatar('90000042')]: await transformed(photo, 256, { mirror: true, size: 120 }),
    });
    const a = page('anna1', '90000031', 'Anna Kowalska');
    await bg.handle(a.msg, a.sender);
    const b = page('anna2', '90000042', 'Anna K.');
    await bg.handle(b.msg, b.sender);
    await bg.settled();
    const after = analysisOf(bg.tabs[42]);
    expect(after.findings.map((f) => f.rule)).not.toContain('recycled-photo');
    expect(after.alsoSeen?.[0]).toContain('https://github.com/anna1');
  });

  it('different photos: no finding; a photo that cannot be loaded says so', async () => {
    const { bg } = await setup({ [avatar('90000051')]: await transformed(generated(1), 256, {}) });
    const a = page('carl', '90000051', 'Carl One');
    await bg.handle(a.msg, a.sender);
    const b = page('dora', '90000062', 'Dora Two');
    await bg.handle(b.msg, b.sender);
    await bg.settled();
    expect(analysisOf(bg.tabs[51]).findings.map((f) => f.rule)).not.toContain('recycled-photo');
    expect(analysisOf(bg.tabs[62]).risk.unchecked).toContain(
      'The photo could not be loaded, so it was not compared with other profiles',
    );
  });

  it('photo retention 0 switches the comparison off and nothing is fetched', async () => {
    const { bg, store, loadPhoto } = await setup({});
    await store.saveSettings({ ...defaultSettings(), photoDays: 0 });
    const a = page('erin', '90000071', 'Erin');
    await bg.handle(a.msg, a.sender);
    await bg.settled();
    expect(loadPhoto).not.toHaveBeenCalled();
    expect(analysisOf(bg.tabs[71]).risk.unchecked).toContain('Photo comparison is switched off in the options');
    expect(await store.photos()).toEqual([]);
  });
});
