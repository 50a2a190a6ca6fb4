/**
 * Fiverr, page side: seller pages `https://www.fiverr.com/<username>` and gig pages
 * `https://www.fiverr.com/<username>/<gig-slug>`. Second-hand structure (docs/marketplaces.md), not verified
 * against a real saved page: the server payload in `<script type="application/json" id="perseus-initial-props">`.
 */
import { metaContent } from '../parse/read-helpers';
import type { SitePage } from './types';

// Fiverr's own top-level paths, not user names.
const RESERVED = new Set(
  'categories search pro support start_selling login join cp inbox users gigs business resources stores hire-freelancers logo-maker community levels seller_onboarding terms_of_service privacy-policy'.split(
    ' ',
  ),
);

export function fiverrPath(url: URL): { username: string; gig?: string } | undefined {
  if (url.hostname !== 'www.fiverr.com' && url.hostname !== 'fiverr.com') return undefined;
  const m = /^\/([a-z0-9_]{3,40})(?:\/([a-z0-9-]{3,200}))?\/?$/i.exec(url.pathname);
  if (!m || RESERVED.has(m[1].toLowerCase())) return undefined;
  return { username: m[1].toLowerCase(), gig: m[2] };
}

export const fiverrPage: SitePage = {
  id: 'fiverr',
  name: 'Fiverr',
  matches: ['https://www.fiverr.com/*'],
  hosts: ['https://www.fiverr.com/*'],
  imageHosts: ['https://fiverr-res.cloudinary.com/*'],
  // https://fiverr-res.cloudinary.com/[<transform>/]attachments/profile/photo/<hash>… (perseus props)
  photoPaths: [/^\/(?:[^/]+\/)?attachments\/profile\/photo\//],
  photoPlaceholder: /\/(?:default|empty)[-_]?(?:avatar|profile|user)/i,

  isProfilePage: (url) => fiverrPath(url) !== undefined,
  collect: (doc) => ({
    props: doc.querySelector('script#perseus-initial-props')?.textContent ?? null,
    ogTitle: metaContent(doc, ['og:title']) ?? null,
  }),
  badgeAnchor: (doc) =>
    doc.querySelector('.seller-card h1, .seller-overview .seller-name, h1') ?? doc.querySelector('main h2'),
};
