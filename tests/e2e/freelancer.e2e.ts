import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureHtml, launch, tabIdOf, type Session } from '../../scripts/chromium';
import { badgeOf } from './closed-root';

const URL_1 = 'https://www.freelancer.com/u/user3x1';

let s: Session;
beforeAll(async () => {
  s = await launch();
  s.pages.set(URL_1, fixtureHtml('freelancer/u_user3x1.html'));
});
afterAll(async () => {
  await s?.close();
});

describe('Freelancer.com in Chromium with the extension', () => {
  it('shows the badge beside the name and the popup lists the findings', async () => {
    const page = await s.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(URL_1);
    const badge = await badgeOf(page);
    await expect.poll(() => badge.getAttribute('data-level', { timeout: 1000 }), { timeout: 15_000 }).toBe('none');
    expect(await badge.getAttribute('data-count', { timeout: 1000 })).toBe('1');
    expect(
      await page.evaluate(
        () =>
          !!document.querySelector(
            'app-user-profile-summary-name + red-flag-radar-badge, app-user-profile-summary-name red-flag-radar-badge',
          ),
      ),
    ).toBe(true);
    const popup = await s.context.newPage();
    await popup.goto(`chrome-extension://${s.extensionId}/popup.html?tabId=${await tabIdOf(s, URL_1)}`);
    await expect.poll(() => popup.locator('.rfr-finding').count()).toBe(1);
    expect(await popup.locator('.rfr-report').textContent()).toContain('47 skills across 6 fields');
    expect(errors).toEqual([]);
    // The saved page's own images and icons point at other hosts (aborted); nothing else may leave.
    const html = s.pages.get(URL_1)!;
    expect(s.foreign.filter((r) => r.fromExtension || !html.includes(new URL(r.url).host))).toEqual([]);
  });
});
