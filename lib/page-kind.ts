/**
 * What kind of page a tab shows, for the popup away from a profile (issue 13, point 7): a profile, a sign-in
 * wall, a message view, another page of a supported site, or a site Red Flag Radar does not read.
 */
import { sitePageForHost } from './sites/pages';
import type { TabState } from './tab-state';

export type PageKind =
  /** A profile: analysed, or still loading. */
  | { kind: 'profile' }
  | { kind: 'disabled'; site: string }
  /** A sign-in or sign-up wall of a supported site (also one served at a profile's URL). */
  | { kind: 'wall'; site: string }
  | { kind: 'messages'; site: string }
  /** Any other page of a supported site: its home page, a search. */
  | { kind: 'site'; site: string; readsMessages: boolean }
  | { kind: 'elsewhere' };

const WALL_PATH =
  /^\/(?:[a-z]{2}\/)?(?:authwall|login|signin|sign-in|signup|sign-up|join|uas\/login|ab\/account-security)\b/i;

export function pageKind(url: string | undefined, state: TabState | undefined): PageKind {
  let u: URL;
  try {
    u = new URL(url ?? '');
  } catch {
    return { kind: 'elsewhere' };
  }
  const site = sitePageForHost(u);
  if (!site) return { kind: 'elsewhere' };
  if (state?.kind === 'disabled') return { kind: 'disabled', site: site.name };
  if (WALL_PATH.test(u.pathname)) return { kind: 'wall', site: site.name };
  if (site.isProfilePage(u)) {
    // A profile's URL that answered with something else than a profile: the sign-in wall in its place.
    const read = state?.kind === 'analysis' ? state.analysis.status : undefined;
    return read === 'not-a-profile' ? { kind: 'wall', site: site.name } : { kind: 'profile' };
  }
  if (site.messages?.isMessagePage(u)) return { kind: 'messages', site: site.name };
  // (whether the site's message pages are read at all: on Fiverr, PeoplePerHour, Guru and GitHub they are not — a hiring
  // manager's review found the popup promising it there)
  return { kind: 'site', site: site.name, readsMessages: !!site.messages };
}
