/**
 * Team memory end to end (issue 16): a CouchDB-protocol server on localhost (express-pouchdb, started here), two
 * Chromium browsers each with the built extension, each its own recruiter. Anna (A) sees Alice; Ben (B) sees Bob, who
 * uses Alice's photo re-cropped and her Telegram handle → B's badge gains recycled-photo and shared-contact, and the
 * findings name Anna's earlier visit. A hostile record on the server (markup in its name) is shown as text only.
 *
 * The browser asks the user before it grants an optional host permission, and a headless browser has no one to
 * click "Allow": so each browser here loads a copy of the built extension whose manifest grants 127.0.0.1 at install
 * (what the user's "Allow" grants at runtime). The options page still asks — Chromium answers at once for an origin
 * already granted.
 * UPDATE_SCREENSHOTS=1 writes docs/screenshots/team-finding{,-contact}.png and team-options-{1280,800}[-de].png.
 */
import { rmSync } from 'node:fs';
import sharp from 'sharp';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, tabIdOf, type Session } from '../../scripts/chromium';
import { githubPage } from '../helpers';
import { generated } from '../photo/images';
import { startCouch, type TestCouch } from '../team/couch-server';
import { grantedCopy } from '../team/granted-extension';
import { seriousViolations } from './axe';
import { badgeOf } from './closed-root';

const SHOTS = !!process.env.UPDATE_SCREENSHOTS;
const ALICE = 'https://github.com/alice';
const BOB = 'https://github.com/bob';

let couch: TestCouch;
let dir: string;
let a: Session;
let b: Session;

async function browserFor(): Promise<Session> {
  const s = await launch({ extensionDir: dir });
  // The team server is the one address besides the routed marketplaces that may be reached.
  await s.context.route(`${couch.origin}/**`, (r) => r.continue());
  return s;
}

beforeAll(async () => {
  couch = await startCouch({ users: { anna: 'pw-anna', ben: 'pw-ben' } });
  await couch.local('recruiting').info();
  dir = grantedCopy();
  [a, b] = [await browserFor(), await browserFor()];
  const raw = sharp(generated(2026), { raw: { width: 256, height: 256, channels: 3 } });
  const alicePhoto = await raw.clone().resize(230, 230).jpeg({ quality: 90 }).toBuffer();
  const bobPhoto = await raw
    .clone()
    .extract({ left: 14, top: 10, width: 228, height: 232 })
    .resize(100, 100)
    .jpeg({ quality: 55 })
    .toBuffer();
  a.pages.set(ALICE, githubPage('alice', '90000011', 'Alice Example'));
  a.images.set('https://avatars.githubusercontent.com/u/90000011?v=4', { body: alicePhoto, contentType: 'image/jpeg' });
  // Bob: another name, Alice's photo re-cropped and re-encoded, and Alice's Telegram handle.
  b.pages.set(BOB, githubPage('bob', '90000022', 'Bob Other').replace('@bob_tg', '@alice_tg'));
  b.images.set('https://avatars.githubusercontent.com/u/90000022?v=4', { body: bobPhoto, contentType: 'image/jpeg' });
}, 180_000);

