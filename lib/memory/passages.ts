/** The passages two texts share, side by side: for showing a duplicate-text finding's evidence. */
import { sentences } from '../text/sentences';
import { fnv, words } from './fingerprint';

function grams(s: string): Set<number> {
  const w = words(s);
  const out = new Set<number>();
  for (let i = 0; i + 3 <= w.length; i++) out.add(fnv(w.slice(i, i + 3).join(' ')));
  return out;
}

function jaccard(a: Set<number>, b: Set<number>): number {
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter || 1);
}

/** Up to `max` pairs (this text's sentence, the other's) that say nearly the same, longest first. */
export function sharedPassages(mine: string, theirs: string, max = 3): [string, string][] {
  const others = sentences(theirs)
    .filter((s) => words(s).length >= 6)
    .map((s) => ({ s, g: grams(s) }));
  const pairs: [string, string, number][] = [];
  for (const s of sentences(mine)) {
    if (words(s).length < 6) continue;
    const g = grams(s);
    let best: { s: string; j: number } | undefined;
    for (const o of others) {
      const j = jaccard(g, o.g);
      if (j >= 0.5 && (!best || j > best.j)) best = { s: o.s, j };
    }
    if (best) pairs.push([s, best.s, s.length]);
  }
  return pairs
    .sort((a, b) => b[2] - a[2])
    .slice(0, max)
    .map(([a, b]) => [a, b]);
}
