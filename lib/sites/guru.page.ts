/**
 * Guru, page side: `https://www.guru.com/freelancers/<slug>`. Best effort: nothing real is known of its
 * markup (docs/marketplaces.md), so only standard web metadata is read — a schema.org Person in JSON-LD,
 * `og:title`, the first `h1`. Not verified against a real saved page.
 */
import { metaContent, textOf } from '../parse/read-helpers';
import type { SitePage } from './types';

export function guruSlug(url: URL): string | undefined {
  if (url.hostname !== 'www.guru.com') return undefined;
  const m = /^\/freelancers\/([a-z0-9-]{2,120})\/?$/i.exec(url.pathname);
  return m ? m[1].toLowerCase() : undefined;
}

export const guruPage: SitePage = {
  id: 'guru',
  name: 'Guru',
  matches: ['https://www.guru.com/*'],
  hosts: ['https://www.guru.com/*'],

  isProfilePage: (url) => guruSlug(url) !== undefined,
  collect: (doc) => ({
    jsonld: [...doc.querySelectorAll('script[type="application/ld+json"]')]
      .map((s) => s.textContent ?? '')
      .slice(0, 10),
    ogTitle: metaContent(doc, ['og:title']) ?? null,
    h1: textOf(doc, ['h1']) ?? null,
  }),
  badgeAnchor: (doc) => doc.querySelector('h1'),
};
