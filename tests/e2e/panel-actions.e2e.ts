/**
 * What the reader can do from the panel (issue 13, point 5), in Chromium with the built extension: copy the
 * summary (the clipboard holds the stored expected text for the persona), read and copy the interview
 * questions, save a note, dismiss a finding with a reason and restore it, mark the person as trusted — in the
 * same store the history page uses — open the history page, and report: the platform's own page per site and
 * the FBI's IC3, with the evidence ready to paste.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureHtml, launch, type Session } from '../../scripts/chromium';
import { openPanel, PERSONA, setLanguage, storedPersona } from './panel';

const FREELANCER = 'https://www.freelancer.com/u/user3x1';
const LINKEDIN = 'https://www.linkedin.com/in/alex-sample-0001';

let s: Session;
beforeAll(async () => {
  s = await launch();
  s.pages.set(PERSONA, fixtureHtml('upwork/red-flags-persona.html', 20));
  s.pages.set(FREELANCER, fixtureHtml('freelancer/u_user3x1.html'));
  s.pages.set(LINKEDIN, fixtureHtml('linkedin/guest-dom-2026.html'));
  await s.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://www.upwork.com' });
});
afterAll(async () => {
  await setLanguage(s, 'auto').catch(() => {});
  await s?.close();
});

/** Dates change with the day the test runs: both sides get placeholders for them. */
const undated = (text: string) =>
  text
    .replace(/\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.\d{4}/g, '<date>')
    .replace(/[A-Z][a-z]+\.?\s\d{1,2},\s\d{4}|\d{1,2}\.\s[A-ZÄÖÜ][a-zäöü]+\.?\s\d{4}/g, '<date>');
const expected = (name: string) => undated(readFileSync(join(__dirname, '../fixtures/upwork', name), 'utf8').trimEnd());

const panel = (page: Page) => page.locator('red-flag-radar-badge .rfr-panel');
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
/** The persona's stored record (tests/e2e/panel.ts). */
const stored = () => storedPersona(s);

describe.each(['en', 'de'] as const)('the panel’s copy actions (%s)', (lang) => {
  it('copies the summary and the questions the stored texts hold', async () => {
    await setLanguage(s, lang);
    const page = await openPanel(s, PERSONA);
    await panel(page).locator('.rfr-copy button').first().click();
    await expect
      .poll(() => panel(page).locator('.rfr-copy-status').first().textContent())
      .toBe(
        lang === 'de'
          ? 'Zusammenfassung kopiert. Fügen Sie sie in eine E-Mail oder einen Chat ein.'
          : 'Summary copied. Paste it into an e-mail or a chat.',
      );
    expect(undated(await clipboard(page))).toBe(expected(`red-flags-persona.summary.${lang}.txt`));
    const questions = expected(`red-flags-persona.questions.${lang}.txt`);
    expect(await panel(page).locator('.rfr-questions li').allTextContents()).toEqual(questions.split('\n'));
    // The quick row under the verdict leads to the questions.
    await panel(page).locator('.rfr-quick .rfr-jump').first().click();
    expect(
      await page.evaluate(() => document.querySelector('red-flag-radar-badge')!.shadowRoot!.activeElement?.id),
    ).toBe('rfr-questions-h');
    await panel(page).locator('.rfr-questions + .rfr-copy button').click();
    await expect.poll(() => clipboard(page)).toBe(questions);
    await page.close();
  });
});

