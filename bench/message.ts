/** Message rules throughput on ~1 KB messages (target ≥ 5,000 messages/s). */
import { analyzeMessage } from '../lib/analyze';
import { NEGATIVES, POSITIVES } from '../tests/corpus/messages';
import { realText } from './text-data';

export function benchMessages(seconds = 2) {
  // ~1 KB each: corpus messages strung together, so the mix of hits and misses is the corpus's.
  const all = [...POSITIVES, ...NEGATIVES].map(([t]) => t);
  const messages: string[] = [];
  for (let i = 0; messages.length < 200; i++) {
    let m = '';
    for (let j = i; m.length < 1000; j++) m += `${all[(j * 7) % all.length]}\n`;
    messages.push(m.slice(0, 1024));
  }
  return { messages_per_second: messagesPerSecond(messages, seconds) };
}

/** How many of these messages the rules read per second (after one warm-up pass). */
function messagesPerSecond(messages: string[], seconds: number): number {
  for (const m of messages) analyzeMessage(m);
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < seconds * 1000) {
    for (const m of messages) analyzeMessage(m);
    n += messages.length;
  }
  return Math.round(n / ((performance.now() - start) / 1000));
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
  for (const p of passages) {
    const found = analyzeMessage(p.text).findings;
    (by_language[p.lang] ??= { passages: 0, findings: 0 }).passages++;
    (sources[p.source] ??= { passages: 0, findings: 0 }).passages++;
    if (!found.length) continue;
    by_language[p.lang].findings += found.length;
    sources[p.source].findings += found.length;
    for (const f of found) examples.push(`${p.lang} [${f.rule}] ${(f.quotes ?? []).join(' | ').replace(/\s+/g, ' ')}`);
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
    by_language,
    sources,
    examples,
    messages_per_second: messagesPerSecond(messages, seconds),
  };
}
