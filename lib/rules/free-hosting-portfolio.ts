/**
 * G1: "surprisingly simple" portfolio websites; Mandiant saw Netlify-hosted ones. A low note, and only when every
 * portfolio/website link (profile links and URLs in the bio) is on free one-page hosting.
 */
import { t } from '../i18n';
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
// A site's own page hosting is the norm there, not a sign of a "surprisingly simple" portfolio: on GitHub a
// github.io site is the user's GitHub Pages.
const OWN_HOSTING: Record<string, RegExp> = { github: /(?:^|\.)github\.io$/i };
// Links to profiles and code hosts are not portfolio websites.
const NOT_PORTFOLIO =
  /(?:^|\.)(?:upwork\.com|linkedin\.com|github\.com|gitlab\.com|youtube\.com|youtu\.be|behance\.net|dribbble\.com)$/i;

function host(u: string): string | undefined {
  try {
    return new URL(u).hostname.toLowerCase();
  } catch {
    return undefined;
  }
}

export const rule: ProfileRule = {
  id: 'free-hosting-portfolio',
  kind: 'profile',
  group: 'portfolio',
  needs: ['links'],
  check(p) {
    const inBio = (p.bio ?? '').match(/\bhttps?:\/\/[^\s<>"')]+/gi) ?? [];
    const links = [...new Set([...(p.links ?? []), ...inBio].map((u) => u.replace(/[.,;]+$/, '')))];
    const own = OWN_HOSTING[p.site];
    const hosts = links.map(host).filter((h): h is string => !!h && !NOT_PORTFOLIO.test(h) && !own?.test(h));
    if (!hosts.length) return undefined;
    if (!hosts.every((h) => FREE_HOSTS.some((f) => h === f || h.endsWith(`.${f}`)))) return undefined;
    const f = finding(
      rule.id,
      'low',
      [t('evidence.links', { links: [...new Set(hosts)].join(', ') })],
      [
        'G1 How DPRK IT workers operate (surprisingly simple portfolio websites)',
        'IND Mandiant 2024 (portfolios on Netlify)',
      ],
    );
    return { ...f, note: true };
  },
};
