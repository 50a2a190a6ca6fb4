/**
 * Team memory with the browser's APIs (the background entry stays thin): sync state in storage.local, the host
 * permission checked for the server's origin, and an alarm every minute that resumes the sync in a worker the
 * browser stopped while idle.
 */
import { browser } from 'wxt/browser';
import type { RadarStore } from '../storage/db';
import { createTeamBackground, TEAM_ALARM, teamWriters } from './background';

export function teamInBrowser(store: () => Promise<RadarStore>, memory: () => Parameters<typeof teamWriters>[0]) {
  const team = createTeamBackground({
    store,
    memory: () => teamWriters(memory(), store),
    kv: {
      get: async (k) => (await browser.storage.local.get(k))[k] as never,
      set: (k, v) => browser.storage.local.set({ [k]: v }),
    },
    hasOrigin: (origin) => browser.permissions.contains({ origins: [origin] }),
    now: () => new Date(),
  });
  void browser.alarms.create(TEAM_ALARM, { periodInMinutes: 1 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === TEAM_ALARM) void team.wake();
  });
  void team.wake();
  return team;
}
