/**
 * The team sync in the background (service worker / Firefox event page): built from the stored settings, started
 * when the worker wakes and every minute by an alarm (a stopped worker resumes from its checkpoint), kicked after
 * each visit or mark, answering the options page and the popup. Nothing runs while sharing is off.
 */
import type { RadarStore } from '../storage/db';
import { activeTeam, teamIdentity, teamOrigin, type TeamSettings } from './config';
import type { TeamMessage } from './messages';
import type { TeamIdentity, TeamProfile } from './records';
import { openRemote } from './remote';
import { createTeamSync, type Kv, type SyncStatus } from './sync';

export const TEAM_ALARM = 'team-sync';

export interface TeamWriters {
  putTeamProfiles(list: TeamProfile[]): Promise<unknown>;
  deleteTeamProfiles(ids: string[]): Promise<void>;
  clear?(): Promise<void>;
}

/**
 * The memory's team writers (contract §3: they keep its in-memory indexes in step with the store); a memory without
 * them gets the store's, followed by a reload of its indexes.
 */
export function teamWriters(memory: Partial<TeamWriters> & { forget(): void }, store: () => Promise<RadarStore>) {
  return {
    putTeamProfiles: async (list: TeamProfile[]) => {
      if (memory.putTeamProfiles) return memory.putTeamProfiles(list);
      const r = await (await store()).putTeamProfiles(list);
      memory.forget();
      return r;
    },
    deleteTeamProfiles: async (ids: string[]) => {
      if (memory.deleteTeamProfiles) return memory.deleteTeamProfiles(ids);
      await (await store()).deleteTeamProfiles(ids);
      memory.forget();
    },
    clear: async () => {
      await (await store()).clearTeam();
      memory.forget();
    },
  } satisfies TeamWriters;
}

export interface TeamBackgroundDeps {
  store: () => Promise<RadarStore>;
  memory: () => TeamWriters;
  kv: Kv;
  /** browser.permissions.contains for the server's origin. */
  hasOrigin: (origin: string) => Promise<boolean>;
  now: () => Date;
}

export function createTeamBackground(deps: TeamBackgroundDeps) {
  const settings = async (): Promise<TeamSettings | undefined> => (await (await deps.store()).settings()).team;
  const sync = createTeamSync({
    settings,
    remote: (t) => openRemote(t),
    team: {
      putTeamProfiles: (list) => deps.memory().putTeamProfiles(list),
      deleteTeamProfiles: (ids) => deps.memory().deleteTeamProfiles(ids),
      clear: async () => deps.memory().clear?.(),
      teamByKeyHash: async (h) => (await deps.store()).teamByKeyHash(h),
    },
    own: {
      get: async (k) => (await deps.store()).get(k),
      fingerprintOf: async (k) => (await deps.store()).fingerprintOf(k),
      photo: async (k) => (await deps.store()).photo(k),
      keys: async () => (await (await deps.store()).allProfiles()).map((e) => e.key),
    },
    kv: deps.kv,
    now: deps.now,
    allowed: (t) => deps.hasOrigin(teamOrigin(t.url)),
  });

  return {
    sync,
    /** For the memory (contract §3): who this browser is in the team, when sharing is on. */
    async identity(): Promise<TeamIdentity | undefined> {
      const t = activeTeam(await settings());
      return t && teamIdentity(t);
    },
    /** A visit, a note or a mark was stored: push it soon. */
    recorded(key: string): void {
      void sync
        .queue([key])
        .then(() => sync.kick())
        .catch(() => {});
    },
    /** Profiles forgotten in the history: their own team records go too. */
    forgotten(keys: string[]): void {
      if (keys.length) this.recorded(keys[0]!);
      for (const k of keys.slice(1)) void sync.queue([k]);
    },
    /** Worker start and the alarm: (re)start the loop when sharing is on. */
    async wake(): Promise<void> {
      await sync.settle();
      if (activeTeam(await settings())) sync.start();
    },
    async handle(msg: TeamMessage): Promise<SyncStatus | { deleted: number; refused: number }> {
      if (msg.type === 'team-status') return sync.status();
      if (msg.type === 'team-forget-everywhere') return sync.forgetEverywhere(msg.key);
      const t = activeTeam(await settings());
      if (!t) return sync.status();
      const s = await sync.cycle();
      sync.start();
      return s;
    },
  };
}
export type TeamBackground = ReturnType<typeof createTeamBackground>;
