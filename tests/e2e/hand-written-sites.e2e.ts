/** GitHub, Fiverr, PeoplePerHour and Guru: hand-written fixtures (no real saved pages exist), badge and popup in Chromium. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureHtml, launch, tabIdOf, type Session } from '../../scripts/chromium';
import { badgeOf } from './closed-root';

const CASES: [string, string, string, string][] = [
  ['GitHub user', 'https://github.com/devsample', 'github/user-hand-written.html', 'high'],
  ['Fiverr seller', 'https://www.fiverr.com/devsample77', 'fiverr/seller-hand-written.html', 'high'],
  ['Fiverr gig', 'https://www.fiverr.com/devsample77/build-your-react-web-app', 'fiverr/gig-hand-written.html', 'none'],
  [
    'PeoplePerHour member',
    'https://www.peopleperhour.com/freelancer/technology-programming/jane-d-full-stack-developer-zxyvwab',
    'peopleperhour/member-hand-written.html',
    'none',
  ],
  [
    'Guru freelancer',
    'https://www.guru.com/freelancers/sample-web-studio',
    'guru/freelancer-hand-written.html',
    'high',
  ],
];

let s: Session;
beforeAll(async () => {
  s = await launch();
  for (const [, url, file] of CASES) s.pages.set(url, fixtureHtml(file));
});
afterAll(async () => {
  await s?.close();
});

describe.each(CASES)('%s in Chromium with the extension', (_name, url, _file, level) => {
  it(`shows a ${level} badge and the popup lists the findings`, async () => {
    const page = await s.context.newPage();
    await page.goto(url);
    const badge = await badgeOf(page);
    await expect.poll(() => badge.getAttribute('data-level', { timeout: 1000 }), { timeout: 15_000 }).toBe(level);
    const count = Number(await badge.getAttribute('data-count', { timeout: 1000 }));
    const popup = await s.context.newPage();
    await popup.goto(`chrome-extension://${s.extensionId}/popup.html?tabId=${await tabIdOf(s, url)}`);
    await expect.poll(() => popup.locator('.rfr-finding').count()).toBe(count);
    // The pages' own images point elsewhere (aborted); nothing else may leave.
    const pages = CASES.map(([, u]) => s.pages.get(u)!).join('\n');
    expect(s.foreign.filter((r) => r.fromExtension || !pages.includes(new URL(r.url).host))).toEqual([]);
  });
});
