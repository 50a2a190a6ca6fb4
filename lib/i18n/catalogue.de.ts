/** Every German text of the extension's pages: the badge's and the pages' own (lib/i18n/load.ts loads it). */
import { de } from './de';
import { historyDe } from './history.de';
import { pagesDe } from './pages.de';
import { teamSyncDe } from './team-sync.de';

export const texts: Record<string, string> = { ...de, ...pagesDe, ...historyDe, ...teamSyncDe };
