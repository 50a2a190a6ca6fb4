/**
 * The badge panel leads with a one-line verdict, then the red flags by severity, then the notes; in English
 * and German; axe finds no serious or critical violation in the open panel. Writes the README's panel
 * screenshots with UPDATE_SCREENSHOTS=1.
 */
import { statSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR, fixtureHtml, launch, type Session } from '../../scripts/chromium';
import { axeViolations, openPanel, panelShot, PERSONA, setLanguage } from './panel';

let s: Session;
beforeAll(async () => {
  s = await launch();
  s.pages.set(PERSONA, fixtureHtml('upwork/red-flags-persona.html', 20));
});
afterAll(async () => {
  await setLanguage(s, 'auto').catch(() => {});
  await s?.close();
});

const SEVERITY = { high: 0, medium: 1, low: 2 } as const;

describe.each([
  {
    lang: 'en' as const,
    verdict:
      'Location given as New York, United States, but time zone UTC+09:00; accepts payment in crypto; account only 20 days old.',
    shot: 'badge-panel.png',
  },
  {
    lang: 'de' as const,
    verdict:
      'Ort laut Profil New York, Vereinigte Staaten, aber Zeitzone UTC+09:00; nimmt Zahlung in Kryptowährung an; Konto erst 20 Tage alt.',
    shot: 'badge-panel-de.png',
  },
])('the panel in $lang', ({ lang, verdict, shot }) => {
  it('starts with the verdict, then the red flags by severity, then the notes; axe finds nothing serious', async () => {
    await setLanguage(s, lang);
    const page = await openPanel(s, PERSONA);
    const panel = page.locator('red-flag-radar-badge .rfr-panel');
    expect(await panel.locator('.rfr-verdict').textContent()).toBe(verdict);
    // The verdict is the first thing after the close button, then the first step (the most serious red flag's),
    // then the quick actions, then the report.
    expect(await panel.locator('.rfr-first-step').textContent()).toBe(
      lang === 'en'
        ? 'First step: Ask where they work from and at what hours; confirm it on a video call and against their ID documents.'
        : 'Erster Schritt: Fragen Sie, von wo und zu welchen Zeiten gearbeitet wird; bestätigen Sie es im Videogespräch und anhand der Ausweisdokumente.',
    );
    expect(await panel.evaluate((p) => [...p.children].map((c) => c.className).slice(0, 5))).toEqual([
      'rfr-close',
      'rfr-verdict',
      'rfr-first-step',
      'rfr-quick',
      'rfr-report',
    ]);
    const order = await panel
      .locator('.rfr-finding')
      .evaluateAll((items) =>
        items.map((li) => (li.getAttribute('data-note') ? 'note' : li.className.match(/rfr-(high|medium|low)/)![1])),
      );
    expect(order).toEqual(['high', 'high', 'medium', 'medium', 'medium', 'note', 'note', 'note', 'note', 'note']);
    const flags = order.filter((o) => o !== 'note') as (keyof typeof SEVERITY)[];
    expect(flags.map((f) => SEVERITY[f])).toEqual([...flags.map((f) => SEVERITY[f])].sort());
    // No rule id in what the panel says.
    expect(await panel.innerText()).not.toMatch(/location-timezone|crypto-payment|new-account|off-platform-contact/);
    expect(await axeViolations(page, 'red-flag-radar-badge')).toEqual([]);
    await panelShot(page, shot);
    if (lang === 'en' && process.env.UPDATE_SCREENSHOTS) {
      // The actions at the panel's end, and the panel at 800 px.
      await panel.locator('.rfr-actions').evaluate((a) => a.scrollIntoView({ block: 'start' }));
      await panel.screenshot({ path: 'docs/screenshots/badge-panel-actions.png' });
      await page.setViewportSize({ width: 800, height: 900 });
      await page.locator('red-flag-radar-badge .rfr-close').click();
      await page.locator('red-flag-radar-badge .rfr-badge').click();
      await panel.locator('.rfr-report').waitFor();
      await panelShot(page, 'badge-panel-800.png');
    }
    await page.close();
  });
});

describe('the content script (it runs on every marketplace page)', () => {
  it('stays small: the panel brings its words and views, never the rules, zod or the country data', () => {
    const file = join(EXTENSION_DIR, 'content-scripts/marketplace.js');
    // 2026-12: 158 kB with the panel (101.5 kB before it); the whole analysis engine would add 520 kB.
    expect(statSync(file).size).toBeLessThan(200_000);
    const code = readFileSync(file, 'utf8');
    for (const heavy of ['libphonenumber', 'ZodError', 'Asia/Kolkata']) expect(code, heavy).not.toContain(heavy);
  });
});
