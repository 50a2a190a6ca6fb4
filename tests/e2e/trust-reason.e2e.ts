/**
 * "Mark as trusted" asks how the user verified the person, in Chromium with the built extension, in English and
 * German at 800 and 1280 px: in the badge's panel (by keyboard: the opener, the focused field, Save) and on the
 * history page; the reason is stored with the date, said where the mark is said, and taken away with it. No
 * sideways scrolling, nothing cut off, no serious axe violation. UPDATE_SCREENSHOTS=1 writes
 * docs/screenshots/{panel,history}-trust-{form,saved}-{en,de}-{800,1280}.png (else they go to a temporary folder).
 */
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureHtml, launch, type Session } from '../../scripts/chromium';
import { seriousViolations } from './axe';
import { axeViolations, openPanel, PERSONA, setLanguage, storedPersona } from './panel';

const SHOTS = process.env.UPDATE_SCREENSHOTS ? 'docs/screenshots' : join(tmpdir(), 'rfr-trust-reason');

const WORDS = {
  en: {
    reason: 'Video call with the camera on, the face matched the photo; checked a government ID',
    label: 'How did you verify this person?',
    saved:
      /^Marked as trusted by you on .+: Video call with the camera on, the face matched the photo; checked a government ID$/,
    opener: 'Mark as trusted…',
    remove: 'Remove the trusted mark',
  },
  de: {
    reason: 'Videogespräch mit Kamera, das Gesicht passte zum Foto; amtlichen Ausweis geprüft',
    label: 'Wie haben Sie diese Person geprüft?',
    saved:
      /^Von Ihnen am .+ als vertrauenswürdig markiert: Videogespräch mit Kamera, das Gesicht passte zum Foto; amtlichen Ausweis geprüft$/,
    opener: 'Als vertrauenswürdig markieren…',
    remove: 'Markierung „vertrauenswürdig“ entfernen',
  },
};

let s: Session;
beforeAll(async () => {
  s = await launch();
  s.pages.set(PERSONA, fixtureHtml('upwork/red-flags-persona.html', 20));
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await setLanguage(s, 'auto').catch(() => {});
  await s?.close();
});

/** The persona's stored record (tests/e2e/panel.ts). */
const stored = () => storedPersona(s);

/** Nothing wider than its box: no sideways scrolling in `box`, no text cut off at its right edge. */
const overflow = (box: Locator) =>
  box.evaluate((el) => {
    const right = el.getBoundingClientRect().right;
    const wide = [...el.querySelectorAll('*')].filter((e) => e.getBoundingClientRect().right > right + 1);
    return { scroll: el.scrollWidth - el.clientWidth, wide: wide.map((e) => e.className || e.tagName) };
  });

/** The panel's focused element's class (its closed root revealed to the test). */
const focusedInPanel = (page: Page) =>
  page.evaluate(() => document.querySelector('red-flag-radar-badge')!.shadowRoot!.activeElement?.className ?? '');

