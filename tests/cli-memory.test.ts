/**
 * The CLI over a folder in bounded memory (issue 14, defect 6): one window per page, closed after, each
 * page parsed once. With one window for the whole run every page stayed alive (~60 MB per real page), and
 * a folder of 50 real pages ran out of heap with no output.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
});
