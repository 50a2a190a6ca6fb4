/**
 * Precision on real text: every passage of the real saved profile pages kept in tests/fixtures (bios,
 * reviews, skills, headlines of ordinary freelancers and public figures) run through the message rules.
 * None of it asks for anything the advisory warns about, so every finding here is a false alarm.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../lib/analyze';
import { documentFrom, fixture, FIXTURES } from './helpers';

/** The visible text of a saved page, a passage per line (scripts and styles dropped). */
function passages(path: string): string[] {
  const doc = documentFrom(fixture(path));
  for (const el of doc.querySelectorAll('script, style, noscript, template')) el.remove();
  const texts: string[] = [];
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n.textContent ?? '');
  return texts.map((s) => s.replace(/\s+/g, ' ').trim()).filter((s) => s.length > 20);
}

const REAL = ['freelancer', 'linkedin', 'upwork'].flatMap((site) =>
  readdirSync(join(FIXTURES, site))
    .filter((f) => f.endsWith('.html') && !f.includes('hand-written') && !f.includes('persona'))
    .map((f) => `${site}/${f}`),
);

describe('message rules on real page text', () => {
  const all = REAL.flatMap((path) => passages(path).map((text) => ({ path, text })));

  it('reads enough real text to mean something', () => {
    expect(REAL.length).toBeGreaterThanOrEqual(6);
    expect(all.length).toBeGreaterThan(300);
  });

  it('raises no finding on any passage', () => {
    const alarms = all.flatMap(({ path, text }) =>
      analyzeMessage(text).findings.map((f) => `${path} [${f.rule}] ${text.slice(0, 120)}`),
    );
    expect(alarms).toEqual([]);
  });
});
