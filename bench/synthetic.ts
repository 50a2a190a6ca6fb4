/**
 * Synthetic remembered profiles for the memory benchmark: realistic sizes (a 500–1,200 character bio from
 * a 2,000-word vocabulary, skills, a few reviews from a pool of 20,000 clients, links, contacts for some),
 * deterministic per index. Nothing here is anyone's data.
 */
import type { Profile } from '../lib/profile';
import { compactProfile, type StoredProfile } from '../lib/storage/db';
import { rng } from './random';

const SYL = ['ka', 'lo', 'mi', 'ren', 'to', 'sa', 'vi', 'del', 'an', 'or', 'ul', 'pe', 'zi', 'ban', 'cor', 'eth'];
const word = (r: () => number) =>
  Array.from({ length: 1 + Math.floor(r() * 3) }, () => SYL[Math.floor(r() * SYL.length)]).join('');
const VOCAB = (() => {
  const r = rng(1);
  return Array.from({ length: 2000 }, () => word(r));
})();
const SKILLS = [
  'React',
  'Node.js',
  'TypeScript',
  'Python',
  'Django',
  'AWS',
  'Docker',
  'Go',
  'Rust',
  'Vue',
  'Angular',
  'SQL',
  'Flutter',
  'Kotlin',
  'Swift',
  'PHP',
  'Laravel',
  'GraphQL',
];
const SITES = ['upwork', 'freelancer', 'linkedin', 'github', 'fiverr'];
const COUNTRIES = ['US', 'GB', 'DE', 'PL', 'UA', 'IN', 'PK', 'PH', 'BR', 'CA', 'JP', 'VN'];

export function syntheticProfile(i: number): Profile {
  const r = rng(i * 7919 + 13);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const site = pick(SITES);
  const bioWords = 80 + Math.floor(r() * 100);
  const bio = Array.from({ length: bioWords }, (_, k) => (k % 14 === 13 ? `${pick(VOCAB)}.` : pick(VOCAB))).join(' ');
  const reviews = Array.from({ length: Math.floor(r() * 6) }, () => ({
    date: `2026-${String(1 + Math.floor(r() * 11)).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`,
    rating: r() < 0.8 ? 5 : 4,
    client: `client ${Math.floor(r() * 20_000)}`,
  }));
  return {
    site,
    url: `https://example.invalid/${site}/${i}`,
    id: `p${i}`,
    name: `${pick(VOCAB)} ${pick(VOCAB)}`.replace(/\b\w/g, (c) => c.toUpperCase()),
    title: `${pick(SKILLS)} and ${pick(SKILLS)} developer`,
    bio: r() < 0.1 ? `${bio} Telegram: @${pick(VOCAB)}_${i % 5000}` : bio,
    photoUrl: `https://example.invalid/photo/${i}.jpg`,
    location: { country: pick(COUNTRIES), city: pick(VOCAB) },
    timezone: { utcOffsetMinutes: Math.round(r() * 24 - 12) * 60 },
    memberSince: `20${String(15 + Math.floor(r() * 11))}-0${1 + Math.floor(r() * 9)}-1${Math.floor(r() * 9)}`,
    hourlyRate: { amount: 15 + Math.floor(r() * 80), currency: 'USD' },
    stats: {
      jobs: Math.floor(r() * 200),
      reviews: reviews.length,
      rating: 4 + r(),
      jobSuccess: Math.floor(80 + r() * 20),
    },
    skills: Array.from({ length: 5 + Math.floor(r() * 15) }, () => pick(SKILLS)),
    reviews,
    links: r() < 0.5 ? [`https://${pick(VOCAB)}${i}.netlify.app/`] : [],
  };
}

export function syntheticEntry(i: number): StoredProfile {
  const p = compactProfile(syntheticProfile(i));
  const seen = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
  return {
    key: `${p.site}:${p.id}`,
    site: p.site,
    url: p.url,
    profile: p,
    firstSeen: seen,
    lastSeen: seen,
    visits: 1,
    level: i % 7 === 0 ? 'medium' : 'low',
    rules: i % 7 === 0 ? ['new-account', 'no-photo'] : ['no-photo'],
    findings: [
      {
        rule: 'no-photo',
        severity: 'low',
        evidence: ['The profile shows no photo'],
        sources: ['G3 (profiles with no photo)'],
      },
    ],
  };
}
