import { afterAll, beforeAll, describe, expect, it } from 'vitest';

declare const chrome: any;
import { fixtureHtml, launch, tabIdOf, type Session } from '../../scripts/chromium';
import { badgeOf, clickInClosedRoot, closedRootHtml } from './closed-root';

const GUEST = 'https://www.linkedin.com/in/alex-sample-0001';
const WALL = 'https://sg.linkedin.com/in/alex-sample-0001';
const SIGNED_IN = 'https://www.linkedin.com/in/alex-sample-0002';

/** The signed-in page of another member: its top card (and "Contact info" link) name that member. */
const signedIn = (slug: string, name: string) =>
  fixtureHtml('linkedin/logged-in-2026.html').replaceAll('alex-sample-0001', slug).replaceAll('Alex Sample', name);

let s: Session;
beforeAll(async () => {
  s = await launch();
  s.pages.set(GUEST, fixtureHtml('linkedin/guest-dom-2026.html'));
  s.pages.set(WALL, fixtureHtml('linkedin/authwall-2026.html'));
  // The saved page names its member (alex-sample-0001): served at another address, it names that one.
  s.pages.set(SIGNED_IN, signedIn('alex-sample-0002', 'Alex Sample'));
});
afterAll(async () => {
  await s?.close();
});

const popupText = async (url: string) => {
  const popup = await s.context.newPage();
  await popup.goto(`chrome-extension://${s.extensionId}/popup.html?tabId=${await tabIdOf(s, url)}`);
  return popup;
};

describe('LinkedIn in Chromium with the extension', () => {
  it('a guest profile gets a badge that says nothing was found and how much could not be checked', async () => {
    const page = await s.context.newPage();
    await page.goto(GUEST);
    const badge = await badgeOf(page);
    await expect.poll(() => badge.getAttribute('data-level', { timeout: 1000 }), { timeout: 15_000 }).toBe('none');
    // The badge's words say how much could not be checked (a hiring manager's review: "No red flags" alone over the checks a
    // LinkedIn page cannot give read as a clean result); in full in its tooltip and label (and the popup, below).
    expect(await badge.textContent({ timeout: 1000 })).toMatch(/^⚑ No red flags · \d+ not checked$/);
    expect(await badge.getAttribute('title', { timeout: 1000 })).toMatch(/^No red flags · \d+ checks could not run$/);
    expect(await badge.getAttribute('aria-label', { timeout: 1000 })).toMatch(
      /No red flags · \d+ checks could not run/,
    );
    const popup = await popupText(GUEST);
    await expect
      .poll(() => popup.locator('.rfr-unchecked').textContent({ timeout: 1000 }))
      .toContain('This page does not show when the account was created, so its age could not be checked');
  });

  it('signed in, where the name sits inside its link, the badge goes after the link and opens by click', async () => {
    const page = await s.context.newPage();
    await page.goto(SIGNED_IN);
    await badgeOf(page);
    // The badge's host element is outside every link, button and label of the page.
    expect(
      await page.evaluate(
        () => !!document.querySelector('red-flag-radar-badge')?.parentElement?.closest('a, button, label'),
      ),
    ).toBe(false);
    await clickInClosedRoot(page, '.rfr-badge');
    await expect.poll(() => closedRootHtml(page), { timeout: 10_000 }).toContain('class="rfr-panel"');
    expect(page.url()).toBe(SIGNED_IN); // the click opened the panel, it did not follow the name's link
  });

  it('the sign-in wall is not a profile: no badge, the popup says so', async () => {
    const page = await s.context.newPage();
    await page.goto(WALL);
    const popup = await popupText(WALL);
    await expect
      .poll(() => popup.locator('main').textContent({ timeout: 1000 }), { timeout: 15_000 })
      .toContain('This is a sign-in page of LinkedIn: it shows no profile, so there is nothing to check.');
    expect(await page.locator('red-flag-radar-badge').count()).toBe(0);
    // The page was read and judged, not skipped: the background holds an analysis for the tab.
    const state = await s.worker.evaluate(
      async (id) => (await chrome.storage.session.get('tabs')).tabs?.[id],
      await tabIdOf(s, WALL),
    );
    expect(state).toMatchObject({ kind: 'analysis', analysis: { status: 'not-a-profile', findings: [] } });
  });

  it('an in-app move to another member is read once the new member renders, never as the previous one', async () => {
    const NEXT = 'https://www.linkedin.com/in/bea-other-0004';
    const page = await s.context.newPage();
    await page.goto(SIGNED_IN);
    await badgeOf(page);
    const html = signedIn('bea-other-0004', 'Bea Other');
    // As the app does: the address first, the new member's card after its fetch.
    await page.evaluate((h) => {
      history.pushState({}, '', '/in/bea-other-0004');
      // The saved page requires Trusted Types (its CSP allows a policy named "dompurify").
      const policy = (window as any).trustedTypes.createPolicy('dompurify', { createHTML: (x: string) => x });
      const next = new DOMParser().parseFromString(policy.createHTML(h), 'text/html').body;
      setTimeout(() => {
        document.title = 'Bea Other | LinkedIn';
        document.body.replaceChildren(...next.childNodes);
      }, 1500);
    }, html);
    const analysis = async () =>
      (await s.worker.evaluate(
        async (id) => (await chrome.storage.session.get('tabs')).tabs?.[id]?.analysis,
        await tabIdOf(s, NEXT),
      )) ?? null;
    await expect.poll(async () => (await analysis())?.profile?.name ?? null, { timeout: 20_000 }).toBe('Bea Other');
    expect([(await analysis())?.status, (await analysis())?.missing]).toEqual(['ok', []]);
    // Nothing was kept under Bea's address with Alex's name.
    const names = await s.worker.evaluate(async () => {
      const open = indexedDB.open('red-flag-radar');
      const db: IDBDatabase = await new Promise((r) => (open.onsuccess = () => r(open.result)));
      const all: any[] = await new Promise((r) => {
        const q = db.transaction('profiles').objectStore('profiles').getAll();
        q.onsuccess = () => r(q.result);
      });
      db.close();
      return all.filter((e) => e.key === 'linkedin:bea-other-0004').map((e) => e.profile?.name);
    });
    expect(names).toEqual(['Bea Other']);
    await page.close();
  });
});
