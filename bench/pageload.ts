/**
 * In Debian's Chromium: the real Upwork profile's load time with the extension over without it, measured
 * alternately in one run (target ≤ 1.05), and the main-thread script time the content script adds
 * (target ≤ 20 ms): CDP's ScriptDuration with the extension minus without, after the badge is shown.
 * The fixture page carries no page scripts of its own, so the difference is ours.
 */
import type { Page } from 'playwright-core';
import { fixtureHtml, launch, type Session } from '../scripts/chromium';
import { median, round } from './stats';

const PATH = '/freelancers/~01a1b2c3d4e5f60718';
const URL = `https://www.upwork.com${PATH}`;

async function measure(s: Session, withExtension: boolean): Promise<{ loadMs: number; scriptMs: number }> {
  const page: Page = await s.context.newPage();
  const cdp = await s.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(URL, { waitUntil: 'load' });
  if (withExtension) await page.locator('red-flag-radar-badge .rfr-badge').waitFor({ timeout: 15_000 });
  else await page.waitForTimeout(300);
  const loadMs = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return nav.loadEventEnd - nav.startTime;
  });
  const { metrics } = await cdp.send('Performance.getMetrics');
  const scriptMs = (metrics.find((m: { name: string }) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
  await page.close();
  return { loadMs, scriptMs };
}

export async function benchPageload(rounds = 15) {
  const withExt = await launch();
  const without = await launch({ withExtension: false });
  for (const s of [withExt, without]) s.pages.set(PATH, fixtureHtml('upwork/visitor-view.html'));
  try {
    await measure(withExt, true); // warm both browsers' caches
    await measure(without, false);
    const a: { loadMs: number; scriptMs: number }[] = [];
    const b: { loadMs: number; scriptMs: number }[] = [];
    for (let i = 0; i < rounds; i++) {
      a.push(await measure(withExt, true));
      b.push(await measure(without, false));
    }
    const loadWith = median(a.map((x) => x.loadMs));
    const loadWithout = median(b.map((x) => x.loadMs));
    return {
      overhead_ratio: round(loadWith / loadWithout, 3),
      load_ms_median_with: round(loadWith, 1),
      load_ms_median_without: round(loadWithout, 1),
      content_script_ms_median: round(median(a.map((x, i) => x.scriptMs - b[i].scriptMs)), 1),
    };
  } finally {
    await withExt.close();
    await without.close();
  }
}
