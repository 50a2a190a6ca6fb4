/** Host permissions: the supported marketplaces only (read by wxt.config.ts for the manifest). */
import { sites } from './index';

export const hostPermissions = [...new Set(sites.flatMap((s) => s.hosts))];
export const contentMatches = [...new Set(sites.flatMap((s) => s.matches))];
