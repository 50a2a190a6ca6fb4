/**
 * Team memory at scale (issue 16), in Debian's Chromium with the built extension and its real IndexedDB:
 * - `pageload.cold_badge_ms_100k`: 50,000 own profiles (with photos) and 50,000 colleagues' records in the
 *   store, the service worker stopped (CDP ServiceWorker.stopAllWorkers, as Chrome does after 30 s idle), then
 *   navigation to a real profile page until the badge's host element is on it (target ≤ 500 ms), reported with
 *   its two parts: the page's own load (navigation to its load event) and ours (load event to the badge);
 * - `memory.worker_mb_100k`: the woken worker's JS heap after that visit and its photo check (the photo index
 *   of all 100,000 loaded), after a garbage collection (target ≤ 150 MB);
 * - `team.check_ms_median`: with 100,000 colleagues' records (and the 50,000 own), the background's
 *   cross-profile check (fingerprint, IndexedDB look-ups, matching, naming) for new profiles (target ≤ 10 ms).
 * The store is filled by the real store code, bundled with esbuild (vite's, already installed) into the page.
 */
import { join } from 'node:path';
import { build } from 'esbuild';
import sharp from 'sharp';
import type { CDPSession, Page } from 'playwright-core';
import { fixtureHtml, launch, type Session } from '../scripts/chromium';
import { generated } from '../tests/photo/images';
import { median, round } from './stats';

const PATH = '/freelancers/~01a1b2c3d4e5f60718';
const med = <K extends string>(runs: Record<K, number>[], k: K) => median(runs.map((r) => r[k]));
const PORTRAIT = '**/profile-portraits/**';
const CHUNK = 2500;

type Bench = typeof import('./team-page');
declare const __teamBench: Bench;

async function bundle(): Promise<string> {
  const out = await build({
    entryPoints: [join(import.meta.dirname, 'team-page.ts')],
    bundle: true,
    format: 'iife',
    globalName: '__teamBench',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
  });
  // Evaluated as one expression by Playwright: the global is set explicitly.
  return `${out.outputFiles[0]!.text};globalThis.__teamBench = __teamBench;`;
}

/** Sends one command to another target (the service worker) through the page's CDP session. */
function targetCommand(cdp: CDPSession, sessionId: string) {
  let id = 0;
  return <T>(method: string, params: object = {}) =>
    new Promise<T>((resolve, reject) => {
      const mine = ++id;
      const on = (e: { sessionId: string; message: string }) => {
        const m = JSON.parse(e.message) as { id?: number; result?: T; error?: { message: string } };
        if (e.sessionId !== sessionId || m.id !== mine) return;
        cdp.off('Target.receivedMessageFromTarget', on);
        if (m.error) reject(new Error(m.error.message));
        else resolve(m.result!);
      };
      cdp.on('Target.receivedMessageFromTarget', on);
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: mine, method, params }) });
    });
}

async function workerHeapMb(s: Session, cdp: CDPSession): Promise<number> {
  const { targetInfos } = await cdp.send('Target.getTargets');
  const sw = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(s.extensionId));
  if (!sw) throw new Error('the service worker is not running');
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: sw.targetId, flatten: false });
  const send = targetCommand(cdp, sessionId);
  await send('HeapProfiler.collectGarbage');
  // The JS heap and, where Chromium reports it, the typed arrays' memory outside it (the photo index's tables).
  const { usedSize, backingStorageSize = 0 } = await send<{ usedSize: number; backingStorageSize?: number }>(
    'Runtime.getHeapUsage',
  );
  await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => {});
  return (usedSize + backingStorageSize) / 2 ** 20;
}

/**
 * Navigation start to the badge's host element (its inside is a closed shadow root), measured in the page, and
 * the part of it that is the page's own load (navigation start to the end of its load event): the content script
 * is injected only after that (lib/background/inject.ts), so the rest is ours.
 */
