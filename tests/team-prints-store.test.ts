/**
 * Colleagues' prints live in the `fingerprints` store beside the own ones (under `[id]`, one index look-up per key
 * for both, lib/team/match.ts): the own memory's readers and clearers never see or touch them, and the team's
 * never touch the own; a look-up key shared by more than 100 own profiles still yields the team's records.
 */
import { describe, expect, it } from 'vitest';
import type { Fingerprint } from '../lib/memory/fingerprint';
import { indexed } from '../lib/memory/lookup';
import { openRadarDb, RadarStore } from '../lib/storage/db';
import type { TeamProfile } from '../lib/team/records';

const teamRecord = (i: number): TeamProfile => ({
  id: `r:${i}`,
  recruiterId: 'r',
  seenAt: `2026-11-0${1 + (i % 9)}T00:00:00.000Z`,
  site: 'github',
  mode: 'hashes',
  keyHash: `k${i}`,
  contacts: ['h:shared'],
  reviews: [],
});

const own = (i: number): Fingerprint =>
  indexed({
    key: `github:own${String(i).padStart(3, '0')}`,
    url: '',
    seenAt: '',
    contacts: ['h:shared'],
    topReviews: [],
  });

async function filled(ownCount: number, teamCount: number) {
  const db = await openRadarDb(`team-prints-${Math.random()}`);
  const tx = db.transaction('fingerprints', 'readwrite');
  await Promise.all([...Array.from({ length: ownCount }, (_, i) => tx.store.put(own(i))), tx.done]);
  const store = new RadarStore(db);
  await store.putTeamProfiles(Array.from({ length: teamCount }, (_, i) => teamRecord(i)));
  return { db, store };
}

describe("colleagues' prints beside the own fingerprints", () => {
  it('the own fingerprints list only the own; clearing the history keeps the team’s, clearing the team keeps the own', async () => {
    const { db, store } = await filled(2, 3);
    expect((await store.fingerprints()).map((f) => f.key)).toEqual(['github:own000', 'github:own001']);
    expect(await db.count('fingerprints')).toBe(5);

    await store.clearHistory();
    expect(await store.fingerprints()).toEqual([]);
    expect((await store.candidates(['ch:shared'])).team.map((t) => t.id)).toEqual(['r:0', 'r:1', 'r:2']);

    const again = await filled(2, 3);
    await again.store.clearTeam();
    expect(await again.store.teamCount()).toBe(0);
    expect(await again.store.candidates(['ch:shared'])).toEqual({ own: [own(0), own(1)], team: [] });
  });

  it('a deleted or dropped colleague’s record leaves no print; the print comes back without its store key', async () => {
    const { db, store } = await filled(0, 3);
    await store.deleteTeamProfiles(['r:1']);
    const { team } = await store.candidates(['ch:shared']);
    expect(team.map((t) => t.id)).toEqual(['r:0', 'r:2']);
    expect(team[0]).not.toHaveProperty('key');
    await store.putTeamProfiles([teamRecord(3)], 2);
    expect((await store.candidates(['ch:shared'])).team.map((t) => t.id).sort()).toEqual(
      (await store.teamProfiles()).map((t) => t.id).sort(),
    );
    expect(await db.count('fingerprints')).toBe(2);
  });

  it('a key shared by 150 own profiles and 3 colleagues’ records: 100 of the own (the first by key) and all 3', async () => {
    const { store } = await filled(150, 3);
    const { own: mine, team } = await store.candidates(['ch:shared']);
    expect(mine.map((f) => f.key)).toEqual(Array.from({ length: 100 }, (_, i) => own(i).key));
    expect(team.map((t) => t.id)).toEqual(['r:0', 'r:1', 'r:2']);
  });

  it('one transaction reads what the candidates and the records of the same profile read apart', async () => {
    const { store } = await filled(150, 120);
    const keys = ['ch:shared', 'cnobody', 'bnone'];
    const together = await store.checkReads(keys, 'k7');
    expect({ own: together.own, team: together.team }).toEqual(await store.candidates(keys));
    expect(together.own).toHaveLength(100);
    expect(together.team).toHaveLength(100);
    expect(together.same).toEqual(await store.teamByKeyHash('k7'));
    expect(together.same.map((r) => r.id)).toEqual(['r:7']);
    expect((await store.checkReads(['cnobody'], 'none')).same).toEqual([]);
  });

  it('a key shared by 250 own profiles and 120 colleagues’ records: 100 of each', async () => {
    const { store } = await filled(250, 120);
    const { own: mine, team } = await store.candidates(['ch:shared']);
    expect(mine).toHaveLength(100);
    expect(team.map((t) => t.id)).toEqual(
      Array.from({ length: 120 }, (_, i) => `r:${i}`)
        .sort()
        .slice(0, 100),
    );
  });
});
