/**
 * The history page in Chromium: profiles seen in the browser are listed, it works by keyboard alone, axe
 * reports no serious or critical violations, and (UPDATE_SCREENSHOTS=1) it writes the README screenshot.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureHtml, launch, type Session } from '../../scripts/chromium';
import { githubPage } from '../helpers';
import { seriousViolations } from './axe';
import { badgeOf } from './closed-root';

let s: Session;

const github = (login: string, id: string, name: string) =>
  githubPage(login, id, name).replace(/@\w+_tg/, '@team_shared_tg');

beforeAll(async () => {
  s = await launch();
  s.pages.set('https://github.com/alice', github('alice', '90000011', 'Alice Example'));
  s.pages.set('https://github.com/bob', github('bob', '90000022', 'Bob Other'));
  s.pages.set(
    'https://www.upwork.com/freelancers/~01f0e1d2c3b4a59687',
    fixtureHtml('upwork/red-flags-persona.html', 20),
  );
  for (const url of [...s.pages.keys()]) {
    const page = await s.context.newPage();
    await page.goto(url);
    await badgeOf(page);
    await page.close();
  }
});
afterAll(async () => {
  await s?.close();
});

describe('history page', () => {
  it('lists what was seen, works by keyboard, and has no serious accessibility violations', async () => {
    const page = await s.context.newPage();
    await page.goto(`chrome-extension://${s.extensionId}/profiles.html`);
    await expect.poll(() => page.locator('tbody tr').count(), { timeout: 10_000 }).toBe(3);
    const bob = page.locator('tbody tr', { hasText: 'Bob Other' });
    expect(await bob.textContent()).toContain('A contact or link of this profile was seen under another name');

    // Keyboard only: tab to Bob's "Details", open, write a note, save it.
    await page.locator('body').focus();
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => document.activeElement?.closest('tr')?.textContent ?? '');
      const label = await page.evaluate(() => document.activeElement?.textContent ?? '');
      if (focused.includes('Bob Other') && label === 'Details') break;
    }
    // Focus is visible.
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Enter');
    const details = page.locator('.rfr-profile-details');
    await details.waitFor();
    await details.locator('textarea').focus();
    await page.keyboard.type('Verified on a video call on 2026-11-26');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => details.textContent()).toContain('Verified on a video call on 2026-11-26');

    const violations = await seriousViolations(page, 'main');
    expect(violations).toEqual([]);
    if (process.env.UPDATE_SCREENSHOTS) {
      mkdirSync('docs/screenshots', { recursive: true });
      await page.setViewportSize({ width: 1150, height: 820 });
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: 'docs/screenshots/history.png' });
    }
  });

  it('the badge on the page shows the note and the cross-profile finding after a revisit', async () => {
    const page = await s.context.newPage();
    await page.goto('https://github.com/bob');
    const badge = await badgeOf(page);
    await badge.click();
    const panel = page.locator('red-flag-radar-badge .rfr-panel');
    await expect
      .poll(() => panel.textContent(), { timeout: 10_000 })
      .toContain('Verified on a video call on 2026-11-26');
    expect(await panel.locator('[data-rule="shared-contact"]').count()).toBe(1);
  });
});
