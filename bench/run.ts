/**
 * npm run bench            — a table
 * npm run --silent bench -- --json   — one JSON object (the shape the issues ask for)
 * npm run bench -- --only message,team   — some groups only (bench/groups.ts; latest.json is not written)
 * Writes the same JSON to bench-results/latest.json for the README.
 *
 * Each group runs in a node process of its own (bench/groups.ts), one after another: a group measured in a
 * process that had run the others before it inherited their leftovers (see bench/groups.ts).
 */
import { fork } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { GROUPS, type Group, type GroupResult } from './groups';

const json = process.argv.includes('--json');
const log = (s: string) => !json && console.log(s);
const onlyArg = process.argv.indexOf('--only');
const only = onlyArg > 0 ? new Set(process.argv[onlyArg + 1]?.split(',')) : undefined;
for (const g of only ?? [])
  if (!(g in GROUPS)) throw new Error(`no benchmark group ${g}: ${Object.keys(GROUPS).join(', ')}`);

/** Runs one group in a fresh process (node --expose-gc --import tsx, as this one runs). */
function run<G extends Group>(group: G): Promise<GroupResult<G>> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(new URL('./groups.ts', import.meta.url)), [group, ...(json ? ['--json'] : [])], {
      execArgv: ['--expose-gc', '--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let result: GroupResult<G> | undefined;
    child.on('message', (m) => (result = m as GroupResult<G>));
    child.on('error', reject);
    child.on('exit', (code) =>
      result !== undefined ? resolve(result) : reject(new Error(`benchmark group ${group} failed (exit ${code})`)),
    );
  });
}
const wanted = (g: Group) => !only || only.has(g);

log('Red Flag Radar benchmarks (targets from the issues; each group in a node process of its own)\n');
const result: Record<string, unknown> = {};
const part = (k: string) => (result[k] ??= {}) as Record<string, unknown>;

