/**
 * The one i18n layer (lib/i18n/core.ts) with the badge's texts in both languages (en.ts, de.ts): all the content
 * script and the background carry. The extension's own pages add theirs (lib/i18n/pages.ts), so the content script
 * stays small; the history page imports lib/i18n/core.ts and loads only the active language (lib/i18n/load.ts).
 */
import { addTexts } from './core';
import { de } from './de';
import { en } from './en';

export * from './core';

addTexts({ en, de });
