import type { IDBPDatabase } from 'idb';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { HistoryPage, type HistoryDeps } from '../../components/HistoryPage';
import { applyLanguage } from '../../components/apply-language';
import { download } from '../../lib/export/download';
import { loadTexts } from '../../lib/i18n/load';
import { currentLocale, localeFor, localeForSetting, setLocale, t } from '../../lib/i18n/page-text';
import type { PopupMessage } from '../../lib/messages';
import { openWithin } from '../../lib/storage/blocked-open';
import { storageErrorReason } from '../../lib/storage/errors';
import { HistoryStore, openCurrentDb } from '../../lib/storage/history-store';
import type { RadarDB } from '../../lib/storage/schema';
import type { Settings } from '../../lib/storage/settings';
import '../../components/report.css';
import './profiles.css';

setLocale(localeFor(navigator.language));
// Only the language shown is loaded (a module of its own), while the database opens; another is loaded if the
// settings choose it.
const texts = loadTexts(currentLocale());
const ask = (msg: PopupMessage) => browser.runtime.sendMessage(msg);
const root = document.getElementById('app')!;
let deps: HistoryDeps | undefined;
let updated = false;
// The history page reads the extension's IndexedDB itself (the first rows do not wait for the background);
// the background is told when the data changed. Its first script reads without the store's writes (their
// schemas and the fingerprinting load when the page first needs them). When a newer version of the extension
// wants the memory, the page lets go of it and says that it must be reloaded (lib/storage/open-events.ts).
const opening = openWithin(
  (events) => openCurrentDb(undefined, events),
  () => {
    updated = true;
    if (deps) show(deps);
  },
);
const show = (d: HistoryDeps) => {
  d.updated = updated;
  document.title = t('history.title');
  document.documentElement.lang = t('export.lang');
  render(<HistoryPage deps={d} />, root);
};
// An older version of the extension holds the memory open (a page of it opened before the update): after a
// bounded wait the page says it could not be read, and shows the history the moment that connection closes.
void texts
  .then(() => opening.within())
  .then(start, (e) => {
    document.title = t('history.title');
    render(
      <main class="rfr-history">
        <h1>{t('history.title')}</h1>
        <p role="alert" class="rfr-error">
          {t('history.loadFailed', { reason: storageErrorReason(e) })}
        </p>
      </main>,
      root,
    );
    void opening.ready.then(start, () => {});
  });

function start(db: IDBPDatabase<RadarDB>) {
  const d: HistoryDeps = (deps = {
    store: new HistoryStore(db),
    now: () => new Date(),
    changed: (forgotten?: string[], edited?: string[]) =>
      void ask({
        type: 'memory-changed',
        ...(forgotten?.length ? { forgotten } : {}),
        ...(edited?.length ? { edited } : {}),
      }).catch(() => {}),
    download,
    open: decodeURIComponent(location.hash.slice(1)) || undefined,
    /** Team memory is on: a forget says that the own team record goes too. */
    teamOn: false,
    forgetEverywhere: (key: string) =>
      ask({ type: 'team-forget-everywhere', key }) as Promise<{ deleted: number; refused: number } | undefined>,
  });
  show(d);
  // The language chosen in the options, once the background answers. Usually it changes nothing shown: then
  // the page is not rendered again (the answer tends to come while the first rows render).
  void (ask({ type: 'get-settings' }) as Promise<Settings>).then(async (settings) => {
    const shown = currentLocale();
    // Another language's texts are loaded before it is set (nothing renders in a language without its texts).
    await loadTexts(localeForSetting(settings.language, navigator.language));
    applyLanguage(settings);
    const teamOn = settings.team.share !== 'off';
    if (currentLocale() === shown && teamOn === d.teamOn) return;
    d.teamOn = teamOn;
    show(d); // re-renders in place: the page keeps its state
  });
}