if (wanted('extract')) {
  const { upwork: extract, others } = await run('extract');
  log(
    `extract  upwork_ms_median       ${String(extract.upwork_ms_median).padStart(8)}  (≤ 20 ms; ${extract.page} page)`,
  );
  for (const [k, v] of Object.entries(others))
    log(`extract  ${k.padEnd(22)} ${String(v).padStart(8)}  (≤ 20 ms; fixture)`);
  result.extract = { upwork_ms_median: extract.upwork_ms_median, ...others };
}
if (wanted('score')) {
  const score = await run('score');
  log(
    `score    profiles_per_second    ${String(score.profiles_per_second).padStart(8)}  (≥ 20,000; per second of the process's CPU time ${score.profiles_per_cpu_second})`,
  );
  result.score = score;
}
if (wanted('message')) {
  const { message, realText, marketText: market, webText: web, adviceText: advice } = await run('message');
  log(
    `message  messages_per_second    ${String(message.messages_per_second).padStart(8)}  (≥ 5,000; 1 KB messages; median of ${message.batches} timed batches of ${message.messages}, after ${message.warmup_messages} to warm up; the first ${message.messages} alone ${message.first_pass_ms} ms; per second of the process's CPU time ${message.messages_per_cpu_second})`,
  );
  log(
    `message  real text findings     ${String(realText.findings).padStart(8)}  (in ${realText.passages} passages of Debian fortunes and Debian Reference, five languages)`,
  );
  for (const e of realText.examples) log(`           ${e.slice(0, 110)}`);
  log(`message  real_messages_per_second ${String(realText.messages_per_second).padStart(7)}  (1 KB of that text)`);
  const judgedText = (title: string, of: string, folder: string, set: typeof market) => {
    log(
      `message  ${title.padEnd(22)} ${String(set.red_flags).padStart(8)} red flags, ${set.notes} notes  (in ${set.passages} passages of ${of}; ${set.red_flags_per_10k} / ${set.notes_per_10k} per 10,000; target ≤ 1 finding per 10,000 of text without requests)`,
    );
    log(
      `           read by hand: ${set.asks.red_flags + set.asks.notes} ask what the rules look for (red flags ${set.asks.red_flags}, notes ${set.asks.notes}), ${set.false_alarms.red_flags + set.false_alarms.notes} false alarms (red flags ${set.false_alarms.red_flags}, notes ${set.false_alarms.notes}) = ${set.false_alarm_findings_per_10k} per 10,000 (red flags ${set.false_alarm_red_flags_per_10k})`,
    );
    log(`           (one finding is ${set.one_finding_per_10k} per 10,000 of this sample)`);
    for (const [by, split] of [
      ['source', set.by_source],
      ['language', set.by_language],
    ] as const)
      for (const [k, c] of Object.entries(split))
        log(
          `           by ${by} ${k.padEnd(23)} ${String(c.passages).padStart(6)} passages: ${c.red_flags} red flags, ${c.notes} notes; ${c.asks} right, ${c.false_alarms} false alarms = ${c.false_alarms_per_10k} per 10,000${c.unread ? `, ${c.unread} NOT READ` : ''}`,
        );
    for (const e of set.false_alarm_findings) log(`           false alarm ${e.slice(0, 110)}`);
    if (set.unread.findings.length)
      log(`           NOT READ YET (judge them in bench/${folder}/judged.json): ${set.unread.findings.length}`);
    for (const e of set.unread.findings) log(`           unread ${e.slice(0, 110)}`);
    if (set.judged_not_found.length) log(`           judged but no longer found: ${set.judged_not_found.join(', ')}`);
  };
  judgedText(
    'marketplace text',
    'real job posts, project descriptions, profiles and proposals',
    'benign-market',
    market,
  );
  judgedText(
    'published pages',
    'published business, association, shop and project pages (terms, imprints, help desks, donations)',
    'benign-web',
    web,
  );
  judgedText(
    'hiring advice',
    'guides, blog posts, forum answers and process pages on getting paid, deposits, crypto, messengers and scams',
    'benign-advice',
    advice,
  );
  Object.assign(part('message'), {
    ...message,
    real_text: realText,
    market_text: market,
    web_text: web,
    advice_text: advice,
  });
}
if (wanted('pageload')) {
  const pageload = await run('pageload');
  log(
    `pageload overhead_ratio         ${String(pageload.overhead_ratio).padStart(8)}  (≤ 1.05; ${pageload.load_ms_median_with} ms vs ${pageload.load_ms_median_without} ms)`,
  );
  log(`pageload content_script_ms_median ${String(pageload.content_script_ms_median).padStart(6)}  (≤ 20 ms)`);
  Object.assign(part('pageload'), pageload);
}
if (wanted('photo')) {
  const photos = await run('photo');
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
  result.photo = {
    ours: p.ours,
    blockhash: { recall: p.blockhash.recall, false_positive_rate: p.blockhash.false_positive_rate },
    dhash: { recall: p.dhash.recall, false_positive_rate: p.dhash.false_positive_rate },
    photos: p.photos,
  };
  result.lookup = photos.lookup;
}
if (wanted('memory')) {
  const mem = await run('memory');
  log(
    `memory   check_ms_median        ${String(mem.check_ms_median).padStart(8)}  (≤ 10 ms among ${mem.profiles} profiles)`,
  );
  log(`memory   bytes_per_profile      ${String(mem.bytes_per_profile).padStart(8)}  (≤ 2048; photos excluded)`);
  log(
    `memory   history_render_ms      ${String(mem.history_render_ms).padStart(8)}  (≤ 300 ms; first 100 rows, Chromium)`,
  );
  Object.assign(part('memory'), mem);
}
if (wanted('team')) {
  const team = await run('team');
  log(
    `pageload cold_badge_ms_100k     ${String(team.cold_badge_ms_100k).padStart(8)}  (≤ 500 ms; worker stopped, ${team.profiles_at_cold_start} profiles own + team: the page's own load ${team.cold_page_load_ms} ms + ours ${team.cold_badge_after_load_ms} ms; warm ${team.warm_badge_ms} ms)`,
  );
  log(
    `memory   worker_mb_100k         ${String(team.worker_mb_100k).padStart(8)}  (≤ 150 MB; the woken worker's JS heap)`,
  );
  log(
    `team     check_ms_median        ${String(team.check_ms_median).padStart(8)}  (≤ 10 ms among ${team.team_profiles} colleagues' profiles, ${team.hashes_only} hashes only)`,
  );
  Object.assign(part('pageload'), {
    cold_badge_ms_100k: team.cold_badge_ms_100k,
    cold_page_load_ms: team.cold_page_load_ms,
    cold_badge_after_load_ms: team.cold_badge_after_load_ms,
    warm_badge_ms: team.warm_badge_ms,
    warm_badge_after_load_ms: team.warm_badge_after_load_ms,
  });
  part('memory').worker_mb_100k = team.worker_mb_100k;
  Object.assign(part('team'), {
    check_ms_median: team.check_ms_median,
    team_profiles: team.team_profiles,
    hashes_only: team.hashes_only,
    profiles_at_cold_start: team.profiles_at_cold_start,
  });
}
// Team replication: 10,000 colleagues' records pulled from a CouchDB-protocol server into an empty browser.
if (wanted('teamSync')) Object.assign(part('team'), await run('teamSync'));
if (wanted('cli')) {
  const cli = await run('cli');
  log(
    `cli      peak_rss_mb            ${String(cli.peak_rss_mb).padStart(8)}  (≤ 500 MB; radar scan of ${cli.pages} real saved pages, ${cli.folder_mb} MB)`,
  );
  log(`cli      ms_per_page            ${String(cli.ms_per_page).padStart(8)}  (whole run incl. start-up, per page)`);
  result.cli = cli;
}

if (!only) {
  mkdirSync('bench-results', { recursive: true });
  writeFileSync(
    'bench-results/latest.json',
    `${JSON.stringify({ ...result, measuredAt: new Date().toISOString() }, null, 2)}\n`,
  );
}
if (json) process.stdout.write(`${JSON.stringify(result)}\n`);
