/** Every supported marketplace, registered here and nowhere else (tests/conventions.test.ts checks it). */
import { onSiteHost, type SiteAdapter } from './types';
import { fiverr } from './fiverr';
import { freelancer } from './freelancer';
import { github } from './github';
import { guru } from './guru';
import { linkedin } from './linkedin';
import { peopleperhour } from './peopleperhour';
import { upwork } from './upwork';

export const sites: readonly SiteAdapter[] = [upwork, freelancer, linkedin, github, fiverr, peopleperhour, guru];

export function siteById(id: string): SiteAdapter | undefined {
  return sites.find((s) => s.id === id);
}

/** The adapter whose host this URL is on (profile page or not). */
export function siteForHost(url: URL): SiteAdapter | undefined {
  return sites.find((s) => onSiteHost(s, url));
}
