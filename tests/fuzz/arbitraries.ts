/**
 * Arbitraries shared by the fuzz suites (issue 14): hostile text and URLs, JSON of any shape, and Profiles
 * with random values in every field of the contract (lib/profile.ts) — of the right type, but with the text,
 * the URLs, the numbers and the dates a hostile page could put there.
 */
import fc from 'fast-check';
import type { Profile } from '../../lib/profile';

export const SEED = 14;

/** The characters and fragments that broke readers before: escapes, markup, surrogates, separators. */
export const nasty = fc.constantFrom(
  '%',
  '%E0%A4%A',
  '%ED%A0%80',
  '\uD800',
  '\u0000',
  '\u202E',
  '</script>',
  '<!--',
  '&q;',
  '&l;',
  '"',
  "'",
  '\\',
  '@',
  '·',
  ' – ',
  'Apr 2013 - Apr 2015',
  '2 years 1 month',
  'class="a b"',
  'https://t.me/x',
  '+1 555 0100',
  'USD',
  '$',
  '\n',
);
const chunk = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 10 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 3, arbitrary: nasty },
  { weight: 1, arbitrary: fc.webUrl({ withQueryParameters: true, withFragments: true }) },
);
export const text = fc.array(chunk, { maxLength: 10 }).map((xs) => xs.join(''));
/** Now and then a long text. */
export const longText = fc.oneof(
  { weight: 6, arbitrary: text },
  { weight: 1, arbitrary: fc.tuple(text, fc.nat(30_000)).map(([t, k]) => t.repeat(1 + (k % 3000))) },
);
export const url = fc.oneof(
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.tuple(fc.webUrl(), text).map(([u, s]) => `${u}/${s}`),
  fc
    .tuple(
      fc.constantFrom('http://', 'https://', 'javascript:', 'data:', '//', 'https://www.upwork.com/', 'ftp://'),
      text,
    )
    .map(([a, b]) => a + b),
  text,
);
/** ISO days, impossible days and no days. */
export const day = fc.oneof(
  fc
    .integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2030, 0, 1) })
    .map((t) => new Date(t).toISOString().slice(0, 10)),
  fc.constantFrom('2026-13-45', '2026-02-30', '0000-00-00', '9999-12-31', 'zzzz-zz-zz'),
);
export const number = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e9 }),
  fc.integer({ min: 0, max: 1000 }),
  fc.constantFrom(0, -0, 5, 100, Number.MAX_SAFE_INTEGER, Number.MIN_VALUE),
);
/** JSON of any shape, with hostile strings in it. */
export const json: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    number,
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(text, fc.constantFrom('name', '@type', 'value', 'id', '__proto__')), tie('value'), {
      maxKeys: 4,
    }),
  ),
})).value;

const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
const list = <T>(a: fc.Arbitrary<T>, maxLength = 6) => fc.array(a, { maxLength });

/** A Profile of the contract's types with random values in every field (absent fields removed). */
export const profile: fc.Arbitrary<Profile> = fc
  .record({
    site: fc.constantFrom('upwork', 'freelancer', 'linkedin', 'github', 'fiverr', 'peopleperhour', 'guru'),
    url: fc.webUrl({ withQueryParameters: true }),
    id: opt(text),
    name: opt(text),
    title: opt(text),
    bio: opt(longText),
    photoUrl: opt(fc.webUrl()),
    location: opt(
      fc.record({
        city: opt(text),
        region: opt(text),
        country: opt(fc.constantFrom('US', 'UA', 'KP', 'CN', 'RU', 'DE', 'IN', 'ZZ', 'XX')),
        countryName: opt(fc.oneof(text, fc.constantFrom('United States', 'Ukraine', 'North Korea', 'Россия'))),
      }),
    ),
    timezone: opt(
      fc.record({
        name: opt(fc.oneof(text, fc.constantFrom('Asia/Pyongyang', 'America/New_York', 'Etc/GMT+14', 'Nope/Nope'))),
        label: opt(text),
        utcOffsetMinutes: opt(fc.integer({ min: -14 * 60, max: 14 * 60 })),
      }),
    ),
    memberSince: opt(day),
    hourlyRate: opt(
      fc.record({
        amount: fc.double({ min: 0, max: 1e6, noNaN: true }),
        currency: fc.constantFrom('USD', 'EUR', 'XXX', 'ZZZ'),
      }),
    ),
    stats: opt(
      fc.record({
        jobs: opt(fc.nat()),
        hours: opt(fc.double({ min: 0, max: 1e7, noNaN: true })),
        reviews: opt(fc.nat()),
        rating: opt(fc.double({ min: 0, max: 5, noNaN: true })),
        jobSuccess: opt(fc.double({ min: 0, max: 100, noNaN: true })),
        earnings: opt(fc.double({ min: 0, max: 1e9, noNaN: true })),
        completionRate: opt(fc.double({ min: 0, max: 100, noNaN: true })),
        connections: opt(fc.nat()),
        followers: opt(fc.nat()),
        onTime: opt(fc.double({ min: 0, max: 100, noNaN: true })),
        onBudget: opt(fc.double({ min: 0, max: 100, noNaN: true })),
      }),
    ),
    verified: opt(
      fc.record({
        identity: opt(fc.boolean()),
        payment: opt(fc.boolean()),
        phone: opt(fc.boolean()),
        email: opt(fc.boolean()),
      }),
    ),
    languages: opt(list(fc.record({ name: text, level: opt(text) }))),
    skills: opt(list(text, 20)),
    education: opt(list(fc.record({ school: opt(text), degree: opt(text), start: opt(text), end: opt(text) }))),
    employment: opt(
      list(
        fc.record({
          company: opt(text),
          title: opt(text),
          start: opt(fc.oneof(day, text)),
          end: opt(fc.oneof(day, text)),
        }),
      ),
    ),
    reviews: opt(
      list(
        fc.record({
          date: opt(day),
          rating: opt(fc.double({ min: 0, max: 5, noNaN: true })),
          text: opt(longText),
          client: opt(text),
        }),
        12,
      ),
    ),
    links: opt(list(url, 10)),
  })
  .map((p) => JSON.parse(JSON.stringify(p)) as Profile);

/** A schema.org Person as LinkedIn and Guru embed it, with random or wrong-typed values. */
export const person = fc.record(
  {
    '@context': fc.constant('http://schema.org'),
    '@type': fc.constantFrom('Person', 'Organization', 'ProfilePage'),
    name: fc.oneof(text, json),
    jobTitle: fc.oneof(text, fc.array(text), json),
    worksFor: fc.oneof(fc.array(fc.record({ '@type': fc.constant('Organization'), name: fc.oneof(text, json) })), json),
    alumniOf: fc.oneof(
      fc.array(
        fc.record({ '@type': fc.constantFrom('EducationalOrganization', 'Organization'), name: text, member: json }),
      ),
      json,
    ),
    address: fc.oneof(fc.record({ addressLocality: fc.oneof(text, json), addressCountry: fc.oneof(text, json) }), json),
    sameAs: fc.oneof(fc.array(url), json),
    knowsLanguage: fc.oneof(fc.array(fc.record({ name: fc.oneof(text, json) })), json),
    image: fc.oneof(fc.record({ contentUrl: url }), json),
    description: text,
  },
  { requiredKeys: ['@type'] },
);
