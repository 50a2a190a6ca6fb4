/**
 * Hostile input in Chromium (issue 14): a tab's verdict does not outlive its page (defect 4). (The photo
 * fetch's redirects are tested in tests/photo/load-fetch.test.ts: Playwright reports the target of a
 * fulfilled 302 as requested whether or not the browser follows it, so it cannot tell the two apart.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASELINE_HOST, fixtureHtml, launch, tabIdOf, toolbarBadge, type Session } from '../../scripts/chromium';

const PERSONA = 'https://www.upwork.com/freelancers/~01f0e1d2c3b4a59687';
let s: Session;

beforeAll(async () => {
  s = await launch();
  s.pages.set('/freelancers/~01f0e1d2c3b4a59687', fixtureHtml('upwork/red-flags-persona.html', 20));
  s.pages.set('/elsewhere', '<!doctype html><html><body><h1>Some other site</h1></body></html>');
});
afterAll(async () => {
  await s?.close();
});

describe('hostile input in Chromium', () => {
  it('a verdict is cleared when the tab goes to another site', async () => {
    const page = await s.context.newPage();
    await page.goto(PERSONA);
    const tabId = await tabIdOf(s, PERSONA);
    await expect.poll(async () => (await toolbarBadge(s, tabId)).text, { timeout: 15_000 }).not.toBe('');
    await page.goto(`https://${BASELINE_HOST}/elsewhere`);
    await expect.poll(async () => (await toolbarBadge(s, tabId)).text, { timeout: 10_000 }).toBe('');
    const popup = await s.context.newPage();
    await popup.goto(`chrome-extension://${s.extensionId}/popup.html?tabId=${tabId}`);
    await popup.waitForLoadState('load');
    await popup.waitForTimeout(500);
    expect(await popup.locator('.rfr-finding').count()).toBe(0);
    await popup.close();
    await page.close();
  });
});
