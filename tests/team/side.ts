/** One recruiter's browser for the team tests: its own IndexedDB memory, settings and sync state. */
import { openRadarDb, RadarStore } from '../../lib/storage/db';
import type { Profile } from '../../lib/profile';
import { defaultTeamSettings, type TeamSettings } from '../../lib/team/config';
import { openRemote } from '../../lib/team/remote';
import { createTeamSync, type Kv } from '../../lib/team/sync';

export async function side(team: Partial<TeamSettings>, now = () => new Date('2026-06-10T12:00:00Z')) {
  const store = new RadarStore(await openRadarDb(`team-${Math.random()}`));
  const settings: TeamSettings = { ...defaultTeamSettings(), share: 'full', ...team };
  const kvMap = new Map<string, unknown>();
  const kv: Kv = {
    get: async <T>(k: string) => structuredClone(kvMap.get(k)) as T | undefined,
    set: async (k, v) => void kvMap.set(k, structuredClone(v)),
  };
  const sync = createTeamSync({
    settings: async () => settings,
    remote: (t) => openRemote(t),
    team: {
      putTeamProfiles: (l) => store.putTeamProfiles(l),
      deleteTeamProfiles: (ids) => store.deleteTeamProfiles(ids),
      teamByKeyHash: (h) => store.teamByKeyHash(h),
      clear: () => store.clearTeam(),
    },
    own: {
      get: (k) => store.get(k),
      fingerprintOf: (k) => store.fingerprintOf(k),
      photo: (k) => store.photo(k),
      keys: async () => (await store.allProfiles()).map((e) => e.key),
    },
    kv,
    now,
  });
  return {
    store,
    settings,
    kv: kvMap,
    sync,
    /** A visit recorded as the background records it, then queued for the team. */
    async visit(p: Profile, when = now()) {
      const { entry } = await store.recordVisit(p, 'none', [], when);
      await sync.queue([entry.key]);
      return entry;
    },
  };
}
