// @vitest-environment node
/**
 * The wire document: what goes out in each mode, and what a hostile team database cannot get in — markup is kept
 * as inert text, addresses must be web addresses, sizes and list lengths are capped, a "hashes only" record must be
 * hashes, and a server that ignores `limit` is still read one batch at a time.
 */
import { describe, expect, it } from 'vitest';
import { fromDoc, MAX_DOC_CHARS, readDoc, toDoc, type TeamRecord } from '../../lib/team/doc';
import { mergeDocs } from '../../lib/team/merge';
import { classify, createTeamSync, PULL_BATCH } from '../../lib/team/sync';
import type { TeamProfile } from '../../lib/team/records';
import { boundedFetch, MAX_RESPONSE_BYTES, openRemote, type RemoteDb } from '../../lib/team/remote';

const KH = 'AAAAAAAAAAAAAAAAAAAAAA';
const base = (over: Partial<TeamRecord> = {}): TeamRecord => ({
  id: `anna:${KH}`,
  recruiterId: 'anna',
  recruiter: 'Anna',
  seenAt: '2026-06-10T12:00:00.000Z',
  site: 'upwork',
  mode: 'full',
  keyHash: KH,
  key: 'upwork:~01alice',
  name: 'Alice Example',
  url: 'https://www.upwork.com/freelancers/~01alice',
  contacts: ['telegram:alice_dev'],
  reviews: [],
  minhash: Uint16Array.from({ length: 64 }, (_, i) => i * 1000),
  photo: { hashes: 'abc', thumb: new Uint8Array(1024).fill(7), preview: 'data:image/jpeg;base64,AAAA' },
  notes: [{ at: '2026-06-10T12:01:00.000Z', text: 'called' }],
  level: 'medium',
  unread: ['embedded-state'],
  ...over,
});

/** The team settings the sync tests run with: a full share to a TLS server. */
const FULL_SETTINGS = {
  url: 'https://couch.example.org/team',
  user: 'anna',
  password: 'p',
  recruiter: '',
  key: 'k',
  share: 'full' as const,
};

describe('the trusted mark’s reason on the wire', () => {
  it('travels with the mark in a full record, and comes back as it was written', () => {
    const rec = base({ trustedAt: '2026-06-10T12:02:00.000Z', trustReason: 'Video call <b>camera on</b>' });
    const doc = toDoc(rec);
    expect(doc).toMatchObject({ trustedAt: '2026-06-10T12:02:00.000Z', trustReason: 'Video call <b>camera on</b>' });
    expect(fromDoc(JSON.parse(JSON.stringify(doc)))).toEqual(rec);
  });

  it('a mark without a reason (made before reasons were asked for) still reads', () => {
    const rec = base({ trustedAt: '2026-06-10T12:02:00.000Z' });
    const back = fromDoc(JSON.parse(JSON.stringify(toDoc(rec))))!;
    expect(back.trustedAt).toBe('2026-06-10T12:02:00.000Z');
    expect(back).not.toHaveProperty('trustReason');
  });

  it('is never sent in a hashes-only record, nor without the mark', () => {
    const hashes = toDoc(
      base({
        mode: 'hashes',
        contacts: [`h:${KH}`],
        trustedAt: '2026-06-10T12:02:00.000Z',
        trustReason: 'Video call',
      }),
    );
    expect(hashes).not.toHaveProperty('trustReason');
    expect(toDoc(base({ trustReason: 'Video call' }))).not.toHaveProperty('trustReason');
  });

  it('a colleague’s reason that is too long or not text is refused; one without the mark is dropped', () => {
    const doc = (over: object) => ({ ...JSON.parse(JSON.stringify(toDoc(base()))), ...over });
    const trusted = { trustedAt: '2026-06-10T12:02:00.000Z' };
    expect(readDoc(doc({ ...trusted, trustReason: 'x'.repeat(2001) }))).toEqual({ refused: 'malformed' });
    expect(readDoc(doc({ ...trusted, trustReason: 42 }))).toEqual({ refused: 'malformed' });
    expect(fromDoc(doc({ ...trusted, trustReason: 'x'.repeat(2000) }))?.trustReason).toHaveLength(2000);
    expect(fromDoc(doc({ trustReason: 'Video call' }))).not.toHaveProperty('trustReason');
    // In a hashes-only record it is not kept either.
    const hashes = { ...JSON.parse(JSON.stringify(toDoc(base({ mode: 'hashes', contacts: [`h:${KH}`] })))) };
    expect(fromDoc({ ...hashes, ...trusted, trustReason: 'Video call' })).not.toHaveProperty('trustReason');
  });
});

