/**
 * Message views in Chromium (hand-written LinkedIn thread and Upwork room): the risky sentences are
 * highlighted in place through the CSS Custom Highlight API, the page's own DOM inside the messages is
 * unchanged, and a marker after each flagged message opens its findings.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureHtml, launch, type Session } from '../../scripts/chromium';

let s: Session;
const LINKEDIN = 'https://www.linkedin.com/messaging/thread/2-abc/';
const UPWORK = 'https://www.upwork.com/ab/messages/rooms/room_abc';

beforeAll(async () => {
  s = await launch();
  s.pages.set(LINKEDIN, fixtureHtml('messages/linkedin-thread-hand-written.html'));
  s.pages.set(UPWORK, fixtureHtml('messages/upwork-room-hand-written.html'));
});
afterAll(async () => {
  await s?.close();
});

describe('message views in Chromium', () => {
  it('LinkedIn: highlights the risky sentences in place and marks the two flagged messages', async () => {
    const page = await s.context.newPage();
    await page.goto(LINKEDIN);
    const before = await page.locator('.msg-s-event-listitem__body').evaluateAll((els) => els.map((e) => e.innerHTML));
    const markers = page.locator('red-flag-radar-message .rfr-badge');
    await expect.poll(() => markers.count(), { timeout: 15_000 }).toBe(2);
    const highlighted = await page.evaluate(() =>
      [...((CSS as any).highlights.get('rfr-flag') ?? [])].map((r: Range) => r.toString().replace(/\s+/g, ' ')),
    );
    expect(highlighted).toEqual(
      expect.arrayContaining([
        "My camera is broken at the moment, so let's keep it to chat.",
        'Please send the laptop to my friend in Atlanta, he will forward it to me.',
      ]),
    );
    expect(highlighted.join(' ')).not.toContain('We never pay in crypto');
    // The messages' own markup is untouched (the markers sit after them, in shadow roots).
    expect(await page.locator('.msg-s-event-listitem__body').evaluateAll((els) => els.map((e) => e.innerHTML))).toEqual(
      before,
    );
    await markers.first().click();
    const panel = page.locator('red-flag-radar-message .rfr-panel');
    await panel.waitFor();
    expect(await panel.locator('[data-rule="avoids-video"]').count()).toBe(1);
    expect(await panel.locator('[data-rule="move-off-platform"]').count()).toBe(1);
  });

  it('Upwork: a message added later by the chat is checked too', async () => {
    const page = await s.context.newPage();
    await page.goto(UPWORK);
    const markers = page.locator('red-flag-radar-message .rfr-badge');
    await expect.poll(() => markers.count(), { timeout: 15_000 }).toBe(2);
    await page.evaluate(() => {
      const item = document.createElement('div');
      item.className = 'up-d-story-item';
      const body = document.createElement('div');
      body.dataset.test = 'story-message';
      body.textContent = 'Could you install AnyDesk so I can work on your machine?';
      item.append(body);
      document.querySelector('.up-d-story-list')!.append(item);
    });
    await expect.poll(() => markers.count(), { timeout: 10_000 }).toBe(3);
    expect(s.foreign.filter((r) => r.fromExtension)).toEqual([]);
  });
});
