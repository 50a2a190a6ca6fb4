/**
 * Rules + scoring throughput (target ≥ 20,000 profiles/s). Every analysed profile is a fresh object (cloned
 * outside the timed part), so nothing cached per profile makes the figure look better than real use.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyzeRead } from '../lib/analyze';
import type { ReadResult } from '../lib/profile';

const read = (name: string): ReadResult =>
  JSON.parse(
    readFileSync(fileURLToPath(new URL(`../tests/fixtures/upwork/${name}.expected.json`, import.meta.url)), 'utf8'),
  );

export function benchScore(seconds = 2) {
  const reads = [read('visitor-view'), read('red-flags-persona')];
  const now = new Date('2026-06-10T12:00:00Z');
  const batch = () => Array.from({ length: 2000 }, (_, i) => structuredClone(reads[i % 2]));
  for (let i = 0; i < 5; i++) for (const r of batch()) analyzeRead('upwork', 'u', r, { now }); // warm-up
  // The clones are the benchmark's own garbage: collect it before each timed batch (node --expose-gc).
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
  let n = 0;
  let timed = 0;
  // The process's CPU time too (bench/message.ts says why).
  let cpu = 0;
  while (timed < seconds * 1000) {
    const items = batch();
    gc();
    const before = process.cpuUsage();
    const start = performance.now();
    for (const r of items) analyzeRead('upwork', 'u', r, { now });
    timed += performance.now() - start;
    const used = process.cpuUsage(before);
    cpu += (used.user + used.system) / 1000;
    n += items.length;
  }
  return {
    profiles_per_second: Math.round(n / (timed / 1000)),
    profiles_per_cpu_second: Math.round(n / (cpu / 1000)),
  };
}
