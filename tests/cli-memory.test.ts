/**
 * The CLI over a folder in bounded memory (issue 14, defect 6): one window per page, closed after, each
 * page parsed once. With one window for the whole run every page stayed alive (~60 MB per real page), and
 * a folder of 50 real pages ran out of heap with no output. A closed window lingers until V8 collects its
 * context, so the page's tree is dropped as soon as it was read; and a value read from a page is a slice of the
 * page's whole text, so the reports the run keeps are copied out of it.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withDocument } from '../lib/cli/parse-html';
import { FIXTURES } from './helpers';

describe('radar scan of a folder', () => {
  it('reads 10 real pages in a 256 MB heap (each alone needs about 60 MB) and prints every report', () => {
    const dir = mkdtempSync(join(tmpdir(), 'radar-mem-'));
    for (let i = 0; i < 10; i++)
      copyFileSync(join(FIXTURES, 'freelancer/u_user1x1.html'), join(dir, `p${String(i).padStart(2, '0')}.html`));
    const r = spawnSync(
      process.execPath,
      [
        '--max-old-space-size=256',
        '--import',
        'tsx',
        join(__dirname, '../lib/cli/radar.ts'),
        'scan',
        dir,
        '--now',
        '2026-06-10',
      ],
      { cwd: join(__dirname, '..'), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    expect(r.stderr).not.toContain('heap out of memory');
    expect(r.status).toBe(0);
    const reports = JSON.parse(r.stdout) as { file: string; status: string }[];
    expect(reports.map((x) => x.file)).toEqual(
      Array.from({ length: 10 }, (_, i) => join(dir, `p${String(i).padStart(2, '0')}.html`)),
    );
    expect(new Set(reports.map((x) => x.status))).toEqual(new Set(['ok']));
  }, 120_000);

  it('drops the page’s tree once it was read (the closed window may linger)', () => {
    let kept: Document | undefined;
    const n = withDocument('<!doctype html><html><body><p id="a">one</p><p>two</p></body></html>', (doc) => {
      kept = doc;
      return doc.querySelectorAll('p').length;
    });
    expect(n).toBe(2);
    expect(kept!.documentElement).toBeNull();
  });

  it('keeps no page’s text alive through the reports it keeps', () => {
    // 20 reports of a 240 kB saved page kept, as the scan keeps them for the cross-profile checks: each held
    // its whole page (~520 kB in memory) through the slices of it in the profile and the findings.
    const script = `
      const { scanPage } = await import(${JSON.stringify(join(__dirname, '../lib/cli/scan.ts'))});
      const { pagesClosed } = await import(${JSON.stringify(join(__dirname, '../lib/cli/parse-html.ts'))});
      const file = ${JSON.stringify(join(FIXTURES, 'upwork/visitor-view.html'))};
      const opts = { now: new Date('2026-06-10T12:00:00Z') };
      const heap = async () => {
        await pagesClosed();
        for (let i = 0; i < 6; i++) { gc(); await new Promise((r) => setTimeout(r, 10)); }
        return process.memoryUsage().heapUsed;
      };
      const kept = [scanPage(file, opts)];
      const before = await heap();
      for (let i = 0; i < 20; i++) kept.push(scanPage(file, opts));
      console.log(JSON.stringify({ perReport: ((await heap()) - before) / 20, ok: kept.every((k) => k.report.status === 'ok') }));`;
    const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: join(__dirname, '..'),
      encoding: 'utf8',
    });
    expect(r.status, r.stderr).toBe(0);
    const { perReport, ok } = JSON.parse(r.stdout) as { perReport: number; ok: boolean };
    expect(ok).toBe(true);
    expect(perReport).toBeLessThan(250 * 1024);
  }, 120_000);
});