describe('toDoc / fromDoc', () => {
  it('round-trips a full record, binary parts as text', () => {
    const doc = toDoc(base());
    expect(typeof doc.minhash).toBe('string');
    expect(typeof doc.photo?.thumb).toBe('string');
    const back = fromDoc(JSON.parse(JSON.stringify(doc)));
    expect(back).toEqual(base());
  });

  it('a hashes-only record carries no name, address, picture or note even when the record had them', () => {
    const doc = toDoc(base({ mode: 'hashes', contacts: [`h:${KH}`] }));
    expect(Object.keys(doc).sort()).toEqual(
      [
        '_id',
        'contacts',
        'keyHash',
        'minhash',
        'mode',
        'photo',
        'recruiter',
        'recruiterId',
        'reviews',
        'seenAt',
        'site',
        'type',
        'v',
      ].sort(),
    );
    expect(doc.photo).toEqual({ hashes: 'abc' });
  });
});

describe('hostile documents', () => {
  const wire = (over: Record<string, unknown>) => ({ ...JSON.parse(JSON.stringify(toDoc(base()))), ...over });

  it('markup and script in text stay text: kept verbatim as strings, never parsed', () => {
    const evil = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const rec = fromDoc(wire({ name: evil, recruiter: evil }));
    expect(rec?.name).toBe(evil);
    expect(rec?.recruiter).toBe(evil.slice(0, 80));
  });

  it.each([
    ['a javascript: address', { url: 'javascript:alert(1)' }],
    ['a data: address', { url: 'data:text/html,<script>alert(1)</script>' }],
    ['a preview that is not an image', { photo: { hashes: 'a', preview: 'data:text/html;base64,PHNjcmlwdD4=' } }],
    ['a thumbnail of the wrong size', { photo: { hashes: 'a', thumb: 'AAAA' } }],
    ['a MinHash of the wrong length', { minhash: 'ab' }],
    ['51 contacts', { contacts: Array.from({ length: 51 }, (_, i) => `telegram:x${i}`) }],
    ['a 300-character name', { name: 'x'.repeat(300) }],
    ['a note of 3,000 characters', { notes: [{ at: '2026-06-10T12:01:00.000Z', text: 'x'.repeat(3000) }] }],
    ['a date in the future', { seenAt: '2099-01-01T00:00:00.000Z' }],
    ['a reserved recruiter name', { recruiterId: '_admin', _id: `_admin:${KH}` }],
    [
      'an unknown evidence text',
      { findings: [{ rule: 'x', severity: 'high', evidence: [{ key: 'no.such.key' }], sources: [] }] },
    ],
    ['another type', { type: 'something-else' }],
    ['a level that is none of the four', { level: 'critical' }],
    ['unread fields that are not a list of short names', { unread: ['x'.repeat(101)] }],
  ])('refuses %s', (_, over) => {
    expect(readDoc(wire(over))).toEqual({ refused: 'malformed' });
  });

  // hostile20: any web address was taken, and the team list links the colleague's record by its name ("Alice
  // Example", Upwork) to it: a hostile team database sent the recruiter to a look-alike login page.
  it.each([
    ['an address on another host', { url: 'https://upwork.com.login-check.example/freelancers/~01alice' }],
    ['an address on another site', { url: 'https://www.linkedin.com/in/alice' }],
    ['a plain-http address', { url: 'http://www.upwork.com/freelancers/~01alice' }],
    ['a key of another site', { key: 'linkedin:alice' }],
  ])('refuses %s than the record’s site', (_, over) => {
    expect(readDoc(wire(over))).toEqual({ refused: 'malformed' });
  });

  it('keeps an address on the record’s site', () => {
    expect(fromDoc(wire({ url: 'https://www.upwork.com/freelancers/~01alice' }))?.url).toBe(
      'https://www.upwork.com/freelancers/~01alice',
    );
  });

  it('refuses a document over the size cap whatever it holds', () => {
    expect(readDoc(wire({ padding: 'x'.repeat(MAX_DOC_CHARS) }))).toEqual({ refused: 'too-large' });
  });

  it('refuses a document whose id is not its author’s (one recruiter cannot pose as another)', () => {
    expect(readDoc(wire({ _id: `ben:${KH}` }))).toEqual({ refused: 'id-mismatch' });
  });

  it('refuses a "hashes only" record that carries readable contacts', () => {
    expect(readDoc(wire({ mode: 'hashes', contacts: ['telegram:alice_dev'] }))).toEqual({ refused: 'not-hashed' });
  });

  it('drops the readable parts of a "hashes only" record that has hashed contacts', () => {
    const rec = fromDoc(wire({ mode: 'hashes', contacts: [`h:${KH}`] }));
    expect(rec).toBeDefined();
    expect([rec!.name, rec!.url, rec!.key, rec!.notes, rec!.photo?.thumb]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('reads a server that ignores `limit` one batch at a time, and checkpoints at the last record read', async () => {
    const docs = Array.from({ length: 1_700 }, (_, i) => {
      const kh = `B${String(i).padStart(21, '0')}`;
      return { id: `ben:${kh}`, seq: i + 1, doc: { ...wire({}), _id: `ben:${kh}`, recruiterId: 'ben', keyHash: kh } };
    });
    const since: unknown[] = [];
    const remote: RemoteDb = {
      changes: async (o) => {
        since.push(o.since);
        const rest = docs.filter((d) => d.seq > Number(o.since));
        return { results: rest, last_seq: rest.at(-1)?.seq ?? o.since };
      },
      allDocs: async () => ({ rows: [] }),
      bulkDocs: async () => [],
      bulkGet: async () => ({ results: [] }),
      info: async () => ({}),
    };
    const batches: number[] = [];
    const kv = new Map<string, unknown>();
    const sync = createTeamSync({
      settings: async () => FULL_SETTINGS,
      remote: () => remote,
      team: {
        putTeamProfiles: async (l: TeamProfile[]) => void batches.push(l.length),
        deleteTeamProfiles: async () => {},
      },
      own: {
        get: async () => undefined,
        fingerprintOf: async () => undefined,
        photo: async () => undefined,
        keys: async () => [],
      },
      kv: { get: async <T>(k: string) => kv.get(k) as T, set: async (k, v) => void kv.set(k, v) },
      now: () => new Date('2026-06-10T12:00:00Z'),
    });
    expect((await sync.cycle()).state).toBe('ok');
    expect(batches).toEqual([PULL_BATCH, PULL_BATCH, PULL_BATCH, 200]);
    expect(since).toEqual([0, 500, 1000, 1500]);
    expect(kv.get('teamCheckpoint')).toMatchObject({ since: 1700 });
  });
});

describe('mergeDocs', () => {
  it('unions notes by author and time, keeps the later trusted mark, restores kept', () => {
    const a = toDoc(
      base({
        notes: [{ at: '2026-06-10T12:01:00.000Z', text: 'one' }],
        dismissals: [{ rule: 'no-photo', reason: 'r', at: '2026-06-10T12:00:00.000Z' }],
      }),
      '2026-06-10T12:02:00.000Z',
    );
    const b = toDoc(
      base({
        notes: [
          { at: '2026-06-10T12:01:00.000Z', text: 'one' },
          { at: '2026-06-10T12:03:00.000Z', text: 'two' },
        ],
        dismissals: [
          { rule: 'no-photo', reason: 'r', at: '2026-06-10T12:00:00.000Z', restoredAt: '2026-06-10T12:04:00.000Z' },
        ],
        trustedAt: '2026-06-10T12:03:00.000Z',
      }),
      '2026-06-10T12:05:00.000Z',
    );
    const m = mergeDocs([a, b]);
    expect(m.notes?.map((n) => n.text)).toEqual(['one', 'two']);
    expect(m.trustedAt).toBe('2026-06-10T12:03:00.000Z');
    expect(m.dismissals).toEqual([
      { rule: 'no-photo', reason: 'r', at: '2026-06-10T12:00:00.000Z', restoredAt: '2026-06-10T12:04:00.000Z' },
    ]);
    // The later write without a mark takes the mark away.
    expect(mergeDocs([{ ...b, updatedAt: '2026-06-10T12:00:00.000Z' }, a]).trustedAt).toBeUndefined();
  });

  it('keeps the reason written with the kept trusted mark, never another revision’s', () => {
    const older = toDoc(
      base({ trustedAt: '2026-06-10T12:01:00.000Z', trustReason: 'Checked a government ID' }),
      '2026-06-10T12:02:00.000Z',
    );
    const later = toDoc(
      base({ trustedAt: '2026-06-10T12:03:00.000Z', trustReason: 'Video call, camera on' }),
      '2026-06-10T12:04:00.000Z',
    );
    expect(mergeDocs([older, later])).toMatchObject({
      trustedAt: '2026-06-10T12:03:00.000Z',
      trustReason: 'Video call, camera on',
    });
    // The later revision has the mark with no reason (made before reasons were asked for): none is borrowed.
    const noReason = toDoc(base({ trustedAt: '2026-06-10T12:03:00.000Z' }), '2026-06-10T12:04:00.000Z');
    expect(mergeDocs([older, noReason]).trustReason).toBeUndefined();
    // The later revision took the mark away: its reason goes too.
    const off = toDoc(base(), '2026-06-10T12:05:00.000Z');
    const m = mergeDocs([older, off]);
    expect(m.trustedAt).toBeUndefined();
    expect(m.trustReason).toBeUndefined();
  });
});

describe('an answer too large to read', () => {
  const answer = (bytes: number, declare: boolean) => async () =>
    new Response(new Uint8Array(bytes), { headers: declare ? { 'content-length': String(bytes) } : {} });

  it('is refused by its declared length, or once the bytes read pass the cap (a server that does not say)', async () => {
    await expect(boundedFetch(answer(2_000, true), 1_000)('http://127.0.0.1/x')).rejects.toThrow(
      "the team server's answer is 2000 bytes",
    );
    await expect(boundedFetch(answer(2_000, false), 1_000)('http://127.0.0.1/x')).rejects.toThrow(
      "the team server's answer is over 1000 bytes",
    );
  });

  it('is read whole under the cap', async () => {
    const res = await boundedFetch(answer(900, false), 1_000)('http://127.0.0.1/x');
    expect((await res.arrayBuffer()).byteLength).toBe(900);
  });

  it('through PouchDB: the sync reports it as a failed answer, not as offline', async () => {
    const huge = async () => new Response(new Uint8Array(MAX_RESPONSE_BYTES + 1));
    const db = openRemote({ url: 'http://127.0.0.1:5984/team', user: 'a', password: 'b' }, huge);
    const e = await db.changes({ since: 0, limit: 1 }).catch((x: unknown) => x);
    expect(classify(e)).toBe('failed');
  });
});

// hostile20: evidence values nest (a list of lists …); 1,000 levels fit in 11 kB, under the size cap, and overflowed
// the validator's stack. readDoc threw, the pull stopped at that batch and said "offline", and every later cycle read
// the same batch again: one hostile document stopped the team's records from arriving, for good.
describe('a document nested deeper than the validator can go', () => {
  const KH2 = 'BBBBBBBBBBBBBBBBBBBBBB';
  const deep = (levels: number) => {
    let v: unknown = 'x';
    for (let i = 0; i < levels; i++) v = { list: [v] };
    return {
      ...JSON.parse(JSON.stringify(toDoc(base({ id: `ben:${KH2}`, recruiterId: 'ben', keyHash: KH2 })))),
      findings: [
        { rule: 'x', severity: 'high', evidence: [{ key: 'evidence.sameText', vars: { name: v } }], sources: [] },
      ],
    };
  };

  it('is refused, never thrown', () => {
    expect(() => readDoc(deep(1000))).not.toThrow();
    expect(readDoc(deep(1000))).toEqual({ refused: 'malformed' });
  });

  it('does not stop the pull: the other records arrive, the sync is ok and counts one refused', async () => {
    const good = { ...JSON.parse(JSON.stringify(toDoc(base()))), _id: `cleo:${KH}`, recruiterId: 'cleo' };
    const docs = [
      { id: `ben:${KH2}`, seq: 1, doc: deep(1000) },
      { id: `cleo:${KH}`, seq: 2, doc: good },
    ];
    const put: string[] = [];
    const kv = new Map<string, unknown>();
    const sync = createTeamSync({
      settings: async () => FULL_SETTINGS,
      remote: () => ({
        changes: async (o) => {
          const rest = docs.filter((d) => d.seq > Number(o.since));
          return { results: rest, last_seq: rest.at(-1)?.seq ?? o.since };
        },
        allDocs: async () => ({ rows: [] }),
        bulkDocs: async () => [],
        bulkGet: async () => ({ results: [] }),
        info: async () => ({}),
      }),
      team: {
        putTeamProfiles: async (l: TeamProfile[]) => void put.push(...l.map((r) => r.id)),
        deleteTeamProfiles: async () => {},
      },
      own: {
        get: async () => undefined,
        fingerprintOf: async () => undefined,
        photo: async () => undefined,
        keys: async () => [],
      },
      kv: { get: async <T>(k: string) => kv.get(k) as T, set: async (k, v) => void kv.set(k, v) },
      now: () => new Date('2026-06-10T12:00:00Z'),
    });
    const s = await sync.cycle();
    expect([s.state, s.refused, put]).toEqual(['ok', 1, [`cleo:${KH}`]]);
  });
});
