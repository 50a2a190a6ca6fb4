/**
 * Hostile input in Chromium (issue 14): a tab's verdict does not outlive its page (defect 4), and the
 * photo fetch follows no redirect off the marketplace's image host (defect 7).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASELINE_HOST, fixtureHtml, launch, tabIdOf, toolbarBadge, type Session } from '../../scripts/chromium';
import { githubPage } from '../helpers';

const PERSONA = 'https://www.upwork.com/freelancers/~01f0e1d2c3b4a59687';
let s: Session;
const tracked: string[] = [];

beforeAll(async () => {
  s = await launch();
  s.pages.set('/freelancers/~01f0e1d2c3b4a59687', fixtureHtml('upwork/red-flags-persona.html', 20));
  s.pages.set('/elsewhere', '<!doctype html><html><body><h1>Some other site</h1></body></html>');
  s.pages.set('https://github.com/mallory', githubPage('mallory', '90000044', 'Mallory Redirect'));
  // The avatar answers with a redirect to a host that is not the marketplace's.
  await s.context.route('https://avatars.githubusercontent.com/u/90000044**', (r) =>
    r.fulfill({ status: 302, headers: { location: 'https://tracker.example/pixel.jpg' }, body: '' }),
  );
  s.context.on('request', (r) => void (r.url().includes('tracker.example') && tracked.push(r.url())));
  await s.context.route('https://tracker.example/**', (r) => {
    tracked.push(r.request().url());
    return r.abort();
  });
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

  it('a photo that redirects off the image host is not followed', async () => {
    const page = await s.context.newPage();
    await page.goto('https://github.com/mallory');
    const tabId = await tabIdOf(s, 'https://github.com/mallory');
    await expect.poll(async () => (await toolbarBadge(s, tabId)).text, { timeout: 15_000 }).not.toBe('');
    // The photo check runs after the first answer; give it time to (not) follow the redirect.
    await page.waitForTimeout(2_000);
    expect(s.foreign.filter((f) => f.url.includes('tracker.example'))).toEqual([]);
    expect(tracked).toEqual([]);
    await page.close();
  });
});
