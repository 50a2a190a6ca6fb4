/** axe-core in Chromium: the popup and the opened badge panel have no serious or critical violations. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureHtml, launch, tabIdOf, type Session } from '../../scripts/chromium';
import { seriousViolations as violations } from './axe';
import { badgeOf } from './closed-root';

const URL_B = 'https://www.upwork.com/freelancers/~01f0e1d2c3b4a59687';

let s: Session;
beforeAll(async () => {
  s = await launch();
  s.pages.set(URL_B, fixtureHtml('upwork/red-flags-persona.html', 20));
});
afterAll(async () => {
  await s?.close();
});

describe('accessibility', () => {
  it('the badge and its open panel', async () => {
    const page = await s.context.newPage();
    await page.goto(URL_B);
    const badge = await badgeOf(page);
    await badge.focus();
    await page.keyboard.press('Enter'); // opens by keyboard
    await page.locator('red-flag-radar-badge .rfr-panel .rfr-report').waitFor(); // the full report, fetched on opening
    expect(await violations(page, 'red-flag-radar-badge')).toEqual([]);
    // axe looked inside the badge's closed root (revealed to the test): its findings name shadow nodes.
    const inside = await page.evaluate(async () => {
      const r = await (globalThis as any).axe.run({ include: [['red-flag-radar-badge']] }, { resultTypes: ['passes'] });
      return r.passes.flatMap((p: any) => p.nodes).filter((n: any) => n.target.flat().length > 1).length;
    });
    expect(inside).toBeGreaterThan(0);
    // The panel's screenshots (README) are written by tests/e2e/panel-verdict.e2e.ts.
  });

  it('the popup with a report, the message box and the settings open', async () => {
    const popup = await s.context.newPage();
    await popup.goto(`chrome-extension://${s.extensionId}/popup.html?tabId=${await tabIdOf(s, URL_B)}`);
    await popup.locator('.rfr-finding').first().waitFor();
    // Its screenshot (docs/screenshots/popup.png) is written by tests/e2e/pages.e2e.ts.
    for (const summary of await popup.locator('summary').all()) await summary.click();
    expect(await violations(popup, 'main')).toEqual([]);
  });
});

describe('the options page', () => {
  it('has no serious violations, switches the language, and forgets the memory after a confirmation', async () => {
    const options = await s.context.newPage();
    await options.goto(`chrome-extension://${s.extensionId}/options.html`);
    await options.locator('h1').waitFor();
    expect(await violations(options, 'main')).toEqual([]);

    await options.locator('select').selectOption('de');
    await expect.poll(() => options.locator('h1').textContent()).toBe('Red Flag Radar — Einstellungen');
    const popup = await s.context.newPage();
    await popup.goto(`chrome-extension://${s.extensionId}/popup.html?tabId=${await tabIdOf(s, URL_B)}`);
    await expect.poll(() => popup.locator('.rfr-message summary').textContent()).toBe('Nachricht prüfen');

    const clear = options.locator('.rfr-card button', { hasText: 'Alle gemerkten Profile' });
    await clear.click();
    expect(await options.locator('[role="status"]').count()).toBe(0); // the first click only asks
    await clear.click();
    await expect.poll(() => options.locator('[role="status"]').count()).toBe(1);
    const left = await s.worker.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const req = indexedDB.open('red-flag-radar');
          req.onsuccess = () => {
            const count = req.result.transaction('profiles').objectStore('profiles').count();
            count.onsuccess = () => resolve(count.result);
          };
        }),
    );
    expect(left).toBe(0);
    await options.locator('select').selectOption('auto');
  });
});
