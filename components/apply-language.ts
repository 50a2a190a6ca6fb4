import { currentLocale, localeForSetting, setLocale } from '../lib/i18n/page-text';
import type { Settings } from '../lib/storage/settings';

/** The language chosen in the options, applied to a page (its texts and `<html lang>`). */
export function applyLanguage(settings: Settings): void {
  setLocale(localeForSetting(settings.language, navigator.language));
  document.documentElement.lang = currentLocale();
}
