/**
 * t() of the extension's own pages, typed with the badge's keys and the pages' own, without any texts: lib/i18n/pages.ts
 * adds them in both languages (popup, options, welcome, privacy), lib/i18n/load.ts only the active language's (the
 * history page). A component imports t from here, so the history page's first script carries no catalogue.
 */
import { t as badgeT, type MessageKey as BadgeKey } from './core';
import type { historyEn } from './history.en';
import type { pagesEn } from './pages.en';
import type { teamSyncEn } from './team-sync.en';

export { currentLocale, localeFor, localeForSetting, setLocale, type Locale } from './core';

/** Every key a page may show: the badge's and the pages' own. */
export type MessageKey = BadgeKey | keyof typeof pagesEn | keyof typeof historyEn | keyof typeof teamSyncEn;

/** t() of lib/i18n, for the badge's keys and the pages' own (the same texts, plurals and locale). */
export const t: (key: MessageKey, vars?: Record<string, string | number>) => string = badgeT as never;
