/**
 * The background tells the team sync of every own profile stored (a visit, its photo, a mark from the panel, an edit
 * in the history) or forgotten (one, or all), and hands it the options' and popup's team messages; a page cannot.
 */
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackground } from '../../lib/background/handlers';
import { openRadarDb, RadarStore } from '../../lib/storage/db';
import { githubVisit } from '../helpers';

const EXT = fakeBrowser.runtime.id;
const fromOptions = { id: EXT, url: `chrome-extension://${EXT}/options.html` };

async function setup() {
  const store = new RadarStore(await openRadarDb(`wiring-${Math.random()}`));
  const team = {
    identity: vi.fn(async () => undefined),
    recorded: vi.fn(),
    forgotten: vi.fn(),
    wake: vi.fn(async () => {}),
    handle: vi.fn(async () => ({ state: 'ok' })),
  };
  const bg = createBackground({
    extensionId: EXT,
    extensionOrigin: `chrome-extension://${EXT}/`,
    store: async () => store,
    now: () => new Date('2026-11-20T10:00:00Z'),
    setToolbar: async () => {},
    team,
  });
  return { bg, store, team };
}

describe('the background and the team sync', () => {
  it('a visit queues the profile for the team', async () => {
    const { bg, team } = await setup();
    const p = githubVisit(EXT, { login: 'alice', id: '90000011', name: 'Alice Example' });
    await bg.handle(p.msg, p.sender);
    expect(team.recorded).toHaveBeenCalledWith('github:90000011');
  });

  it('a mark from the panel queues it again', async () => {
    const { bg, team } = await setup();
    const p = githubVisit(EXT, { login: 'alice', id: '90000011', name: 'Alice Example' });
    await bg.handle(p.msg, p.sender);
    team.recorded.mockClear();
    await bg.handle(
      { type: 'mark', url: p.msg.url, mark: { kind: 'trust', on: true, reason: 'Video call, camera on' } },
      p.sender,
    );
    expect(team.recorded).toHaveBeenCalledWith('github:90000011');
  });

  it('the history’s edits and forgets reach it; forgetting all forgets every own record', async () => {
    const { bg, team } = await setup();
    const p = githubVisit(EXT, { login: 'alice', id: '90000011', name: 'Alice Example' });
    await bg.handle(p.msg, p.sender);
    team.recorded.mockClear();
    await bg.handle({ type: 'memory-changed', forgotten: ['upwork:~01a'], edited: ['github:90000011'] }, fromOptions);
    expect(team.forgotten).toHaveBeenCalledWith(['upwork:~01a']);
    expect(team.recorded).toHaveBeenCalledWith('github:90000011');
    await bg.handle({ type: 'clear-history' }, fromOptions);
    expect(team.forgotten).toHaveBeenLastCalledWith(['github:90000011']);
  });

  it('team messages go to the sync from the extension’s pages only; saving settings wakes it', async () => {
    const { bg, team } = await setup();
    expect(await bg.handle({ type: 'team-status' }, fromOptions)).toEqual({ state: 'ok' });
    expect(team.handle).toHaveBeenCalledWith({ type: 'team-status' });
    const page = { id: EXT, url: 'https://github.com/alice', tab: { id: 3 } };
    expect(await bg.handle({ type: 'team-forget-everywhere', key: 'github:1' }, page)).toBeUndefined();
    expect(team.handle).toHaveBeenCalledTimes(1);
    const settings = await bg.handle({ type: 'get-settings' }, fromOptions);
    await bg.handle({ type: 'set-settings', settings }, fromOptions);
    expect(team.wake).toHaveBeenCalled();
  });
});
