// @vitest-environment node
/**
 * Team replication against a real CouchDB-protocol server on localhost (express-pouchdb, tests/team/couch-server.ts):
 * two recruiters' browsers, each its own IndexedDB, push and pull through it.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { profile } from '../helpers';
import { hashedContact, teamHash } from '../../lib/team/records';
import { normaliseTeamUrl } from '../../lib/team/config';
import { startCouch, type TestCouch } from './couch-server';
import { side } from './side';

let couch: TestCouch;
let db = '';
let dbn = 0;

const BIO =
  'Senior full stack developer with ten years of React, Node and cloud work for startups and agencies across Europe. ' +
  'I build dashboards, payment flows and APIs, and I care about tests. Message me on Telegram @alice_dev for a quick call.';
const alice = profile({
  id: '~01alice',
  url: 'https://www.upwork.com/freelancers/~01alice',
  name: 'Alice Example',
  bio: BIO,
});

beforeAll(async () => {
  couch = await startCouch({
    users: { anna: 'pw-anna', ben: 'pw-ben', reader: 'pw-reader', admin: 'pw-admin' },
    readOnly: ['reader'],
    admins: ['admin'],
  });
});
afterAll(async () => {
  await couch?.close();
});
beforeEach(async () => {
  const name = `team${++dbn}`;
  await couch.local(name).info();
  db = couch.db(name);
});

const anna = (extra = {}) => side({ url: db, user: 'anna', password: 'pw-anna', recruiter: 'Anna', ...extra });
const ben = (extra = {}) => side({ url: db, user: 'ben', password: 'pw-ben', recruiter: 'Ben', ...extra });
const serverDocs = async () =>
  (await couch.local(db.split('/').pop()!).allDocs({ include_docs: true })).rows.map((r: any) => r.doc);

describe('team sync between two browsers', () => {
  it('pushes own profiles and pulls a colleague’s into the team store, with who saw it and when', async () => {
    const a = await anna();
    await a.visit(alice);
    expect((await a.sync.cycle()).state).toBe('ok');
    const docs = await serverDocs();
    expect(docs).toHaveLength(1);
    expect(docs[0]).toMatchObject({ recruiterId: 'anna', recruiter: 'Anna', name: 'Alice Example', mode: 'full' });

    const b = await ben();
    const s = await b.sync.cycle();
    expect(s).toMatchObject({ state: 'ok', pulled: 1, refused: 0 });
    const team = await b.store.teamProfiles();
    expect(team).toHaveLength(1);
    expect(team[0]).toMatchObject({
      recruiterId: 'anna',
      recruiter: 'Anna',
      name: 'Alice Example',
      key: 'upwork:~01alice',
      url: 'https://www.upwork.com/freelancers/~01alice',
      seenAt: '2026-06-10T12:00:00.000Z',
      mode: 'full',
    });
    expect(team[0]!.contacts).toContain('telegram:alice_dev');
    expect(team[0]!.minhash).toHaveLength(64);
    // Anna's own record is not copied into her own team store.
    await a.sync.cycle();
    expect(await a.store.teamCount()).toBe(0);
  });

  it('a trusted mark travels with how the recruiter verified the person, and goes with it', async () => {
    // (a clock that moves: of two writes of one record, the later one's mark is kept)
    let clock = Date.parse('2026-06-10T12:00:00Z');
    const a = await side(
      { url: db, user: 'anna', password: 'pw-anna', recruiter: 'Anna' },
      () => new Date((clock += 1000)),
    );
    await a.visit(alice, new Date('2026-06-10T12:00:00Z'));
    await a.store.update('upwork:~01alice', (e) => ({
      ...e,
      trustedAt: '2026-06-10T12:05:00.000Z',
      trustReason: 'Video call, camera on: the face matched the photo',
    }));
    await a.sync.queue(['upwork:~01alice']);
    expect((await a.sync.cycle()).state).toBe('ok');
    expect((await serverDocs())[0]).toMatchObject({
      trustedAt: '2026-06-10T12:05:00.000Z',
      trustReason: 'Video call, camera on: the face matched the photo',
    });
    const b = await ben();
    await b.sync.cycle();
    expect((await b.store.teamProfiles())[0]).toMatchObject({
      trustedAt: '2026-06-10T12:05:00.000Z',
      trustReason: 'Video call, camera on: the face matched the photo',
    });
    // Taken away: the colleague's copy loses the reason with the mark.
    await a.store.update('upwork:~01alice', (e) => {
      const copy = { ...e };
      delete copy.trustedAt;
      delete copy.trustReason;
      return copy;
    });
    await a.sync.queue(['upwork:~01alice']);
    await a.sync.cycle();
    await b.sync.cycle();
    const [rec] = await b.store.teamProfiles();
    expect(rec).not.toHaveProperty('trustedAt');
    expect(rec).not.toHaveProperty('trustReason');
  });

  it('resumes from its checkpoint: the second cycle asks only for changes after the last one', async () => {
    const a = await anna();
    await a.visit(alice);
    await a.sync.cycle();
    const b = await ben();
    await b.sync.cycle();
    const seq = (b.kv.get('teamCheckpoint') as { since: number }).since;
    expect(seq).toBeGreaterThan(0);
    couch.requests.length = 0;
    expect((await b.sync.cycle()).pulled).toBe(1); // the total stays 1: nothing new came in
    expect(couch.requests.some((r) => r.includes('_changes') && r.includes(`since=${seq}`))).toBe(true);
  });

  it('hashes only: no name, address, key, text or handle on the server — and still a match on the contact', async () => {
    const a = await anna({ share: 'hashes', key: 'team-secret' });
    await a.visit({ ...alice, reviews: [{ client: 'Globex Corp', date: '2026-05-01', rating: 5 }] });
    await a.store.update('upwork:~01alice', (e) => ({
      ...e,
      notes: [{ at: '2026-06-10T12:01:00.000Z', text: 'called her' }],
    }));
    await a.sync.queue(['upwork:~01alice']);
    expect((await a.sync.cycle()).state).toBe('ok');
    const wire = JSON.stringify(await serverDocs());
    for (const secret of ['Alice', 'alice_dev', 'upwork.com', '~01alice', 'Telegram', 'globex', 'called her', 'Senior'])
      expect(wire.toLowerCase()).not.toContain(secret.toLowerCase());
    const b = await ben({ share: 'hashes', key: 'team-secret' });
    await b.sync.cycle();
    const [rec] = await b.store.teamProfiles();
    expect(rec).toMatchObject({
      mode: 'hashes',
      recruiter: 'Anna',
      keyHash: teamHash('team-secret', 'upwork:~01alice'),
    });
    expect(rec!.name).toBeUndefined();
    expect(rec!.url).toBeUndefined();
    expect(rec!.contacts).toContain(hashedContact('team-secret', 'telegram:alice_dev'));
    expect(rec!.reviews).toEqual([{ client: hashedContact('team-secret', 'globex corp'), date: '2026-05-01' }]);
  });

  it('without a team key the hashes are salted with the database address', async () => {
    const a = await anna({ share: 'hashes' });
    await a.visit(alice);
    await a.sync.cycle();
    const [doc] = await serverDocs();
    expect(doc.keyHash).toBe(teamHash(normaliseTeamUrl(db), 'upwork:~01alice'));
  });
});

describe('leaving the team', () => {
  it('switched off: the colleagues’ records here are deleted, the checkpoint dropped; the server keeps its records', async () => {
    const a = await anna();
    await a.visit(alice);
    await a.sync.cycle();
    const b = await ben();
    await b.sync.cycle();
    expect(await b.store.teamCount()).toBe(1);
    expect(await b.sync.settle()).toBe(false); // same team: nothing to do
    b.settings.share = 'off';
    expect(await b.sync.settle()).toBe(true);
    expect(await b.store.teamCount()).toBe(0);
    expect(b.kv.get('teamCheckpoint')).toBeNull();
    expect(await serverDocs()).toHaveLength(1);
    // Back on: everything is read again from the start.
    b.settings.share = 'full';
    expect((await b.sync.cycle()).pulled).toBe(1);
    expect(await b.store.teamCount()).toBe(1);
  });
});

describe('conflicts and forgetting', () => {
  it('merges conflicting revisions of one record: both notes kept, the later trusted mark kept', async () => {
    const a = await anna();
    await a.visit(alice);
    await a.store.update('upwork:~01alice', (e) => ({
      ...e,
      notes: [{ at: '2026-06-10T12:05:00.000Z', text: 'note from the laptop' }],
    }));
    await a.sync.queue(['upwork:~01alice']);
    await a.sync.cycle();
    const [doc] = await serverDocs();
    // The same recruiter's desktop wrote a sibling revision of the same document meanwhile (replicated in late).
    const server = couch.local(db.split('/').pop()!);
    await server.bulkDocs(
      [
        {
          ...doc,
          _rev: `2-${'d'.repeat(32)}`,
          _revisions: { start: 2, ids: ['d'.repeat(32), doc._rev.split('-')[1]] },
          notes: [{ at: '2026-06-10T12:06:00.000Z', text: 'note from the desktop' }],
          trustedAt: '2026-06-10T12:06:00.000Z',
          updatedAt: '2026-06-10T12:06:30.000Z',
        },
      ],
      { new_edits: false },
    );
    await a.store.update('upwork:~01alice', (e) => ({
      ...e,
      notes: [...(e.notes ?? []), { at: '2026-06-10T12:07:00.000Z', text: 'second laptop note' }],
    }));
    await a.sync.queue(['upwork:~01alice']);
    expect((await a.sync.cycle()).state).toBe('ok');
    // Conflicts resolved on the server: one revision, every note.
    const after = await server.get(doc._id, { conflicts: true });
    expect(after._conflicts).toBeUndefined();
    expect(after.notes.map((n: { text: string }) => n.text)).toEqual([
      'note from the laptop',
      'note from the desktop',
      'second laptop note',
    ]);
    expect(after.trustedAt).toBe('2026-06-10T12:06:00.000Z');
    const b = await ben();
    await b.sync.cycle();
    const [rec] = (await b.store.teamProfiles()) as any[];
    expect(rec.notes).toHaveLength(3);
  });

  it('"forget" deletes only the own record on the server; a colleague’s record of the same profile stays', async () => {
    const a = await anna();
    const b = await ben();
    await a.visit(alice);
    await b.visit(alice);
    await a.sync.cycle();
    await b.sync.cycle();
    expect(await serverDocs()).toHaveLength(2);
    await a.store.deleteProfile('upwork:~01alice');
    await a.sync.queue(['upwork:~01alice']);
    await a.sync.cycle();
    expect((await serverDocs()).map((d: { recruiterId: string }) => d.recruiterId)).toEqual(['ben']);
    await b.sync.cycle();
    expect(await b.store.teamCount()).toBe(0);
  });

  it('"forget everywhere" is refused for a recruiter, done for the team’s admin', async () => {
    const a = await anna();
    await a.visit(alice);
    await a.sync.cycle();
    const b = await ben();
    await b.visit(alice);
    await b.sync.cycle();
    expect(await b.sync.forgetEverywhere('upwork:~01alice')).toEqual({ deleted: 0, refused: 2 });
    expect(await serverDocs()).toHaveLength(2);
    const admin = await side({ url: db, user: 'admin', password: 'pw-admin' });
    await admin.sync.cycle();
    expect(await admin.sync.forgetEverywhere('upwork:~01alice')).toEqual({ deleted: 2, refused: 0 });
    expect(await serverDocs()).toHaveLength(0);
  });
});

describe('a server that says no, or is not there', () => {
  it('a wrong password: status "unauthorized", nothing local lost, the profile still queued', async () => {
    const a = await anna({ password: 'wrong' });
    await a.visit(alice);
    const s = await a.sync.cycle();
    expect(s).toMatchObject({ state: 'unauthorized', waiting: 1 });
    expect(await a.store.count()).toBe(1);
    expect(await serverDocs()).toHaveLength(0);
  });

  it('a user without write rights: status "forbidden", the profile still queued', async () => {
    const r = await side({ url: db, user: 'reader', password: 'pw-reader' });
    await r.visit(alice);
    expect(await r.sync.cycle()).toMatchObject({ state: 'forbidden', waiting: 1 });
    expect(await serverDocs()).toHaveLength(0);
  });

  it('a database that does not exist: status "no-database"', async () => {
    const a = await side({ url: `${couch.origin}/nosuchdb`, user: 'anna', password: 'pw-anna' });
    expect((await a.sync.cycle()).state).toBe('no-database');
  });

  it('server down, then up: "offline" while down, then everything queued goes out', async () => {
    const a = await anna();
    await couch.stop();
    try {
      await a.visit(alice);
      const s = await a.sync.cycle();
      expect(s).toMatchObject({ state: 'offline', waiting: 1 });
      expect(s.lastOk).toBeUndefined();
    } finally {
      await couch.start();
    }
    const s = await a.sync.cycle();
    expect(s).toMatchObject({ state: 'ok', waiting: 0, pushed: 1 });
    expect(await serverDocs()).toHaveLength(1);
  });

  it('never synced: the status says so until the first cycle', async () => {
    const a = await anna();
    expect((await a.sync.status()).state).toBe('never');
  });
});
