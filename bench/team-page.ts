/**
 * Runs inside the extension's own page in Chromium (bundled by bench/team.ts): fills the extension's real
 * IndexedDB through the real store code with synthetic own profiles, photos and colleagues' records, and times
 * the background's cross-profile check (lib/background/memory.ts crossCheck) against them. Nothing here is
 * anyone's data.
 */
import { crossCheck } from '../lib/background/memory';
import { fingerprint } from '../lib/memory/fingerprint';
import { compactProfile, openRadarDb, profileKey, RadarStore, type StoredPhoto } from '../lib/storage/db';
import { encodeHashes } from '../lib/photo/signature';
import { buildTeamProfile, type TeamIdentity } from '../lib/team/records';
import { rng } from './random';
import { syntheticEntry, syntheticProfile } from './synthetic';

let store: Promise<RadarStore> | undefined;
/** Seen within the last 60 days (the retention settings would forget older ones on the first visit). */
const seenAt = (i: number) => new Date(Date.now() - 60 * 86_400_000 + (i % 100_000) * 30_000);
const db = () => (store ??= openRadarDb().then((d) => new RadarStore(d)));

/** A photo as stored: seven window hashes, the 32×32 thumbnail and a preview of a typical size (~2.7 kB). */
function photo(i: number, key: string, site: string, url: string, seenAt: string): StoredPhoto {
  const r = rng(i * 31 + 7);
  const word = () => Math.floor(r() * 2 ** 32) >>> 0;
  return {
    profileKey: key,
    site,
    url,
    photoUrl: `https://example.invalid/photo/${i}.jpg`,
    hashes: encodeHashes(Array.from({ length: 7 }, () => [word(), word()] as const)),
    thumb: Uint8Array.from({ length: 1024 }, () => Math.floor(r() * 256)),
    preview: `data:image/jpeg;base64,${'A'.repeat(2700)}`,
    seenAt,
  };
}

/** Own profiles [from, to) with their fingerprints (look-up keys included) and photos, in one transaction. */
export async function fillOwn(from: number, to: number): Promise<void> {
  const s = await db();
  const entries = [];
  const photos = [];
  for (let i = from; i < to; i++) {
    const when = seenAt(i).toISOString();
    // As a visit stores it (compactProfile), the fingerprint made from the whole text by the merge.
    const e = { ...syntheticEntry(i), profile: syntheticProfile(i), firstSeen: when, lastSeen: when };
    entries.push(e);
    photos.push(photo(i, e.key, e.site, e.url, when));
  }
  await s.merge(entries, photos, (_old, incoming) => ({ ...incoming, profile: compactProfile(incoming.profile) }));
}

const RECRUITERS = 12;

/** Colleagues' records [from, to): a dozen recruiters, every third record shared as hashes only. */
export async function fillTeam(from: number, to: number): Promise<void> {
  const s = await db();
  const batch = [];
  for (let i = from; i < to; i++) {
    const n = 1_000_000 + i;
    const p = syntheticProfile(n);
    const key = profileKey(p);
    const e = { ...syntheticEntry(n), lastSeen: seenAt(i).toISOString() };
    const who: TeamIdentity = {
      recruiterId: `recruiter-${i % RECRUITERS}`,
      recruiter: `Recruiter ${i % RECRUITERS}`,
      mode: i % 3 === 0 ? 'hashes' : 'full',
      salt: 'bench-team',
    };
    const entry = { ...e, key, site: p.site, url: p.url };
    batch.push(buildTeamProfile(entry, fingerprint(key, p, e.lastSeen), photo(n, key, p.site, p.url, e.lastSeen), who));
  }
  await s.putTeamProfiles(batch);
}

export async function counts() {
  const s = await db();
  return { own: await s.count(), team: await s.teamCount(), hidden: await s.teamCount('hashes') };
}

/**
 * The cross-profile check for `runs` new profiles (as the background runs it on a visit): a third copy a
 * colleague's bio with an edit, a third reuse a colleague's handle, a third are new. Milliseconds each.
 */
export async function checks(runs: number): Promise<{ ms: number[]; hits: number }> {
  const s = await db();
  const who: TeamIdentity = { recruiterId: 'me', mode: 'full', salt: 'bench-team' };
  const ms: number[] = [];
  let hits = 0;
  for (let q = 0; q < runs; q++) {
    const p = syntheticProfile(2_000_000 + q);
    const src = syntheticProfile(1_000_000 + q * 97);
    if (q % 3 === 0) p.bio = src.bio!.replace(/\b(\w+)\b/, 'Hello');
    if (q % 3 === 1) p.bio = `${p.bio} Telegram: @${src.bio!.match(/@(\w+)/)?.[1] ?? 'shared_handle'}`;
    const t0 = performance.now();
    const print = fingerprint(profileKey(p), p, '2026-11-27T00:00:00Z');
    const ctx = await crossCheck(s, p, print, who, '2026-11-27T00:00:00Z');
    ms.push(performance.now() - t0);
    if (ctx.textMatches?.length || ctx.contactMatches?.length) hits++;
  }
  return { ms, hits };
}
