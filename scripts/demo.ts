/**
 * npm run demo: builds the extension and opens Chromium with it on two bundled sample profiles (anonymized
 * fixtures served at their real Upwork URLs, nothing fetched from the internet). With a display it opens a
 * window and waits for you to close it; without one it runs headless and saves screenshots.
 */
import { mkdirSync } from 'node:fs';
import { fixtureHtml, launch, tabIdOf } from './chromium';

const OUT = 'demo-output';
const A = '/freelancers/~01a1b2c3d4e5f60718';
const B = '/freelancers/~01f0e1d2c3b4a59687';
const headless = !process.env.DISPLAY;

const s = await launch({ headless });
s.pages.set(A, fixtureHtml('upwork/visitor-view.html'));
// The invented persona joined "20 days ago", whatever today is.
s.pages.set(B, fixtureHtml('upwork/red-flags-persona.html', 20));

async function show(path: string) {
  const page = await s.context.newPage();
  await page.goto(`https://www.upwork.com${path}`);
  const badge = page.locator('red-flag-radar-badge .rfr-badge');
  await badge.waitFor({ timeout: 20_000 });
  return { page, badge };
}

const real = await show(A);
const persona = await show(B);
console.log(
  `Sample profiles open: https://www.upwork.com${A} (real page, anonymized) and https://www.upwork.com${B} (invented persona).`,
);

if (headless) {
  mkdirSync(OUT, { recursive: true });
  await real.badge.screenshot({ path: `${OUT}/badge-real-page.png` });
  await persona.page.locator('[itemprop="name"]').scrollIntoViewIfNeeded();
  await persona.badge.click();
  await persona.page.locator('red-flag-radar-badge .rfr-panel').waitFor();
  await persona.page.screenshot({ path: `${OUT}/badge-panel.png` });
  const popup = await s.context.newPage();
  await popup.setViewportSize({ width: 420, height: 900 });
  await popup.goto(
    `chrome-extension://${s.extensionId}/popup.html?tabId=${await tabIdOf(s, `https://www.upwork.com${B}`)}`,
  );
  await popup.locator('.rfr-finding').first().waitFor();
  await popup.screenshot({ path: `${OUT}/popup.png`, fullPage: true });
  console.log(`No display: screenshots saved in ${OUT}/ (badge-real-page.png, badge-panel.png, popup.png).`);
  await s.close();
} else {
  await persona.badge.click();
  console.log('Click the badge beside a name, or the toolbar icon. Close the browser window to end the demo.');
  await new Promise<void>((resolve) => s.context.on('close', () => resolve()));
}
