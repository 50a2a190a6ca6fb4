/**
 * Freelancer.com, page side: `/u/<username>` profiles and the raw strings they hold (seen 2021-12, logged
 * out, docs/marketplaces.md): the Angular transfer state `<script id="webapp-state">` (HTML-escaped JSON) and
 * the readable summary elements. lib/sites/freelancer.ts interprets them.
 */
import { metaContent, textOf } from '../parse/read-helpers';
import type { SitePage } from './types';

export const FREELANCER_HOST = 'www.freelancer.com';

/**
 * Freelancer.com's country sites, as its own profile pages list them (`<link rel="alternate" hreflang>` on
 * every real saved `/u/` page, 2021-12): the same profiles at the same paths, in the country's language.
 */
export const FREELANCER_HOSTS = [
  FREELANCER_HOST,
  ...'br dk fi fr my tr vn'.split(' ').map((cc) => `www.${cc}.freelancer.com`),
  ...'ca cl cn co.id co.it co.ke co.kr co.nz co.ro co.th co.uk co.za com.al com.ar com.au com.bd com.co com.jm com.pe com.ru com.ua cz de ec es gr hk hu ie in is jp mx no ph pk pl pt se sg si uy'
    .split(' ')
    .map((tld) => `www.freelancer.${tld}`),
];

export function freelancerUsername(url: URL): string | undefined {
  if (!FREELANCER_HOSTS.includes(url.hostname) && url.hostname !== 'freelancer.com') return undefined;
  const m = /^\/u\/([A-Za-z0-9_.-]{2,64})\/?$/.exec(url.pathname);
  return m ? m[1].toLowerCase() : undefined;
}

export const freelancerPage: SitePage = {
  id: 'freelancer',
  name: 'Freelancer.com',
  matches: FREELANCER_HOSTS.map((h) => `https://${h}/*`),
  hosts: FREELANCER_HOSTS.map((h) => `https://${h}/*`),
  imageHosts: ['https://*.f-cdn.com/*'],
  // https://cdn2.f-cdn.com/ppic/<id>/logo/<id>/<file>.jpg (2021-12)
  photoPaths: [/^\/ppic\//],
  // Message threads and bids (proposal texts), not verified on a saved page.
  messages: {
    isMessagePage: (url) => /^\/(?:messages|projects\/[^/]+\/[^/]+\/proposals)/.test(url.pathname),
    bodies: ['[data-testid="message-text"]', 'fl-message-text', '.BidDescription'],
  },
  // Accounts without a photo show f-cdn's "unknown" avatar.
  photoPlaceholder: /f-cdn\.com\/.*\/unknown(?:[-_][a-z0-9]+)?\.(?:png|jpe?g|svg)/i,

  isProfilePage: (url) => freelancerUsername(url) !== undefined,
  collect: (doc) => ({
    state: doc.querySelector('script#webapp-state')?.textContent ?? null,
    // "Jane D. @janedoe" (2021-12): the public name and the handle in one element.
    name: textOf(doc, ['app-user-profile-summary-name']) ?? null,
    tagline: textOf(doc, ['app-user-profile-summary-tagline']) ?? null,
    ogTitle: metaContent(doc, ['og:title']) ?? null,
    // "$25 USD / hour" (2021-12). The state's hourlyRate has no currency of its own: its primaryCurrency
    // can be INR while the page shows USD.
    rate:
      /[\d.,]+\s*[A-Z]{3}\s*\/\s*hour/.exec(doc.querySelector('app-user-profile-summary')?.textContent ?? '')?.[0] ??
      null,
    title: doc.title || null,
    lang: doc.documentElement.getAttribute('lang'),
  }),
  badgeAnchor: (doc) =>
    doc.querySelector(
      'app-user-profile-summary-name h3, app-user-profile-summary-name fl-heading, app-user-profile-summary-name',
    ) ?? doc.querySelector('h1'),
};
