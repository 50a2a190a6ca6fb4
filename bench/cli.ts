/**
 * The CLI over a folder of 200 real saved pages (issue 14, defect 6: target peak RSS ≤ 500 MB): copies of the
 * anonymized real-page fixtures (tests/fixtures, hand-written ones left out) and, when present, the real pages
 * in ../shared/fixtures-real, cycled to 200 files in a temporary folder. `radar scan <folder>` runs as a child
 * process as a user would run it; its peak resident memory comes from /usr/bin/time -v when present, else from
 * polling VmHWM in /proc/<pid>/status. ms_per_page is the whole run's wall time (start-up included) per page.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { round } from './stats';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FIXTURES = join(ROOT, 'tests/fixtures');
const REAL = join(ROOT, '../shared/fixtures-real');
const TIME = '/usr/bin/time';

/** Every .html under `dir` (recursive, sorted). */
function htmlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((f) => {
      const p = join(dir, f);
      return statSync(p).isDirectory() ? htmlFiles(p) : /\.html?$/i.test(f) ? [p] : [];
    });
}

/** The real pages: the anonymized fixtures (not hand-written, not message views) and the shared real ones. */
export function realPages(): string[] {
  const ours = htmlFiles(FIXTURES).filter((f) => !/hand-written/.test(f) && !f.includes('/messages/'));
  return [...ours, ...htmlFiles(REAL)];
}

/** Peak RSS of a process in kB from /proc, 0 when it is gone. */
function vmHwmKb(pid: number): number {
  try {
    const m = /VmHWM:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

interface Run {
  code: number | null;
  ms: number;
  peakKb: number;
  stdout: string;
  stderr: string;
}

function runCli(dir: string): Promise<Run> {
  // As `npm run radar` runs it (with --expose-gc: the CLI collects after each page).
  const cli = [
    process.execPath,
    '--expose-gc',
    '--import',
    'tsx',
    join(ROOT, 'lib/cli/radar.ts'),
    'scan',
    dir,
    '--now',
    '2026-06-10',
  ];
  const useTime = existsSync(TIME);
  const [cmd, ...args] = useTime ? [TIME, '-v', ...cli] : cli;
  const t0 = performance.now();
  const child = spawn(cmd, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  let polled = 0;
  const poll = useTime ? undefined : setInterval(() => (polled = Math.max(polled, vmHwmKb(child.pid!))), 20);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - t0;
      if (poll) clearInterval(poll);
      const timed = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
      resolve({ code, ms, peakKb: timed ? Number(timed[1]) : polled, stdout, stderr });
    });
  });
}

export async function benchCli(log: (s: string) => void, pages = 200) {
  const sources = realPages();
  if (!sources.length) throw new Error('bench/cli: no real pages found');
  const dir = mkdtempSync(join(tmpdir(), 'radar-bench-cli-'));
  let bytes = 0;
  try {
    for (let i = 0; i < pages; i++) {
      const src = sources[i % sources.length];
      const dest = join(dir, `p${String(i).padStart(3, '0')}.html`);
      copyFileSync(src, dest);
      bytes += statSync(dest).size;
    }
    log(`cli: radar scan of ${pages} real pages (${sources.length} distinct, ${round(bytes / 2 ** 20, 1)} MB) …`);
    const run = await runCli(dir);
    if (run.code !== 0) throw new Error(`bench/cli: radar exited ${run.code}: ${run.stderr.slice(-500)}`);
    const reports = JSON.parse(run.stdout) as { status: string }[];
    if (reports.length !== pages) throw new Error(`bench/cli: ${reports.length} reports for ${pages} pages`);
    const statuses: Record<string, number> = {};
    for (const r of reports) statuses[r.status] = (statuses[r.status] ?? 0) + 1;
    return {
      peak_rss_mb: round(run.peakKb / 1024, 1),
      ms_per_page: round(run.ms / pages, 1),
      pages,
      distinct_pages: sources.length,
      folder_mb: round(bytes / 2 ** 20, 1),
      statuses,
      measured_with: existsSync(TIME) ? '/usr/bin/time -v' : '/proc VmHWM',
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// `node --import tsx bench/cli.ts` runs this part alone.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const r = await benchCli(console.log);
  console.log(JSON.stringify(r, null, 2));
}
