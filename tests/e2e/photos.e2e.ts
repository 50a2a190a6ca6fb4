/**
 * recycled-photo end to end: two GitHub profiles with different names whose avatars (routed) are the same
 * photo, re-encoded and cropped. The second profile's badge gains the finding when the comparison is done.
 */
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, tabIdOf, type Session } from '../../scripts/chromium';
import { badgeOf } from './closed-root';
import { githubPage } from '../helpers';
import { generated } from '../photo/images';

let s: Session;

beforeAll(async () => {
  s = await launch();
  const raw = sharp(generated(2026), { raw: { width: 256, height: 256, channels: 3 } });
  const a = await raw.clone().resize(230, 230).jpeg({ quality: 90 }).toBuffer();
  const b = await raw
    .clone()
    .extract({ left: 14, top: 10, width: 228, height: 232 })
    .resize(100, 100)
    .jpeg({ quality: 55 })
    .toBuffer();
  const c = await sharp(generated(99), { raw: { width: 256, height: 256, channels: 3 } })
    .jpeg()
    .toBuffer();
  s.pages.set('https://github.com/alice', githubPage('alice', '90000011', 'Alice Example'));
  s.pages.set('https://github.com/bob', githubPage('bob', '90000022', 'Bob Other'));
  s.pages.set('https://github.com/carol', githubPage('carol', '90000033', 'Carol Third'));
  s.images.set('https://avatars.githubusercontent.com/u/90000011?v=4', { body: a, contentType: 'image/jpeg' });
  s.images.set('https://avatars.githubusercontent.com/u/90000022?v=4', { body: b, contentType: 'image/jpeg' });
  s.images.set('https://avatars.githubusercontent.com/u/90000033?v=4', { body: c, contentType: 'image/jpeg' });
});
afterAll(async () => {
  await s?.close();
});

async function visit(url: string) {
  const page = await s.context.newPage();
  await page.goto(url);
  const badge = await badgeOf(page);
  await expect.poll(() => badge.getAttribute('data-level', { timeout: 1000 }), { timeout: 15_000 }).toBeTruthy();
  return { page, badge };
}

async function popupFor(url: string) {
  const popup = await s.context.newPage();
  await popup.goto(`chrome-extension://${s.extensionId}/popup.html?tabId=${await tabIdOf(s, url)}`);
  return popup;
}

describe('recycled-photo in Chromium', () => {
  it('flags the same photo under another name, on the badge and in the popup, with both photos', async () => {
    await visit('https://github.com/alice');
    const alicePopup = await popupFor('https://github.com/alice');
    // Alice's photo has been compared (with nothing yet): no "not compared" note once done.
    await expect
      .poll(() => alicePopup.locator('.rfr-unchecked').textContent(), { timeout: 15_000 })
      .not.toContain('Photo not compared');
    expect(await alicePopup.locator('[data-rule="recycled-photo"]').count()).toBe(0);

    const { badge } = await visit('https://github.com/bob');
    const popup = await popupFor('https://github.com/bob');
    const finding = popup.locator('.rfr-finding[data-rule="recycled-photo"]');
    await expect.poll(() => finding.count(), { timeout: 15_000 }).toBe(1);
    expect(await finding.locator('.rfr-evidence').textContent()).toContain('“Alice Example” on GitHub');
    expect(await finding.locator('.rfr-images img').count()).toBe(2);
    // The badge on the page was updated in place.
    const count = await popup.locator('.rfr-finding').count();
    await expect.poll(() => badge.getAttribute('data-count'), { timeout: 10_000 }).toBe(String(count));
    // Reverse image search is offered as links, opened only by a click.
    expect(await popup.locator('.rfr-photo-search a').count()).toBe(4);
  });

  it('a different photo is not flagged; nothing but the marketplaces and their image hosts was contacted', async () => {
    await visit('https://github.com/carol');
    const popup = await popupFor('https://github.com/carol');
    await expect
      .poll(() => popup.locator('.rfr-unchecked').textContent(), { timeout: 15_000 })
      .not.toContain('Photo not compared');
    expect(await popup.locator('[data-rule="recycled-photo"]').count()).toBe(0);
    expect(s.foreign.filter((r) => r.fromExtension)).toEqual([]);
  });
});
