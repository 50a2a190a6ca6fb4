/** Reading the real Upwork page from an already-parsed document (target ≤ 20 ms median). */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHtml } from '../lib/cli/parse-html';
import { upwork } from '../lib/sites/upwork';
import { median, round, timeRuns } from './stats';

const REAL = fileURLToPath(new URL('../../shared/fixtures-real/upwork/visitor-view_2026-06.html', import.meta.url));
const FIXTURE = fileURLToPath(new URL('../tests/fixtures/upwork/visitor-view.html', import.meta.url));

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