afterAll(async () => {
  await a?.close();
  await b?.close();
  await couch?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const ext = (s: Session, path: string) => `chrome-extension://${s.extensionId}/${path}`;
const serverDocs = async () =>
  (await couch.local('recruiting').allDocs({ include_docs: true })).rows.map((r: any) => r.doc);

/** Fills the options' team section as a recruiter would and saves it. */
async function configure(s: Session, user: string, password: string, recruiter: string): Promise<Page> {
  const page = await s.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(ext(s, 'options.html'));
  await page.locator('#rfr-team-url').waitFor();
  await page.locator('input[name="team-share"][value="full"]').check();
  await page.fill('#rfr-team-url', couch.db('recruiting'));
  await page.fill('#rfr-team-user', user);
  await page.fill('#rfr-team-password', password);
  await page.fill('#rfr-team-recruiter', recruiter);
  await page.locator('.rfr-team button[type="submit"]').click();
  await expect.poll(() => page.locator('.rfr-team-status').getAttribute('data-state'), { timeout: 15_000 }).toBe('ok');
  return page;
}

async function visit(s: Session, url: string) {
  const page = await s.context.newPage();
  await page.goto(url);
  const badge = await badgeOf(page);
  await expect.poll(() => badge.getAttribute('data-level', { timeout: 1000 }), { timeout: 15_000 }).toBeTruthy();
  return { page, badge };
}

async function popupFor(s: Session, url: string): Promise<Page> {
  const popup = await s.context.newPage();
  await popup.setViewportSize({ width: 420, height: 900 });
  await popup.goto(ext(s, `popup.html?tabId=${await tabIdOf(s, url)}`));
  await popup.locator('main h1').waitFor();
  return popup;
}

describe('team memory between two browsers', () => {
  it('A’s options: the team section saved, the server reached, the status says so', async () => {
    const page = await configure(a, 'anna', 'pw-anna', 'Anna');
    expect(await page.locator('.rfr-team-status').innerText()).toMatch(/^Status: Synced /);
    expect(await seriousViolations(page, '.rfr-team')).toEqual([]);
    if (SHOTS) {
      const section = page.locator('section[aria-labelledby="rfr-team"]');
      await section.screenshot({ path: 'docs/screenshots/team-options-1280.png' });
      await page.setViewportSize({ width: 800, height: 900 });
      await section.screenshot({ path: 'docs/screenshots/team-options-800.png' });
    }
    // In German, the same section (and the language restored afterwards).
    await page.locator('select').first().selectOption('de');
    await expect.poll(() => page.locator('#rfr-team').textContent()).toBe('Teamgedächtnis');
    expect(await page.locator('.rfr-team-status').innerText()).toMatch(/^Status: Abgeglichen /);
    if (SHOTS) {
      const section = page.locator('section[aria-labelledby="rfr-team"]');
      await section.screenshot({ path: 'docs/screenshots/team-options-800-de.png' });
      await page.setViewportSize({ width: 1280, height: 900 });
      await section.screenshot({ path: 'docs/screenshots/team-options-1280-de.png' });
    }
    await page.locator('select').first().selectOption('auto');
    await expect.poll(() => page.locator('#rfr-team').textContent()).toBe('Team memory');
    // The password is in the extension's storage, never in a page: the options page shows it masked.
    expect(await page.locator('#rfr-team-password').getAttribute('type')).toBe('password');
  });

  it('A sees Alice: her record (with the photo’s hashes) reaches the team database under Anna’s name', async () => {
    await visit(a, ALICE);
    await expect
      .poll(async () => (await serverDocs()).find((d: any) => d.recruiterId === 'anna' && d.photo?.thumb)?.name, {
        timeout: 20_000,
      })
      .toBe('Alice Example');
    const [doc] = await serverDocs();
    expect(doc).toMatchObject({ recruiter: 'Anna', site: 'github', mode: 'full', url: ALICE });
    expect(doc.contacts).toContain('telegram:alice_tg');
  });

  it('B sees Bob: recycled-photo and shared-contact on the badge, naming Anna’s visit', async () => {
    // A hostile record beside Anna's: markup in its name, and Alice's handle so that it matches too.
    const anna = (await serverDocs())[0];
    await couch.local('recruiting').put({
      ...anna,
      _id: `mallory:${'M'.repeat(22)}`,
      _rev: undefined,
      keyHash: 'M'.repeat(22),
      recruiterId: 'mallory',
      recruiter: '<img src=x onerror="document.title=1">',
      name: '<script>document.title="pwned"</script>',
      key: 'github:mallory',
      url: 'https://github.com/mallory',
      photo: undefined,
    });
    const options = await configure(b, 'ben', 'pw-ben', 'Ben');
    expect(await options.locator('.rfr-team-status').innerText()).toContain('2 colleagues’ records received');
    const { badge } = await visit(b, BOB);
    const popup = await popupFor(b, BOB);
    const photo = popup.locator('.rfr-finding[data-rule="recycled-photo"]');
    const contact = popup.locator('.rfr-finding[data-rule="shared-contact"]');
    await expect.poll(() => photo.count(), { timeout: 20_000 }).toBe(1);
    await expect.poll(() => contact.count(), { timeout: 20_000 }).toBe(1);
    expect(await photo.locator('.rfr-evidence').innerText()).toContain('Anna');
    expect(await contact.locator('.rfr-evidence').innerText()).toContain('Anna');
    expect(await contact.locator('.rfr-evidence').innerText()).toContain('Alice Example');
    // The badge on the page counts them.
    const count = await popup.locator('.rfr-finding').count();
    await expect.poll(() => badge.getAttribute('data-count'), { timeout: 10_000 }).toBe(String(count));
    // The hostile record's markup is text: no element was made of it, no script ran.
    expect(await popup.locator('.rfr-report img[onerror], .rfr-report script').count()).toBe(0);
    expect(await popup.title()).not.toBe('pwned');
    expect(await popup.title()).not.toBe('1');
    if (SHOTS) {
      await photo.screenshot({ path: 'docs/screenshots/team-finding.png' });
      await contact.screenshot({ path: 'docs/screenshots/team-finding-contact.png' });
    }
  });

  it('server down: A’s popup and options say so, nothing is lost; back up: synced again', async () => {
    await couch.stop();
    try {
      const options = await a.context.newPage();
      await options.goto(ext(a, 'options.html'));
      await options.locator('.rfr-team button', { hasText: 'Sync now' }).click();
      await expect
        .poll(() => options.locator('.rfr-team-status').getAttribute('data-state'), { timeout: 15_000 })
        .toBe('offline');
      const popup = await a.context.newPage();
      await popup.goto(ext(a, 'popup.html'));
      await expect
        .poll(() => popup.locator('.rfr-team-line').innerText(), { timeout: 10_000 })
        .toBe('Team memory: The team database cannot be reached; retrying. Nothing here is lost.');
      expect(await popup.locator('.rfr-team-line').getAttribute('data-state')).toBe('offline');
      await couch.start();
      await options.locator('.rfr-team button', { hasText: 'Sync now' }).click();
      await expect
        .poll(() => options.locator('.rfr-team-status').getAttribute('data-state'), { timeout: 15_000 })
        .toBe('ok');
    } finally {
      await couch.start().catch(() => {});
    }
  });

  it('each browser keeps colleagues’ records only, never a copy of its own', async () => {
    const authors = (s: Session) =>
      s.worker.evaluate(
        () =>
          new Promise<string[]>((resolve, reject) => {
            const open = indexedDB.open('red-flag-radar');
            open.onsuccess = () => {
              const req = open.result.transaction('team').objectStore('team').getAll();
              req.onsuccess = () => resolve(req.result.map((r: { recruiterId: string }) => r.recruiterId).sort());
              req.onerror = () => reject(req.error);
            };
          }),
      );
    expect(await authors(b)).toEqual(['anna', 'mallory']);
    // A's loop has pulled Ben's and Mallory's records by now (long poll), and none of Anna's own.
    await expect.poll(() => authors(a), { timeout: 40_000 }).toEqual(['ben', 'mallory']);
  });
});
