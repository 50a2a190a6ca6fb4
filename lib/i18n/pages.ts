/**
 * The catalogue of the extension's own pages (popup, options, history, welcome, privacy): their texts on top of
 * the badge's (lib/i18n/index.ts). Import `t` from here in a page's components; the content script imports
 * lib/i18n only, so it never carries these texts (tests/e2e/manifest.e2e.ts caps its size). Each text is defined
 * once, in one part, in English and German (tests/i18n-catalogue.test.ts checks every part).
 */
import { addTexts, t as badgeT, type MessageKey as BadgeKey } from './index';
import { historyDe } from './history.de';
import { historyEn } from './history.en';
import { pagesDe } from './pages.de';
import { pagesEn } from './pages.en';
import { teamSyncDe } from './team-sync.de';
import { teamSyncEn } from './team-sync.en';

export { currentLocale, localeFor, localeForSetting, setLocale, type Locale } from './index';

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

/** Every key a page may show: the badge's and the pages' own. */
export type MessageKey = BadgeKey | keyof typeof pagesCatalogue.en;

/** t() of lib/i18n, for the badge's keys and the pages' own (the same texts, plurals and locale). */
export const t: (key: MessageKey, vars?: Record<string, string | number>) => string = badgeT as never;
