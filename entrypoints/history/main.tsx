import { render } from 'preact';
import { browser } from 'wxt/browser';
import { HistoryPage } from '../../components/HistoryPage';
import { applyLanguage } from '../../components/OptionsPage';
import { download } from '../../lib/export/download';
import { localeFor, setLocale, t } from '../../lib/i18n';
import type { PopupMessage } from '../../lib/messages';
import { openRadarDb, RadarStore } from '../../lib/storage/db';
import type { Settings } from '../../lib/storage/settings';
import '../../components/report.css';
import './history.css';

setLocale(localeFor(navigator.language));
const ask = (msg: PopupMessage) => browser.runtime.sendMessage(msg);
// The history page reads the extension's IndexedDB itself; the background is told when it changed.
Promise.all([openRadarDb(), ask({ type: 'get-settings' }) as Promise<Settings>]).then(([db, settings]) => {
  applyLanguage(settings);
  document.title = t('history.title');
  document.documentElement.lang = t('export.lang');
  const deps = {
    store: new RadarStore(db),
    now: () => new Date(),
    changed: () => void ask({ type: 'memory-changed' }).catch(() => {}),
    download,
  };
  render(<HistoryPage deps={deps} />, document.getElementById('app')!);
  performance.mark('rfr-history-rendered');
});
