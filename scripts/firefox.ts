/**
 * Launches Debian's Firefox ESR with the Firefox build of the extension, driven over WebDriver BiDi by
 * puppeteer-core (the add-on is installed as a temporary add-on, as about:debugging does).
 *
 * Every request Firefox makes — the page's and the extension's background alike — goes through a proxy on
 * 127.0.0.1 that answers from fixtures. HTTPS is terminated there with a throw-away self-signed certificate
 * (made by openssl per run; the BiDi session accepts it), so a saved page is served at its real address
 * (https://www.upwork.com/…) and the content script sees the real URL. Anything not routed is recorded and
 * refused, so a test can assert that nothing left the machine.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { isPermittedUrl } from '../lib/sites/hosts';

// Evaluated in the extension's pages, where `browser` exists.
declare const browser: any;

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const FIREFOX_EXTENSION_DIR = join(process.env.RFR_OUT_DIR ?? join(ROOT, '.output'), 'firefox-mv3');
/** The add-on's id (browser_specific_settings.gecko.id in wxt.config.ts). */
export const GECKO_ID = 'red-flag-radar@redflagradar.invalid';
/** Firefox gives each add-on a random internal UUID; the profile fixes ours so pages have a known address. */
export const EXTENSION_UUID = '5f1e0c7a-2b4d-4c8e-9a61-3d7f0b2e4c19';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

export function missingFirefoxPrerequisite(): string | undefined {
  if (!existsSync(FIREFOX)) {
    return `Firefox is not installed at ${FIREFOX}. Install it with: sudo apt-get update && sudo apt-get install -y firefox-esr (or set FIREFOX_PATH).`;
  }
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
  } catch {
    return 'openssl is needed for the test proxy’s certificate. Install it with: sudo apt-get install -y openssl';
  }
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    return 'The Firefox build is missing: run npx wxt build -b firefox --mv3 first (npm run test:firefox does).';
  }
  return undefined;
}

export interface FirefoxSession {
  browser: Browser;
  /** Full URLs (without the query) → HTML. */
  pages: Map<string, string>;
  /** Full URLs → image bytes, for the marketplaces' image hosts. */
  images: Map<string, { body: Buffer; contentType: string }>;
  /** Requests to anything but the routed marketplaces and their image hosts (refused). */
  foreign: string[];
  /** Every request the proxy answered, in order (full URLs). */
  served: string[];
  close(): Promise<void>;
}

export interface FirefoxOptions {
  /** Extra Firefox preferences for this run. */
  prefs?: Record<string, string | number | boolean>;
}

