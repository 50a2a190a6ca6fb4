/** Shared by the badge panel's real-browser tests (tests/e2e/panel-*.e2e.ts). */
import type { Page } from 'playwright-core';
import type { Session } from '../../scripts/chromium';
import { seriousViolations } from './axe';
import { badgeOf } from './closed-root';

declare const chrome: any;

export const PERSONA = 'https://www.upwork.com/freelancers/~01f0e1d2c3b4a59687';

/** The interface language, set as the options page sets it; pages opened after it speak it. */
export async function setLanguage(s: Session, language: 'en' | 'de' | 'auto'): Promise<void> {
  const page = await s.context.newPage();
  await page.goto(`chrome-extension://${s.extensionId}/options.html`);
  await page.evaluate(async (lang) => {
    const settings = await chrome.runtime.sendMessage({ type: 'get-settings' });
    await chrome.runtime.sendMessage({ type: 'set-settings', settings: { ...settings, language: lang } });
  }, language);
  await page.close();
}

/** Opens `url`, waits for its badge and opens the panel with the full report in it. */
export async function openPanel(s: Session, url: string, width = 1280): Promise<Page> {
  const page = await s.context.newPage();
  await page.setViewportSize({ width, height: 900 });
  await page.goto(url);
  const badge = await badgeOf(page);
  await badge.click();
  await page.locator('red-flag-radar-badge .rfr-panel .rfr-report').waitFor();
  return page;
}

/** Serious and critical axe violations inside `include` (the badge's closed root revealed to the test). */
export const axeViolations = (page: Page, include: string) => seriousViolations(page, include);

/** A screenshot of the name, the badge and its open panel, into docs/screenshots (UPDATE_SCREENSHOTS=1). */
export async function panelShot(page: Page, path: string): Promise<void> {
  if (!process.env.UPDATE_SCREENSHOTS) return;
  // The name near the top of a tall window, so that the panel (which stays within the window) shows most.
  await page.setViewportSize({ width: page.viewportSize()!.width, height: 1300 });
  await page
    .locator('h1, [itemprop="name"]')
    .first()
    .evaluate((n) => scrollBy(0, n.getBoundingClientRect().top - 24));
  await page.waitForTimeout(100);
  const name = (await page.locator('h1, [itemprop="name"]').first().boundingBox())!;
  const panel = (await page.locator('red-flag-radar-badge .rfr-panel').boundingBox())!;
  const x = Math.max(0, Math.min(name.x, panel.x) - 16);
  const y = Math.max(0, Math.min(name.y, panel.y) - 16);
  const badge = (await page.locator('red-flag-radar-badge .rfr-badge').boundingBox())!;
  const right = Math.min(page.viewportSize()!.width, Math.max(badge.x + badge.width, panel.x + panel.width) + 16);
  await page.screenshot({
    path: `docs/screenshots/${path}`,
    clip: { x, y, width: right - x, height: panel.y + panel.height + 16 - y },
  });
}

/** The persona's stored record (the invented "Daniel W."), as the history page reads it from the extension's IndexedDB. */
export const storedPersona = (s: Session) =>
  s.worker.evaluate(
    () =>
      new Promise<any>((resolve) => {
        const req = indexedDB.open('red-flag-radar');
        req.onsuccess = () => {
          const all = req.result.transaction('profiles').objectStore('profiles').getAll();
          all.onsuccess = () =>
            resolve(all.result.find((p: { profile: { name: string } }) => p.profile.name === 'Daniel W.'));
        };
      }),
  );
