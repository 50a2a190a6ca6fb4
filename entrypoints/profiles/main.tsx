import { loadTexts } from '../../lib/i18n/load';
import { currentLocale, localeFor, setLocale } from '../../lib/i18n/page-text';
import { openWithin } from '../../lib/storage/blocked-open';
import { openCurrentDb } from '../../lib/storage/history-store';
import type { Boot } from './page';
import '../../components/report.css';
import './profiles.css';

setLocale(localeFor(navigator.language));
// Three things at once (memory.history_render_ms): the language shown (a module of its own; another is loaded if
// the settings choose it), the database's opening and the page's code. The page's first script is only this.
//
// The history page reads the extension's IndexedDB itself (the first rows do not wait for the background);
// the background is told when the data changed. Its first script reads without the store's writes (their
// schemas and the fingerprinting load when the page first needs them). When a newer version of the extension
// wants the memory, the page lets go of it and says that it must be reloaded (lib/storage/open-events.ts).
const boot: Boot = {
  texts: loadTexts(currentLocale()),
  opening: openWithin(
    (events) => openCurrentDb(undefined, events),
    () => {
      boot.updated = true;
      boot.onUpdated?.();
    },
  ),
  updated: false,
};
void import('./page').then(({ startPage }) => startPage(boot));
