/**
 * The conversation's summary on a message page, in Chromium (hm20 report, point 2): above the first message
 * shown, how many of the messages read match a red flag, the worst level, each red flag once (a button to its
 * message) and the notes apart; it follows the chat as messages come and go, and the page's messages keep their
 * markup; the toolbar icon counts the thread's red flags. With UPDATE_SCREENSHOTS=1 it writes docs/screenshots/message-thread-<lang>-<width>.png.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureHtml, launch, tabIdOf, toolbarBadge, type Session } from '../../scripts/chromium';
import { seriousViolations } from './axe';
import { setLanguage } from './panel';

declare const chrome: any;

let s: Session;
const LINKEDIN = 'https://www.linkedin.com/messaging/thread/2-abc/';
const UPWORK = 'https://www.upwork.com/ab/messages/rooms/room_abc';
const QUIET = 'https://www.upwork.com/ab/messages/rooms/room_quiet';

beforeAll(async () => {
  s = await launch();
  s.pages.set(LINKEDIN, fixtureHtml('messages/linkedin-thread-hand-written.html'));
  s.pages.set(UPWORK, fixtureHtml('messages/upwork-room-hand-written.html'));
  s.pages.set(
    QUIET,
    fixtureHtml('messages/upwork-room-hand-written.html')
      .replace(/Please pay me in USDT[^<]*/, 'Thanks, I will send the first draft on Friday.')
      .replace(/My account was suspended[^<]*/, 'Could we talk about the timeline tomorrow?'),
  );
});
afterAll(async () => {
  await setLanguage(s, 'en').catch(() => {});
  await s?.close();
});

const summary = (page: Page) => page.locator('red-flag-radar-thread .rfr-thread');
const attrs = (page: Page) =>
  summary(page).evaluate((e) => ({
    level: e.getAttribute('data-level'),
    flagged: e.getAttribute('data-flagged'),
    noted: e.getAttribute('data-noted'),
    read: e.getAttribute('data-read'),
  }));

describe('the conversation summary', () => {
  it.each(['en', 'de'] as const)(
    'LinkedIn: above the first message, the whole thread at a glance (%s)',
    async (lang) => {
      await setLanguage(s, lang);
      const page = await s.context.newPage();
      await page.setViewportSize({ width: 1280, height: 700 });
      await page.goto(LINKEDIN);
      await summary(page).waitFor({ timeout: 15_000 });
      await expect.poll(() => page.locator('red-flag-radar-message .rfr-badge').count(), { timeout: 10_000 }).toBe(2);
      expect(await attrs(page)).toEqual({ level: 'high', flagged: '1', noted: '1', read: '4' });
      // Before the first message's row, in the list.
      const before = await page.evaluate(() => {
        const host = document.querySelector('red-flag-radar-thread')!;
        return [host.parentElement!.className, host.nextElementSibling!.textContent!.trim().slice(0, 10)];
      });
      expect(before).toEqual(['msg-s-message-list-content', 'Sam Client']);
      const head = (await summary(page).locator('.rfr-thread-head').innerText()).replace(/\s+/g, ' ').trim();
      const items = await summary(page).locator('.rfr-thread-go').allInnerTexts();
      if (lang === 'en') {
        expect(head).toBe('⚑ High 1 of the 4 messages shown matches a red flag · 1 more with a note only');
        expect(items).toEqual([
          'Avoids video calls',
          'Invites moving the conversation off the platform',
          'Note: Asks to ship equipment to another address',
        ]);
      } else {
        expect(head).toBe(
          '⚑ Hoch 1 der 4 gezeigten Nachrichten entspricht einem Warnsignal · 1 weitere nur mit Hinweis',
        );
        expect(items).toHaveLength(3);
        expect(items[2]).toMatch(/^Hinweis: /);
      }
      expect(await seriousViolations(page, 'red-flag-radar-thread')).toEqual([]);
      if (process.env.UPDATE_SCREENSHOTS)
        for (const width of [800, 1280]) {
          await page.setViewportSize({ width, height: 700 });
          await page.waitForTimeout(100);
          await page.screenshot({
            path: `docs/screenshots/message-thread-${lang}-${width}.png`,
            clip: { x: 0, y: 0, width, height: 420 },
          });
        }
      // A red flag's button brings its message into view.
      await page.setViewportSize({ width: 800, height: 200 });
      await page.evaluate(() => scrollTo(0, 0));
      await summary(page).locator('.rfr-thread-note').click();
      await expect
        .poll(() =>
          page.evaluate(() => {
            const last = [...document.querySelectorAll('.msg-s-event-listitem__body')].at(-1)!.getBoundingClientRect();
            return last.top >= 0 && last.bottom <= innerHeight;
          }),
        )
        .toBe(true);
      await page.close();
      await setLanguage(s, 'en');
    },
  );

  it('Upwork: follows the chat — a new risky message counts, and the messages keep their markup', async () => {
    const page = await s.context.newPage();
    await page.goto(UPWORK);
    await summary(page).waitFor({ timeout: 15_000 });
    expect(await attrs(page)).toEqual({ level: 'high', flagged: '1', noted: '1', read: '3' });
    // The toolbar says the same for the tab: its red flags counted, the notes in the title.
    const id = await tabIdOf(s, UPWORK);
    await expect
      .poll(() => toolbarBadge(s, id))
      .toEqual({ text: '1', title: 'Red Flag Radar — High · 1 red flag · 1 note' });
    const html = await page.locator('[data-test="story-message"]').evaluateAll((els) => els.map((e) => e.outerHTML));
    await page.evaluate(() => {
      const item = document.createElement('div');
      item.className = 'up-d-story-item';
      const body = document.createElement('div');
      body.dataset.test = 'story-message';
      body.textContent = 'Could you install AnyDesk and send me the session ID so I can work on your machine?';
      item.append(body);
      document.querySelector('.up-d-story-list')!.append(item);
    });
    await expect.poll(() => attrs(page), { timeout: 10_000 }).toMatchObject({ flagged: '2', read: '4' });
    expect(
      await page.locator('[data-test="story-message"]').evaluateAll((els) => els.slice(0, 3).map((e) => e.outerHTML)),
    ).toEqual(html);
    // The flagged messages leave the page (the chat shows another room in place): the summary goes with them.
    await page.evaluate(() => {
      for (const el of document.querySelectorAll('.up-d-story-item'))
        if (!el.textContent!.includes('Hello')) el.remove();
    });
    await expect.poll(() => page.locator('red-flag-radar-thread').count(), { timeout: 10_000 }).toBe(0);
    await page.close();
  });

  it('a conversation where nothing matched gets no summary (a clean check is not shown as a verdict)', async () => {
    const page = await s.context.newPage();
    await page.goto(QUIET);
    // Read, all three, by the background: what the popup says about this page.
    const id = await tabIdOf(s, QUIET);
    await expect
      .poll(
        () => s.worker.evaluate(async (i) => (await chrome.storage.session.get('tabs')).tabs?.[i]?.messages?.read, id),
        { timeout: 15_000 },
      )
      .toBe(3);
    expect(await page.locator('red-flag-radar-message').count()).toBe(0);
    expect(await page.locator('red-flag-radar-thread').count()).toBe(0);
    await page.close();
  });
});
