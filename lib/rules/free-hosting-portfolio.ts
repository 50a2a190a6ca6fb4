/**
 * G1: "surprisingly simple" portfolio websites; Mandiant saw Netlify-hosted ones. A low note, and only when every
 * portfolio/website link (profile links and URLs in the bio) is on free one-page hosting.
 */
import { asNote } from '../finding-view';
import { line } from '../i18n/evidence';
import { finding } from './finding';
import type { ProfileRule } from './types';

const FREE_HOSTS = [
  'netlify.app',
  'vercel.app',
  'github.io',
  'gitlab.io',
  'pages.dev',
  'web.app',
  'firebaseapp.com',
  'herokuapp.com',
  'onrender.com',
  'glitch.me',
  'surge.sh',
  'wixsite.com',
  'weebly.com',
  'webflow.io',
  'framer.website',
  'carrd.co',
  'replit.app',
  'repl.co',
  'fly.dev',
  'railway.app',
  'azurewebsites.net',
  'blogspot.com',
  'wordpress.com',
  'godaddysites.com',
  'neocities.org',
];
// Each host's subdomains: ".netlify.app" (made once, not for every link and host compared).
const FREE_SUFFIXES = FREE_HOSTS.map((f) => `.${f}`);
const onFreeHost = (h: string) => {
  for (let i = 0; i < FREE_HOSTS.length; i++) if (h === FREE_HOSTS[i] || h.endsWith(FREE_SUFFIXES[i])) return true;
  return false;
};
// A site's own page hosting is the norm there, not a sign of a "surprisingly simple" portfolio: on GitHub a
// github.io site is the user's GitHub Pages.
// (Looked through by the site's name: a record read with the page's site, a new string every time, made V8 look the
// name up in its string table for every profile.)
const OWN_HOSTING: readonly (readonly [site: string, hosts: RegExp])[] = [['github', /(?:^|\.)github\.io$/i]];
function ownHosting(site: string): RegExp | undefined {
  for (let i = 0; i < OWN_HOSTING.length; i++) if (OWN_HOSTING[i][0] === site) return OWN_HOSTING[i][1];
  return undefined;
}
// Links to profiles and code hosts are not portfolio websites.
const NOT_PORTFOLIO =
  /(?:^|\.)(?:upwork\.com|linkedin\.com|github\.com|gitlab\.com|youtube\.com|youtu\.be|behance\.net|dribbble\.com)$/i;

// A plain ASCII host name, as the URL parser would give it; anything else (user info, IP numbers, Unicode,
// escapes, a trailing dot …) goes through the parser. Parsing every link cost more than the rule's test.
const PLAIN_HOST = /^https?:\/\/([a-z0-9-]+(?:\.[a-z0-9-]+)*)(?=[:/?#]|$)/i;
const NUMERIC = /(?:^|\.)(?:\d+|0x[0-9a-f]*)$/i; // ends in a number: an IPv4 address to the parser

function host(u: string): string | undefined {
  const plain = PLAIN_HOST.exec(u)?.[1];
  if (plain && !NUMERIC.test(plain)) return plain.toLowerCase();
  try {
    return new URL(u).hostname.toLowerCase();
  } catch {
    return undefined;
  }
}

/** An address without the stops after it, as `u.replace(/[.,;]+$/, '')` (a pattern call for every link cost more). */
function withoutTrailingStops(u: string): string {
  let end = u.length;
  for (let c = u.charCodeAt(end - 1); c === 46 || c === 44 || c === 59; c = u.charCodeAt(end - 1)) end--;
  return end === u.length ? u : u.slice(0, end);
}

/** Each string once, where it first stands: a few compared one by one (a Set hashed each, new on every page). */
function once(xs: string[]): string[] {
  if (xs.length > 8) return [...new Set(xs)];
  const out: string[] = [];
  for (const x of xs) if (!out.includes(x)) out.push(x);
  return out;
}

// An address in the bio (global: match() starts it from the beginning each time and leaves it there).
const BIO_LINK = /\bhttps?:\/\/[^\s<>"')]+/gi;

export const rule: ProfileRule = {
  id: 'free-hosting-portfolio',
  kind: 'profile',
  group: 'portfolio',
  needs: ['links'],
  check(p) {
    // (A bio without "://" has no address to scan for.) The links and the bio's addresses gathered in a loop, not
    // spread and mapped into new arrays for every profile.
    const inBio = (p.bio?.includes('://') && p.bio.match(BIO_LINK)) || [];
    const found: string[] = [];
    for (const u of p.links ?? []) found.push(withoutTrailingStops(u));
    for (const u of inBio) found.push(withoutTrailingStops(u));
    const links = once(found);
    const own = ownHosting(p.site);
    const hosts: string[] = [];
    for (const l of links) {
      const h = host(l);
      if (h && !NOT_PORTFOLIO.test(h) && !own?.test(h)) hosts.push(h);
    }
    if (!hosts.length) return undefined;
    if (!hosts.every(onFreeHost)) return undefined;
    const f = finding(
      rule.id,
      'low',
      [line('evidence.links', { links: { list: once(hosts), sep: ', ' } })],
      [
        'G1 How DPRK IT workers operate (surprisingly simple portfolio websites)',
        'IND Mandiant 2024 (portfolios on Netlify)',
      ],
    );
    return asNote(f);
  },
};
