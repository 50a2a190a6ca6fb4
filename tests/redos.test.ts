/**
 * No pattern of ours backtracks super-linearly on hostile text. Every regular expression the code writes or builds
 * (tests/redos/exercise.ts: the literals, and the patterns made at run time — the concepts and filters of
 * lib/text/cooccur.ts, speech.ts's combined patterns, the rules' and the adapters') is analysed with recheck
 * (https://makenowjust-labs.github.io/recheck/), a ReDoS checker: a pattern it finds vulnerable fails here with
 * its attack string, unless the allow-list below says why it is safe where it runs.
 *
 * recheck's fuzzing takes up to seconds a pattern (~13 minutes for all 760 with its native backend, longer with
 * the JavaScript one): the verdicts "safe" are kept in tests/redos/verdicts.json by each pattern's SHA-256, and
 * only a pattern that is new or changed is checked in a run. REDOS_FULL=1 checks every pattern again;
 * REDOS_UPDATE=1 writes the new safe verdicts (and drops those of patterns that are gone) — commit the file.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { check, type Diagnostics } from 'recheck';
import { describe, expect, it } from 'vitest';
import { collectPatterns, type Collected } from './redos/exercise';
import { ALLOWED } from './redos/allowed';

const VERDICTS = join(__dirname, 'redos', 'verdicts.json');
const RECHECK = '4.5.0';
// A pattern recheck cannot decide in this time (a very large alternation) fails too: simplify it or explain it.
const TIMEOUT = 30_000;

interface Verdicts {
  recheck: string;
  /** SHA-256 (first 16 hex digits) of flags + "/" + source of every pattern recheck found safe. */
  safe: Record<string, string>;
}

const keyOf = (p: { source: string; flags: string }) =>
  createHash('sha256').update(`${p.flags}/${p.source}`).digest('hex').slice(0, 16);

// (the key named, so that an entry for a pattern measured safe where it runs can be written without recomputing it)
function describeFailure(d: Diagnostics, where: string[], key: string): string {
  const at = `${where.slice(0, 3).join(', ')} [key ${key}]`;
  if (d.status === 'vulnerable') {
    const pump = d.attack.pumps.map((p) => `${JSON.stringify(p.prefix)} + ${JSON.stringify(p.pump)} × n`).join(' + ');
    return `${at}: ${d.complexity.summary}; attack ${pump} + ${JSON.stringify(d.attack.suffix)}\n  /${d.source.slice(0, 300)}/${d.flags}`;
  }
  const why = d.status === 'unknown' ? d.error.kind : d.status;
  return `${at}: recheck could not decide (${why})\n  /${d.source.slice(0, 300)}/${d.flags}`;
}

/** Runs `work` over the items two at a time (the machine's cores; recheck's native backend answers in parallel). */
async function inPairs<T>(items: readonly T[], work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all([worker(), worker()]);
}

describe('super-linear patterns (ReDoS)', () => {
  let collected: Collected;

  it('collects every pattern the code writes or builds', async () => {
    collected = await collectPatterns();
    // A RegExp call no run reached builds patterns nobody checks: make the exercise reach it.
    expect(collected.unreached).toEqual([]);
    expect(collected.failed).toEqual([]);
    expect(collected.patterns.length).toBeGreaterThan(500);
  }, 120_000);

  it('finds no pattern recheck calls vulnerable, except the explained ones', async () => {
    const verdicts = JSON.parse(readFileSync(VERDICTS, 'utf8')) as Verdicts;
    const full = process.env.REDOS_FULL === '1' || verdicts.recheck !== RECHECK;
    const allowed = new Map(ALLOWED.map((a) => [a.key, a]));
    const used = new Set<string>();
    const failures: string[] = [];
    const safe: Record<string, string> = {};
    const todo = collected.patterns.filter((p) => {
      const key = keyOf(p);
      if (allowed.has(key)) {
        used.add(key);
        return false;
      }
      if (!full && verdicts.safe[key]) {
        safe[key] = verdicts.safe[key];
        return false;
      }
      return true;
    });
    await inPairs(todo, async (p) => {
      const d = await check(p.source, p.flags, { timeout: TIMEOUT });
      if (d.status === 'safe') safe[keyOf(p)] = p.where[0] ?? '';
      else failures.push(describeFailure(d, p.where, keyOf(p)));
    });
    if (process.env.REDOS_UPDATE === '1')
      writeFileSync(VERDICTS, `${JSON.stringify({ recheck: RECHECK, safe: sorted(safe) }, null, 2)}\n`);
    expect(failures, `checked ${todo.length} new or changed patterns`).toEqual([]);
    // An entry whose pattern changed or went is told, not failed: the new pattern was checked above (another session
    // editing a concept's words should not have to touch this list unless the new pattern is flagged).
    const unused = ALLOWED.filter((a) => !used.has(a.key));
    if (unused.length)
      console.warn(`unused allow-list entries:\n${unused.map((a) => `${a.where}: ${a.key}`).join('\n')}`);
  }, 900_000);
});

function sorted(o: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
}
