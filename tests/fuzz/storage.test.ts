/**
 * Property-based fuzzing of the memory's hostile inputs (issue 14): random text and URLs into the fingerprint,
 * random import files (valid-ish and hostile), random old-version databases. Seeded and bounded: a few seconds.
 * Asserts: nothing throws out of a fingerprint; an import either applies fully or changes nothing (and fails
 * only with an ImportError); an upgrade never fails and keeps (and fingerprints) every profile.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportMemory, importMemory, ImportError, MEMORY_FORMAT } from '../../lib/export/memory';
import { fingerprint, normaliseUrl, safeDecode } from '../../lib/memory/fingerprint';
import type { Profile } from '../../lib/profile';
import { DB_VERSION, MIGRATIONS, openRadarDb, RadarStore, type StoredProfile } from '../../lib/storage/db';

const SEED = 14;
let n = 0;
const freshName = () => `fuzz-storage-${++n}-${Math.random()}`;

// Text with the characters that broke things: %, escapes, URLs, surrogates, control characters.
const nasty = fc.constantFrom(
  '%',
  '%%',
  '%2',
  '%25',
  '%E0%A4%A',
  '%ED%A0%80',
  '%C3%A9',
  '\uD800',
  '\u0000',
  '/',
  '@',
  ' ',
);
const chunk = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }),
  nasty,
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
);
const text = fc.array(chunk, { maxLength: 12 }).map((xs) => xs.join(''));
const url = fc.oneof(
  fc.webUrl(),
  fc.tuple(fc.webUrl(), fc.array(nasty, { minLength: 1, maxLength: 4 })).map(([u, ps]) => `${u}/${ps.join('x')}`),
  fc
    .tuple(fc.constantFrom('http://', 'https://', 'https://github.com/', 'https://linkedin.com/in/'), text)
    .map(([a, b]) => a + b),
  text,
);
/** Now and then one field is huge. */
const maybeHuge = fc.oneof(
  { weight: 5, arbitrary: text },
  { weight: 1, arbitrary: fc.nat(200_000).map((k) => 'a% '.repeat(k)) },
);

const profileArb: fc.Arbitrary<Profile> = fc.record(
  {
    site: fc.constantFrom('upwork', 'github', 'linkedin'),
    url: fc.webUrl(),
    id: fc.string({ maxLength: 20 }),
    name: text,
    title: text,
    bio: maybeHuge,
    links: fc.array(url, { maxLength: 6 }),
    location: fc.record({ country: fc.constantFrom('US', 'DE', 'UA', 'XX', 'ZZ') }),
    reviews: fc.array(
      fc.record({
        date: fc.constantFrom('2026-01-02', '2026-13-45', 'zzzz', ''),
        rating: fc.double({ min: 0, max: 5, noNaN: true }),
        client: text,
      }),
      { maxLength: 4 },
    ),
  },
  { requiredKeys: ['site', 'url'] },
);

