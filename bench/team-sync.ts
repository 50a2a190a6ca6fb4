/**
 * Team replication (issue 16), measured end to end in Debian's Chromium with the built extension:
 * - `team.initial_sync_profiles_per_second`: 10,000 colleagues' records (synthetic profiles, each with photo hashes,
 *   a grey thumbnail and a 64 px preview, as a full-mode record carries them) on a CouchDB-protocol server on
 *   localhost (express-pouchdb over in-memory PouchDB, tests/team/couch-server.ts); a browser whose team store is
 *   empty is given the team settings and pulls them all — the changes feed in batches, every document validated,
 *   written into IndexedDB — until its status counts 10,000. Time from saving the settings to that status.
 * - `team.bytes_per_profile_full` / `team.bytes_per_profile_hashes`: the mean size of one record as the server
 *   stores it (its JSON; the server adds its revision bookkeeping on top).
 */
import { rmSync } from 'node:fs';
import sharp from 'sharp';
import { fingerprint } from '../lib/memory/fingerprint';
import { storedWindows } from '../lib/photo/hash';
import type { StoredPhoto } from '../lib/storage/db';
import { toDoc } from '../lib/team/doc';
import { buildTeamProfile, type ShareMode } from '../lib/team/records';
import { launch } from '../scripts/chromium';
import { generated } from '../tests/photo/images';
import { startCouch } from '../tests/team/couch-server';
import { grantedCopy } from '../tests/team/granted-extension';
import { rng } from './random';
import { round } from './stats';
import { syntheticEntry } from './synthetic';

declare const chrome: any;
const PROFILES = 10_000;

/** Photo hashes, thumbnail and preview of the size a real photo gives (their content does not matter here). */
function syntheticPhoto(i: number, key: string, preview: string): StoredPhoto {
  const r = rng(i * 31 + 7);
  const hex = () =>
    Math.floor(r() * 0x100000000)
      .toString(16)
      .padStart(8, '0');
  return {
    profileKey: key,
    site: key.split(':')[0]!,
    url: '',
    photoUrl: '',
    hashes: storedWindows()
      .map(() => hex() + hex() + (r() < 0.5 ? 'm' : ''))
      .join(','),
    thumb: Uint8Array.from({ length: 1024 }, () => Math.floor(r() * 256)),
    preview,
    seenAt: '2026-11-01T00:00:00.000Z',
  };
}

function docs(mode: ShareMode, preview: string) {
  return Array.from({ length: PROFILES }, (_, i) => {
    const e = syntheticEntry(i);
    const rec = buildTeamProfile(e, fingerprint(e.key, e.profile, e.lastSeen), syntheticPhoto(i, e.key, preview), {
      recruiterId: 'colleague',
      recruiter: 'A colleague',
      mode,
      salt: 'bench',
    });
    return toDoc(rec, '2026-11-01T00:00:00.000Z');
  });
}

export async function benchTeamSync(log: (s: string) => void) {
  const jpeg = await sharp(generated(7), { raw: { width: 256, height: 256, channels: 3 } })
    .resize(64, 64)
    .jpeg({ quality: 80 })
    .toBuffer();
  const preview = `data:image/jpeg;base64,${jpeg.toString('base64')}`;
  const full = docs('full', preview);
  const hashes = docs('hashes', preview);
  const mean = (ds: object[]) => Math.round(ds.reduce((n, d) => n + JSON.stringify(d).length, 0) / ds.length);

  const couch = await startCouch({ users: { bench: 'pw-bench' } });
  const server = couch.local('team');
  for (let i = 0; i < full.length; i += 1000) await server.bulkDocs(full.slice(i, i + 1000));
  const dir = grantedCopy();
  const s = await launch({ extensionDir: dir });
  try {
    await s.context.route(`${couch.origin}/**`, (r) => r.continue());
    const page = await s.context.newPage();
    await page.goto(`chrome-extension://${s.extensionId}/options.html`);
    await page.locator('#rfr-team-url').waitFor();
    const ms = await page.evaluate(
      // No named functions inside: tsx would wrap them in a helper the page does not have.
      async ({ url, n }) => {
        const settings = await chrome.runtime.sendMessage({ type: 'get-settings' });
        const team = { url, user: 'bench', password: 'pw-bench', recruiter: '', key: '', share: 'full' };
        const t0 = performance.now();
        await chrome.runtime.sendMessage({ type: 'set-settings', settings: { ...settings, team } });
        for (;;) {
          const st = await chrome.runtime.sendMessage({ type: 'team-status' });
          if (st.pulled >= n || performance.now() - t0 > 600_000) return performance.now() - t0;
          await new Promise((r) => setTimeout(r, 50));
        }
      },
      { url: couch.db('team'), n: PROFILES },
    );
    const stored = await s.worker.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const open = indexedDB.open('red-flag-radar');
          open.onsuccess = () => {
            const req = open.result.transaction('team').objectStore('team').count();
            req.onsuccess = () => resolve(req.result);
          };
        }),
    );
    const result = {
      initial_sync_profiles_per_second: Math.round((stored / ms) * 1000),
      initial_sync_profiles: stored,
      initial_sync_ms: Math.round(ms),
      bytes_per_profile_full: mean(full),
      bytes_per_profile_hashes: mean(hashes),
    };
    log(
      `team     initial_sync_profiles_per_second ${String(result.initial_sync_profiles_per_second).padStart(6)}  (${stored} records in ${round(ms / 1000, 1)} s, Chromium, server on localhost)`,
    );
    log(
      `team     bytes_per_profile full / hashes ${String(result.bytes_per_profile_full).padStart(6)} / ${result.bytes_per_profile_hashes}  (JSON on the server)`,
    );
    return result;
  } finally {
    await s.close();
    await couch.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
