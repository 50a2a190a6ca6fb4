import { render } from 'preact';
import { browser } from 'wxt/browser';
import { HistoryPage } from '../../components/HistoryPage';
import { applyLanguage } from '../../components/apply-language';
import { download } from '../../lib/export/download';
import { loadTexts } from '../../lib/i18n/load';
import { currentLocale, localeFor, localeForSetting, setLocale, t } from '../../lib/i18n/page-text';
import type { PopupMessage } from '../../lib/messages';
import { HistoryStore, openCurrentDb } from '../../lib/storage/history-store';
import type { Settings } from '../../lib/storage/settings';
import '../../components/report.css';
import './profiles.css';

setLocale(localeFor(navigator.language));
// Only the language shown is loaded (a module of its own), while the database opens; another is loaded if the
// settings choose it.
const texts = loadTexts(currentLocale());
const ask = (msg: PopupMessage) => browser.runtime.sendMessage(msg);
const root = document.getElementById('app')!;
// The history page reads the extension's IndexedDB itself (the first rows do not wait for the background);
// the background is told when the data changed. Its first script reads without the store's writes (their
// schemas and the fingerprinting load when the page first needs them).
void Promise.all([openCurrentDb(), texts]).then(([db]) => {
  const deps = {
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
  };
  const show = () => {
    document.title = t('history.title');
    document.documentElement.lang = t('export.lang');
    render(<HistoryPage deps={deps} />, root);
  };
  show();
  // The language chosen in the options, once the background answers. Usually it changes nothing shown: then
  // the page is not rendered again (the answer tends to come while the first rows render).
  void (ask({ type: 'get-settings' }) as Promise<Settings>).then(async (settings) => {
    const shown = currentLocale();
    // Another language's texts are loaded before it is set (nothing renders in a language without its texts).
    await loadTexts(localeForSetting(settings.language, navigator.language));
    applyLanguage(settings);
    const teamOn = settings.team.share !== 'off';
    if (currentLocale() === shown && teamOn === deps.teamOn) return;
    deps.teamOn = teamOn;
    show(); // re-renders in place: the page keeps its state
  });
});
