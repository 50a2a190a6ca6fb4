/**
 * The page side of every supported marketplace, for the content script (no parsers, no rules). The whole
 * adapters are registered in lib/sites/index.ts; tests/conventions.test.ts keeps the two lists in step.
 */
import { onSiteHost, type SitePage } from './types';
import { fiverrPage } from './fiverr.page';
import { freelancerPage } from './freelancer.page';
import { githubPage } from './github.page';
import { guruPage } from './guru.page';
import { linkedinPage } from './linkedin.page';
import { peopleperhourPage } from './peopleperhour.page';
import { upworkPage } from './upwork.page';

export const sitePages: readonly SitePage[] = [
  upworkPage,
  freelancerPage,
  linkedinPage,
  githubPage,
  fiverrPage,
  peopleperhourPage,
  guruPage,
];

/** The site whose host this URL is on (profile page or not). */
export function sitePageForHost(url: URL): SitePage | undefined {
  return sitePages.find((s) => onSiteHost(s, url));
}

/**
 * Whether `url` is a page of the site with id `site` (https, on its own hosts): what a stored or shared record says
 * is its profile's address is linked only then (hostile20: a look-alike host in a team record or a memory file).
 */
export function onSitePage(site: string, url: string): boolean {
  const page = sitePages.find((s) => s.id === site);
  return !!page && URL.canParse(url) && onSiteHost(page, new URL(url));
}
