import type { Page } from 'playwright-core';

declare const chrome: any;
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureHtml, launch, tabIdOf, toolbarBadge, type Session } from '../../scripts/chromium';
import { badgeAttr } from './closed-root';
import { pageKeepsCountryTime } from './page-clock';

const A = '/freelancers/~01a1b2c3d4e5f60718';
const B = '/freelancers/~01f0e1d2c3b4a59687';
const ORIGIN = 'https://www.upwork.com';

let s: Session;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  s = await launch();
  s.pages.set(A, fixtureHtml('upwork/visitor-view.html'));
  s.pages.set(B, fixtureHtml('upwork/red-flags-persona.html', 20));
  page = await s.context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
});
afterAll(async () => {
  await s?.close();
});

// Locator calls wait forever by default: short timeouts let expect.poll retry and fail in time. The badge's
// shadow root is closed: badgeAttr and badgeOf reveal it to the test (tests/e2e/closed-root.ts).
const badge = (p: Page) => p.locator('red-flag-radar-badge .rfr-badge');

async function popupFor(url: string): Promise<Page> {
  const tabId = await tabIdOf(s, url);
  const popup = await s.context.newPage();
  await popup.goto(`chrome-extension://${s.extensionId}/popup.html?tabId=${tabId}`);
  return popup;
}

