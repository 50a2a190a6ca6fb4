/**
 * Message views in Chromium (hand-written LinkedIn thread and Upwork room): the risky sentences are
 * highlighted in place through the CSS Custom Highlight API, the page's own DOM inside the messages is
 * unchanged, and a marker after each flagged message opens its findings.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureHtml, launch, type Session } from '../../scripts/chromium';
import { setLanguage } from './panel';

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
    // Red flags and notes are highlighted apart (notes more quietly); both are risky sentences.
    const marked = (name: string) =>
      page.evaluate(
        (n) => [...((CSS as any).highlights.get(n) ?? [])].map((r: Range) => r.toString().replace(/\s+/g, ' ')),
        name,
      );
    const highlighted = [...(await marked('rfr-flag')), ...(await marked('rfr-note'))];
    expect(highlighted).toEqual(
      expect.arrayContaining([
        "My camera is broken at the moment, so let's keep it to chat.",
        'Please send the documents to my friend in Atlanta, he will forward them to me.',
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

  // A request backed by a wallet address is a red flag; a single bare sentence is a note: a neutral marker.
  it.each(['en', 'de'] as const)('Upwork: a red flag and a note look different, and say why (%s)', async (lang) => {
    await setLanguage(s, lang);
    const page = await s.context.newPage();
    await page.goto(UPWORK);
    const markers = page.locator('red-flag-radar-message .rfr-badge');
    await expect.poll(() => markers.count(), { timeout: 15_000 }).toBe(2);
    const shown = await markers.evaluateAll((els) =>
      els.map((e) => [e.getAttribute('data-level'), e.textContent!.replace(/\s+/g, ' ').trim()]),
    );
    expect(shown).toEqual(
      lang === 'en'
        ? [
            ['high', '⚑ High · 1 red flag'],
            ['none', 'No red flags · 1 note'],
          ]
        : [
            ['high', '⚑ Hoch · 1 Warnsignal'],
            ['none', 'Keine Warnsignale · 1 Hinweis'],
          ],
    );
    // Each marker's panel, one at a time (an open panel covers the messages below it).
    const reasons: string[] = [];
    for (const [i, grade] of [
      [0, 'flag'],
      [1, 'note'],
    ] as const) {
      await markers.nth(i).click();
      const panel = page.locator('red-flag-radar-message .rfr-panel');
      await panel.waitFor();
      reasons.push((await panel.locator('.rfr-evidence li').last().textContent())!);
      if (process.env.UPDATE_SCREENSHOTS)
        for (const width of [800, 1280]) {
          await page.setViewportSize({ width, height: 900 });
          await page.screenshot({ path: `docs/screenshots/message-marker-${grade}-${lang}-${width}.png` });
        }
      await panel.locator('.rfr-close').click();
      await expect.poll(() => panel.count()).toBe(0);
    }
    expect(reasons).toEqual(
      lang === 'en'
        ? [
            'Red flag: the message gives a wallet address.',
            'Only a note: one sentence, not itself asking you to hire or pay the writer through another account, with no second request beside it. Read the message again and ask before acting on it.',
          ]
        : [
            'Warnsignal: die Nachricht nennt eine Wallet-Adresse.',
            'Nur ein Hinweis: ein einzelner Satz, der nicht selbst bittet, die Person über ein anderes Konto zu beauftragen oder zu bezahlen, ohne zweite Bitte daneben. Lesen Sie die Nachricht noch einmal und fragen Sie nach, bevor Sie danach handeln.',
          ],
    );
    await page.close();
    await setLanguage(s, 'en');
  });

  // A messenger's name spelled around the marketplace's filter: read as the name, a red flag that says what was read
  // as what, and the page's own sentence highlighted (the rules read a copy with the name restored).
  it.each(['en', 'de'] as const)(
    'Upwork: a name spelled around the filter is read and shown as written (%s)',
    async (lang) => {
      await setLanguage(s, lang);
      const page = await s.context.newPage();
      await page.goto(UPWORK);
      const markers = page.locator('red-flag-radar-message .rfr-badge');
      await expect.poll(() => markers.count(), { timeout: 15_000 }).toBe(2);
      const sentence = 'Write me on T e l e g r a m, it is faster than this chat.';
      await page.evaluate((text) => {
        const item = document.createElement('div');
        item.className = 'up-d-story-item';
        const body = document.createElement('div');
        body.dataset.test = 'story-message';
        body.textContent = text;
        item.append(body);
        document.querySelector('.up-d-story-list')!.append(item);
      }, sentence);
      await expect.poll(() => markers.count(), { timeout: 10_000 }).toBe(3);
      await expect
        .poll(() =>
          page.evaluate(() =>
            [...((CSS as any).highlights.get('rfr-flag') ?? [])].map((r: Range) => r.toString().replace(/\s+/g, ' ')),
          ),
        )
        .toContain(sentence);
      await markers.nth(2).click();
      const panel = page.locator('red-flag-radar-message .rfr-panel');
      await panel.waitFor();
      const lines = await panel.locator('[data-rule="move-off-platform"] .rfr-evidence li').allTextContents();
      expect(lines.slice(1)).toEqual(
        lang === 'en'
          ? [
              '“T e l e g r a m” is read as Telegram.',
              'Red flag: a name is written so that the marketplace’s message filter would miss it.',
            ]
          : [
              '„T e l e g r a m“ wird als Telegram gelesen.',
              'Warnsignal: ein Name ist so geschrieben, dass der Nachrichtenfilter des Marktplatzes ihn übersieht.',
            ],
      );
      expect(lines[0]).toContain(sentence);
      if (process.env.UPDATE_SCREENSHOTS)
        for (const width of [800, 1280]) {
          await page.setViewportSize({ width, height: 900 });
          await page.screenshot({ path: `docs/screenshots/message-marker-disguised-${lang}-${width}.png` });
        }
      await page.close();
      await setLanguage(s, 'en');
    },
  );
});
