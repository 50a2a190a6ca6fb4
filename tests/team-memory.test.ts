/**
 * Team memory, the local side (issue 16): the record a browser shares, the `team` store with its cap, and the
 * cross-profile rules over own and colleagues' records in both share modes — with the evidence exactly as
 * the reader sees it. Two "browsers" are two stores; A's record goes to B as the replication would bring it.
 */
import { describe, expect, it } from 'vitest';
import { analyzeRead, type Analysis } from '../lib/analyze';
import { createMemory } from '../lib/background/memory';
import { signature } from '../lib/photo/signature';
import type { Profile } from '../lib/profile';
import { MIGRATIONS, openRadarDb, RadarStore } from '../lib/storage/db';
import { defaultSettings } from '../lib/storage/settings';
import { buildTeamProfile, nameKey, teamHash, type ShareMode, type TeamIdentity } from '../lib/team/records';
import { generated, transformed } from './photo/images';

const SALT = 'team-secret';
const settings = defaultSettings();
const D = (s: string) => s.replaceAll(' ', '\u00a0');

const BIO =
  'I build reliable web applications with React and Node for startups and agencies. Over the last years I shipped ' +
  'payment flows, dashboards and internal tools, wrote tests for all of them and kept the releases calm. I like ' +
  'clear requirements, short feedback loops and honest estimates.';

const person = (id: string, name: string, extra: Partial<Profile> = {}): Profile => ({
  site: 'github',
  url: `https://github.com/${id}`,
  id,
  name,
  bio: BIO,
  ...extra,
});

const analysis = (p: Profile, now: Date): Analysis =>
  analyzeRead(p.site, p.url, { status: 'ok', profile: p, missing: [] }, { now });

async function browser(who?: TeamIdentity, photos: Record<string, Awaited<ReturnType<typeof transformed>>> = {}) {
  const store = new RadarStore(await openRadarDb(`team-${Math.random()}`));
  const memory = createMemory(async () => store, { team: async () => who });
  const loadPhoto = async (url: string) => {
    const px = photos[url];
    return px && { sig: signature(px.data, px.width, px.height), preview: 'data:image/jpeg;base64,AAAA' };
  };
  const visit = async (p: Profile, at: string) => {
    const now = new Date(at);
    const a = await memory.remember(analysis(p, now), settings, now);
    return p.photoUrl ? memory.checkPhoto(a, settings, now, loadPhoto) : a;
  };
  /** What this browser shares of one of its profiles. */
  const share = async (key: string, mode: ShareMode) =>
    buildTeamProfile((await store.get(key))!, (await store.fingerprintOf(key))!, await store.photo(key), {
      ...who!,
      mode,
    });
  return { store, memory, visit, share };
}

const maria: TeamIdentity = { recruiterId: 'maria', recruiter: 'Maria', mode: 'full', salt: SALT };
const tom: TeamIdentity = { recruiterId: 'tom', recruiter: 'Tom', mode: 'full', salt: SALT };
const evidenceOf = (a: Analysis, rule: string) => a.findings.find((f) => f.rule === rule)?.evidence;

describe('the shared record', () => {
  it('full mode shares name, address, findings and fingerprint; hashes mode only salted hashes', async () => {
    const a = await browser(maria);
    await a.visit(person('alice', 'Alice Example', { bio: `${BIO} Telegram: @alice_dev_tg` }), '2026-11-20T10:00:00Z');
    const full = await a.share('github:alice', 'full');
    const keyHash = teamHash(SALT, 'github:alice');
    expect(full).toMatchObject({
      id: `maria:${keyHash}`,
      recruiterId: 'maria',
      recruiter: 'Maria',
      seenAt: '2026-11-20T10:00:00.000Z',
      site: 'github',
      mode: 'full',
      keyHash,
      nameHash: teamHash(SALT, 'alice e'),
      key: 'github:alice',
      name: 'Alice Example',
      url: 'https://github.com/alice',
      look: { name: 'Alice Example' },
      contacts: ['telegram:alice_dev_tg'],
      reviews: [],
    });
    expect(full.minhash).toHaveLength(64);
    const hashed = await a.share('github:alice', 'hashes');
    expect(Object.keys(hashed).sort()).toEqual(
      [
        'contacts',
        'id',
        'keyHash',
        'minhash',
        'mode',
        'nameHash',
        'recruiter',
        'recruiterId',
        'reviews',
        'seenAt',
        'site',
      ].sort(),
    );
    expect(hashed.contacts).toEqual([`h:${teamHash(SALT, 'telegram:alice_dev_tg')}`]);
    expect(JSON.stringify(hashed)).not.toMatch(/alice/i);
  });

  it('a name and its short form hash alike ("Anna K." on one site is "Anna Kowalski" on another)', () => {
    expect(nameKey('Anna Kowalski')).toBe('anna k');
    expect(nameKey('Ánna K.')).toBe('anna k');
    expect(nameKey('Anna')).toBe('anna');
  });
});