describe('fuzz: fingerprint', () => {
  it('never throws on random text, URLs and profiles', () => {
    fc.assert(
      fc.property(url, text, profileArb, (u, s, p) => {
        normaliseUrl(u);
        safeDecode(s);
        const fp = fingerprint('upwork:x', { ...p, bio: `${p.bio ?? ''} ${u}` }, '2026-06-01T00:00:00.000Z');
        expect(Array.isArray(fp.contacts)).toBe(true);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('decodes every well-formed escape (safeDecode inverts encodeURIComponent)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (s) => {
        expect(safeDecode(encodeURIComponent(s))).toBe(s);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});

// ----- imports -----

const DAY = 86_400_000;
const isoDate = fc
  .integer({ min: Date.parse('2000-01-01T00:00:00Z'), max: Date.now() - DAY })
  .map((t) => new Date(t).toISOString());
const hostileDate = fc.oneof(
  isoDate,
  fc.constantFrom(
    'zzzz',
    'yes',
    '',
    '+275760-09-13T00:00:00.000Z',
    '275760-09-13T00:00:00.000Z',
    '2026-02-30T00:00:00Z',
  ),
  fc.constantFrom('9999-12-31T23:59:59.999Z', '1970-01-01T00:00:00.000Z', '2026-06-01T00:00:00+02:00'),
);

const storedArb = (date: fc.Arbitrary<string>) =>
  fc
    .record({
      id: fc.string({ minLength: 1, maxLength: 12 }),
      name: fc.string({ maxLength: 30 }),
      bio: maybeHuge.map((b) => b.slice(0, 20_000)),
      links: fc.array(
        url.map((u) => u.slice(0, 2048)),
        { maxLength: 5 },
      ),
      firstSeen: date,
      lastSeen: date,
      trustedAt: fc.option(date, { nil: undefined }),
      // How the person was verified: text of any kind and length (over 2,000 characters is refused), and now
      // and then without the mark it explains (refused too).
      trustReason: fc.option(
        fc.oneof(
          fc.string({ maxLength: 60 }),
          maybeHuge.map((b) => b.slice(0, 2100)),
        ),
        {
          nil: undefined,
        },
      ),
      orphanReason: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
      notes: fc.array(fc.record({ at: date, text: fc.string({ maxLength: 50 }) }), { maxLength: 2 }),
      visits: fc.oneof(fc.integer({ min: 1, max: 50 }), fc.constantFrom(0, -1, 1.5, 1e9)),
    })
    .map((r) => ({
      key: `upwork:${r.id}`,
      site: 'upwork',
      url: 'https://www.upwork.com/freelancers/~x',
      profile: {
        site: 'upwork',
        url: 'https://www.upwork.com/freelancers/~x',
        id: r.id,
        name: r.name,
        bio: r.bio,
        links: r.links,
      },
      firstSeen: r.firstSeen,
      lastSeen: r.lastSeen,
      visits: r.visits,
      level: 'low',
      rules: [],
      notes: r.notes,
      ...(r.trustedAt ? { trustedAt: r.trustedAt } : {}),
      ...(r.trustReason !== undefined && (r.trustedAt || r.orphanReason) ? { trustReason: r.trustReason } : {}),
    }));

/** Sets one random place in the file to a random JSON value (or deletes it). */
function spoil(file: unknown, path: number[], value: unknown): unknown {
  const copy = structuredClone(file) as Record<string, unknown>;
  let at: Record<string, unknown> = copy;
  for (let i = 0; i < path.length; i++) {
    const keys = Object.keys(at);
    if (!keys.length) break;
    const k = keys[path[i]! % keys.length]!;
    const next = at[k];
    if (i === path.length - 1 || typeof next !== 'object' || next === null) {
      if (value === undefined) delete at[k];
      else at[k] = value;
      break;
    }
    at = next as Record<string, unknown>;
  }
  return copy;
}

const importFile = fc.oneof(
  // valid-ish: good dates, random text
  fc.uniqueArray(storedArb(isoDate), { maxLength: 4, selector: (p) => p.key }).map((profiles) => ({ profiles })),
  // hostile dates
  fc.uniqueArray(storedArb(hostileDate), { maxLength: 4, selector: (p) => p.key }).map((profiles) => ({ profiles })),
  // one random place spoiled
  fc
    .tuple(
      fc.uniqueArray(storedArb(isoDate), { minLength: 1, maxLength: 3, selector: (p) => p.key }),
      fc.array(fc.nat(), { minLength: 1, maxLength: 5 }),
      fc.option(fc.jsonValue({ maxDepth: 2 }), { nil: undefined }),
    )
    .map(([profiles, path, value]) => ({ spoiled: spoil({ profiles }, path, value) })),
);

async function snapshot(s: RadarStore) {
  return JSON.stringify([await s.allProfiles(), await s.fingerprints(), (await s.photos()).length]);
}

describe('fuzz: import', () => {
  it('applies fully or changes nothing, and fails only with an ImportError', async () => {
    const store = new RadarStore(await openRadarDb(freshName()));
    await store.recordVisit(
      { site: 'upwork', url: 'https://www.upwork.com/freelancers/~mine', id: 'mine' },
      'low',
      [],
      new Date('2026-05-01T00:00:00Z'),
    );
    const outcomes = { applied: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(importFile, fc.boolean(), async (f, asText) => {
        const body =
          'spoiled' in f
            ? {
                format: MEMORY_FORMAT,
                version: 1,
                exportedAt: '2026-06-01T00:00:00.000Z',
                photos: [],
                ...(f.spoiled as object),
              }
            : { format: MEMORY_FORMAT, version: 1, exportedAt: '2026-06-01T00:00:00.000Z', photos: [], ...f };
        const raw = JSON.stringify(body);
        const textIn = asText ? raw : raw.slice(0, Math.max(0, raw.length - 3)); // sometimes cut short
        const before = await snapshot(store);
        let result: Awaited<ReturnType<typeof importMemory>> | undefined;
        try {
          result = await importMemory(store, textIn);
        } catch (e) {
          expect(e).toBeInstanceOf(ImportError);
          expect(await snapshot(store)).toBe(before);
          outcomes.refused++;
          return;
        }
        const keys = ((body as { profiles?: { key: string }[] }).profiles ?? []).map((p) => p.key);
        expect(result.added + result.merged).toBe(keys.length);
        const stored = new Set((await store.allProfiles()).map((p) => p.key));
        const prints = new Set((await store.fingerprints()).map((p) => p.key));
        for (const k of keys) {
          expect(stored.has(k)).toBe(true);
          expect(prints.has(k)).toBe(true);
        }
        outcomes.applied++;
      }),
      { seed: SEED, numRuns: 120 },
    );
    // Both ways were really taken.
    expect(outcomes.applied).toBeGreaterThan(10);
    expect(outcomes.refused).toBeGreaterThan(10);
  });
});

describe('fuzz: export and import again', () => {
  it('what was imported exports into a file that imports back into an empty store as it was', async () => {
    let roundTrips = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(storedArb(isoDate), { minLength: 1, maxLength: 4, selector: (p) => p.key }),
        async (profiles) => {
          const a = new RadarStore(await openRadarDb(freshName()));
          const file = { format: MEMORY_FORMAT, version: 1, exportedAt: '2026-06-01T00:00:00.000Z', photos: [] };
          try {
            await importMemory(a, JSON.stringify({ ...file, profiles }));
          } catch (e) {
            expect(e).toBeInstanceOf(ImportError);
            return;
          }
          const b = new RadarStore(await openRadarDb(freshName()));
          await importMemory(b, JSON.stringify(await exportMemory(a, new Date())));
          expect(await b.allProfiles()).toEqual(await a.allProfiles());
          expect((await b.fingerprints()).map((f) => f.key)).toEqual((await a.fingerprints()).map((f) => f.key));
          roundTrips++;
        },
      ),
      { seed: SEED, numRuns: 40 },
    );
    expect(roundTrips).toBeGreaterThan(5);
  });
});

// ----- upgrades from old databases -----

const garbageProfile = fc.oneof(
  { weight: 4, arbitrary: profileArb as fc.Arbitrary<unknown> },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  { weight: 1, arbitrary: fc.constant(undefined) },
);
const oldRecord = fc.record(
  {
    key: fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }),
    profile: garbageProfile,
    site: text,
    url: url,
    firstSeen: hostileDate,
    lastSeen: hostileDate,
    visits: fc.oneof(fc.integer(), fc.string()),
    level: fc.constantFrom('none', 'low', 'medium', 'high', 'extreme'),
    rules: fc.array(fc.string({ maxLength: 20 }), { maxLength: 3 }),
  },
  { requiredKeys: ['key'] },
);

describe('fuzz: upgrade from old databases', () => {
  it('from v1, v2 or v3 with random records: never fails, keeps and fingerprints every profile', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 3 }),
        fc.uniqueArray(oldRecord, { maxLength: 6, selector: (r) => r.key }),
        async (v, records) => {
          const name = freshName();
          const old = await openRadarDb(name, MIGRATIONS.slice(0, v));
          for (const r of records) await old.put('profiles', r as unknown as StoredProfile);
          old.close();
          const db = await openRadarDb(name);
          expect(db.version).toBe(DB_VERSION);
          const keys = records.map((r) => r.key).sort();
          expect(((await db.getAllKeys('profiles')) as string[]).sort()).toEqual(keys);
          expect(((await db.getAllKeys('fingerprints')) as string[]).sort()).toEqual(keys);
          db.close();
        },
      ),
      { seed: SEED, numRuns: 60 },
    );
  });
});
