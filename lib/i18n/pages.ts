/**
 * The catalogue of the extension's own pages (popup, options, history, welcome, privacy): their texts on top of
 * the badge's (lib/i18n/index.ts). Importing `t` from here brings the texts of both languages; the content script
 * imports lib/i18n only, so it never carries these texts (tests/e2e/manifest.e2e.ts caps its size). Each text is
 * defined once, in one part, in English and German (tests/i18n-catalogue.test.ts checks every part). The history
 * page's modules import t from lib/i18n/page-text.ts (no texts): the page loads one language (lib/i18n/load.ts).
 */
import { addTexts } from './index';
import { historyDe } from './history.de';
import { historyEn } from './history.en';
import { pagesDe } from './pages.de';
import { pagesEn } from './pages.en';
import { teamSyncDe } from './team-sync.de';
import { teamSyncEn } from './team-sync.en';

export * from './page-text';

/** The pages' parts, each the same keys in English and German (no key in two parts: one source per text). */
export const pageParts = {
  pages: { en: pagesEn, de: pagesDe },
  history: { en: historyEn, de: historyDe },
  teamSync: { en: teamSyncEn, de: teamSyncDe },
};
export const pagesCatalogue = {
  en: { ...pagesEn, ...historyEn, ...teamSyncEn },
  de: { ...pagesDe, ...historyDe, ...teamSyncDe },
};
addTexts(pagesCatalogue);
