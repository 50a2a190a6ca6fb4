import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { currentLocale, localeForSetting, setLocale, t } from '../lib/i18n/pages';
import { pageKind } from '../lib/page-kind';
import type { PopupMessage } from '../lib/messages';
import type { Settings } from '../lib/storage/settings';
import type { TabState } from '../lib/tab-state';
import type { MessageAnalysis } from '../lib/analyze';
import { firstStep, verdictLine } from '../lib/verdict';
import { FirstStep } from './FirstStep';
import { MessageCheck } from './MessageCheck';
import { PageSummary } from './PageSummary';
import { RecentProfiles } from './RecentProfiles';
import { Report } from './Report';
import { TeamStatusLine } from './TeamStatusLine';
import type { SyncStatus } from '../lib/team/sync';
import { SettingsForm } from './SettingsForm';

const ask = <T,>(msg: PopupMessage) => browser.runtime.sendMessage(msg) as Promise<T>;
const RECENT = 5;

/** The tab to report on: `?tabId=` (used by tests and links), else the active tab. */
async function currentTab(): Promise<{ id?: number; url?: string } | undefined> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return browser.tabs.get(fromQuery).catch(() => undefined);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

/**
 * The profiles seen last, read from the extension's own IndexedDB (as the history page does); the storage
 * code is loaded only when the list is shown (not on a profile), after the first paint.
 */
async function recentProfiles() {
  const [{ openRadarDb, RadarStore }, { openOnce }] = await Promise.all([
    import('../lib/storage/db'),
    import('../lib/storage/blocked-open'),
  ]);
  // Not forever behind an older version's page that holds the memory open (lib/storage/blocked-open.ts).
  const db = await openOnce((events) => openRadarDb(undefined, undefined, events));
  try {
    return await new RadarStore(db).history(RECENT);
  } finally {
    db.close();
  }
}

/** The one-line verdict above a profile's report (lib/verdict.ts) and the first step, in the popup's language. */
function Verdict({ state }: { state: TabState }) {
  if (state.kind !== 'analysis') return null;
  const { status, findings } = state.analysis;
  if (status !== 'ok' && status !== 'partial') return null;
  return (
    <>
      {/* As the badge's panel says it: a page read in part is never a bare "No red flags". */}
      <p class="rfr-verdict">{verdictLine(findings, currentLocale(), status === 'partial')}</p>
      <FirstStep text={firstStep(findings, currentLocale())} />
    </>
  );
}

/**
 * The toolbar popup. On a profile: the verdict, then the report (red flags by severity, notes apart). Anywhere
 * else: what kind of page this is and what Red Flag Radar does there, what it found here (messages included),
 * and the profiles seen last. Always: the message check, quick settings, and links to the other pages.
 */
export function Popup() {
  const [state, setState] = useState<TabState | undefined>();
  const [url, setUrl] = useState<string | undefined>();
  const [settings, setSettings] = useState<Settings | undefined>();
  const [error, setError] = useState<string | undefined>();

  useEffect(() => {
    let tabId: number | undefined;
    const refresh = async () => {
      setState(tabId === undefined ? { kind: 'none' } : await ask<TabState>({ type: 'get-tab', tabId }));
    };
    (async () => {
      const tab = await currentTab();
      tabId = tab?.id;
      setUrl(tab?.url);
      await refresh();
      const loaded = await ask<Settings>({ type: 'get-settings' });
      setLocale(localeForSetting(loaded.language, navigator.language));
      document.documentElement.lang = currentLocale();
      setSettings(loaded);
    })().catch((e) => setError(String(e)));
    // The analysis of a page that is still loading, and each message read, arrive later: the background
    // announces each change.
    const onMessage = (msg: unknown) => {
      const m = msg as { type?: string; tabId?: number };
      if (m?.type === 'tab-updated' && m.tabId === tabId) refresh().catch((e) => setError(String(e)));
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, []);

  const save = async (next: Settings) => setSettings(await ask<Settings>({ type: 'set-settings', settings: next }));
  const page = state && pageKind(url, state);
  const link = (path: string) => browser.runtime.getURL(path as '/popup.html');
  const checkText = (text: string) => ask<MessageAnalysis>({ type: 'check-text', text });

  return (
    <main class="rfr-popup">
      <h1>{t('ui.popup.title')}</h1>
      {error && <p role="alert">{t('ui.error', { reason: error })}</p>}
      {state && page?.kind === 'profile' && (
        <>
          <Verdict state={state} />
          <Report state={state} />
        </>
      )}
      {/* Away from a profile the message check comes before the history, unfolded; on a profile, after its report. */}
      {page && page.kind !== 'profile' && (
        <>
          <PageSummary page={page} messages={state?.messages} />
          <MessageCheck check={checkText} open />
          <RecentProfiles load={recentProfiles} historyUrl={link('/profiles.html')} />
        </>
      )}
      {page?.kind === 'profile' && <MessageCheck check={checkText} />}
      {!page && error && <MessageCheck check={checkText} open />}
      {settings && (
        <TeamStatusLine
          team={settings.team}
          load={() => ask<SyncStatus>({ type: 'team-status' })}
          optionsUrl={link('/options.html')}
        />
      )}
      {settings && <SettingsForm settings={settings} onChange={save} />}
      <nav class="rfr-popup-links">
        <a href={link('/options.html')} target="_blank" rel="noopener">
          {t('ui.settings.all')}
        </a>
        <a href={link('/profiles.html')} target="_blank" rel="noopener">
          {t('ui.history')}
        </a>
        <a href={link('/privacy.html')} target="_blank" rel="noopener">
          {t('popup.privacy')}
        </a>
      </nav>
    </main>
  );
}
