/**
 * Every real saved profile page in ../shared/fixtures-real/ through the CLI's path (lib/cli/scan.ts), dated
 * the day it was captured (its README): no coloured level unless a medium or high finding is present, and
 * what each page gives, listed. Ordinary long-established freelancers get notes, never a coloured badge
 * (issue #12). The Upwork API JSON of 2021 is not a page and is read by tests/sites/upwork.test.ts only.
 *
 * And each page's read, exactly: status, what could not be read, and every field of the profile, against
 * tests/real-pages/<site>/<page>.json (names, free text, photo and web addresses by digest: see
 * tests/real-pages/sealed.ts). A reader that reads a field differently, or stops reading one, fails here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandInputs, scanFile } from '../lib/cli/scan';
import { CAPTURED } from './real-pages/captured';
import { sealed } from './real-pages/sealed';

const REAL = join(__dirname, '../../shared/fixtures-real');

// What each page gives: status, level, findings as rule:severity (":note" for a note).
const EXPECTED: Record<string, [string, string, string[]]> = {
  'freelancer/u_WebChapters_2021-12.html': ['ok', 'none', ['very-broad-skills:low:note']],
  'freelancer/u_acewebexperts_2021-12.html': ['ok', 'none', []],
  'freelancer/u_gauravgargcs_2021-12.html': ['ok', 'none', ['very-broad-skills:low:note']],
  'freelancer/u_irfan811_2021-12.html': ['ok', 'none', []],
  'freelancer/u_saidesigner87_2021-12.html': ['ok', 'none', ['very-broad-skills:low:note']],
  // A corporate (team) account: the breadth of its skills says nothing of one person's claims.
  'freelancer/u_sweta2317_2021-12.html': ['ok', 'none', []],
  'github/defunkt_guest_2026-01.html': ['ok', 'none', []],
  'linkedin/NOT-A-PROFILE_authwall_2026-04.html': ['not-a-profile', 'none', []],
  'linkedin/guest-scripts-stripped_reidhoffman_2026-07.html': ['ok', 'none', []],
  'linkedin/guest-scripts-stripped_satyanadella_2026-07.html': ['ok', 'none', []],
  'linkedin/guest-scripts-stripped_williamhgates_2026-07.html': ['ok', 'none', []],
  'linkedin/guest-se_eduardo-alvarez-nowak_2024-04.html': ['ok', 'none', []],
  'linkedin/guest-with-jsonld_2023-04.html': ['ok', 'none', []],
  'linkedin/logged-in-dom_2026-04.html': ['ok', 'none', []],
  // LinkedIn's lightweight mobile layout: its location ("Stuttgart Region") names no country, so partial.
  'linkedin/logged-in-mobile-lite_tpschmidt_2025-07.html': ['partial', 'none', []],
  'upwork/visitor-view_2026-06.html': ['ok', 'none', ['location-timezone-mismatch:low:note']],
};

const pages = existsSync(REAL) ? expandInputs([REAL]).map((f) => f.slice(REAL.length + 1)) : [];

describe.runIf(pages.length)('every real saved page, through the CLI', () => {
  it('has a capture date here (a new page must be added to this test)', () => {
    expect(pages.sort()).toEqual(Object.keys(CAPTURED).sort());
  });

  it.each(pages)('%s: no coloured level without a medium or high finding', (page) => {
    const { now, url } = CAPTURED[page]!;
    const r = scanFile(join(REAL, page), { now: new Date(`${now}T12:00:00Z`), url });
    const strong = r.findings.some((f) => !f.note && f.severity !== 'low');
    if (!strong) expect(r.risk.level).toBe('none');
    const shown = r.findings.map((f) => `${f.rule}:${f.severity}${f.note ? ':note' : ''}`);
    expect([r.status, r.risk.level, shown]).toEqual(EXPECTED[page]);
  });
});

describe.runIf(pages.length)('every real saved page is read exactly', () => {
  it.each(pages)('%s', (page) => {
    const { now, url } = CAPTURED[page]!;
    const r = scanFile(join(REAL, page), { now: new Date(`${now}T12:00:00Z`), url });
    const expected = JSON.parse(readFileSync(join(__dirname, 'real-pages', page.replace(/\.html$/, '.json')), 'utf8'));
    expect(sealed({ status: r.status, missing: r.missing, profile: r.profile })).toEqual(expected);
  });
});

// Issue #12 (hm18): the Upwork page shows "Kharkiv, Ukraine – 8:34 am local time" beside a UTC setting. It was
// made at 08:34 UTC on 2026-06-10 (its visitor ids are stamped 07:54 and 08:25 UTC): its clock is the setting's.
describe.runIf(pages.length)('the real Upwork page: the note agrees with the clock the page shows', () => {
  const page = 'upwork/visitor-view_2026-06.html';
  const scan = (iso: string) => scanFile(join(REAL, page), { now: new Date(iso) });

  it('read when the page was made: the clock is UTC, worked out from the setting; no interview question', async () => {
    const r = scan('2026-06-10T08:36:00Z');
    const note = r.findings.find((f) => f.rule === 'location-timezone-mismatch');
    expect(note?.note).toBe(true);
    expect(note?.evidence.join('\n')).toContain(
      'The page shows “8:34 am local time”: at this check that is the time in UTC, worked out from this setting',
    );
    expect(note?.evidence.join('\n')).not.toContain('Time zone on the profile');
    const { interviewQuestions } = await import('../lib/interview');
    expect(interviewQuestions(r.findings, 'en')).toEqual([]);
  });

  it('read later (a saved page): the clock fits nothing and is said not to be used', () => {
    const note = scan('2026-12-03T09:40:00Z').findings.find((f) => f.rule === 'location-timezone-mismatch');
    expect(note?.evidence.join('\n')).toContain('fits neither UTC nor a time zone of Ukraine');
  });
});