async function badge(s: Session, cdp: CDPSession, stop: boolean): Promise<{ ms: number; loadMs: number }> {
  if (stop) {
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await new Promise((r) => setTimeout(r, 1500));
    const { targetInfos } = await cdp.send('Target.getTargets');
    if (targetInfos.some((t) => t.type === 'service_worker' && t.url.includes(s.extensionId)))
      throw new Error('the service worker did not stop');
  } else await new Promise((r) => setTimeout(r, 1500));
  const page: Page = await s.context.newPage();
  await page.addInitScript(() => {
    new MutationObserver((_, o) => {
      if (document.querySelector('red-flag-radar-badge')) {
        performance.mark('rfr-badge');
        o.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(`https://www.upwork.com${PATH}`, { waitUntil: 'commit' });
  await page.waitForFunction(() => performance.getEntriesByName('rfr-badge').length > 0, undefined, {
    timeout: 60_000,
  });
  const timing = await page.evaluate(() => ({
    ms: performance.getEntriesByName('rfr-badge')[0]!.startTime,
    loadMs: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd,
  }));
  await page.waitForTimeout(1000); // the photo check, after the badge
  await page.close();
  return timing;
}

async function fill(page: Page, log: (s: string) => void, what: 'fillOwn' | 'fillTeam', from: number, to: number) {
  for (let i = from; i < to; i += CHUNK) {
    await page.evaluate(([f, a, b]) => __teamBench[f as 'fillOwn'](a as number, b as number), [
      what,
      i,
      Math.min(to, i + CHUNK),
    ] as const);
    if ((i / CHUNK) % 8 === 0) log(`team: ${what} ${i} …`);
  }
}

export async function benchTeam(log: (s: string) => void, own = 50_000, team = 100_000, runs = 5) {
  const code = await bundle();
  const portrait = await sharp(generated(5), { raw: { width: 256, height: 256, channels: 3 } })
    .jpeg({ quality: 85 })
    .toBuffer();
  const s = await launch();
  s.pages.set(PATH, fixtureHtml('upwork/visitor-view.html'));
  await s.context.route(PORTRAIT, (r) => r.fulfill({ body: portrait, contentType: 'image/jpeg' }));
  try {
    const page = await s.context.newPage();
    await page.goto(`chrome-extension://${s.extensionId}/profiles.html`);
    await page.locator('h1').waitFor();
    await page.evaluate(code);
    const cdp = await s.context.newCDPSession(page);
    const t0 = performance.now();
    await fill(page, log, 'fillOwn', 0, own);
    await fill(page, log, 'fillTeam', 0, own === 0 ? 0 : Math.min(team, 100_000 - own));
    const atCold = await page.evaluate(() => __teamBench.counts());
    log(`team: filled ${JSON.stringify(atCold)} in ${Math.round((performance.now() - t0) / 1000)} s`);
    await badge(s, cdp, true); // the first visit records the profile (and a photo check loads the index)
    const cold: { ms: number; loadMs: number }[] = [];
    const warm: { ms: number; loadMs: number }[] = [];
    // Alternately, so that the machine's drift touches both alike; warm = the same with the worker running.
    for (let r = 0; r < runs; r++) {
      cold.push(await badge(s, cdp, true));
      warm.push(await badge(s, cdp, false));
    }
    // The woken worker after a visit and its photo check: the photo index of every photo loaded.
    const p = await s.context.newPage();
    await p.goto(`https://www.upwork.com${PATH}`);
    await p.locator('red-flag-radar-badge').waitFor({ state: 'attached', timeout: 60_000 });
    // The photo check reads every photo's hashes once (a key cursor): wait until the heap stops growing.
    let workerMb = 0;
    for (let last = -1, t = 0; t < 90 && Math.abs(workerMb - last) > 0.5; t += 3) {
      await p.waitForTimeout(3000);
      last = workerMb;
      workerMb = await workerHeapMb(s, cdp);
    }
    log(
      `team: cold badge ${round(med(cold, 'ms'), 1)} ms (page's own load ${round(med(cold, 'loadMs'), 1)} ms), warm ${round(med(warm, 'ms'), 1)} ms, worker ${round(workerMb, 1)} MB`,
    );
    await p.close();
    await fill(page, log, 'fillTeam', Math.min(team, 100_000 - own), team);
    const atCheck = await page.evaluate(() => __teamBench.counts());
    const { ms, hits } = await page.evaluate(() => __teamBench.checks(300));
    return {
      profiles_at_cold_start: atCold.own + atCold.team,
      cold_badge_ms_100k: round(med(cold, 'ms'), 1),
      cold_badge_ms_runs: cold.map((x) => Math.round(x.ms)),
      // Of those: navigation to the page's load event (the page's own), and load event to the badge (ours).
      cold_page_load_ms: round(med(cold, 'loadMs'), 1),
      cold_badge_after_load_ms: round(median(cold.map((x) => x.ms - x.loadMs)), 1),
      warm_badge_ms: round(med(warm, 'ms'), 1),
      warm_badge_after_load_ms: round(median(warm.map((x) => x.ms - x.loadMs)), 1),
      worker_mb_100k: round(workerMb, 1),
      team_profiles: atCheck.team,
      hashes_only: atCheck.hidden,
      check_ms_median: round(median(ms.slice(30)), 2),
      check_hits: hits,
    };
  } finally {
    await s.close();
  }
}

// npm run --silent bench:team [own team]
if (import.meta.url === `file://${process.argv[1]}`) {
  const [own, team] = process.argv.slice(2).map(Number);
  console.log(JSON.stringify(await benchTeam(console.error, own || undefined, team || undefined)));
}
