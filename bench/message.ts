/** Message rules throughput on ~1 KB messages (target ≥ 5,000 messages/s). */
import { analyzeMessage } from '../lib/analyze';
import { NEGATIVES, POSITIVES } from '../tests/corpus/messages';

export function benchMessages(seconds = 2) {
  // ~1 KB each: corpus messages strung together, so the mix of hits and misses is the corpus's.
  const all = [...POSITIVES, ...NEGATIVES].map(([t]) => t);
  const messages: string[] = [];
  for (let i = 0; messages.length < 200; i++) {
    let m = '';
    for (let j = i; m.length < 1000; j++) m += `${all[(j * 7) % all.length]}\n`;
    messages.push(m.slice(0, 1024));
  }
  for (const m of messages) analyzeMessage(m); // warm-up
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < seconds * 1000) {
    for (const m of messages) analyzeMessage(m);
    n += messages.length;
  }
  return { messages_per_second: Math.round(n / ((performance.now() - start) / 1000)) };
}
