/**
 * How the panel behaves (issue 13, point 6): it closes on Escape and on a click outside and gives the focus
 * back to the badge; it stays above a sticky header with a high z-index while the page scrolls, even when the
 * badge sits in a stacking context below that header (as on Upwork); on LinkedIn's signed-in layout the badge
 * opens by click, Enter and Space without following the name's link.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureHtml, launch, type Session } from '../../scripts/chromium';
import { badgeOf, clickInClosedRoot } from './closed-root';
import { PERSONA } from './panel';

const STICKY = 'https://www.upwork.com/freelancers/~01f0e1d2c3b4a59688';
const SIGNED_IN = 'https://www.linkedin.com/in/alex-sample-0002';

let s: Session;
beforeAll(async () => {
  s = await launch();
  const persona = fixtureHtml('upwork/red-flags-persona.html', 20);
  s.pages.set(PERSONA, persona);
  // Upwork's sticky header, above a main column that is a stacking context of its own.
  s.pages.set(
    STICKY,
    persona
      .replaceAll('01f0e1d2c3b4a59687', '01f0e1d2c3b4a59688')
      .replace(
        '<body>',
        '<body><style>header.sticky-test{position:sticky;top:0;z-index:1000;height:90px;background:#14a800;color:#fff}' +
          '#main{position:relative;z-index:1}body{min-height:4000px}</style><header class="sticky-test">Sticky header</header>',
      ),
  );
  // The saved page names its member (alex-sample-0001): served at another address, it names that one.
  s.pages.set(
    SIGNED_IN,
    fixtureHtml('linkedin/logged-in-2026.html').replaceAll('alex-sample-0001', 'alex-sample-0002'),
  );
});
afterAll(async () => {
  await s?.close();
});

const panelCount = (page: Page) => page.locator('red-flag-radar-badge .rfr-panel').count();
/** Whether the focus is on the badge's button (inside the closed root, revealed to the test). */
const badgeFocused = (page: Page) =>
  page.evaluate(() => {
    const host = document.querySelector('red-flag-radar-badge');
    return document.activeElement === host && !!host?.shadowRoot?.activeElement?.matches('.rfr-badge');
  });

describe('the panel', () => {
  it('closes on Escape and on a click outside, and gives the focus back to the badge', async () => {
    const page = await s.context.newPage();
    await page.goto(PERSONA);
    const badge = await badgeOf(page);
    await badge.click();
    await page.locator('red-flag-radar-badge .rfr-panel .rfr-report').waitFor();
    // Focus inside the panel, then Escape.
    await page.locator('red-flag-radar-badge .rfr-panel .rfr-close').focus();
    await page.keyboard.press('Escape');
    expect(await panelCount(page)).toBe(0);
    expect(await badge.getAttribute('aria-expanded')).toBe('false');
    expect(await badgeFocused(page)).toBe(true);

    await badge.click();
    await page.locator('red-flag-radar-badge .rfr-panel .rfr-report').waitFor();
    // A click inside the panel keeps it open.
    await page.locator('red-flag-radar-badge .rfr-panel .rfr-verdict').click();
    expect(await panelCount(page)).toBe(1);
    // A click on the page outside closes it; nothing of the page took the focus, so the badge has it.
    const box = (await page.locator('red-flag-radar-badge .rfr-panel').boundingBox())!;
    await page.mouse.click(box.x + box.width + 200, box.y + 40);
    expect(await panelCount(page)).toBe(0);
    expect(await badgeFocused(page)).toBe(true);
    await page.close();
  });

  it('stays above a sticky header when the page scrolls (what is at its top edge is the panel)', async () => {
    const page = await s.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(STICKY);
    const badge = await badgeOf(page);
    await badge.click();
    await page.locator('red-flag-radar-badge .rfr-panel .rfr-report').waitFor();
    for (const by of [0, 200, 400, 800]) {
      await page.evaluate((y) => scrollTo(0, y), by);
      await page.waitForTimeout(50);
      const hit = await page.evaluate(() => {
        const host = document.querySelector('red-flag-radar-badge')!;
        const panel = host.shadowRoot!.querySelector('.rfr-panel')!;
        const r = panel.getBoundingClientRect();
        const header = document.querySelector('header.sticky-test')!.getBoundingClientRect();
        // The panel's top edge, and a point where the header lies (it is stuck at the top once scrolled).
        const points = [
          [r.left + 20, r.top + 4],
          [r.left + 20, Math.min(header.bottom - 4, r.bottom - 4)],
        ].filter(([, y]) => y! >= r.top && y! <= r.bottom);
        return points.map(([x, y]) => {
          const el = document.elementFromPoint(x!, y!);
          return el === host ? 'ours' : `${el?.tagName}.${el?.className}`;
        });
      });
      expect(hit.length).toBeGreaterThan(0);
      expect(hit, `scrolled by ${by}`).toEqual(hit.map(() => 'ours'));
    }
    // It is in the page's top layer, where no z-index of the page reaches.
    expect(
      await page.evaluate(() =>
        document
          .querySelector('red-flag-radar-badge')!
          .shadowRoot!.querySelector('.rfr-panel')!
          .matches(':popover-open'),
      ),
    ).toBe(true);
    await page.close();
  });
});

describe('LinkedIn signed in, where the name sits inside its link', () => {
  it('the badge opens by click, Enter and Space, and never follows the link', async () => {
    const page = await s.context.newPage();
    await page.goto(SIGNED_IN);
    const badge = await badgeOf(page);
    await clickInClosedRoot(page, '.rfr-badge');
    await page.locator('red-flag-radar-badge .rfr-panel').waitFor();
    await page.keyboard.press('Escape');
    expect(await panelCount(page)).toBe(0);
    for (const key of ['Enter', ' ']) {
      await badge.focus();
      await page.keyboard.press(key);
      await page.locator('red-flag-radar-badge .rfr-panel').waitFor({ timeout: 5000 });
      expect(await badge.getAttribute('aria-expanded'), key).toBe('true');
      await page.keyboard.press('Escape');
      expect(await panelCount(page)).toBe(0);
      expect(await badgeFocused(page)).toBe(true);
    }
    expect(page.url()).toBe(SIGNED_IN);
    await page.close();
  });
});
