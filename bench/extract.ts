/** Reading the real Upwork page from an already-parsed document (target ≤ 20 ms median). */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHtml } from '../lib/cli/parse-html';
import { fiverr } from '../lib/sites/fiverr';
import { freelancer } from '../lib/sites/freelancer';
import { github } from '../lib/sites/github';
import { guru } from '../lib/sites/guru';
import { peopleperhour } from '../lib/sites/peopleperhour';
import { linkedin } from '../lib/sites/linkedin';
import type { SiteAdapter } from '../lib/sites/types';
import { upwork } from '../lib/sites/upwork';
import { median, round, timeRuns } from './stats';

const REAL = fileURLToPath(new URL('../../shared/fixtures-real/upwork/visitor-view_2026-06.html', import.meta.url));
const FIXTURE = fileURLToPath(new URL('../tests/fixtures/upwork/visitor-view.html', import.meta.url));

/** Every other site, on its anonymized real-page fixture. */
const OTHERS: [string, SiteAdapter, string, string][] = [
  ['freelancer', freelancer, 'freelancer/u_user6x1.html', 'https://www.freelancer.com/u/user6x1'],
  ['linkedin', linkedin, 'linkedin/guest-dom-2026.html', 'https://www.linkedin.com/in/alex-sample-0001'],
  // Hand-written fixtures: no real saved pages of these sites exist here.
  ['github', github, 'github/user-hand-written.html', 'https://github.com/devsample'],
  ['fiverr', fiverr, 'fiverr/seller-hand-written.html', 'https://www.fiverr.com/devsample77'],
  [
    'peopleperhour',
    peopleperhour,
    'peopleperhour/member-hand-written.html',
    'https://www.peopleperhour.com/freelancer/technology-programming/jane-d-full-stack-developer-zxyvwab',
  ],
  ['guru', guru, 'guru/freelancer-hand-written.html', 'https://www.guru.com/freelancers/sample-web-studio'],
];

export function benchExtractOthers(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [id, site, file, href] of OTHERS) {
    const doc = parseHtml(readFileSync(fileURLToPath(new URL(`../tests/fixtures/${file}`, import.meta.url)), 'utf8'));
    const url = new URL(href);
    if (!['ok', 'partial'].includes(site.read(doc, url).status)) throw new Error(`${file} was not read`);
    out[`${id}_ms_median`] = round(median(timeRuns(() => site.read(doc, url), 40)));
  }
  return out;
}

export function benchExtract() {
  // The real saved page when ../shared is beside the checkout (it is in CI), else its anonymized copy.
  const file = existsSync(REAL) ? REAL : FIXTURE;
  const doc = parseHtml(readFileSync(file, 'utf8'));
  const url = new URL(
    file === REAL
      ? 'https://www.upwork.com/freelancers/~01140923f209578a6b'
      : 'https://www.upwork.com/freelancers/~01a1b2c3d4e5f60718',
  );
  if (upwork.read(doc, url).status !== 'ok') throw new Error('benchmark page did not read as ok');
  return {
    upwork_ms_median: round(median(timeRuns(() => upwork.read(doc, url), 40))),
    page: file === REAL ? 'real' : 'fixture',
  };
}
