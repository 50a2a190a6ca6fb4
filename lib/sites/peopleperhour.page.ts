/**
 * PeoplePerHour, page side: `https://www.peopleperhour.com/freelancer/<category>/<slug>`. Best effort: the
 * only known structure is the selectors a 2025 scraper used (docs/marketplaces.md), not verified against a
 * real saved page: `div.member-name h1`, `p.member-job`, `div.member-location p`, `span.member-cost`,
 * `div.total-rating`, `div.total-reviews`, `div.skill-tags a.tag-item`.
 */
import { textOf } from '../parse/read-helpers';
import type { SitePage } from './types';

export function pphSlug(url: URL): string | undefined {
  if (url.hostname !== 'www.peopleperhour.com') return undefined;
  const m = /^\/freelancer\/[a-z0-9-]{2,80}\/([a-z0-9-]{3,200})\/?$/i.exec(url.pathname);
  return m ? m[1].toLowerCase() : undefined;
}

export const peopleperhourPage: SitePage = {
  id: 'peopleperhour',
  name: 'PeoplePerHour',
  matches: ['https://www.peopleperhour.com/*'],
  hosts: ['https://www.peopleperhour.com/*'],

  isProfilePage: (url) => pphSlug(url) !== undefined,
  collect: (doc) => ({
    name: textOf(doc, ['div.member-name h1']) ?? null,
    job: textOf(doc, ['p.member-job']) ?? null,
    location: textOf(doc, ['div.member-location p']) ?? null,
    cost: textOf(doc, ['span.member-cost']) ?? null,
    rating: textOf(doc, ['div.total-rating']) ?? null,
    reviews: textOf(doc, ['div.total-reviews']) ?? null,
    lang: doc.documentElement.getAttribute('lang'),
    skills: [...doc.querySelectorAll('div.skill-tags a.tag-item')]
      .slice(0, 200)
      .map((a) => a.textContent?.trim() ?? ''),
  }),
  badgeAnchor: (doc) => doc.querySelector('div.member-name h1'),
};