describe('the team store', () => {
  const rec = (i: number, seenAt: string) => ({
    id: `r:${i}`,
    recruiterId: 'r',
    seenAt,
    site: 'github',
    mode: 'hashes' as const,
    keyHash: `k${i}`,
    contacts: [`h:c${i}`],
    reviews: [],
  });

  it('puts, lists newest first, deletes, and keeps at most the cap — the newest', async () => {
    const store = new RadarStore(await openRadarDb(`team-store-${Math.random()}`));
    const days = ['2026-11-05', '2026-11-01', '2026-11-04', '2026-11-02', '2026-11-03'];
    const { dropped } = await store.putTeamProfiles(
      days.map((d, i) => rec(i, `${d}T00:00:00.000Z`)),
      3,
    );
    expect(dropped).toEqual(['r:1', 'r:3']);
    expect(await store.teamCount()).toBe(3);
    expect((await store.teamPage(10)).rows.map((r) => r.id)).toEqual(['r:0', 'r:2', 'r:4']);
    expect((await store.teamPage(1, 1)).rows.map((r) => r.id)).toEqual(['r:2']);
    expect(await store.candidates(['ch:c4', 'ch:c1'])).toEqual({
      own: [],
      team: [expect.objectContaining({ id: 'r:4' })],
    });
    await store.deleteTeamProfiles(['r:2', 'r:missing']);
    expect((await store.teamProfiles()).map((r) => r.id)).toEqual(['r:0', 'r:4']);
    expect((await store.teamByKeyHash('k4')).map((r) => r.id)).toEqual(['r:4']);
  });
});

