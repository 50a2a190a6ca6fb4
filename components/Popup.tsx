import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { localeForSetting, setLocale, t } from '../lib/i18n';
import { sitePageForHost } from '../lib/sites/pages';
import type { PopupMessage } from '../lib/messages';
import type { Settings } from '../lib/storage/settings';
import type { TabState } from '../lib/tab-state';
import type { MessageAnalysis } from '../lib/analyze';
import { MessageCheck } from './MessageCheck';
import { Report } from './Report';
import { SettingsForm } from './SettingsForm';

const ask = <T,>(msg: PopupMessage) => browser.runtime.sendMessage(msg) as Promise<T>;

/** The tab to report on: `?tabId=` (used by tests and links), else the active tab. */
async function currentTab(): Promise<{ id?: number; url?: string } | undefined> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return browser.tabs.get(fromQuery).catch(() => undefined);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

/**
 * A tab without analysis: a profile still loading, or no profile at all. The tab's URL is visible to us
 * only on the marketplaces we may read, so an unknown URL is an unsupported page.
 */
function isProfileUrl(url: string | undefined): boolean {
  try {
    const u = new URL(url ?? '');
    return !!sitePageForHost(u)?.isProfilePage(u);
  } catch {
    return false;
  }
}

export function Popup() {
  const [state, setState] = useState<TabState | undefined>();
  const [settings, setSettings] = useState<Settings | undefined>();
  const [error, setError] = useState<string | undefined>();

  useEffect(() => {
    let tabId: number | undefined;
    let url: string | undefined;
    const refresh = async () => {
      const next = tabId === undefined ? undefined : await ask<TabState>({ type: 'get-tab', tabId });
      const empty: TabState = isProfileUrl(url) ? { kind: 'none' } : { kind: 'unsupported' };
      setState(next && next.kind !== 'none' ? next : empty);
    };
    (async () => {
      const tab = await currentTab();
      tabId = tab?.id;
      url = tab?.url;
      await refresh();
      const loaded = await ask<Settings>({ type: 'get-settings' });
      setLocale(localeForSetting(loaded.language, navigator.language));
      setSettings(loaded);
    })().catch((e) => setError(String(e)));
    // The analysis of a page that is still loading arrives later: the background announces each change.
    const onMessage = (msg: unknown) => {
      const m = msg as { type?: string; tabId?: number };
      if (m?.type === 'tab-updated' && m.tabId === tabId) refresh().catch((e) => setError(String(e)));
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, []);

  const save = async (next: Settings) => setSettings(await ask<Settings>({ type: 'set-settings', settings: next }));

  return (
    <main>
      <h1>{t('ui.popup.title')}</h1>
      {error && <p role="alert">{t('ui.error', { reason: error })}</p>}
      {state && <Report state={state} />}
      <MessageCheck check={(text) => ask<MessageAnalysis>({ type: 'check-text', text })} />
      {settings && <SettingsForm settings={settings} onChange={save} />}
      <p>
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('ui.settings.all')}
        </button>{' '}
        <button
          type="button"
          onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/profiles.html') })}
        >
          {t('ui.history')}
        </button>
      </p>
    </main>
  );
}
