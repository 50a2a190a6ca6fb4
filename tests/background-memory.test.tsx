/** The cross-profile rules in the background: material shared under another name, changes since last time. */
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackground } from '../lib/background/handlers';
import { openRadarDb, RadarStore } from '../lib/storage/db';
import type { TabState } from '../lib/tab-state';
import { githubVisit } from './helpers';

const EXT = fakeBrowser.runtime.id;

const page = (login: string, id: string, name: string, edit?: (html: string) => string) =>
  githubVisit(EXT, { login, id, name }, edit);

async function setup(clock: { now: Date }) {
  const store = new RadarStore(await openRadarDb(`bgm-${Math.random()}`));
  const bg = createBackground({
    extensionId: EXT,
    extensionOrigin: `chrome-extension://${EXT}/`,
    store: async () => store,
    now: () => clock.now,
    setToolbar: async () => {},
  });
  /** The page's answer, then the full report the panel asks for when the user opens it. */
  const visitBoth = async (p: ReturnType<typeof page>) => {
    const answer = ((await bg.handle(p.msg, p.sender)) as TabState & { kind: 'analysis' }).analysis;
    const full = ((await bg.handle({ type: 'report', url: p.msg.url }, p.sender)) as TabState & { kind: 'analysis' })
      .analysis;
    return { answer, full };
  };
  const visit = async (p: ReturnType<typeof page>) => (await visitBoth(p)).full;
  return { bg, store, visit, visitBoth };
}

describe('cross-profile rules in the background', () => {
  it('a Telegram handle seen under another name is a shared contact, on the first answer', async () => {
    const { visit } = await setup({ now: new Date('2026-11-20T10:00:00Z') });
    const shared = (h: string) => h.replace(/@\w+_tg/, '@team_shared_tg');
    await visit(page('alice', '90000011', 'Alice Example', shared));
    const bob = await visit(page('bob', '90000022', 'Bob Other', shared));
    const f = bob.findings.find((x) => x.rule === 'shared-contact')!;
    expect(f.evidence).toEqual([
      'Telegram team_shared_tg is also on “Alice Example” (GitHub, https://github.com/alice), seen Nov\u00a020,\u00a02026',
    ]);
    expect(bob.risk.level).toBe('high');
    // Alice's own later visit finds Bob in turn.
    const alice = await visit(page('alice', '90000011', 'Alice Example', shared));
    expect(alice.findings.find((x) => x.rule === 'shared-contact')?.evidence[0]).toContain('“Bob Other”');
  });

  it('a location changed since the last visit is reported; the same visit re-sent is not', async () => {
    const clock = { now: new Date('2026-11-01T10:00:00Z') };
    const { visit } = await setup(clock);
    const first = await visit(page('carl', '90000033', 'Carl'));
    expect(first.findings.map((f) => f.rule)).not.toContain('profile-changed');
    clock.now = new Date('2026-11-15T10:00:00Z');
    const moved = (h: string) => h.replace('Austin', 'Warsaw').replace('United States', 'Poland');
    const later = await visit(page('carl', '90000033', 'Carl', moved));
    expect(later.findings.find((f) => f.rule === 'profile-changed')?.evidence).toEqual([
      'Country: United States → Poland (since your visit on Nov\u00a01,\u00a02026)',
    ]);
  });
});

describe('what the page’s side receives (issue 14, defect 2)', () => {
  it('no note, dismissal reason or other profile before the panel asks; the full report then, for that page only', async () => {
    const { bg, store, visitBoth } = await setup({ now: new Date('2026-11-20T10:00:00Z') });
    const shared = (h: string) => h.replace(/@\w+_tg/, '@team_shared_tg');
    await visitBoth(page('alice', '90000011', 'Alice Example', shared));
    await visitBoth(page('bob', '90000022', 'Bob Other', shared));
    await store.update('github:90000022', (e) => ({
      ...e,
      notes: [{ at: '2026-11-20T11:00:00Z', text: 'Private: met on a call' }],
      trustedAt: '2026-11-20T11:00:00Z',
    }));
    const bob = page('bob', '90000022', 'Bob Other', shared);
    const { answer, full } = await visitBoth(bob);
    const text = JSON.stringify(answer);
    for (const secret of ['Private: met on a call', 'Alice Example', 'github.com/alice']) {
      expect(text).not.toContain(secret);
      expect(JSON.stringify(full)).toContain(secret);
    }
    expect(answer.trustedAt).toBeUndefined();
    // The badge still counts the finding and colours by it.
    expect(answer.findings.map((f) => f.rule)).toEqual(full.findings.map((f) => f.rule));
    expect(answer.risk.level).toBe(full.risk.level);
    // Another page's URL, or a tab without that page, gets nothing.
    expect(await bg.handle({ type: 'report', url: 'https://github.com/alice' }, bob.sender)).toBeUndefined();
    expect(await bg.handle({ type: 'report', url: bob.msg.url }, { ...bob.sender, tab: { id: 99 } })).toBeUndefined();
  });
});

describe('storage errors', () => {
  it('a full storage is reported on the analysis and in the report, not swallowed', async () => {
    const { bg, store } = await setup({ now: new Date('2026-11-20T10:00:00Z') });
    store.recordVisit = async () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    const p = page('zoe', '90000044', 'Zoe');
    const state = (await bg.handle(p.msg, p.sender)) as TabState & { kind: 'analysis' };
    expect(state.analysis.storageError).toMatch(/storage for Red Flag Radar is full/);
    // The profile's own findings are still shown.
    expect(state.analysis.findings.length).toBeGreaterThan(0);
    const { render } = await import('preact');
    const { Report } = await import('../components/Report');
    const el = document.createElement('div');
    render(<Report state={state} />, el);
    expect(el.querySelector('[role="alert"]')?.textContent).toContain('storage for Red Flag Radar is full');
  });
});
