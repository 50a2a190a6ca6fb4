/**
 * Freelancer.com, page side: `/u/<username>` profiles and the raw strings they hold (seen 2021-12, logged
 * out, docs/marketplaces.md): the Angular transfer state `<script id="webapp-state">` (HTML-escaped JSON) and
 * the readable summary elements. lib/sites/freelancer.ts interprets them.
 */
import { metaContent, textOf } from '../parse/read-helpers';
import type { SitePage } from './types';

export const FREELANCER_HOST = 'www.freelancer.com';

export function freelancerUsername(url: URL): string | undefined {
  if (url.hostname !== FREELANCER_HOST && url.hostname !== 'freelancer.com') return undefined;
  const m = /^\/u\/([A-Za-z0-9_.-]{2,64})\/?$/.exec(url.pathname);
  return m ? m[1].toLowerCase() : undefined;
}

export const freelancerPage: SitePage = {
  id: 'freelancer',
  name: 'Freelancer.com',
  matches: ['https://www.freelancer.com/*'],
  hosts: ['https://www.freelancer.com/*'],
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
  }),
  badgeAnchor: (doc) =>
    doc.querySelector(
      'app-user-profile-summary-name h3, app-user-profile-summary-name fl-heading, app-user-profile-summary-name',
    ) ?? doc.querySelector('h1'),
};
