/**
 * Hostile pages in Chromium (hfix19, the reproductions in an attacker review): message markers follow a message
 * whose text changes in place (3), a cover letter is read beside a chat message (4), a page that never stops
 * changing still gets its messages read (6), the badge comes back when the site renders the name anew (7), and a
 * marker inside a link opens its findings instead of following the link (8).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureHtml, launch, type Session } from '../../scripts/chromium';
import { marked, markersOf, readCount } from './message-markers';
import { PERSONA } from './panel';

let s: Session;
const ROOM = 'https://www.upwork.com/ab/messages/rooms/room_hfix19';
const PROPOSAL = 'https://www.upwork.com/nx/proposals/1234567890';
const APPLICANTS = 'https://www.upwork.com/ab/applicants/1234567890/applicants';
const RISKY = 'Please pay me in USDT, it is faster for me. My TRC-20 address: TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t';
const html = (body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Upwork</title></head><body>${body}</body></html>`;

beforeAll(async () => {
  s = await launch();
  s.pages.set(
    ROOM,
    html(`<div class="up-d-story-list">
      <div class="up-d-story-item"><div data-test="story-message" id="m1">Hello! I reviewed your job post.</div></div>
      <div class="up-d-story-item"><div data-test="story-message" id="m2">${RISKY}</div></div>
    </div><span id="clock">0</span>`),
  );
  s.pages.set(
    PROPOSAL,
    html(`<section><div data-test="cover-letter">Hi, I am a senior developer. ${RISKY}</div></section>
      <aside><div class="up-d-story-item"><div data-test="story-message">Thanks for applying! When can you start?</div></div></aside>`),
  );
  s.pages.set(
    APPLICANTS,
    html(`<a class="card" href="/ab/applicants/1234567890/applicants?open=1" style="display:block"><h4>Jane D.</h4>
      <div data-test="cover-letter">${RISKY}</div></a>`),
  );
  s.pages.set('/freelancers/~01f0e1d2c3b4a59687', fixtureHtml('upwork/red-flags-persona.html', 20));
});
afterAll(async () => {
  await s?.close();
});

/** Badges in closed shadow roots, as the DevTools protocol sees them. */
async function closedBadges(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
  let n = 0;
  const walk = (x: any) => {
    if (x.localName === 'red-flag-radar-badge' && x.shadowRoots?.[0]?.shadowRootType === 'closed') n++;
    for (const c of [...(x.children ?? []), ...(x.shadowRoots ?? [])]) walk(c);
  };
  walk(root);
  await cdp.detach();
  return n;
}

describe('hostile pages in Chromium', () => {
  it('a message whose text changes in place gets its marker and highlights replaced, and is counted once', async () => {
    const page = await s.context.newPage();
    await page.goto(ROOM);
    const markers = markersOf(page);
    await expect.poll(() => markers.count(), { timeout: 15_000 }).toBe(1);
    await expect.poll(() => readCount(s, ROOM)).toBe(2);
    const edit = (text: string) =>
      page.evaluate((t) => void ((document.getElementById('m2')!.firstChild as Text).data = t), text);
    await edit('Thanks for the feedback, I will send the first draft on Friday as agreed here on Upwork.');
    await expect.poll(() => markers.count(), { timeout: 10_000 }).toBe(0);
    expect(await marked(page)).toEqual([]);
    await edit('Please install AnyDesk so I can work on your machine. Send me the ID and the password.');
    await expect.poll(() => markers.count(), { timeout: 10_000 }).toBe(1);
    await page.waitForTimeout(1500);
    expect(await markers.count()).toBe(1);
    expect((await marked(page)).join(' ')).toContain('AnyDesk');
    expect((await marked(page)).join(' ')).not.toContain('USDT');
    expect(await readCount(s, ROOM)).toBe(2);
    await page.close();
  });

  it('a new message is read while the page changes every 200 ms', async () => {
    const page = await s.context.newPage();
    await page.goto(ROOM);
    const markers = markersOf(page);
    await expect.poll(() => markers.count(), { timeout: 15_000 }).toBe(1);
    await page.evaluate(() => {
      let n = 0;
      setInterval(() => (document.getElementById('clock')!.textContent = String(++n)), 200);
      const item = document.createElement('div');
      item.className = 'up-d-story-item';
      const body = document.createElement('div');
      body.dataset.test = 'story-message';
      body.textContent = 'Could you install AnyDesk so I can work on your machine? Send me the ID and password.';
      item.append(body);
      document.querySelector('.up-d-story-list')!.append(item);
    });
    await expect.poll(() => markers.count(), { timeout: 6_000 }).toBe(2);
    await page.close();
  });

  it('a cover letter is read beside a chat message', async () => {
    const page = await s.context.newPage();
    await page.goto(PROPOSAL);
    await expect.poll(() => markersOf(page).count(), { timeout: 15_000 }).toBe(1);
    await expect.poll(() => readCount(s, PROPOSAL)).toBe(2);
    await page.close();
  });

  it('a marker of a message inside a link sits after the link and opens its findings', async () => {
    const page = await s.context.newPage();
    await page.goto(APPLICANTS);
    const marker = markersOf(page);
    await expect.poll(() => marker.count(), { timeout: 15_000 }).toBe(1);
    expect(await page.evaluate(() => !!document.querySelector('a red-flag-radar-message'))).toBe(false);
    await marker.click();
    await page.locator('red-flag-radar-message .rfr-panel').waitFor();
    expect(page.url()).toBe(APPLICANTS);
    await page.close();
  });

  it('the badge comes back when the site renders the name’s block anew, at once or a moment later', async () => {
    const page = await s.context.newPage();
    await page.goto(PERSONA);
    await expect.poll(() => closedBadges(page), { timeout: 15_000 }).toBe(1);
    // Rendered anew in one go.
    await page.evaluate(() => {
      const block = document.querySelector('[itemprop="name"]')!.parentElement!;
      block.querySelector('red-flag-radar-badge')?.remove();
      block.replaceChildren(...(block.cloneNode(true) as Element).childNodes);
    });
    await expect.poll(() => closedBadges(page), { timeout: 5_000 }).toBe(1);
    // Emptied, then filled again half a second later (a framework hydrating).
    await page.evaluate(() => {
      const block = document.querySelector('[itemprop="name"]')!.parentElement!;
      const copy = block.cloneNode(true) as Element;
      copy.querySelector('red-flag-radar-badge')?.remove();
      block.replaceChildren();
      setTimeout(() => block.replaceChildren(...copy.childNodes), 500);
    });
    await expect.poll(() => closedBadges(page), { timeout: 5_000 }).toBe(1);
    await page.waitForTimeout(1000);
    expect(await closedBadges(page)).toBe(1);
    await page.close();
  });
});
