/**
 * Launches Debian's Chromium with the built extension (architecture.md, "Testing in a real browser").
 * Every request is answered from fixtures through route interception; anything else is recorded and
 * aborted, so a test can assert that nothing left the machine.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { sitePages } from '../lib/sites/pages';

// Evaluated inside the extension's service worker, where `chrome` exists.
declare const chrome: any;

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const EXTENSION_DIR = join(process.env.RFR_OUT_DIR ?? join(ROOT, '.output'), 'chrome-mv3');
const FIXTURES = join(ROOT, 'tests/fixtures');

export function missingPrerequisite(): string | undefined {
  if (!existsSync(CHROMIUM)) {
    return `Chromium is not installed at ${CHROMIUM}. Install it with: sudo apt-get update && sudo apt-get install -y chromium (or set CHROMIUM_PATH).`;
  }
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) return 'The extension is not built: run npm run build first.';
  return undefined;
}

/** A profile fixture with its "member since" moved to `daysAgo` days before today (the browser's clock is real). */
export function fixtureHtml(path: string, memberSinceDaysAgo?: number): string {
  let html = readFileSync(join(FIXTURES, path), 'utf8');
  if (memberSinceDaysAgo !== undefined) {
    const d = new Date(Date.now() - memberSinceDaysAgo * 86_400_000).toISOString().slice(0, 10);
    html = html.replace('"memberSince":"2026-05-20T10:00:00.000Z"', `"memberSince":"${d}T10:00:00.000Z"`);
  }
  return html;
}

// 1×1 transparent PNG for portrait requests.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

export const BASELINE_HOST = 'baseline.invalid';
/** The supported marketplaces' hosts: routed to fixtures, never to the network. */
const MARKETPLACE_HOSTS = new Set([
  'www.upwork.com',
  'www.freelancer.com',
  'www.linkedin.com',
  'sg.linkedin.com',
  'se.linkedin.com',
  // Freelancer.com's country sites (tests/e2e/real-pages.e2e.ts serves a real page on two of them).
  'www.freelancer.co.uk',
  'www.freelancer.de',
  'github.com',
  'www.fiverr.com',
  'www.peopleperhour.com',
  'www.guru.com',
]);

/** The marketplaces' image hosts (profile photos): routed to `images`, 404 otherwise. */
const IMAGE_HOSTS = sitePages.flatMap((s) => s.imageHosts ?? []).map((p) => /^https:\/\/([^/]+)\//.exec(p)![1]!);
const isImageHost = (host: string) =>
  IMAGE_HOSTS.some((h) => (h.startsWith('*.') ? host.endsWith(h.slice(1)) : host === h));

export interface Session {
  context: BrowserContext;
  /** Full URLs → image bytes, for the marketplaces' image hosts. */
  images: Map<string, { body: Buffer; contentType: string }>;
  /** Absent when launched without the extension. */
  worker: Worker;
  extensionId: string;
  /** Requests to anything but the routed marketplaces (aborted), and whether our service worker made them. */
  foreign: { url: string; fromExtension: boolean }[];
  /** Full URLs (or bare paths on https://www.upwork.com) → HTML. */
  pages: Map<string, string>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  headless?: boolean;
  /** Without the extension: the baseline for the page-load benchmark. */
  withExtension?: boolean;
  /** Another copy of the built extension (tests/e2e/team-sync.e2e.ts grants its test server's origin in one). */
  extensionDir?: string;
}

export async function launch({
  headless = true,
  withExtension = true,
  extensionDir = EXTENSION_DIR,
}: LaunchOptions = {}): Promise<Session> {
  const problem = missingPrerequisite();
  if (problem) throw new Error(problem);
  const extensionArgs = withExtension
    ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`]
    : ['--disable-extensions'];
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM,
    headless,
    viewport: { width: 1280, height: 900 },
    args: [
      '--no-sandbox',
      ...extensionArgs,
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-gpu',
      '--disable-quic',
    ],
  });
  const foreign: { url: string; fromExtension: boolean }[] = [];
  const pages = new Map<string, string>();
  const images = new Map<string, { body: Buffer; contentType: string }>();
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'chrome-extension:') return route.continue();
    // The same pages on a host no content script matches: the "without the extension" side of the
    // page-load benchmark, in the same browser.
    if (url.hostname === BASELINE_HOST && pages.has(url.pathname)) {
      return route.fulfill({ body: pages.get(url.pathname)!, contentType: 'text/html; charset=utf-8' });
    }
    if (isImageHost(url.hostname)) {
      const image = images.get(url.href);
      return image ? route.fulfill(image) : route.fulfill({ status: 404, body: '' });
    }
    if (!MARKETPLACE_HOSTS.has(url.hostname)) {
      foreign.push({ url: url.href, fromExtension: !!route.request().serviceWorker() });
      return route.abort();
    }
    // Keys are full URLs without the query, or bare paths on Upwork.
    const page =
      pages.get(`${url.origin}${url.pathname}`) ??
      (url.hostname === 'www.upwork.com' ? pages.get(url.pathname) : undefined);
    if (page !== undefined) return route.fulfill({ body: page, contentType: 'text/html; charset=utf-8' });
    if (url.pathname.startsWith('/profile-portraits/')) return route.fulfill({ body: PNG, contentType: 'image/png' });
    return route.fulfill({ status: 404, body: '' });
  });
  const worker = withExtension
    ? (context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker')))
    : (undefined as unknown as Worker);
  const extensionId = withExtension ? new URL(worker.url()).host : '';
  // The worker exists before its script has run; an evaluation returns only after the top level (where
  // the listeners are registered) has finished.
  if (withExtension) await worker.evaluate(() => true);
  return { context, worker, extensionId, foreign, pages, images, close: () => context.close() };
}

/** The id of the tab showing `url` (the service worker may query tabs on the marketplace's host). */
export async function tabIdOf(s: Session, url: string): Promise<number> {
  return s.worker.evaluate(async (u) => {
    const tabs = await chrome.tabs.query({ url: u.split('?')[0] });
    return tabs[0]?.id ?? -1;
  }, url);
}

export async function toolbarBadge(s: Session, tabId: number): Promise<{ text: string; title: string }> {
  return s.worker.evaluate(
    async (id) => ({
      text: await chrome.action.getBadgeText({ tabId: id }),
      title: await chrome.action.getTitle({ tabId: id }),
    }),
    tabId,
  );
}
