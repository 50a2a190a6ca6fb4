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
    const groups = (pick: (f: Finding) => boolean) => {
      const out: string[] = [];
      for (const f of findings) {
        if (!pick(f)) continue;
        const g = groupOf(f.rule);
        if (!out.includes(g)) out.push(g);
      }
      return out;
    };
    const combination = sensitivity === 'high' ? 2 : 3;
    const medium = groups((f) => !f.note && f.severity === 'medium');
    const low = sensitivity === 'low' ? [] : groups((f) => !f.note && f.severity === 'low');
    const notes = sensitivity === 'low' || established ? [] : groups((f) => !!f.note);
    if (medium.length >= 2) level = 'high';
    else if (medium.length || low.length >= combination) level = 'medium';
    else if (notes.length && new Set([...low, ...notes]).size >= combination) {
      level = 'medium';
      fromNotes = true;
      for (const f of findings) if (f.note) points += WEIGHTS[f.severity];
    } else if (counted) level = 'low';
  }
  const out: Scored = { level, score: Math.min(SCORE_CAP, points) };
  if (fromNotes) out.fromNotes = true;
  return out;
}
