/** Host permissions: the supported marketplaces only (read by wxt.config.ts for the manifest). */
import { sitePages as sites } from './pages';
import { onSiteHost } from './types';

/** The content script's one import for what it may send (lib/sites/types.ts). */
export { boundRaw } from './types';

export const hostPermissions = [...new Set(sites.flatMap((s) => [...s.hosts, ...(s.imageHosts ?? [])]))];
export const contentMatches = [...new Set(sites.flatMap((s) => s.matches))];

/**
 * Whether a URL is a profile photo the background may fetch: https, on a site's own host or image host,
 * at a path that site's photos really have (issue 14: any URL on an allowed host was fetched).
 */
export function isPhotoUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' || url.username || url.password || url.port) return false;
  return sites.some(
    (s) =>
      onSiteHost({ hosts: [...s.hosts, ...(s.imageHosts ?? [])] }, url) &&
      (s.photoPaths ?? []).some((p) => p.test(url.pathname)),
  );
}

/** Whether the background may fetch this URL (a profile photo): https on a host the manifest names. */
export function isPermittedUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:') return false;
  return hostPermissions.some((pattern) => {
    const host = /^https:\/\/([^/]+)\//.exec(pattern)?.[1] ?? '';
    return host.startsWith('*.') ? url.hostname.endsWith(host.slice(1)) : url.hostname === host;
  });
}
