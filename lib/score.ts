/**
 * Findings → risk level (red-flags.md, "Scoring guidance"): weights high 3, medium 2, low 1, capped at 10.
 * A prominent "high" needs one high finding or medium findings from two independent groups, so a pile of
 * weak signals never reads as a verdict.
 *
 * Notes (`note: true`: a broad skill list, the UTC default, no photo …) are not red flags and never count
 * one by one. Low signals count only in combination: on a profile WITHOUT an established track record
 * (lib/track-record.ts), notes from three independent groups (two at high sensitivity) still raise the
 * level to medium. A medium or high finding keeps its level however long the track record.
 */
import type { Finding, RuleGroup, Severity } from './rules/types';

export type Level = 'none' | 'low' | 'medium' | 'high';
export type Sensitivity = 'low' | 'normal' | 'high';

export const WEIGHTS: Record<Severity, number> = { high: 3, medium: 2, low: 1 };
export const SCORE_CAP = 10;

export interface Scored {
  level: Level;
  score: number;
  /** Present (true) when the level comes from notes in combination, not from any red flag alone. */
  fromNotes?: true;
}

export function score(
  findings: readonly Finding[],
  groupOf: (rule: string) => RuleGroup | string,
  sensitivity: Sensitivity = 'normal',
  established = false,
): Scored {
  // Points and whether any counted finding is high; groups only when a level depends on them.
  let points = 0;
  let counted = 0;
  let high = false;
  for (const f of findings) {
    if (f.note || (sensitivity === 'low' && f.severity === 'low')) continue;
    counted++;
    points += WEIGHTS[f.severity];
    if (f.severity === 'high') high = true;
  }
  let level: Level = 'none';
  let fromNotes = false;
  if (high) level = 'high';
  else {
    // The groups of the medium and low red flags and of the notes, each once, in one loop (a handful of findings:
    // looked through, no closures, spreads or Set made for every profile scored).
    const combination = sensitivity === 'high' ? 2 : 3;
    const medium: string[] = [];
    const low: string[] = [];
    const notes: string[] = [];
    const noNotes = sensitivity === 'low' || established;
    for (const f of findings) {
      const list = f.note
        ? noNotes
          ? undefined
          : notes
        : f.severity === 'medium'
          ? medium
          : f.severity === 'low' && sensitivity !== 'low'
            ? low
            : undefined;
      if (!list) continue;
      const g = groupOf(f.rule);
      if (!list.includes(g)) list.push(g);
    }
    // The groups of low red flags and notes together.
    let lowOrNote = low.length;
    for (const g of notes) if (!low.includes(g)) lowOrNote++;
    if (medium.length >= 2) level = 'high';
    else if (medium.length || low.length >= combination) level = 'medium';
    else if (notes.length && lowOrNote >= combination) {
      level = 'medium';
      fromNotes = true;
      for (const f of findings) if (f.note) points += WEIGHTS[f.severity];
    } else if (counted) level = 'low';
  }
  const out: Scored = { level, score: Math.min(SCORE_CAP, points) };
  if (fromNotes) out.fromNotes = true;
  return out;
}
