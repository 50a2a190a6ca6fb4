/**
 * The history page when the extension is updated while it is open (issue 16), in Chromium with the built
 * extension: the next version's schema is opened (one version higher, as an update's worker would) while an
 * English and a German history page and the service worker hold the memory. It is not held up — each closes its
 * connection — and each page says, in its language, that it must be reloaded; a click reloads it. axe finds no
 * serious or critical violation. UPDATE_SCREENSHOTS=1 writes docs/screenshots/history-updated-{en,de}-{800,1280}.png.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fixtureHtml, launch, type Session } from '../../scripts/chromium';
import { DB_NAME, DB_VERSION } from '../../lib/storage/schema';
import { seriousViolations } from './axe';
import { badgeOf } from './closed-root';
import { PERSONA, setLanguage } from './panel';

let s: Session;
const ext = (path: string) => `chrome-extension://${s.extensionId}/${path}`;

async function history(width: number): Promise<Page> {
  const page = await s.context.newPage();
  await page.setViewportSize({ width, height: 700 });
  await page.goto(ext('profiles.html'));
  await expect.poll(() => page.locator('tbody tr').count(), { timeout: 10_000 }).toBe(1);
  return page;
}

beforeAll(async () => {
  s = await launch();
  s.pages.set(PERSONA, fixtureHtml('upwork/red-flags-persona.html', 20));
  const page = await s.context.newPage();
  await page.goto(PERSONA);
  await badgeOf(page);
  await page.close();
});
afterAll(async () => {
  await s?.close();
});

describe('the history page, updated while open', () => {
  it('lets the next version upgrade the memory at once and says, in its language, that it must be reloaded', async () => {
    await setLanguage(s, 'en');
    const en = await Promise.all([history(800), history(1280)]);
    await setLanguage(s, 'de');
    const de = await Promise.all([history(800), history(1280)]);
    for (const page of [...en, ...de]) expect(await page.locator('.rfr-updated').count()).toBe(0);

    // The next version's upgrade, from another page of the extension: every connection lets go of the memory (the
    // worker's too), so it opens within the test's time instead of waiting for ever.
    const next = await s.context.newPage();
    await next.goto(ext('privacy.html'));
    const opened = await next.evaluate(
      ([name, version]) =>
        new Promise<number>((resolve, reject) => {
          const req = indexedDB.open(name as string, version as number);
          req.onsuccess = () => {
            resolve(req.result.version);
            req.result.close();
          };
          req.onerror = () => reject(req.error);
        }),
      [DB_NAME, DB_VERSION + 1],
    );
    expect(opened).toBe(DB_VERSION + 1);

    const texts = {
      en: 'Red Flag Radar was updated while this page was open. Click here to reload the page.',
      de: 'Red Flag Radar wurde aktualisiert, während diese Seite offen war. Klicken Sie hier, um die Seite neu zu laden.',
    };
    for (const [lang, pages] of [
      ['en', en],
      ['de', de],
    ] as const) {
      for (const page of pages) {
        const width = page.viewportSize()!.width;
        const notice = page.locator('.rfr-updated[role=alert]');
        await expect.poll(() => notice.textContent(), { timeout: 5_000 }).toBe(texts[lang]);
        if (width === 1280) expect(await seriousViolations(page, '.rfr-history')).toEqual([]);
        if (process.env.UPDATE_SCREENSHOTS) {
          mkdirSync('docs/screenshots', { recursive: true });
          await page.screenshot({ path: `docs/screenshots/history-updated-${lang}-${width}.png` });
        }
      }
    }

    // A click reloads the page (here the database is newer than this build: it then says it could not be read).
    const page = en[1]!;
    await Promise.all([page.waitForEvent('load'), page.locator('.rfr-updated button').click()]);
    await expect
      .poll(() => page.locator('[role=alert]').textContent(), { timeout: 10_000 })
      .toMatch(/could not be read/);
  });
});
