import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createBackground } from '../lib/background/handlers';
import { openRadarDb, RadarStore } from '../lib/storage/db';
import type { TabState } from '../lib/tab-state';

export default defineBackground(() => {
  let store: Promise<RadarStore> | undefined;
  const bg = createBackground({
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    store: () => (store ??= openRadarDb().then((db) => new RadarStore(db))),
    now: () => new Date(),
    async setToolbar(tabId, badge) {
      await browser.action.setBadgeText({ tabId, text: badge.text }).catch(() => {});
      await browser.action.setBadgeBackgroundColor({ tabId, color: badge.color }).catch(() => {});
      await browser.action.setTitle({ tabId, title: badge.title }).catch(() => {});
    },
    saveTabs: (tabs) => browser.storage.session.set({ tabs }),
    // No popup open means no receiver: that is fine.
    announce: (tabId) =>
      browser.runtime.sendMessage({ type: 'tab-updated', tabId }).then(
        () => {},
        () => {},
      ),
  });
  browser.storage.session
    .get('tabs')
    .then((saved) => bg.restoreTabs((saved.tabs ?? {}) as Record<number, TabState>))
    .catch(() => {});
  browser.runtime.onMessage.addListener((msg, sender) => bg.handle(msg, sender));
  browser.tabs.onRemoved.addListener((tabId) => void bg.forgetTab(tabId));
});