describe('the panel’s marks and links', () => {
  it('saves a note, dismisses a finding with a reason and restores it, marks as trusted — in the history’s store', async () => {
    await setLanguage(s, 'en');
    const page = await openPanel(s, PERSONA);
    await panel(page).locator('#rfr-note').fill('Video call on Monday: camera off, refused.');
    await panel(page).locator('.rfr-save-note').click();
    await expect.poll(() => panel(page).locator('.rfr-status').textContent()).toBe('Note saved.');
    // The panel shows it among the user's notes, and the store the history page reads holds it.
    expect(await panel(page).locator('.rfr-report').innerText()).toContain(
      'Video call on Monday: camera off, refused.',
    );
    expect((await stored()).notes.map((n: any) => n.text)).toEqual(['Video call on Monday: camera off, refused.']);

    const crypto = panel(page).locator('.rfr-finding[data-rule="crypto-payment-in-profile"]');
    await crypto.locator('.rfr-dismiss-open').click();
    expect(await crypto.locator('label').textContent()).toBe(
      'Why dismiss “Profile advertises payment in cryptocurrency”?',
    );
    await crypto.locator('input').fill('Asked: a joke in the bio, paid by bank transfer since');
    await crypto.locator('.rfr-dismiss-save').click();
    await expect.poll(() => crypto.count()).toBe(0);
    expect(await panel(page).locator('.rfr-dismissed-list li').innerText()).toContain(
      'Profile advertises payment in cryptocurrency — Dismissed by you',
    );
    expect((await stored()).dismissals).toMatchObject([
      { rule: 'crypto-payment-in-profile', reason: 'Asked: a joke in the bio, paid by bank transfer since' },
    ]);
    // The verdict no longer names it.
    expect(await panel(page).locator('.rfr-verdict').textContent()).not.toContain('crypto');
    await panel(page).locator('.rfr-restore').click();
    await expect.poll(() => crypto.count()).toBe(1);
    expect((await stored()).dismissals[0].restoredAt).toBeTruthy();

    // Trust asks how the person was verified first (tests/e2e/trust-reason.e2e.ts: both languages, the screenshots).
    await panel(page).locator('.rfr-trust').click();
    await expect.poll(() => panel(page).locator('.rfr-trust').getAttribute('aria-expanded')).toBe('true');
    expect(await panel(page).locator('.rfr-trust-save').isDisabled()).toBe(true);
    await panel(page).locator('.rfr-trust-reason').fill('Video call with the camera on; the face matched the photo');
    await panel(page).locator('.rfr-trust-save').click();
    await expect
      .poll(() => panel(page).locator('.rfr-trusted').textContent())
      .toMatch(/^Marked as trusted by you on .+: Video call with the camera on; the face matched the photo$/);
    expect(await stored()).toMatchObject({
      trustedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      trustReason: 'Video call with the camera on; the face matched the photo',
    });
    await panel(page).locator('.rfr-trust').click();
    await expect.poll(() => panel(page).locator('.rfr-trust').getAttribute('aria-expanded')).toBe('false');
    expect((await stored()).trustedAt).toBeUndefined();
    expect((await stored()).trustReason).toBeUndefined();

    // Open in history: the history page, in a new tab.
    const opened = s.context.waitForEvent('page');
    await panel(page).locator('.rfr-open-history').click();
    const history = await opened;
    await history.waitForLoadState();
    expect(history.url()).toBe(
      `chrome-extension://${s.extensionId}/profiles.html#${encodeURIComponent((await stored()).key)}`,
    );
    // … with the profile's entry opened.
    await history.locator('.rfr-details-row').waitFor();
    await history.close();
    await page.close();
  });

  it.each([
    [PERSONA, 'https://support.upwork.com/hc/en-us/articles/211063118-Report-Suspicious-User-Activity', 'Upwork'],
    [FREELANCER, 'https://www.freelancer.com/support/profile/reporting-users-for-violations', 'Freelancer.com'],
    [LINKEDIN, 'https://www.linkedin.com/help/linkedin/answer/37822', 'LinkedIn'],
  ])('%s: the report links go to the platform’s own page and to IC3', async (url, platform, site) => {
    await setLanguage(s, 'en');
    const page = await openPanel(s, url);
    const links = panel(page).locator('.rfr-report-links a');
    expect(await links.evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.textContent]))).toEqual([
      [platform, `Report this profile to ${site}`],
      ['https://www.ic3.gov/', 'Report to the FBI’s Internet Crime Complaint Center (IC3)'],
    ]);
    await page.close();
  });
});
