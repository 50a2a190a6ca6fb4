/**
 * npm run bench            — a table
 * npm run --silent bench -- --json   — one JSON object (the shape the issues ask for)
 * Writes the same JSON to bench-results/latest.json for the README.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { benchExtract, benchExtractOthers } from './extract';
import { benchPageload } from './pageload';
import { benchMessages } from './message';
import { benchScore } from './score';

const json = process.argv.includes('--json');
const log = (s: string) => !json && console.log(s);

log('Red Flag Radar benchmarks (targets from the issues)\n');
const extract = benchExtract();
log(`extract  upwork_ms_median       ${String(extract.upwork_ms_median).padStart(8)}  (≤ 20 ms; ${extract.page} page)`);
const others = benchExtractOthers();
for (const [k, v] of Object.entries(others))
  log(`extract  ${k.padEnd(22)} ${String(v).padStart(8)}  (≤ 20 ms; fixture)`);
const score = benchScore();
log(`score    profiles_per_second    ${String(score.profiles_per_second).padStart(8)}  (≥ 20,000)`);
const message = benchMessages();
log(`message  messages_per_second    ${String(message.messages_per_second).padStart(8)}  (≥ 5,000; 1 KB messages)`);
const pageload = await benchPageload();
log(
  `pageload overhead_ratio         ${String(pageload.overhead_ratio).padStart(8)}  (≤ 1.05; ${pageload.load_ms_median_with} ms vs ${pageload.load_ms_median_without} ms)`,
);
log(`pageload content_script_ms_median ${String(pageload.content_script_ms_median).padStart(6)}  (≤ 20 ms)`);

const result = {
  extract: { upwork_ms_median: extract.upwork_ms_median, ...others },
  score,
  message,
  pageload,
};
mkdirSync('bench-results', { recursive: true });
writeFileSync(
  'bench-results/latest.json',
  `${JSON.stringify({ ...result, measuredAt: new Date().toISOString() }, null, 2)}\n`,
);
if (json) process.stdout.write(`${JSON.stringify(result)}\n`);
