/** Every English text of the extension's pages: the badge's and the pages' own (lib/i18n/load.ts loads it). */
import { en } from './en';
import { historyEn } from './history.en';
import { pagesEn } from './pages.en';
import { teamSyncEn } from './team-sync.en';

export const texts: Record<string, string> = { ...en, ...pagesEn, ...historyEn, ...teamSyncEn };
