import { render } from 'preact';
import { browser } from 'wxt/browser';
import { applyLanguage } from '../../components/apply-language';
import { PrivacyPage } from '../../components/PrivacyPage';
import { localeFor, setLocale, t } from '../../lib/i18n/pages';
import type { PopupMessage } from '../../lib/messages';
import { openOnce } from '../../lib/storage/blocked-open';
import { openRadarDb } from '../../lib/storage/db';
import type { Settings } from '../../lib/storage/settings';
import '../../components/report.css';
import '../../components/pages.css';

setLocale(localeFor(navigator.language));
const ask = <T,>(msg: PopupMessage) => browser.runtime.sendMessage(msg) as Promise<T>;
const settings = ask<Settings>({ type: 'get-settings' });
const deps = {
  settings: () => settings,
  // Counted in the extension's own IndexedDB, as the history page reads it.
  counts: async () => {
    // Not forever behind an older version's page that holds the memory open (lib/storage/blocked-open.ts).
    const db = await openOnce((events) => openRadarDb(undefined, undefined, events));
    try {
      return { profiles: await db.count('profiles'), photos: await db.count('photos') };
    } finally {
      db.close();
    }
  },
  // Through the background, which also drops its in-memory indexes.
  deleteAll: () => ask({ type: 'clear-history' }).then(() => {}),
  historyUrl: browser.runtime.getURL('/profiles.html'),
  optionsUrl: browser.runtime.getURL('/options.html'),
};
const root = document.getElementById('app')!;
const show = () => {
  document.title = t('privacy.title');
  render(<PrivacyPage deps={deps} />, root);
};
show();
void settings.then((s) => {
  applyLanguage(s);
  show();
});
