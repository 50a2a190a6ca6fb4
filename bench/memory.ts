/**
 * The memory at 100,000 remembered profiles: the cross-profile checks for one new profile (fingerprint,
 * index look-ups, naming the others), the bytes stored per profile (photos excluded), and the history
 * page's first render in Chromium with that many profiles in its IndexedDB.
 */
import { crossContext } from '../lib/memory/gather';
import { CrossMemory } from '../lib/memory/cross';
import { fingerprint } from '../lib/memory/fingerprint';
import { launch } from '../scripts/chromium';
import { median, round } from './stats';
import { syntheticEntry, syntheticProfile } from './synthetic';

export const PROFILES = 100_000;

export async function benchMemory(log: (s: string) => void, n = PROFILES) {
  log(`memory: ${n} synthetic profiles …`);
  const memory = new CrossMemory();
  const profiles = new Map<string, ReturnType<typeof syntheticEntry>>();
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const e = syntheticEntry(i);
    const fp = fingerprint(e.key, syntheticProfile(i), e.lastSeen);
    memory.add(fp);
    profiles.set(e.key, e);
    // As stored: the profile entry and its fingerprint (the MinHash as 64 × 2 bytes).
    bytes += JSON.stringify(e).length + JSON.stringify({ ...fp, minhash: undefined }).length + (fp.minhash ? 128 : 0);
  }
  const checks: number[] = [];
  for (let q = 0; q < 300; q++) {
    // New profiles: a third copy a stored bio with edits, a third reuse a stored handle, a third are new.
    const p = syntheticProfile(n + q);
    const src = syntheticProfile(q * 97);
    if (q % 3 === 0) p.bio = src.bio!.replace(/\b(\w+)\b/, 'Hello');
    if (q % 3 === 1) p.bio = `${p.bio} Telegram: @${src.bio!.match(/@(\w+)/)?.[1] ?? 'shared_handle'}`;
    const t0 = performance.now();
    const fp = fingerprint(`new:${q}`, p, '2026-11-27T00:00:00Z');
    const hits = memory.check(fp);
    await crossContext(p, hits, memory, async (k) => profiles.get(k)?.profile);
    checks.push(performance.now() - t0);
  }
  const history_render_ms = await historyRender(log, n);
  return {
    profiles: n,
    check_ms_median: round(median(checks.slice(30)), 3),
    bytes_per_profile: Math.round(bytes / n),
    history_render_ms,
  };
}

/** Fills the extension's IndexedDB in Chromium with n profiles, then times the history page to its first rows. */
async function historyRender(log: (s: string) => void, n: number): Promise<number> {
  const s = await launch();
  try {
    const page = await s.context.newPage();
    // tsx compiles functions with esbuild's keepNames, whose helper the page does not have.
    await page.addInitScript('globalThis.__name = (f) => f');
    await page.goto(`chrome-extension://${s.extensionId}/profiles.html`);
    await page.locator('h1').waitFor();
    log(`memory: writing ${n} profiles into Chromium's IndexedDB …`);
    const CHUNK = 5000;
    for (let i = 0; i < n; i += CHUNK) {
      const batch = Array.from({ length: Math.min(CHUNK, n - i) }, (_, k) => syntheticEntry(i + k));
      await page.evaluate(async (rows) => {
        const db: IDBDatabase = await new Promise((ok, no) => {
          const r = indexedDB.open('red-flag-radar');
          r.onsuccess = () => ok(r.result);
          r.onerror = () => no(r.error);
        });
        await new Promise<void>((ok, no) => {
          const tx = db.transaction('profiles', 'readwrite');
          for (const row of rows) tx.objectStore('profiles').put(row);
          tx.oncomplete = () => ok();
          tx.onerror = () => no(tx.error);
        });
        db.close();
      }, batch);
    }
    const times: number[] = [];
    for (let run = 0; run < 7; run++) {
      // A pause first: the previous page's count of all entries (slow at this size) must not overlap.
      await page.waitForTimeout(1500);
      await page.goto(`chrome-extension://${s.extensionId}/profiles.html`);
      // From navigation start to the first 100 rows on screen (the page marks it).
      await page.waitForFunction(() => performance.getEntriesByName('rfr-history-rendered').length > 0, undefined, {
        timeout: 30_000,
      });
      expect100(await page.locator('tbody tr').count());
      times.push(await page.evaluate(() => performance.getEntriesByName('rfr-history-rendered')[0]!.startTime));
    }
    return round(median(times.slice(1)), 1);
  } finally {
    await s.close();
  }
}

function expect100(rows: number) {
  if (rows < 100) throw new Error(`the history showed ${rows} rows, not 100`);
}