describe('cross-profile rules over own and colleagues’ profiles', () => {
  const shared = (p: Profile) => ({ ...p, bio: `${BIO} Telegram: @team_shared_tg` });

  it('full mode: the colleague and the date are named with the other profile', async () => {
    const a = await browser(maria);
    const b = await browser(tom);
    await a.visit(shared(person('alice', 'Alice Example')), '2026-11-20T10:00:00Z');
    await b.memory.putTeamProfiles([await a.share('github:alice', 'full')]);
    const bob = await b.visit(shared(person('bob', 'Bob Other')), '2026-11-25T10:00:00Z');
    expect(evidenceOf(bob, 'shared-contact')).toEqual([
      `Telegram team_shared_tg is also on “Alice Example” (GitHub, https://github.com/alice), seen by Maria on ${D('Nov 20, 2026')}`,
    ]);
    expect(evidenceOf(bob, 'duplicate-text')).toEqual([
      `Near-identical text on “Alice Example” (GitHub, https://github.com/alice), seen by Maria on ${D('Nov 20, 2026')}; 100% of the text’s phrases shared`,
    ]);
    expect(bob.risk.level).toBe('high');
  });

  it('hashes mode: "seen by a colleague under another name", no name or address of the other profile', async () => {
    const a = await browser({ ...maria, recruiter: undefined });
    const b = await browser(tom);
    await a.visit(shared(person('alice', 'Alice Example')), '2026-11-20T10:00:00Z');
    await b.memory.putTeamProfiles([await a.share('github:alice', 'hashes')]);
    const bob = await b.visit(shared(person('bob', 'Bob Other')), '2026-11-25T10:00:00Z');
    expect(evidenceOf(bob, 'shared-contact')).toEqual([
      `Telegram team_shared_tg is also on a profile on GitHub that a colleague saw on ${D('Nov 20, 2026')} under another name`,
    ]);
    expect(evidenceOf(bob, 'duplicate-text')).toEqual([
      `Near-identical text on a profile on GitHub that a colleague saw on ${D('Nov 20, 2026')} under another name; 100% of the text’s phrases shared`,
    ]);
    expect(JSON.stringify(bob)).not.toMatch(/alice/i);
  });

  it('the same person under the same name (hashes compared) is no finding; own records coming back are ignored', async () => {
    const a = await browser(maria);
    const b = await browser(tom);
    await a.visit(shared(person('alice', 'Alice Example')), '2026-11-20T10:00:00Z');
    await b.memory.putTeamProfiles([await a.share('github:alice', 'hashes')]);
    const other = await b.visit(shared(person('alice2', 'Alice E.')), '2026-11-25T10:00:00Z');
    expect(other.findings.map((f) => f.rule)).not.toContain('shared-contact');
    // Tom's own record, brought back by the replication, is not a colleague's.
    const c = await browser(tom);
    await c.visit(shared(person('carol', 'Carol Own')), '2026-11-20T10:00:00Z');
    const own = await c.share('github:carol', 'full');
    await b.memory.putTeamProfiles([own]);
    expect(await b.store.teamProfile(own.id)).toBeUndefined();
  });

  it('profile-changed: a colleague saw this profile with another country (full) or another name (hashes)', async () => {
    const a = await browser(maria);
    const z = await browser({ recruiterId: 'zoe', mode: 'hashes', salt: SALT });
    const b = await browser(tom);
    const carl = person('carl', 'Carl Sample', { location: { country: 'US' } });
    await a.visit(carl, '2026-11-01T10:00:00Z');
    await z.visit({ ...carl, name: 'Karl Beispiel' }, '2026-11-03T10:00:00Z');
    await b.memory.putTeamProfiles([await a.share('github:carl', 'full'), await z.share('github:carl', 'hashes')]);
    const seen = await b.visit({ ...carl, location: { country: 'PL' } }, '2026-11-15T10:00:00Z');
    expect(evidenceOf(seen, 'profile-changed')).toEqual([
      `Seen by a colleague on ${D('Nov 3, 2026')} under another name`,
      `Country: United States → Poland (as Maria saw it on ${D('Nov 1, 2026')})`,
    ]);
    // The colleagues' records of this same profile are not "another profile" with the same text.
    expect(seen.findings.map((f) => f.rule)).not.toContain('duplicate-text');
  });

  it('a reviewer burst counts own and colleagues’ (hashed) profiles together', async () => {
    const review = (date: string) => ({ reviews: [{ client: 'Northwind Ltd', date, rating: 5 }] });
    const a = await browser(maria);
    const b = await browser(tom);
    await a.visit(person('dan', 'Dan One', { bio: 'short', ...review('2026-10-02') }), '2026-11-01T10:00:00Z');
    await b.memory.putTeamProfiles([await a.share('github:dan', 'hashes')]);
    await b.visit(person('eve', 'Eve Two', { bio: 'short', ...review('2026-10-05') }), '2026-11-02T10:00:00Z');
    const fay = await b.visit(
      person('fay', 'Fay Three', { bio: 'short', ...review('2026-10-10') }),
      '2026-11-03T10:00:00Z',
    );
    expect(evidenceOf(fay, 'shared-reviewer-burst')).toEqual([
      `Client “northwind ltd” rated this profile at the top on ${D('Oct 10, 2026')}, and also: “Eve Two” (${D('Oct 5, 2026')}, https://github.com/eve); a profile Maria saw under another name (${D('Oct 2, 2026')})`,
    ]);
  });

  it('recycled-photo: a colleague’s photo, re-cropped, names the colleague (full) or hides the profile (hashes)', async () => {
    const photo = generated(77);
    const pics = {
      'https://img.invalid/alice.jpg': await transformed(photo, 256, { size: 200 }),
      'https://img.invalid/bob.jpg': await transformed(photo, 256, {
        crop: [0.06, 0.02, 0.05, 0.03],
        size: 96,
        quality: 55,
      }),
    };
    const a = await browser(maria, pics);
    await a.visit(
      person('alice', 'Alice Example', { bio: 'short', photoUrl: 'https://img.invalid/alice.jpg' }),
      '2026-11-20T10:00:00Z',
    );
    for (const mode of ['full', 'hashes'] as const) {
      const b = await browser(tom, pics);
      await b.memory.putTeamProfiles([await a.share('github:alice', mode)]);
      const bob = await b.visit(
        person('bob', 'Bob Other', { bio: 'short', photoUrl: 'https://img.invalid/bob.jpg' }),
        '2026-11-25T10:00:00Z',
      );
      const lines = evidenceOf(bob, 'recycled-photo')!;
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(
        mode === 'full'
          ? new RegExp(
              `^Same photo as “Alice Example” on GitHub \\(https://github.com/alice\\), seen by Maria on ${D('Nov 20, 2026')}; similarity \\d+%$`,
            )
          : new RegExp(
              `^Same photo as on a profile on GitHub that Maria saw on ${D('Nov 20, 2026')} under another name$`,
            ),
      );
      // Deleted by the replication: the photo index follows.
      await b.memory.deleteTeamProfiles([(await a.share('github:alice', mode)).id]);
      const again = await b.visit(
        person('bob', 'Bob Other', { bio: 'short', photoUrl: 'https://img.invalid/bob.jpg' }),
        '2026-11-26T10:00:00Z',
      );
      expect(again.findings.map((f) => f.rule)).not.toContain('recycled-photo');
    }
  });
});

