/**
 * Team memory in Firefox (issue 16): PouchDB's HTTP adapter in Firefox's event page (no service worker, no
 * XMLHttpRequest used), against a CouchDB-protocol server on localhost. The options page asks for the server's origin
 * at runtime (Firefox's optional host permission; its prompt is switched off for the test with
 * extensions.webextOptionalPermissionPrompts, so the request is granted as a user's "Allow" would), the colleague's
 * record already on the server is pulled, and a profile opened here is pushed under this recruiter's name.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureHtml } from '../../scripts/chromium';
import { extensionPage, launchFirefox, type FirefoxSession } from '../../scripts/firefox';
import { startCouch, type TestCouch } from '../team/couch-server';

declare const browser: any;

const PROFILE = 'https://www.upwork.com/freelancers/~01a1b2c3d4e5f60718';
let s: FirefoxSession;
let couch: TestCouch;

const KH = 'K'.repeat(22);
const colleague = {
  _id: `anna:${KH}`,
  type: 'rfr-profile',
  v: 1,
  recruiterId: 'anna',
  recruiter: 'Anna',
  seenAt: '2026-11-20T10:00:00.000Z',
  site: 'github',
  mode: 'full',
  keyHash: KH,
  key: 'github:90000011',
  name: 'Alice Example',
  url: 'https://github.com/alice',
  contacts: ['telegram:alice_tg'],
  reviews: [],
};

beforeAll(async () => {
  couch = await startCouch({ users: { ben: 'pw-ben' } });
  await couch.local('recruiting').put(colleague);
  s = await launchFirefox({
    prefs: {
      // The team server on this machine is reached directly, not through the test's marketplace proxy.
      'network.proxy.no_proxies_on': '127.0.0.1',
      'network.proxy.allow_hijacking_localhost': false,
      'extensions.webextOptionalPermissionPrompts': false,
    },
  });
  s.pages.set(PROFILE, fixtureHtml('upwork/visitor-view.html'));
});
afterAll(async () => {
  await s?.close();
  await couch?.close();
});

const serverDocs = async () =>
  (await couch.local('recruiting').allDocs({ include_docs: true })).rows.map((r: any) => r.doc);

describe('team memory in Firefox', () => {
  let options: Page;

  it('the options page asks for the server, saves, and the event page pulls the colleague’s record', async () => {
    options = await extensionPage(s, 'options.html');
    await options.waitForSelector('#rfr-team-url');
    await options.click('input[name="team-share"][value="full"]');
    await options.type('#rfr-team-url', couch.db('recruiting'));
    await options.type('#rfr-team-user', 'ben');
    await options.type('#rfr-team-password', 'pw-ben');
    await options.type('#rfr-team-recruiter', 'Ben');
    await options.click('.rfr-team button[type="submit"]');
    const state = () =>
      options.evaluate(() => document.querySelector('.rfr-team-status')?.getAttribute('data-state') ?? '');
    await expect.poll(state, { timeout: 20_000 }).toBe('ok');
    // Granted at runtime, for this host only.
    expect(
      await options.evaluate(async () => [
        await browser.permissions.contains({ origins: ['http://127.0.0.1/*'] }),
        await browser.permissions.contains({ origins: ['https://couch.example.org/*'] }),
      ]),
    ).toEqual([true, false]);
    const status = await options.evaluate(() => browser.runtime.sendMessage({ type: 'team-status' }));
    expect(status).toMatchObject({ state: 'ok', pulled: 1, refused: 0 });
  });

  it('a profile opened in Firefox is pushed under this recruiter’s name', async () => {
    const page = await s.browser.newPage();
    await page.goto(PROFILE);
    await expect
      .poll(async () => (await serverDocs()).find((d: any) => d.recruiterId === 'ben')?.recruiter, { timeout: 20_000 })
      .toBe('Ben');
    const mine = (await serverDocs()).find((d: any) => d.recruiterId === 'ben');
    expect(mine).toMatchObject({ site: 'upwork', mode: 'full', url: PROFILE });
  });
});