describe('Upwork in Chromium with the extension', () => {
  it('shows the badge beside the name with the level and count of the real page', async () => {
    await page.goto(ORIGIN + A);
    // The UTC default is a note on a verified account with two years and 13 reviews: a neutral badge.
    await expect.poll(() => badgeAttr(page, 'data-level'), { timeout: 15_000 }).toBe('none');
    const noted = !pageKeepsCountryTime();
    expect(await badge(page).getAttribute('data-count', { timeout: 1000 })).toBe(noted ? '1' : '0');
    // Placed right after the freelancer's name.
    expect(await page.evaluate(() => document.querySelector('[itemprop="name"]')?.nextElementSibling?.tagName)).toBe(
      'RED-FLAG-RADAR-BADGE',
    );
    await badge(page).click();
    const panel = page.locator('red-flag-radar-badge .rfr-panel');
    if (noted) {
      await expect.poll(() => panel.textContent({ timeout: 1000 })).toContain('Time zone is set to UTC');
      expect(await panel.textContent()).toContain('Claimed location: Kharkiv, Ukraine');
    } else await expect.poll(() => panel.textContent({ timeout: 1000 })).toContain('No red flags');
  });

  it('the popup lists the findings with evidence, and the toolbar shows level and count', async () => {
    const popup = await popupFor(ORIGIN + A);
    const noted = !pageKeepsCountryTime();
    await expect.poll(() => popup.locator('.rfr-finding').count()).toBe(noted ? 1 : 0);
    const text = await popup.locator('.rfr-report').textContent();
    if (noted) {
      expect(text).toContain("Time zone setting in the page's data: UTC (Coordinated Universal Time)");
      expect(text).toContain('G1 Red flag indicators');
    }
    expect(text).toContain('What could not be checked');
    // The real page has one note (the UTC default) and no red flag: the toolbar counts red flags only.
    expect(await toolbarBadge(s, await tabIdOf(s, ORIGIN + A))).toMatchObject({ text: '' });
    await popup.close();
  });

  it('an in-app navigation to another profile gives a fresh analysis', async () => {
    const persona = s.pages.get(B)!;
    await page.evaluate(
      ({ path, html }) => {
        // What a single-page app does: new URL without a load, new content in place. Scripts inserted
        // this way do not run; the embedded state stays readable as text.
        history.pushState({}, '', path);
        const doc = new DOMParser().parseFromString(html, 'text/html');
        document.head.replaceChildren(...doc.head.childNodes);
        document.body.replaceChildren(...doc.body.childNodes);
      },
      { path: B, html: persona },
    );
    await expect.poll(() => badgeAttr(page, 'data-level'), { timeout: 15_000 }).toBe('high');
    expect(await badge(page).getAttribute('data-count', { timeout: 1000 })).toBe('10');
    const popup = await popupFor(ORIGIN + B);
    await expect.poll(() => popup.locator('.rfr-finding').count()).toBe(10);
    const rules = await popup.locator('.rfr-finding').evaluateAll((els) => els.map((e) => e.getAttribute('data-rule')));
    expect(rules).toContain('crypto-payment-in-profile');
    expect(await popup.locator('.rfr-report').textContent()).toContain('“I accept payment in USDT (TRC20) or Bitcoin');
    // 5 red flags and 5 notes: the toolbar counts the red flags.
    expect(await toolbarBadge(s, await tabIdOf(s, ORIGIN + B))).toMatchObject({ text: '5' });
    await popup.close();
  });

  it('leaving the profile in-app clears the analysis', async () => {
    await page.evaluate(() => history.pushState({}, '', '/nx/find-work/'));
    await expect.poll(() => page.locator('red-flag-radar-badge').count(), { timeout: 15_000 }).toBe(0);
    const popup = await popupFor(`${ORIGIN}/nx/find-work/`);
    await expect
      .poll(() => popup.locator('main').textContent({ timeout: 1000 }))
      .toContain('This is Upwork, but not a freelancer’s profile.');
    await popup.close();
  });

  it('a page it cannot read says so, and the host page never sees an error from us', async () => {
    const broken = '/freelancers/~01badbadbadbadbad0';
    s.pages.set(
      broken,
      '<!DOCTYPE html><html><head><title>x</title></head><body><main><p>Layout changed</p></main></body></html>',
    );
    const p = await s.context.newPage();
    p.on('pageerror', (e) => pageErrors.push(e.message));
    await p.goto(ORIGIN + broken);
    const popup = await popupFor(ORIGIN + broken);
    await expect
      .poll(() => popup.locator('main').textContent({ timeout: 1000 }), { timeout: 15_000 })
      .toContain('Could not read this page');
    expect(await popup.locator('main').textContent()).toContain('Not read: the embedded profile data');
    expect(await toolbarBadge(s, await tabIdOf(s, ORIGIN + broken))).toMatchObject({ text: '?' });
    await popup.close();
    await p.close();
  });

  it('shows hostile profile text as text: no markup from the page runs or renders', async () => {
    // Inside the sentence that the crypto rule quotes as evidence, so it is rendered in the panel.
    const evil = '<img src=x onerror="alert(1)"><script>alert(2)</script>\u202Egnp.exe\u200B';
    const path = '/freelancers/~01c0ffeec0ffeec0ff';
    const html = s.pages
      .get(B)!
      .split('~01f0e1d2c3b4a59687')
      .join('~01c0ffeec0ffeec0ff')
      .split('I accept payment in USDT')
      .join(`I accept payment in USDT ${JSON.stringify(evil).slice(1, -1).replace(/</g, '\\u003C')}`);
    s.pages.set(path, html);
    const p = await s.context.newPage();
    const dialogs: string[] = [];
    p.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    p.on('pageerror', (e) => pageErrors.push(e.message));
    await p.goto(ORIGIN + path);
    await expect.poll(() => badgeAttr(p, 'data-level'), { timeout: 15_000 }).toBe('high');
    await badge(p).click();
    const panel = p.locator('red-flag-radar-badge .rfr-panel');
    await expect
      .poll(() => panel.textContent({ timeout: 1000 }))
      .toContain('<img src=x onerror="alert(1)"><script>alert(2)</script>');
    expect(await p.locator('red-flag-radar-badge img, red-flag-radar-badge script').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await p.close();
  });

  it('made no request to any host but the routed marketplace, and caused no page error', () => {
    expect(s.foreign).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});

describe('the popup’s message check', () => {
  it('finds the risky requests in a pasted message and quotes them', async () => {
    const popup = await s.context.newPage();
    await popup.goto(`chrome-extension://${s.extensionId}/popup.html`);
    // Away from a profile it is open from the start, above the history (the review of ui31, point 7).
    await expect.poll(() => popup.locator('.rfr-message').getAttribute('open')).not.toBeNull();
    await expect.poll(() => popup.locator('.rfr-message ~ .rfr-recent').count()).toBe(1);
    await popup
      .locator('#rfr-message-text')
      .fill('Great project! Please pay me in USDT and add me on Telegram @dev_bob_77.');
    await popup.locator('.rfr-message button').click();
    await expect.poll(() => popup.locator('.rfr-message .rfr-finding').count()).toBe(2);
    expect(await popup.locator('.rfr-message').textContent()).toContain(
      '“Please pay me in USDT and add me on Telegram @dev_bob_77.”',
    );
    await popup.close();
  });
});

describe('the context-menu panel', () => {
  it('shows the result of checking selected text over the page, as text', async () => {
    const { analyzeMessage } = await import('../../lib/analyze');
    const result = analyzeMessage('Hire me on my other account <b>bold</b>, my account was suspended.');
    const p = await s.context.newPage();
    await p.goto(ORIGIN + A);
    const tabId = await tabIdOf(s, ORIGIN + A);
    // What the menu's click handler does (lib/background/selection.ts), driven from the service worker.
    await s.worker.evaluate(
      async ({ id, r }) => {
        await chrome.scripting.executeScript({ target: { tabId: id }, files: ['/content-scripts/selection-panel.js'] });
        await chrome.tabs.sendMessage(id, { type: 'show-selection-result', result: r });
      },
      { id: tabId, r: result },
    );
    const panel = p.locator('red-flag-radar-selection .rfr-selection');
    await expect
      .poll(() => panel.textContent({ timeout: 1000 }), { timeout: 15_000 })
      .toContain('Asks to work through another account');
    expect(await panel.textContent()).toContain('<b>bold</b>');
    expect(await p.locator('red-flag-radar-selection b').count()).toBe(0);
    await p.close();
  });
});
