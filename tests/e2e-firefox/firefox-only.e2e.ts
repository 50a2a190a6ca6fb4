/**
 * What Firefox does differently from Chromium, tested in Firefox rather than assumed: the add-on id from
 * browser_specific_settings, the background as an event page (a page with a DOM that Firefox stops when idle,
 * not a service worker), host permissions granted at install (the content script is injected through them),
 * and storage.session carrying the tabs' verdicts across the event page's restarts.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureHtml } from '../../scripts/chromium';
import {
  badgeAttr,
  extensionPage,
  GECKO_ID,
  launchFirefox,
  popupFor,
  tabIdOf,
  toolbarBadge,
  type FirefoxSession,
} from '../../scripts/firefox';
import { pageKeepsCountryTime } from '../e2e/page-clock';

// Profile A is the real Upwork page: its UTC-default note depends on the hour of the check (tests/e2e/page-clock.ts).
const verdictOfA = () => (pageKeepsCountryTime() ? 'No red flags' : 'No red flags · 1 note');

// Evaluated in the add-on's pages.
declare const browser: any;

const A = 'https://www.upwork.com/freelancers/~01a1b2c3d4e5f60718';
const B = 'https://www.upwork.com/freelancers/~01f0e1d2c3b4a59687';

let s: FirefoxSession;
/** An add-on page kept open to look at the add-on without waking its background (history talks to it only on load). */
let probe: Page;

beforeAll(async () => {
  // Firefox stops an idle event page after 30 s by default; 2 s keeps the test short.
  s = await launchFirefox({ prefs: { 'extensions.background.idle.timeout': 2000 } });
  s.pages.set(A, fixtureHtml('upwork/visitor-view.html'));
  s.pages.set(B, fixtureHtml('upwork/red-flags-persona.html', 20));
  probe = await extensionPage(s, 'profiles.html');
});
afterAll(async () => {
  await s?.close();
});

/** The event page's window while it runs; null once Firefox has stopped it. */
const background = () =>
  probe.evaluate(() => {
    const page = browser.extension.getBackgroundPage();
    return page ? { document: typeof page.document, href: String(page.location.href) } : null;
  });

async function openProfile(url: string, level: string): Promise<Page> {
  const page = await s.browser.newPage();
  await page.goto(url);
  await expect.poll(() => badgeAttr(page, 'data-level'), { timeout: 20_000 }).toBe(level);
  return page;
}

const popupText = (p: Page) => p.evaluate(() => document.querySelector('main')?.textContent ?? '');

describe('Firefox’s own ways, in Firefox', () => {
  it('reads the Firefox manifest: the gecko id, the background as scripts of an event page, host permissions granted', async () => {
    const seen = await probe.evaluate(async () => {
      const m = browser.runtime.getManifest();
      return {
        id: browser.runtime.id,
        gecko: m.browser_specific_settings?.gecko?.id,
        background: { scripts: m.background?.scripts?.length, worker: m.background?.service_worker ?? null },
        // Firefox's MV3 treats host permissions as optional unless granted at install: without them no
        // content script could be injected and no photo fetched.
        hosts: await browser.permissions.contains({
          origins: ['https://www.upwork.com/*', 'https://avatars.githubusercontent.com/*'],
        }),
        all: await browser.permissions.contains({ origins: ['<all_urls>'] }),
      };
    });
    expect(seen).toEqual({
      id: GECKO_ID,
      gecko: GECKO_ID,
      background: { scripts: 1, worker: null },
      hosts: true,
      all: false,
    });
  });

  it('the background is an event page with a DOM, and decodes photos with OffscreenCanvas', async () => {
    await openProfile(A, 'none');
    const bg = await probe.evaluate(() => {
      const page = browser.extension.getBackgroundPage();
      return {
        document: typeof page?.document,
        worker: typeof page?.ServiceWorkerGlobalScope,
        // lib/photo/load-browser.ts takes the offscreen path when both exist, the <img> + <canvas> one otherwise.
        offscreen: typeof page?.OffscreenCanvas === 'function' && typeof page?.createImageBitmap === 'function',
      };
    });
    expect(bg).toEqual({ document: 'object', worker: 'undefined', offscreen: true });
  });

  it('a verdict survives Firefox stopping the idle event page: kept in storage.session, restored on waking', async () => {
    const tabA = await tabIdOf(s, A);
    const saved = await probe.evaluate(async () => (await browser.storage.session.get('tabs')).tabs ?? {});
    expect(saved[tabA]).toMatchObject({ kind: 'analysis', analysis: { url: A, risk: { level: 'none' } } });
    await expect.poll(background, { timeout: 20_000, interval: 250 }).toBeNull();
    // The popup wakes the event page, which answers from what storage.session kept.
    const popup = await popupFor(s, A);
    await expect.poll(() => popupText(popup), { timeout: 10_000 }).toContain(verdictOfA());
    expect(await popupText(popup)).toContain('Taras M.');
    expect(await background()).not.toBeNull();
    await popup.close();
  });

  it('the control: with its storage.session entry gone while stopped, a woken page has no verdict for that tab', async () => {
    const page = await openProfile(B, 'high');
    const tabB = await tabIdOf(s, B);
    expect((await toolbarBadge(s, tabB)).text).toBe('5');
    await expect.poll(background, { timeout: 20_000, interval: 250 }).toBeNull();
    await probe.evaluate(async (id: number) => {
      const { tabs } = await browser.storage.session.get('tabs');
      delete tabs[id];
      await browser.storage.session.set({ tabs });
    }, tabB);
    expect(await background()).toBeNull();
    const popupB = await popupFor(s, B);
    await expect
      .poll(() => popupText(popupB), { timeout: 10_000 })
      .toContain('This profile has not been analysed yet. If it does not appear, reload the page.');
    await popupB.close();
    // The other tab's verdict, still in storage.session, is there.
    const popupA = await popupFor(s, A);
    await expect.poll(() => popupText(popupA), { timeout: 10_000 }).toContain(verdictOfA());
    await popupA.close();
    await page.close();
  });

  it('nothing left the machine', () => {
    expect(s.foreign).toEqual([]);
  });
});
