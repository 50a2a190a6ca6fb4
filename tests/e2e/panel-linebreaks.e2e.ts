/**
 * The badge never changes how the host page breaks the freelancer's name into lines (issue 13, point 6): on
 * every real saved profile page of the suite, at 800 and 1280 px, in English and German, the name element
 * takes as many lines with the badge as without it (counted from its text's client rects, as
 * lib/content/place-badge.ts reads them). The badge is out of the page's flow: it shows the same words in every
 * layout, and its label says everything.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureHtml, launch, type Session } from '../../scripts/chromium';
import { badgeOf } from './closed-root';
import { covered, layout, measure } from './name-lines';
import { PERSONA, setLanguage } from './panel';

/** The real saved pages the suite serves (and the invented persona on Upwork's real markup). */
const PAGES: [string, string][] = [
  ['https://www.upwork.com/freelancers/~01a1b2c3d4e5f60718', 'upwork/visitor-view.html'],
  [PERSONA, 'upwork/red-flags-persona.html'],
  ['https://www.freelancer.com/u/user1x1', 'freelancer/u_user1x1.html'],
  ['https://www.freelancer.com/u/user3x1', 'freelancer/u_user3x1.html'],
  ['https://www.freelancer.com/u/user6x1', 'freelancer/u_user6x1.html'],
  ['https://www.linkedin.com/in/alex-sample-0001', 'linkedin/guest-dom-2026.html'],
  ['https://www.linkedin.com/in/alex-sample-0003', 'linkedin/guest-jsonld-2023.html'],
  ['https://www.linkedin.com/in/alex-sample-0002', 'linkedin/logged-in-2026.html'],
];

/** The persona with a long name in a narrow name row, styled as Upwork styles it (inline flex): no room. */
const NARROW = 'https://www.upwork.com/freelancers/~01f0e1d2c3b4a59689';

let s: Session;
beforeAll(async () => {
  s = await launch();
  // A saved LinkedIn page names its member (alex-sample-0001): served at another address, it names that one.
  for (const [url, file] of PAGES)
    s.pages.set(url, fixtureHtml(file, 20).replaceAll('alex-sample-0001', url.split('/in/')[1] ?? ''));
  s.pages.set(
    NARROW,
    fixtureHtml('upwork/red-flags-persona.html', 20)
      .replaceAll('01f0e1d2c3b4a59687', '01f0e1d2c3b4a59689')
      .replace('>Daniel W.</h3>', '>Daniel Wojciechowski-Kowalczyk</h3>')
      .replace(
        '<body>',
        '<body><style>.d-inline-flex{display:inline-flex;align-items:center;gap:8px;max-width:330px}' +
          '[itemprop="name"]{font-size:22px;margin:0}</style>',
      ),
  );
});
afterAll(async () => {
  await setLanguage(s, 'auto').catch(() => {});
  await s?.close();
});

describe.each(['en', 'de'] as const)('in %s', (lang) => {
  beforeAll(async () => {
    await setLanguage(s, lang);
  });
  it('a name row with no room beside the name: the badge keeps its words, and the name its lines', async () => {
    const page = await s.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(NARROW);
    await badgeOf(page);
    await page.locator('red-flag-radar-badge [data-side]').waitFor();
    const m = await measure(page);
    expect(m.words).toBe(lang === 'de' ? 'Hoch · 5 Warnsignale' : 'High · 5 red flags');
    expect(m.withBadge, JSON.stringify(m)).toBe(m.without);
    expect((await layout(page)).moved).toBeLessThanOrEqual(1);
    // The compact badge's label says all the full one did.
    expect(m.label).toContain(lang === 'de' ? 'Hoch · 5 Warnsignale · 5 Hinweise' : 'High · 5 red flags · 5 notes');
    await page.close();
  });
});

// (after the narrow row in both languages: the persona on Upwork's real markup shares the narrow row's photo and bio
// under another name on the same site, which the memory flags since the twentieth session — it would add two red flags
// to the narrow row's badge)
describe.each(['en', 'de'] as const)('in %s', (lang) => {
  beforeAll(async () => {
    await setLanguage(s, lang);
  });
  it.each(PAGES.flatMap(([url, file]) => [800, 1280].map((width) => [file, width, url] as const)))(
    '%s at %i px: the name keeps its lines',
    async (_file, width, url) => {
      const page = await s.context.newPage();
      await page.setViewportSize({ width, height: 900 });
      await page.goto(url);
      await badgeOf(page);
      await page.locator('red-flag-radar-badge [data-side]').waitFor();
      const m = await measure(page);
      expect(m.withBadge, JSON.stringify(m)).toBe(m.without);
      expect(m.heightWith, JSON.stringify(m)).toBe(m.heightWithout);
      // Out of the flow, it covers nothing of the page either (hm20 report, point 1).
      expect(await covered(page), JSON.stringify(await layout(page))).toEqual([]);
      expect(m.label).toMatch(
        lang === 'de' ? /^Red Flag Radar: .+\. Details öffnen$/ : /^Red Flag Radar: .+\. Open details$/,
      );
      await page.close();
    },
  );
});
