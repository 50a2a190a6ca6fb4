import { render } from 'preact';
import { browser } from 'wxt/browser';
import { HistoryPage } from '../../components/HistoryPage';
import { applyLanguage } from '../../components/apply-language';
import { download } from '../../lib/export/download';
import { localeFor, setLocale, t } from '../../lib/i18n/pages';
import type { PopupMessage } from '../../lib/messages';
import { openRadarDb, RadarStore } from '../../lib/storage/db';
import type { Settings } from '../../lib/storage/settings';
import '../../components/report.css';
import './profiles.css';

setLocale(localeFor(navigator.language));
const ask = (msg: PopupMessage) => browser.runtime.sendMessage(msg);
const root = document.getElementById('app')!;
// The history page reads the extension's IndexedDB itself (the first rows do not wait for the background);
// the background is told when the data changed.
void openRadarDb().then((db) => {
  const deps = {
    store: new RadarStore(db),
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
  // The language chosen in the options, once the background answers.
  void (ask({ type: 'get-settings' }) as Promise<Settings>).then((settings) => {
    applyLanguage(settings);
    deps.teamOn = settings.team.share !== 'off';
    show(); // re-renders in place: the page keeps its state
  });
});