/** A self-signed certificate for the proxy's TLS side, made for this run only. */
function certificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'rfr-firefox-cert-'));
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-days',
        '2',
        '-subj',
        '/CN=red-flag-radar test proxy',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function launchFirefox({ prefs = {} }: FirefoxOptions = {}): Promise<FirefoxSession> {
  const problem = missingFirefoxPrerequisite();
  if (problem) throw new Error(problem);
  const pages = new Map<string, string>();
  const images = new Map<string, { body: Buffer; contentType: string }>();
  const foreign: string[] = [];
  const served: string[] = [];

  const answer = (req: IncomingMessage, res: ServerResponse, url: URL) => {
    served.push(url.href);
    const key = `${url.origin}${url.pathname}`;
    if (url.protocol === 'https:' && isPermittedUrl(url.href)) {
      const page = pages.get(key);
      if (page !== undefined) {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        return res.end(page);
      }
      const image = images.get(url.href) ?? images.get(key);
      if (image) {
        res.writeHead(200, { 'content-type': image.contentType, 'content-length': image.body.length });
        return res.end(image.body);
      }
      res.writeHead(404);
      return res.end();
    }
    foreign.push(url.href);
    res.writeHead(403);
    res.end();
  };

  // TLS side: CONNECTed sockets are handed to this server, which sees the request as the site would.
  const tls = createHttpsServer(certificate(), (req, res) =>
    answer(req, res, new URL(req.url ?? '/', `https://${req.headers.host}`)),
  );
  const proxy = createHttpServer((req, res) => answer(req, res, new URL(req.url ?? '/', `http://${req.headers.host}`)));
  proxy.on('connect', (_req: IncomingMessage, socket: Socket, head: Buffer) => {
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    if (head.length) socket.unshift(head);
    tls.emit('connection', socket);
  });
  const sockets = new Set<Socket>();
  proxy.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const port = (proxy.address() as AddressInfo).port;

  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // Lets the session open the add-on's own pages (moz-extension://) in tabs, as a user opening the popup does.
    args: ['--remote-allow-system-access'],
    acceptInsecureCerts: true,
    // Firefox's own remote-settings polling would go through the proxy as foreign requests: it is pointed at
    // nothing, which release builds allow only with this variable (also how Mozilla's test harnesses run).
    env: { ...process.env, MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' },
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': port,
      'network.proxy.no_proxies_on': '',
      'network.dns.disableIPv6': true,
      'services.settings.server': 'data:,#remote-settings-dummy/v1',
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      ...prefs,
    },
  });
  try {
    const id = await browser.installExtension(FIREFOX_EXTENSION_DIR);
    if (id !== GECKO_ID) throw new Error(`installed add-on has id ${id}, expected ${GECKO_ID}`);
  } catch (e) {
    await browser.close();
    proxy.close();
    throw e;
  }
  return {
    browser,
    pages,
    images,
    foreign,
    served,
    async close() {
      await browser.close().catch(() => {});
      for (const s of sockets) s.destroy();
      await new Promise((r) => proxy.close(r));
    },
  };
}

/** BiDi's own connection (puppeteer-core keeps it on the browser) for what puppeteer does not wrap. */
function bidi(page: Page): { send(method: string, params: object): Promise<{ result: any }> } {
  return (page.browser() as unknown as { connection: { send(m: string, p: object): Promise<{ result: any }> } })
    .connection;
}

function contextOf(page: Page): string {
  return (page.mainFrame() as unknown as { _id: string })._id;
}

/**
 * Opens one of the add-on's pages (popup.html, profiles.html, …) in `page`. puppeteer's goto waits for
 * navigation events that Firefox does not send for moz-extension pages, so the navigation is BiDi's own.
 */
export async function openExtensionPage(page: Page, path: string): Promise<void> {
  await bidi(page).send('browsingContext.navigate', {
    context: contextOf(page),
    url: `${EXTENSION_ORIGIN}/${path}`,
    wait: 'complete',
  });
}

/** A new tab showing the add-on's page `path`. */
export async function extensionPage(s: FirefoxSession, path: string): Promise<Page> {
  const page = await s.browser.newPage();
  await openExtensionPage(page, path);
  return page;
}

/** Runs `fn` in an extension page (where `browser` is the WebExtension API), opened for the call. */
export async function inExtension<T, A>(s: FirefoxSession, fn: (arg: A) => Promise<T> | T, arg: A): Promise<T> {
  const page = await extensionPage(s, 'popup.html');
  try {
    return (await page.evaluate(fn as any, arg)) as T;
  } finally {
    await page.close();
  }
}

/** The id of the tab showing `url` (asked of the WebExtension API in an extension page). */
export async function tabIdOf(s: FirefoxSession, url: string): Promise<number> {
  return inExtension(
    s,
    async (u: string) => {
      const tabs = await browser.tabs.query({ url: u.split('?')[0] });
      return (tabs[0]?.id as number | undefined) ?? -1;
    },
    url,
  );
}

/** The popup for the tab showing `url`, opened in a tab as the toolbar button opens it beside that tab. */
export async function popupFor(s: FirefoxSession, url: string): Promise<Page> {
  const tabId = await tabIdOf(s, url);
  return extensionPage(s, `popup.html?tabId=${tabId}`);
}

