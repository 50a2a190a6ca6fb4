/** Message rules throughput on ~1 KB messages (target ≥ 5,000 messages/s). */
import { analyzeMessage } from '../lib/analyze';
import { NEGATIVES, POSITIVES } from '../tests/corpus/messages';
import { median, round } from './stats';
import { realText } from './text-data';

/** The bench's 200 messages of ~1 KB: corpus messages strung together, so the mix of hits and misses is the corpus's. */
export function benchMessageTexts(): string[] {
  const all = [...POSITIVES, ...NEGATIVES].map(([t]) => t);
  const messages: string[] = [];
  for (let i = 0; messages.length < 200; i++) {
    let m = '';
    for (let j = i; m.length < 1000; j++) m += `${all[(j * 7) % all.length]}\n`;
    messages.push(m.slice(0, 1024));
  }
  return messages;
}

export function benchMessages(seconds = 2) {
  return throughput(benchMessageTexts(), seconds);
}

/** The rules over these messages once, in ms (in a fresh process: the first messages a woken worker reads). */
function pass(messages: string[], cpu?: number[]): number {
  const before = process.cpuUsage();
  const start = performance.now();
  for (const m of messages) analyzeMessage(m);
  const ms = performance.now() - start;
  const used = process.cpuUsage(before);
  cpu?.push((used.user + used.system) / 1000);
  return ms;
}

/**
 * How many of these messages the rules read per second once warm: passes over them for `warmup` seconds first
 * (the first pass compiles every pattern, and V8 finishes optimising the rules only after ~3,000 messages, later
 * the busier the shared machine keeps its compiler threads: with one warm-up pass, as before, most of a 2 s
 * window was spent in unoptimised code, and the figure measured the machine's load more than the rules), then
 * the median pass of the next `seconds` (a pass another process on the machine slowed does not move it).
 */
function throughput(messages: string[], seconds: number, warmup = 3) {
  const first = pass(messages);
  let warm = messages.length;
  for (const start = performance.now(); performance.now() - start < warmup * 1000; warm += messages.length)
    pass(messages);
  const ms: number[] = [];
  // The process's CPU time per pass as well: on this shared machine the wall clock counts the time the process
  // waited for a core; CPU time does not (it counts V8's helper threads too, so it errs on the slow side).
  const cpu: number[] = [];
  for (let total = 0; total < seconds * 1000;) {
    const t = pass(messages, cpu);
    ms.push(t);
    total += t;
  }
  return {
    messages_per_second: Math.round(messages.length / (median(ms) / 1000)),
    messages_per_cpu_second: Math.round(messages.length / (median(cpu) / 1000)),
    messages: messages.length,
    batches: ms.length,
    warmup_messages: warm,
    first_pass_ms: round(first, 1),
  };
}

/**
 * The message rules on real benign text (bench/text-data.ts): how many passages raise a finding, per
 * language and source, and throughput on ~1 KB messages made of that text (what a proposal mostly looks like).
 */
export async function benchRealText(log: (s: string) => void, seconds = 2) {
  const passages = await realText(log);
  const by_language: Record<string, { passages: number; findings: number }> = {};
  const sources: Record<string, { passages: number; findings: number }> = {};
  const examples: string[] = [];
  // Red flags (colour a badge) and notes (weak evidence, lib/rules/grade.ts) apart.
  let red_flags = 0;
  for (const p of passages) {
    const found = analyzeMessage(p.text).findings;
    for (const f of found) if (!f.note) red_flags++;
    (by_language[p.lang] ??= { passages: 0, findings: 0 }).passages++;
    (sources[p.source] ??= { passages: 0, findings: 0 }).passages++;
    if (!found.length) continue;
    by_language[p.lang].findings += found.length;
    sources[p.source].findings += found.length;
    for (const f of found)
      examples.push(
        `${p.lang} [${f.rule}${f.note ? ', note' : ''}] ${(f.quotes ?? []).join(' | ').replace(/\s+/g, ' ')}`,
      );
  }
  const messages: string[] = [];
  for (let i = 0, m = ''; i < passages.length && messages.length < 200; i++) {
    m += `${passages[(i * 37) % passages.length].text}\n`;
    if (m.length >= 1000) {
      messages.push(m.slice(0, 1024));
      m = '';
    }
  }
  const findings = Object.values(sources).reduce((a, s) => a + s.findings, 0);
  return {
    passages: passages.length,
    findings,
    findings_per_10k: Math.round((findings / passages.length) * 100_000) / 10,
    red_flags,
    red_flags_per_10k: Math.round((red_flags / passages.length) * 100_000) / 10,
    by_language,
    sources,
    examples,
    messages_per_second: throughput(messages, seconds).messages_per_second,
  };
}
