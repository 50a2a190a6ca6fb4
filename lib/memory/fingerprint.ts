/**
 * What the memory keeps of each profile to recognise its material under another name: a MinHash of its
 * text (word 4-shingles, 64 16-bit hashes; 16 LSH bands of 4), its contacts normalised (e-mail, phone, messenger
 * handles, portfolio and GitHub URLs), and the clients who gave it top ratings, with dates. Small by
 * design: 100,000 of these are kept in memory by the background.
 */
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import type { Profile } from '../profile';
import { profileText } from '../rules/finding';
import { findContacts } from '../text/contacts';

export const MINHASHES = 64;
export const BANDS = 16;
const ROWS = MINHASHES / BANDS;
/** Shorter texts are too generic ("React developer") to call a copy. */
export const MIN_WORDS = 30;
const SHINGLE = 4;

export interface Fingerprint {
  /** `<site>:<id>`: the site is the key's prefix (siteOf). */
  key: string;
  name?: string;
  url: string;
  seenAt: string;
  /** MinHash of title + bio; absent for short texts. */
  minhash?: Uint16Array;
  contacts: string[];
  /** Top ratings (≥ 4.5 of 5) with a named client and a date: `client` lower-cased. */
  topReviews: { client: string; date: string }[];
}

/** FNV-1a, 32 bit. */
export function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function mix(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x7feb352d);
  x = Math.imul(x ^ (x >>> 15), 0x846ca68b);
  return (x ^ (x >>> 16)) >>> 0;
}

const SEEDS = Uint32Array.from({ length: MINHASHES }, (_, i) => mix(0x9e3779b9 + i * 0x632be5ab));

export function words(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

export function shingles(ws: string[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i + SHINGLE <= ws.length; i++) out.add(fnv(ws.slice(i, i + SHINGLE).join(' ')));
  return out;
}

/** b-bit MinHash: the low 16 bits of each minimum (two different minima agree by chance 1 in 65,536). */
export function minhash(text: string): Uint16Array | undefined {
  const ws = words(text);
  if (ws.length < MIN_WORDS) return undefined;
  const sh = shingles(ws);
  const min = new Uint32Array(MINHASHES).fill(0xffffffff);
  for (const s of sh)
    for (let i = 0; i < MINHASHES; i++) {
      const h = mix(s ^ SEEDS[i]!);
      if (h < min[i]!) min[i] = h;
    }
  return Uint16Array.from(min, (m) => m & 0xffff);
}

/** The share of equal MinHashes: an estimate of the texts' shingle Jaccard similarity. */
export function similarity(a: Uint16Array, b: Uint16Array): number {
  let same = 0;
  for (let i = 0; i < MINHASHES; i++) if (a[i] === b[i]) same++;
  return same / MINHASHES;
}

export function bandKeys(m: Uint16Array): string[] {
  const out: string[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = b + 1;
    for (let r = 0; r < ROWS; r++) h = mix(h ^ m[b * ROWS + r]!);
    out.push(`${b}:${h.toString(36)}`);
  }
  return out;
}

// Hosts whose bare root says nothing about a person; marketplaces' own pages are not portfolios.
const GENERIC_HOSTS =
  /^(?:github\.com|gitlab\.com|linkedin\.com|behance\.net|dribbble\.com|upwork\.com|freelancer\.com|fiverr\.com|peopleperhour\.com|guru\.com|google\.com|facebook\.com|twitter\.com|x\.com|instagram\.com|youtube\.com|medium\.com|stackoverflow\.com)$/;
const MARKETPLACES = /(?:^|\.)(?:upwork|freelancer|fiverr|peopleperhour|guru)\.com$/;

/** A link as an identity: `url:host/path` (no www, query, fragment, trailing slash); GitHub as its account. */
export function normaliseUrl(raw: string): string | undefined {
  let u: URL;
  try {
    u = new URL(raw.trim());
  } catch {
    return undefined;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return undefined;
  const host = u.hostname.toLowerCase().replace(/^www\./, '');
  const path = decodeURIComponent(u.pathname).replace(/\/+$/, '').toLowerCase();
  if (MARKETPLACES.test(host)) return undefined;
  if (host === 'github.com' || host === 'gitlab.com') {
    const account = path.split('/')[1];
    return account ? `${host.split('.')[0]}:${account}` : undefined;
  }
  if (host === 'linkedin.com' && path.startsWith('/in/')) return `linkedin:${path.split('/')[2]}`;
  if (!path && GENERIC_HOSTS.test(host)) return undefined;
  return `url:${host}${path}`;
}

function normaliseContact(kind: string, value: string, country?: string): string | undefined {
  const v = value.trim().toLowerCase();
  switch (kind) {
    case 'E-mail': {
      const [user = '', domain = ''] = v.split('@');
      const gmail = domain === 'gmail.com' || domain === 'googlemail.com';
      return `email:${gmail ? user.replace(/\+.*$/, '').replaceAll('.', '') : user}@${gmail ? 'gmail.com' : domain}`;
    }
    case 'Phone':
    case 'WhatsApp':
    case 'Signal': {
      const link = /wa\.me\/(\+?\d+)/.exec(v)?.[1];
      const n = parsePhoneNumberFromString(link ? `+${link.replace('+', '')}` : v, country as CountryCode | undefined);
      return n?.isValid() ? `phone:${n.number}` : undefined;
    }
    default: {
      const handle = v
        .replace(/^.*\//, '')
        .replace(/^@/, '')
        .replace(/^live:/, '');
      return handle.length >= 3 ? `${kind.toLowerCase()}:${handle}` : undefined;
    }
  }
}

export function contactsOf(p: Profile): string[] {
  const out = new Set<string>();
  for (const c of findContacts(profileText(p), p.location?.country)) {
    const k = normaliseContact(c.kind, c.value, p.location?.country);
    if (k) out.add(k);
  }
  for (const link of [...(p.links ?? []), ...(profileText(p).match(/\bhttps?:\/\/[^\s<>"')]+/g) ?? [])]) {
    const k = normaliseUrl(link.replace(/[.,;]+$/, ''));
    if (k) out.add(k);
  }
  return [...out].slice(0, 50);
}

const GENERIC_CLIENT = /^(?:private|anonymous|confidential|client|n\/?a|unknown|user)\b/i;

export function topReviewsOf(p: Profile): Fingerprint['topReviews'] {
  const out: Fingerprint['topReviews'] = [];
  for (const r of p.reviews ?? []) {
    const client = r.client?.trim().toLowerCase();
    if (!client || client.length < 3 || GENERIC_CLIENT.test(client) || !r.date || (r.rating ?? 0) < 4.5) continue;
    out.push({ client, date: r.date });
  }
  return out.slice(0, 50);
}

export function fingerprint(key: string, p: Profile, seenAt: string): Fingerprint {
  const m = minhash(profileText(p));
  return {
    key,
    ...(p.name ? { name: p.name } : {}),
    url: p.url,
    seenAt,
    ...(m ? { minhash: m } : {}),
    contacts: contactsOf(p),
    topReviews: topReviewsOf(p),
  };
}

export const siteOf = (fp: Pick<Fingerprint, 'key'>) => fp.key.slice(0, fp.key.indexOf(':'));