describe('the version-5 migration', () => {
  it('opens a version-4 database with data: look-up keys for every fingerprint, photo hashes indexed, a team store', async () => {
    const name = `team-migrate-${Math.random()}`;
    // A version-4 database as the previous release left it: a profile, its fingerprint (no look-up keys), a photo.
    const old = await openRadarDb(name, MIGRATIONS.slice(0, 4));
    const p = person('mia', 'Mia Sample', { bio: `${BIO} Telegram: @mia_dev_tg` });
    const previous = await browser(maria);
    await previous.visit(p, '2026-11-01T10:00:00Z');
    const entry = (await previous.store.get('github:mia'))!;
    const print = { ...(await previous.store.fingerprintOf('github:mia'))! };
    delete print.ix;
    await old.put('profiles', entry);
    await old.put('fingerprints', print);
    await old.put('photos', {
      profileKey: 'github:mia',
      site: 'github',
      url: p.url,
      photoUrl: 'https://img.invalid/mia.jpg',
      hashes: '0123456789abcdef,-',
      thumb: new Uint8Array(1024),
      seenAt: '2026-11-01T10:00:00.000Z',
    });
    old.close();

    const db = await openRadarDb(name);
    expect(db.version).toBe(5);
    expect([...db.objectStoreNames]).toContain('team');
    const store = new RadarStore(db);
    expect((await store.fingerprintOf('github:mia'))?.ix).toContain('ctelegram:mia_dev_tg');
    expect((await store.candidates(['ctelegram:mia_dev_tg'])).own.map((f) => f.key)).toEqual(['github:mia']);
    expect(await store.photoHashes()).toEqual([['github:mia', '0123456789abcdef,-']]);
    expect(await store.teamCount()).toBe(0);
    // And the migrated memory finds the old profile's contact on a new one.
    const b = createMemory(async () => store);
    const now = new Date('2026-11-20T10:00:00Z');
    const bob = await b.remember(
      analysis(person('bob', 'Bob Other', { bio: 'Telegram: @mia_dev_tg' }), now),
      settings,
      now,
    );
    expect(evidenceOf(bob, 'shared-contact')).toEqual([
      `Telegram mia_dev_tg is also on “Mia Sample” (GitHub, https://github.com/mia), seen ${D('Nov 1, 2026')}`,
    ]);
  });
});