export async function toolbarBadge(s: FirefoxSession, tabId: number): Promise<{ text: string; title: string }> {
  return inExtension(
    s,
    async (id: number) => ({
      text: (await browser.action.getBadgeText({ tabId: id })) as string,
      title: (await browser.action.getTitle({ tabId: id })) as string,
    }),
    tabId,
  );
}

/**
 * The badge's shadow root is closed: no page script can reach it. BiDi serialises closed roots when asked
 * (includeShadowTree: "all"), and the root's handle can then be passed to a function run in the page —
 * the test gets in the way no page can. Undefined while there is no badge.
 */
async function badgeRoot(page: Page): Promise<string | undefined> {
  const { result } = await bidi(page).send('script.callFunction', {
    functionDeclaration: '() => document.querySelector("red-flag-radar-badge")',
    awaitPromise: false,
    target: { context: contextOf(page) },
    serializationOptions: { includeShadowTree: 'all', maxDomDepth: 0 },
  });
  if (result.type === 'exception') throw new Error(result.exceptionDetails?.text ?? 'script error');
  const root = result.result?.value?.shadowRoot;
  return root?.value?.mode === 'closed' ? (root.sharedId as string) : undefined;
}

/**
 * Runs `fn` (a self-contained function: it is sent as source) on the badge's closed shadow root with a
 * JSON-able `arg`; its JSON-able result, or undefined while there is no badge.
 */
export async function inBadge<T, A = null>(
  page: Page,
  fn: (root: ShadowRoot, arg: A) => T | Promise<T>,
  arg?: A,
): Promise<T | undefined> {
  const root = await badgeRoot(page);
  if (!root) return undefined;
  const { result } = await bidi(page).send('script.callFunction', {
    functionDeclaration: `async (root, arg) => JSON.stringify((await (${fn.toString()})(root, JSON.parse(arg))) ?? null)`,
    awaitPromise: true,
    target: { context: contextOf(page) },
    arguments: [{ sharedId: root }, { type: 'string', value: JSON.stringify(arg ?? null) }],
  });
  if (result.type === 'exception') throw new Error(result.exceptionDetails?.text ?? 'script error');
  return JSON.parse(result.result.value as string) as T;
}

/** An attribute of the badge button, or null while there is none. */
export async function badgeAttr(page: Page, name: string): Promise<string | null> {
  try {
    const value = await inBadge(page, (root, n: string) => root.querySelector('.rfr-badge')?.getAttribute(n), name);
    return value ?? null;
  } catch {
    return null;
  }
}

/** The text of the element matching `selector` in the badge's shadow root, or null. */
export async function badgeText(page: Page, selector: string): Promise<string | null> {
  try {
    return (await inBadge(page, (root, sel: string) => root.querySelector(sel)?.textContent ?? null, selector)) ?? null;
  } catch {
    return null;
  }
}

/**
 * Clicks, with the mouse as a user does, the element matching `selector` in the badge's shadow root. The
 * element is scrolled into view and measured once it has stopped moving: a saved page's lazy images load as
 * they come into view and push the badge down (and Firefox scrolls asynchronously).
 */
export async function clickInBadge(page: Page, selector: string): Promise<void> {
  const box = await inBadge(
    page,
    async (root, sel: string) => {
      const el = root.querySelector(sel);
      if (!el) return null;
      const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      let last = '';
      for (let i = 0, still = 0; i < 40 && still < 3; i++) {
        el.scrollIntoView({ block: 'center' });
        await frame();
        await new Promise((r) => setTimeout(r, 50));
        const r = el.getBoundingClientRect();
        const now = `${r.left},${r.top},${scrollY}`;
        still = now === last ? still + 1 : 0;
        last = now;
      }
      const r = el.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    },
    selector,
  );
  if (!box) throw new Error(`no ${selector} in the badge`);
  await page.mouse.click(box.x, box.y);
}
