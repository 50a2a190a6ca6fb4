/**
 * What the host page can see of the user's private memory (issue 14, defect 2). Bob's profile shares a
 * Telegram handle with Alice's, seen earlier (a cross-profile finding naming Alice), and the user wrote a
 * private note on Bob in the history page. On Bob's page, the page's own scripts — everything here runs in
 * the page's main world, as the marketplace's scripts do — must get `null` for the badge's shadow root, must
 * not be able to steal it by patching attachShadow before the extension runs, and must find neither the note
 * nor Alice's name or URL anywhere they can reach: before the panel is opened and after.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, tabIdOf, type Session } from '../../scripts/chromium';
import { githubPage } from '../helpers';
import { badgeOf, clickInClosedRoot, closedRootHtml, reveal } from './closed-root';

const NOTE = 'Private note 7f3a: met him on a video call';
const SECRETS = [NOTE, 'Alice Example', 'github.com/alice'];
const BOB = 'https://github.com/bob';

let s: Session;
const github = (login: string, id: string, name: string) =>
  githubPage(login, id, name).replace(/@\w+_tg/, '@team_shared_tg');

beforeAll(async () => {
  s = await launch();
  s.pages.set('https://github.com/alice', github('alice', '90000011', 'Alice Example'));
  s.pages.set(BOB, github('bob', '90000022', 'Bob Other'));
  // The memory: Alice, then Bob (through the badge, as in history.e2e.ts), then a note on Bob.
  for (const url of [...s.pages.keys()]) {
    const page = await s.context.newPage();
    await page.goto(url);
    await badgeOf(page);
    await page.close();
  }
  const history = await s.context.newPage();
  await history.goto(`chrome-extension://${s.extensionId}/profiles.html`);
  const bob = history.locator('tbody tr', { hasText: 'Bob Other' });
  await bob.getByRole('button', { name: 'Details' }).click();
  const details = history.locator('.rfr-profile-details');
  await details.locator('textarea').fill(NOTE);
  await details.getByRole('button', { name: 'Save note' }).click();
  await details.getByText(NOTE).waitFor();
  await history.close();
});
afterAll(async () => {
  await s?.close();
});

/** Everything the page's scripts can read that the extension might have put in reach, as one string. */
function whatThePageSees(page: Page) {
  return page.evaluate(() => {
    const host = document.querySelector('red-flag-radar-badge');
    const w = window as unknown as { __stolenRoots?: ShadowRoot[]; __received?: string[] };
    const own = Object.getOwnPropertyNames(window).filter((k) => !/^(?:__stolenRoots|__received)$/.test(k));
    const values = own.map((k) => {
      try {
        const v = (window as unknown as Record<string, unknown>)[k];
        return typeof v === 'string' ? v : '';
      } catch {
        return '';
      }
    });
    return {
      hasHost: !!host,
      shadowRoot: host ? host.shadowRoot : 'no host',
      stolen: (w.__stolenRoots ?? []).map((r) => r.innerHTML),
      everything: [
        document.documentElement.outerHTML,
        document.documentElement.innerText,
        host?.textContent ?? '',
        ...(w.__received ?? []),
        document.title,
        document.cookie,
        window.name,
        JSON.stringify(history.state),
        JSON.stringify({ ...localStorage }),
        JSON.stringify({ ...sessionStorage }),
        ...performance.getEntries().map((e) => e.name),
        ...own,
        ...values,
      ].join('\n'),
    };
  });
}

describe('the host page and the user’s private memory', () => {
  it('cannot reach the badge, nor read the note or another profile before or after the panel is opened', async () => {
    const page = await s.context.newPage();
    // A hostile marketplace script, first on the page: tries to force every shadow root open and keep it,
    // and records every message and event that reaches the page.
    await page.addInitScript(() => {
      const w = window as unknown as { __stolenRoots: ShadowRoot[]; __received: string[] };
      w.__stolenRoots = [];
      w.__received = [];
      const attach = Element.prototype.attachShadow;
      Element.prototype.attachShadow = function (init: ShadowRootInit) {
        const root = attach.call(this, { ...init, mode: 'open' });
        w.__stolenRoots.push(root);
        return root;
      };
      addEventListener('message', (e) => w.__received.push(JSON.stringify(e.data)));
      for (const type of ['click', 'keydown', 'focusin', 'toggle'])
        addEventListener(type, (e) => w.__received.push(`${type} ${(e.target as Element)?.localName}`), true);
    });
    await page.goto(BOB);
    // The badge is there (its host is in the page's DOM) once the analysis arrived.
    await expect
      .poll(() => page.evaluate(() => !!document.querySelector('red-flag-radar-badge')), { timeout: 15_000 })
      .toBe(true);
    // The analysis does hold the shared contact with Alice (the toolbar counts it).
    expect(
      await s.worker.evaluate(
        async (id) => (await chrome.storage.session.get('tabs')).tabs?.[id],
        await tabIdOf(s, BOB),
      ),
    ).toMatchObject({
      kind: 'analysis',
      analysis: { findings: expect.arrayContaining([expect.objectContaining({ rule: 'shared-contact' })]) },
    });

    const before = await whatThePageSees(page);
    expect(before.hasHost).toBe(true);
    expect(before.shadowRoot).toBeNull();
    expect(before.stolen).toEqual([]);
    for (const secret of SECRETS) expect(before.everything).not.toContain(secret);
    // Not even inside the closed root, until the user asks: the panel is not rendered in advance.
    const closedBefore = await closedRootHtml(page);
    expect(closedBefore).toContain('rfr-badge');
    for (const secret of SECRETS) expect(closedBefore).not.toContain(secret);
    // The page's own click on the badge's host opens nothing.
    await page.evaluate(() => (document.querySelector('red-flag-radar-badge') as HTMLElement).click());
    expect(await closedRootHtml(page)).not.toContain('class="rfr-panel"');

    // The user opens the panel: it shows the note and the cross-profile evidence, still out of the page's reach.
    await clickInClosedRoot(page, '.rfr-badge');
    await expect.poll(() => closedRootHtml(page), { timeout: 10_000 }).toContain(NOTE);
    expect(await closedRootHtml(page)).toContain('Alice Example');
    const after = await whatThePageSees(page);
    expect(after.shadowRoot).toBeNull();
    expect(after.stolen).toEqual([]);
    for (const secret of SECRETS) expect(after.everything).not.toContain(secret);
    // Revealed to the test alone (tests/e2e/closed-root.ts), the panel is the one the other tests use.
    await reveal(page);
    expect(await page.locator('red-flag-radar-badge .rfr-panel [data-rule="shared-contact"]').textContent()).toContain(
      '“Alice Example”',
    );
    await page.close();
  });
});

declare const chrome: any;
