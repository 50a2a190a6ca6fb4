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
import { ownsByName, presentedAsOwn } from './contact-owner';

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
  /** When this browser first saw the profile (its history entry's first-seen): who had a shared link first. */
  since?: string;
  /** MinHash of title + bio; absent for short texts. */
  minhash?: Uint16Array;
  contacts: string[];
  /** Top ratings (≥ 4.5 of 5) with a named client and a date: `client` lower-cased. */
  topReviews: { client: string; date: string }[];
  /** As stored: the look-up keys of the IndexedDB index (lib/memory/lookup.ts). */
  ix?: string[];
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

/**
 * Percent-decoding that never throws: every well-formed escape (a whole UTF-8 sequence) is decoded, anything
 * else — a bare `%` ("sale-50%"), a truncated or invalid sequence — is kept as it was written.
 */
export function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
      let out = '';
      for (let i = 0; i < run.length;) {
        const lead = parseInt(run.slice(i + 1, i + 3), 16);
        const bytes = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
        try {
          out += decodeURIComponent(run.slice(i, i + 3 * bytes));
          i += 3 * bytes;
        } catch {
          out += run.slice(i, i + 3);
          i += 3;
        }
      }
      return out;
    });
  }
}

/**
 * On these hosts a link names an account only as `/<name>` (`/@name`); a deeper path is content (a repository, an
 * issue, a post, a video), and these first segments are the site's own pages, not anyone's account.
 */
const SITE_PAGES =
  /^(?:about|apps|blog|collections|company|customer-stories|embed|enterprise|events|explore|features|feed|groups|hashtag|home|i|intent|issues|jobs|join|login|marketplace|notifications|orgs|pages|playlist|posts|pricing|profile\.php|pulls|pulse|questions|results|school|search|settings|share|sharer(?:\.php)?|shorts|signup|site|sponsors|tags|topics|trending|users|watch)$/;

/** `/<name>` or `/@name` of a site's account, or undefined (the site's root, its own pages, anything deeper). */
function accountIn(path: string): string | undefined {
  const parts = path.split('/').filter(Boolean);
  return parts.length === 1 && !SITE_PAGES.test(parts[0]!) ? parts[0] : undefined;
}

/**
 * A link as an identity: `url:host/path` (no www, query, fragment, trailing slash); on GitHub, GitLab, LinkedIn
 * and the other GENERIC_HOSTS only a link to an account is one (`github:<account>`, `url:twitter.com/<name>`): a
 * link to someone's repository, issue, pull request, gist or post is not that account as a contact.
 */
export function normaliseUrl(raw: string): string | undefined {
  let u: URL;
  try {
    u = new URL(raw.trim());
  } catch {
    return undefined;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return undefined;
  const host = u.hostname.toLowerCase().replace(/^www\./, '');
  const path = safeDecode(u.pathname).replace(/\/+$/, '').toLowerCase();
  if (MARKETPLACES.test(host)) return undefined;
  if (host === 'github.com' || host === 'gitlab.com') {
    const account = accountIn(path);
    return account ? `${host.split('.')[0]}:${account}` : undefined;
  }
  if (host === 'linkedin.com' || host.endsWith('.linkedin.com')) {
    const slug = /^\/in\/([^/]+)/.exec(path)?.[1];
    return slug ? `linkedin:${slug}` : undefined;
  }
  // Gists, raw files: content of an account, not the account.
  if (host === 'gist.github.com' || host.endsWith('.githubusercontent.com')) return undefined;
  if (GENERIC_HOSTS.test(host)) {
    const account = accountIn(path);
    return account ? `url:${host}/${account}` : undefined;
  }
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

/** `f()`, or `fallback` when it throws: what the memory keeps of a profile never depends on every part working. */
function total<T>(f: () => T, fallback: T): T {
  try {
    return f();
  } catch {
    return fallback;
  }
}

const strings = (xs: unknown): string[] =>
  Array.isArray(xs) ? xs.filter((x): x is string => typeof x === 'string') : [];

export function contactsOf(p: Profile): string[] {
  const out = new Set<string>();
  const text = total(() => profileText(p), '');
  const country = typeof p.location?.country === 'string' ? p.location.country : undefined;
  for (const c of total(() => findContacts(text, country), [])) {
    const k = total(() => normaliseContact(c.kind, c.value, country), undefined);
    if (k) out.add(k);
  }
  // The profile's own link fields are its own; a link in its text only where the text presents it so.
  for (const link of strings(p.links)) {
    const k = total(() => normaliseUrl(link.replace(/[.,;]+$/, '')), undefined);
    if (k) out.add(k);
  }
  for (const m of text.matchAll(/\bhttps?:\/\/[^\s<>"')]+/g)) {
    const k = total(() => normaliseUrl(m[0].replace(/[.,;]+$/, '')), undefined);
    if (k && (presentedAsOwn(text, m.index) || ownsByName(k, p))) out.add(k);
  }
  return [...out].slice(0, 50);
}

const GENERIC_CLIENT = /^(?:private|anonymous|confidential|client|n\/?a|unknown|user)\b/i;

export function topReviewsOf(p: Profile): Fingerprint['topReviews'] {
  const out: Fingerprint['topReviews'] = [];
  for (const r of Array.isArray(p.reviews) ? p.reviews : []) {
    if (typeof r?.client !== 'string' || typeof r.date !== 'string' || !Number.isFinite(Date.parse(r.date))) continue;
    const client = r.client.trim().toLowerCase();
    if (client.length < 3 || GENERIC_CLIENT.test(client) || (r.rating ?? 0) < 4.5) continue;
    out.push({ client, date: r.date });
  }
  return out.slice(0, 50);
}

/**
 * Never throws, whatever the profile holds (a page's text, an imported file, a record from an old database):
 * a part that cannot be made is left out, the rest is kept.
 */
export function fingerprint(key: string, p: Profile, seenAt: string): Fingerprint {
  const m = total(() => minhash(profileText(p)), undefined);
  return {
    key,
    ...(typeof p.name === 'string' && p.name ? { name: p.name } : {}),
    url: typeof p.url === 'string' ? p.url : '',
    seenAt,
    ...(m ? { minhash: m } : {}),
    contacts: total(() => contactsOf(p), []),
    topReviews: total(() => topReviewsOf(p), []),
  };
}

export const siteOf = (fp: Pick<Fingerprint, 'key'>) => fp.key.slice(0, fp.key.indexOf(':'));