describe.each(['en', 'de'] as const)('trust asks how the person was verified (%s)', (lang) => {
  const w = WORDS[lang];

  it.each([800, 1280])('in the panel, by keyboard, at %i px', async (width) => {
    await setLanguage(s, lang);
    const page = await openPanel(s, PERSONA, width);
    const panel = page.locator('red-flag-radar-badge .rfr-panel');
    const trust = panel.locator('.rfr-trust');
    await trust.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => trust.getAttribute('aria-expanded')).toBe('true');
    expect(await panel.locator('.rfr-trust-form label').textContent()).toBe(w.label);
    // The field has the focus; Save waits for an answer.
    expect(await focusedInPanel(page)).toBe('rfr-trust-reason');
    expect(await panel.locator('.rfr-trust-save').isDisabled()).toBe(true);
    expect(await axeViolations(page, 'red-flag-radar-badge')).toEqual([]);
    expect(await overflow(panel)).toEqual({ scroll: 0, wide: [] });
    // The placeholder's examples fit the field (three lines, none cut off).
    const placeholder = await panel.locator('.rfr-trust-reason').evaluate((t: HTMLTextAreaElement) => {
      const copy = t.cloneNode() as HTMLTextAreaElement;
      copy.value = t.placeholder;
      t.after(copy);
      const fits = copy.scrollHeight <= copy.clientHeight + 1;
      copy.remove();
      return fits;
    });
    expect(placeholder).toBe(true);
    // (the shot with the examples shown, before anything is written)
    await panel.locator('.rfr-trust-form').evaluate((f) => f.scrollIntoView({ block: 'center' }));
    await page.screenshot({ path: join(SHOTS, `panel-trust-form-${lang}-${width}.png`) });
    await page.keyboard.type(w.reason);
    expect(await panel.locator('.rfr-trust-save').isDisabled()).toBe(false);

    await page.keyboard.press('Tab'); // to Save
    expect(await focusedInPanel(page)).toBe('rfr-trust-save');
    await page.keyboard.press('Enter');
    await expect.poll(() => panel.locator('.rfr-trusted').textContent()).toMatch(w.saved);
    expect(await stored()).toMatchObject({ trustReason: w.reason, trustedAt: expect.stringMatching(/^\d{4}-/) });
    // The form is gone; the focus is on the button, which now takes the mark away.
    expect(await panel.locator('.rfr-trust-form').count()).toBe(0);
    expect(await focusedInPanel(page)).toBe('rfr-trust');
    expect(await overflow(panel)).toEqual({ scroll: 0, wide: [] });
    await panel.locator('.rfr-trusted').evaluate((p) => p.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: join(SHOTS, `panel-trust-saved-${lang}-${width}.png`) });

    // Taken away, with its reason.
    await page.keyboard.press('Enter');
    await expect.poll(() => panel.locator('.rfr-trusted').count()).toBe(0);
    const after = await stored();
    expect(after.trustedAt).toBeUndefined();
    expect(after.trustReason).toBeUndefined();
    await page.close();
  });

  it.each([800, 1280])('on the history page at %i px', async (width) => {
    await setLanguage(s, lang);
    const page = await s.context.newPage();
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`chrome-extension://${s.extensionId}/profiles.html`);
    const row = page.locator('tbody tr', { hasText: 'Daniel W.' });
    await row.waitFor({ timeout: 10_000 });
    await row.getByRole('button', { name: 'Details', exact: true }).click();
    const details = page.locator('.rfr-profile-details');
    await details.waitFor();
    await details.getByRole('button', { name: w.opener, exact: true }).click();
    const field = details.locator('.rfr-trust-reason');
    await expect.poll(() => field.evaluate((f) => f === document.activeElement)).toBe(true);
    expect(await details.locator('.rfr-trust-form label').textContent()).toBe(w.label);
    expect(await seriousViolations(page, 'main')).toEqual([]);
    const wide = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await wide()).toBeLessThanOrEqual(0);
    await details.locator('.rfr-trust-form').evaluate((f) => f.scrollIntoView({ block: 'center' }));
    await page.screenshot({ path: join(SHOTS, `history-trust-form-${lang}-${width}.png`) });
    await page.keyboard.type(w.reason);

    await details.locator('.rfr-trust-save').click();
    await expect.poll(() => details.locator('.rfr-trusted').textContent()).toMatch(w.saved);
    expect((await stored()).trustReason).toBe(w.reason);
    expect(await row.locator('.rfr-tag').count()).toBe(1);
    expect(await wide()).toBeLessThanOrEqual(0);
    await row.evaluate((r) => r.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: join(SHOTS, `history-trust-saved-${lang}-${width}.png`) });

    await details.getByRole('button', { name: w.remove, exact: true }).click();
    await expect.poll(() => details.locator('.rfr-trusted').count()).toBe(0);
    expect((await stored()).trustReason).toBeUndefined();
    await page.close();
  });
});
