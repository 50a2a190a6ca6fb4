/** Host permissions: the supported marketplaces only (read by wxt.config.ts for the manifest). */
import { sitePages as sites } from './pages';

export const hostPermissions = [...new Set(sites.flatMap((s) => s.hosts))];
export const contentMatches = [...new Set(sites.flatMap((s) => s.matches))];
