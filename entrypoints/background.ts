import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createBackground } from '../lib/background/handlers';
import { welcomeOnInstall } from '../lib/background/welcome';
import { checkSelection, MENU_ID, PANEL_SCRIPT } from '../lib/background/selection';
import { localeFor, setLocale, t } from '../lib/i18n';
import { CONTENT_SCRIPT, onTabUpdated } from '../lib/background/inject';
import { contentMatches, isPhotoUrl } from '../lib/sites/hosts';
import { loadPhoto } from '../lib/photo/load-browser';
import { openRadarDb, RadarStore } from '../lib/storage/db';
import { lazyConnection } from '../lib/storage/lazy-connection';
import type { TabState } from '../lib/tab-state';
import { teamInBrowser } from '../lib/team/browser';

export default defineBackground(() => {
  setLocale(localeFor(navigator.language));
  // Opened on first use; closed when a newer version of the extension wants the database, and then opened
  // again on the next use; an open an older connection holds up is reported after a bounded wait.
  const getStore = lazyConnection(async (events) => new RadarStore(await openRadarDb(undefined, undefined, events)));
  // Team memory (issue 16): off until the options say what to share; then replicated in the background.
  const team = teamInBrowser(getStore, () => bg.memory);
  const bg = createBackground({
    team,
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    store: getStore,
    now: () => new Date(),
    async setToolbar(tabId, badge) {
      await browser.action.setBadgeText({ tabId, text: badge.text }).catch(() => {});
      await browser.action.setBadgeBackgroundColor({ tabId, color: badge.color }).catch(() => {});
      await browser.action.setTitle({ tabId, title: badge.title }).catch(() => {});
    },
    saveTabs: (tabs) => browser.storage.session.set({ tabs }),
    pushToTab: (tabId, message) =>
      browser.tabs.sendMessage(tabId, message).then(
        () => {},
        () => {},
      ),
    // Only from the marketplaces' own image hosts (the URL came from the page).
    loadPhoto: async (url) => loadPhoto(url, fetch, isPhotoUrl),
    // The badge panel's "Open in history".
    openTab: async (path) =>
      void (await browser.tabs.create({ url: browser.runtime.getURL(`/${path}` as '/popup.html') })),
    // No popup open means no receiver: that is fine.
    announce: (tabId) =>
      browser.runtime.sendMessage({ type: 'tab-updated', tabId }).then(
        () => {},
        () => {},
      ),
  });
  // A worker (or Firefox's event page) woken by a message restores the tabs' verdicts first: a message handled
  // before that would be answered from an empty state, or its result overwritten by the restore.
  const restored = browser.storage.session
    .get('tabs')
    .then((saved) => bg.restoreTabs((saved.tabs ?? {}) as Record<number, TabState>))
    .catch(() => {});
  browser.runtime.onMessage.addListener((msg, sender) => restored.then(() => bg.handle(msg, sender)));
  browser.tabs.onRemoved.addListener((tabId) => void restored.then(() => bg.forgetTab(tabId)));

  const inject = {
    isPresent: async (tabId: number) => {
      const [r] = await browser.scripting.executeScript({
        target: { tabId },
        func: () => (globalThis as { __redFlagRadar?: boolean }).__redFlagRadar === true,
      });
      return r?.result === true;
    },
    executeScript: (tabId: number, file: typeof CONTENT_SCRIPT) =>
      browser.scripting.executeScript({ target: { tabId }, files: [file] }),
  };
  // Context menu: the selection, checked with the message rules, shown in a panel on that page.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    browser.contextMenus.create({ id: MENU_ID, title: t('ui.contextMenu'), contexts: ['selection'] });
    welcomeOnInstall(reason, (path) => browser.tabs.create({ url: browser.runtime.getURL(path as '/popup.html') }));
  });
  const selection = {
    inject: (tabId: number, file: typeof PANEL_SCRIPT) =>
      browser.scripting.executeScript({ target: { tabId }, files: [file] }),
    send: (tabId: number, message: unknown) => browser.tabs.sendMessage(tabId, message),
  };
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID) void checkSelection(selection, tab?.id, info.selectionText);
  });
  browser.tabs.onUpdated.addListener((tabId, info, tab) => {
    // Every navigation clears the tab's verdict first (a stale one is worse than none).
    if (info.url !== undefined || info.status === 'loading')
      void restored.then(() => bg.navigated(tabId, info.url ?? tab.url));
    void onTabUpdated(inject, tabId, info.status, tab.url);
  });
  // Marketplace tabs already open when the extension is installed or updated.
  browser.runtime.onInstalled.addListener(async () => {
    for (const tab of await browser.tabs.query({ url: contentMatches })) {
      if (tab.id !== undefined) void onTabUpdated(inject, tab.id, tab.status, tab.url);
    }
  });
});
