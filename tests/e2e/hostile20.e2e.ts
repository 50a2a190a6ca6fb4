/**
 * hostile20's page defects in Chromium (each failed on main's build): a cover letter whose request comes after
 * 20,000 characters of padding was read only up to there; a request followed by 220 short messages was never looked
 * at (only the last 200 message elements were); one message with a combining grapheme joiner (U+034F) made the
 * background's whole batch throw, so no message of the page was marked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Session } from '../../scripts/chromium';
import { marked, markersOf, readCount } from './message-markers';

let s: Session;
const PROPOSAL = 'https://www.upwork.com/nx/proposals/2020202020';
const LONG_ROOM = 'https://www.upwork.com/ab/messages/rooms/room_hostile20_long';
const CGJ_ROOM = 'https://www.upwork.com/ab/messages/rooms/room_hostile20_cgj';
const RISKY = 'Please pay me in USDT, it is faster for me. My TRC-20 address: TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t';
const html = (body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Upwork</title></head><body>${body}</body></html>`;
const row = (text: string) => `<div class="up-d-story-item"><div data-test="story-message">${text}</div></div>`;

beforeAll(async () => {
  s = await launch();
  const padding = '<p>I have built many web shops with React and Node over the years.</p>'.repeat(400);
  s.pages.set(PROPOSAL, html(`<section><div data-test="cover-letter">${padding}<p>${RISKY}</p></div></section>`));
  s.pages.set(
    LONG_ROOM,
    html(
      `<div class="up-d-story-list">${row(RISKY)}${Array.from({ length: 220 }, (_, i) => row(`ok ${i}`)).join('')}</div>`,
    ),
  );
  s.pages.set(
    CGJ_ROOM,
    html(
      `<div class="up-d-story-list">${row('Let’s talk on Tele\u034fgram: @mika_dev77, it is easier.')}${row(RISKY)}</div>`,
    ),
  );
});
afterAll(async () => {
  await s?.close();
});

describe('hostile20 pages in Chromium', () => {
  it('a request after 20,000 characters of a cover letter is marked, and the letter counted once', async () => {
    const page = await s.context.newPage();
    await page.goto(PROPOSAL);
    await expect.poll(() => markersOf(page).count(), { timeout: 15_000 }).toBe(1);
    expect(await marked(page)).toContain('Please pay me in USDT, it is faster for me.');
    await expect.poll(() => readCount(s, PROPOSAL)).toBe(1);
    await page.close();
  });

  it('a request followed by 220 short messages is marked, and all 221 are read', async () => {
    const page = await s.context.newPage();
    await page.goto(LONG_ROOM);
    await expect.poll(() => markersOf(page).count(), { timeout: 15_000 }).toBe(1);
    await expect.poll(() => readCount(s, LONG_ROOM)).toBe(221);
    await page.close();
  });

  it('a message with a combining grapheme joiner is marked, and so is the one beside it', async () => {
    const page = await s.context.newPage();
    await page.goto(CGJ_ROOM);
    await expect.poll(() => markersOf(page).count(), { timeout: 15_000 }).toBe(2);
    await page.close();
  });
});
