/**
 * Every profile analysis over every profile the project has, for speed work that must not change a single output:
 *   node --import tsx bench/profiles-snapshot.ts [out.txt]
 * prints how many results and a SHA-256 of JSON.stringify(analyzeRead(…)) for each, in order (findings, evidence,
 * facts, risk, everything returned); with a file name, writes them one a line to compare with `cmp` or `diff` before
 * and after a change. The profiles: every site's fixture reads (tests/fixtures/<site>/*.expected.json), 400 random
 * profiles of the fuzz suite (its seed), 300 of the memory benchmark's synthetic ones, the message corpora as bios, and the real saved pages in
 * ../shared/fixtures-real/ (the CLI's report on the day each was captured, and its read again on other days) —
 * each on several days and at each sensitivity, in English and in German.
 */
import { createHash } from 'node:crypto';
import { existsSync, openSync, readdirSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { analyzeRead } from '../lib/analyze';
import { setLocale, type Locale } from '../lib/i18n';
import { expandInputs, scanFile } from '../lib/cli/scan';
import { pagesClosed } from '../lib/cli/parse-html';
import type { ReadResult } from '../lib/profile';
import { CAPTURED } from '../tests/real-pages/captured';
import { profile as arbProfile, SEED } from '../tests/fuzz/arbitraries';
import { NEGATIVES, POSITIVES } from '../tests/corpus/messages';
import * as real from '../tests/corpus/real/load';
import { syntheticProfile } from './synthetic';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const REAL = join(ROOT, '../shared/fixtures-real');
const NOWS = [
  '2026-06-10T12:00:00Z',
  '2021-12-06T12:00:00Z',
  '2024-01-01T00:00:00Z',
  '2027-03-15T08:30:00Z',
  '2026-06-10T08:36:00Z',
];
const SENS = [undefined, 'low', 'normal', 'high'] as const;
const hash = createHash('sha256');
const file = process.argv[2] ? openSync(process.argv[2], 'w') : undefined;
let n = 0;
const out = (label: string, v: unknown) => {
  const line = `${label}\t${JSON.stringify(v)}\n`;
  hash.update(line);
  if (file !== undefined) writeSync(file, line);
  n++;
};
const reads: [string, string, string, ReadResult][] = [];
const fx = join(ROOT, 'tests/fixtures');
for (const site of readdirSync(fx).sort())
  for (const f of readdirSync(join(fx, site)).sort())
    if (f.endsWith('.expected.json'))
      reads.push([`fx:${site}/${f}`, site, 'u', JSON.parse(readFileSync(join(fx, site, f), 'utf8'))]);
const fuzz = fc.sample(arbProfile, { seed: SEED, numRuns: 400 });
fuzz.forEach((p, i) =>
  reads.push([
    `fuzz:${i}`,
    p.site,
    p.url,
    { status: i % 3 ? 'ok' : 'partial', profile: p, missing: i % 5 ? [] : ['name', 'x:conflict'] },
  ]),
);
for (let i = 0; i < 300; i++) {
  const p = syntheticProfile(i);
  reads.push([`syn:${i}`, p.site, p.url, { status: 'ok', profile: p, missing: [] }]);
}
// The message corpora as bios (contacts, wallets, crypto offers, names spelled around filters), in turn from a few
// countries (phone numbers are read by the profile's country).
const COUNTRIES = ['US', 'DE', 'BR', 'IN', 'UA', 'GB'];
const bios = [
  ...POSITIVES.map(([t]) => t),
  ...NEGATIVES.map(([t]) => t),
  ...real.asLabelled(real.tuningText()).map(([t]) => t),
  ...real.realItems().map((i) => i.text),
];
bios.forEach((bio, i) => {
  const p = syntheticProfile(i);
  const profile = { ...p, bio, location: { country: COUNTRIES[i % COUNTRIES.length] } };
  reads.push([`bio:${i}`, p.site, p.url, { status: 'ok', profile, missing: [] }]);
});
// The real saved pages: the CLI's report on the day each was captured, and the read itself for the other dates.
const realReads: [string, string, string, ReadResult, unknown][] = [];
if (existsSync(REAL))
  for (const page of expandInputs([REAL]).map((f) => f.slice(REAL.length + 1))) {
    const { now, url } = CAPTURED[page]!;
    const report = scanFile(join(REAL, page), { now: new Date(`${now}T12:00:00Z`), url });
    if (report.profile)
      realReads.push([
        page,
        report.site!,
        report.url,
        { status: report.status, missing: report.missing, profile: report.profile },
        report,
      ]);
    else out(`real:${page}`, report);
    await pagesClosed();
  }
for (const loc of ['en', 'de'] as Locale[]) {
  setLocale(loc);
  for (const [label, site, url, r] of reads)
    for (const now of NOWS)
      for (const s of SENS) {
        if (/^(?:fuzz|bio):/.test(label) && (s !== undefined || now !== NOWS[0])) continue;
        out(
          `${loc} ${label} ${now} ${s}`,
          analyzeRead(site, url, structuredClone(r), { now: new Date(now), sensitivity: s }),
        );
      }
  for (const [page, site, url, read, report] of realReads) {
    out(`${loc} real:${page} cli`, loc === 'en' ? report : undefined);
    for (const d of [CAPTURED[page]!.now + 'T12:00:00Z', ...NOWS])
      for (const s of SENS)
        out(
          `${loc} real:${page} ${d} ${s}`,
          analyzeRead(site, url, structuredClone(read), { now: new Date(d), sensitivity: s }),
        );
  }
}
setLocale('en');
console.log(`${n} results (${reads.length} reads), sha256 ${hash.digest('hex')}`);
