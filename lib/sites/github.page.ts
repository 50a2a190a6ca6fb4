/**
 * GitHub, page side: user pages `https://github.com/<login>`. Second-hand structure (docs/marketplaces.md),
 * not verified against a real saved page: `itemtype="http://schema.org/Person"`, `.vcard-fullname`,
 * `.vcard-username`, `.user-profile-bio`, `li[itemprop=homeLocation|worksFor|url]`, the `profile-timezone`
 * element with `data-hours-ahead-of-utc`, and `meta[name=octolytics-dimension-user_id]` (the numeric id
 * survives renames). Organisation pages have no Person item and are not profiles.
 */
import { metaContent, textOf } from '../parse/read-helpers';
import type { SitePage } from './types';

// Top-level paths that are GitHub's own pages, not user names.
const RESERVED = new Set(
  'about pricing features enterprise team topics trending collections events explore marketplace sponsors settings notifications login join signup search orgs organizations new issues pulls codespaces apps security site contact customer-stories readme login sessions'.split(
    ' ',
  ),
);

export function githubLogin(url: URL): string | undefined {
  if (url.hostname !== 'github.com') return undefined;
  const m = /^\/([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/?$/.exec(url.pathname);
  return m && !RESERVED.has(m[1].toLowerCase()) ? m[1].toLowerCase() : undefined;
}

export const githubPage: SitePage = {
  id: 'github',
  name: 'GitHub',
  matches: ['https://github.com/*'],
  hosts: ['https://github.com/*'],
  imageHosts: ['https://avatars.githubusercontent.com/*'],
  // https://avatars.githubusercontent.com/u/<numeric id>?v=4 (og:image)
  photoPaths: [/^\/u\/\d+$/],

  isProfilePage: (url) => githubLogin(url) !== undefined,
  collect: (doc) => ({
    person: doc.querySelector('[itemtype="http://schema.org/Person"]') ? 'yes' : 'no',
    name: textOf(doc, ['.vcard-fullname', '[itemprop="name"]']) ?? null,
    login: textOf(doc, ['.vcard-username', '[itemprop="additionalName"]']) ?? null,
    bio: textOf(doc, ['.user-profile-bio']) ?? null,
    location: textOf(doc, ['[itemprop="homeLocation"]']) ?? null,
    worksFor: textOf(doc, ['[itemprop="worksFor"]']) ?? null,
    links: [...doc.querySelectorAll('[itemprop="url"] a[href], [itemprop="social"] a[href]')].map(
      (a) => a.getAttribute('href') ?? '',
    ),
    hoursAheadOfUtc: doc.querySelector('profile-timezone')?.getAttribute('data-hours-ahead-of-utc') ?? null,
    userId: metaContent(doc, ['octolytics-dimension-user_id']) ?? null,
    photo: metaContent(doc, ['og:image']) ?? null,
    // "22.6k" (2026-01): abbreviated, read in the page's language (lib/parse/count.ts).
    followers: textOf(doc, ['a[href$="?tab=followers"] .text-bold']) ?? null,
    lang: doc.documentElement.getAttribute('lang'),
  }),
  badgeAnchor: (doc) => doc.querySelector('.vcard-names') ?? doc.querySelector('.vcard-fullname'),
};
