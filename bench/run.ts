/**
 * npm run bench            — a table
 * npm run --silent bench -- --json   — one JSON object (the shape the issues ask for)
 * Writes the same JSON to bench-results/latest.json for the README.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { benchExtract, benchExtractOthers } from './extract';
import { benchPageload } from './pageload';
import { benchMessages, benchRealText } from './message';
import { benchScore } from './score';
import { benchPhoto } from './photo';
import { benchMemory } from './memory';
import { benchTeam } from './team';
import { benchTeamSync } from './team-sync';
import { benchCli } from './cli';

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
const realText = await benchRealText(log);
log(
  `message  real text findings     ${String(realText.findings).padStart(8)}  (in ${realText.passages} passages of Debian fortunes and Debian Reference, five languages)`,
);
for (const e of realText.examples) log(`           ${e.slice(0, 110)}`);
log(`message  real_messages_per_second ${String(realText.messages_per_second).padStart(7)}  (1 KB of that text)`);
const pageload = await benchPageload();
log(
  `pageload overhead_ratio         ${String(pageload.overhead_ratio).padStart(8)}  (≤ 1.05; ${pageload.load_ms_median_with} ms vs ${pageload.load_ms_median_without} ms)`,
);
log(`pageload content_script_ms_median ${String(pageload.content_script_ms_median).padStart(6)}  (≤ 20 ms)`);

const photos = await benchPhoto(log);
const p = photos.photo;
log(
  `photo    ours recall / FPR      ${String(p.ours.recall).padStart(8)} / ${p.ours.false_positive_rate}  (highest; FPR ≤ 0.001; ${p.photos} photos)`,
);
log(`photo    ours crop5_recall      ${String(p.ours.crop5_recall).padStart(8)}  (≥ 0.95)`);
log(`photo    ours hash_ms_median    ${String(p.ours.hash_ms_median).padStart(8)}`);
log(`photo    blockhash recall / FPR ${String(p.blockhash.recall).padStart(8)} / ${p.blockhash.false_positive_rate}`);
log(`photo    dhash recall / FPR     ${String(p.dhash.recall).padStart(8)} / ${p.dhash.false_positive_rate}`);
log(
  `lookup   query_ms_median        ${String(photos.lookup.query_ms_median).padStart(8)}  (≤ 5 ms among ${photos.lookup.n} photos; linear scan ${photos.lookup.linear_scan_ms_median} ms)`,
);

const mem = await benchMemory(log);
log(
  `memory   check_ms_median        ${String(mem.check_ms_median).padStart(8)}  (≤ 10 ms among ${mem.profiles} profiles)`,
);
log(`memory   bytes_per_profile      ${String(mem.bytes_per_profile).padStart(8)}  (≤ 2048; photos excluded)`);
log(
  `memory   history_render_ms      ${String(mem.history_render_ms).padStart(8)}  (≤ 300 ms; first 100 rows, Chromium)`,
);

const team = await benchTeam(log);
log(
  `pageload cold_badge_ms_100k     ${String(team.cold_badge_ms_100k).padStart(8)}  (≤ 500 ms; worker stopped, ${team.profiles_at_cold_start} profiles own + team: the page's own load ${team.cold_page_load_ms} ms + ours ${team.cold_badge_after_load_ms} ms; warm ${team.warm_badge_ms} ms)`,
);
log(
  `memory   worker_mb_100k         ${String(team.worker_mb_100k).padStart(8)}  (≤ 150 MB; the woken worker's JS heap)`,
);
log(
  `team     check_ms_median        ${String(team.check_ms_median).padStart(8)}  (≤ 10 ms among ${team.team_profiles} colleagues' profiles, ${team.hashes_only} hashes only)`,
);

// Team replication: 10,000 colleagues' records pulled from a CouchDB-protocol server into an empty browser.
const teamSync = await benchTeamSync(log);

const cli = await benchCli(log);
log(
  `cli      peak_rss_mb            ${String(cli.peak_rss_mb).padStart(8)}  (≤ 500 MB; radar scan of ${cli.pages} real saved pages, ${cli.folder_mb} MB)`,
);
log(`cli      ms_per_page            ${String(cli.ms_per_page).padStart(8)}  (whole run incl. start-up, per page)`);

const result = {
  extract: { upwork_ms_median: extract.upwork_ms_median, ...others },
  score,
  message: { ...message, real_text: realText },
  pageload: {
    ...pageload,
    cold_badge_ms_100k: team.cold_badge_ms_100k,
    cold_page_load_ms: team.cold_page_load_ms,
    cold_badge_after_load_ms: team.cold_badge_after_load_ms,
    warm_badge_ms: team.warm_badge_ms,
    warm_badge_after_load_ms: team.warm_badge_after_load_ms,
  },
  photo: {
    ours: p.ours,
    blockhash: { recall: p.blockhash.recall, false_positive_rate: p.blockhash.false_positive_rate },
    dhash: { recall: p.dhash.recall, false_positive_rate: p.dhash.false_positive_rate },
    photos: p.photos,
  },
  lookup: photos.lookup,
  memory: { ...mem, worker_mb_100k: team.worker_mb_100k },
  team: {
    check_ms_median: team.check_ms_median,
    team_profiles: team.team_profiles,
    hashes_only: team.hashes_only,
    profiles_at_cold_start: team.profiles_at_cold_start,
    ...teamSync,
  },
  cli,
};
mkdirSync('bench-results', { recursive: true });
writeFileSync(
  'bench-results/latest.json',
  `${JSON.stringify({ ...result, measuredAt: new Date().toISOString() }, null, 2)}\n`,
);
if (json) process.stdout.write(`${JSON.stringify(result)}\n`);
