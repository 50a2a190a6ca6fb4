/** What the browser tests read of the message markers: the markers, the highlighted sentences, the messages read. */
import type { Page } from 'playwright-core';
import { tabIdOf, type Session } from '../../scripts/chromium';

declare const chrome: any;

/** The message markers' badges on a page. */
export const markersOf = (page: Page) => page.locator('red-flag-radar-message .rfr-badge');

/** The sentences highlighted as red flags (the page's CSS highlight registry). */
export const marked = (page: Page) =>
  page.evaluate(() => [...((CSS as any).highlights.get('rfr-flag') ?? [])].map((r: Range) => r.toString()));

/** How many messages the background counted as read on the tab at `url`. */
export async function readCount(s: Session, url: string): Promise<number | undefined> {
  const id = await tabIdOf(s, url);
  return s.worker.evaluate(async (i) => (await chrome.storage.session.get('tabs')).tabs?.[i]?.messages?.read, id);
}
