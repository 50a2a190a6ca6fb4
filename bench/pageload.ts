/**
 * In Debian's Chromium with the extension: the real Upwork profile's load time on its own URL (the content
 * script runs) over the same page on a host no content script matches (it does not), alternately in one
 * browser (target ≤ 1.05); and the main-thread script time the content script adds (target ≤ 20 ms): CDP's
 * ScriptDuration on the profile after the badge is shown, minus the same page without it. The fixture has
 * no page scripts of its own, so the difference is ours. One browser for both sides, because two browser
 * instances differ from each other by more than the effect being measured.
 */
import type { Page } from 'playwright-core';
import { BASELINE_HOST, fixtureHtml, launch, type Session } from '../scripts/chromium';
import { median, round } from './stats';

const PATH = '/freelancers/~01a1b2c3d4e5f60718';

interface Sample {
  loadMs: number;
  scriptMs: number;
}

async function measure(s: Session, host: string, waitForBadge: boolean): Promise<Sample> {
  const page: Page = await s.context.newPage();
  const cdp = await s.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(`https://${host}${PATH}`, { waitUntil: 'load' });
  // The badge's host element (its inside is a closed shadow root, which no page locator can enter).
  if (waitForBadge) await page.locator('red-flag-radar-badge').waitFor({ state: 'attached', timeout: 15_000 });
  await page.waitForTimeout(waitForBadge ? 100 : 1500);
  const loadMs = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return nav.loadEventEnd - nav.startTime;
  });
  const { metrics } = await cdp.send('Performance.getMetrics');
  const scriptMs = (metrics.find((m: { name: string }) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
  await page.close();
  return { loadMs, scriptMs };
}

export async function benchPageload(rounds = 60) {
  const s = await launch();
  s.pages.set(PATH, fixtureHtml('upwork/visitor-view.html'));
  try {
    await measure(s, 'www.upwork.com', true); // warm-up
    await measure(s, BASELINE_HOST, false);
    const withExt: Sample[] = [];
    const without: Sample[] = [];
    // Alternate which side goes first, so that drift in the machine's load affects both sides alike.
    for (let i = 0; i < rounds; i++) {
      if (i % 2) without.push(await measure(s, BASELINE_HOST, false));
      withExt.push(await measure(s, 'www.upwork.com', true));
      if (!(i % 2)) without.push(await measure(s, BASELINE_HOST, false));
    }
    const loadWith = median(withExt.map((x) => x.loadMs));
    const loadWithout = median(without.map((x) => x.loadMs));
    return {
      overhead_ratio: round(loadWith / loadWithout, 3),
      load_ms_median_with: round(loadWith, 1),
      load_ms_median_without: round(loadWithout, 1),
      content_script_ms_median: round(median(withExt.map((x, i) => x.scriptMs - without[i].scriptMs)), 1),
    };
  } finally {
    await s.close();
  }
}
