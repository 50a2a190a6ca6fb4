/**
 * Findings → risk level (red-flags.md, "Scoring guidance"): weights high 3, medium 2, low 1, capped at 10.
 * A prominent "high" needs one high finding or medium findings from two independent groups, so a pile of
 * weak signals never reads as a verdict.
 */
import type { Finding, RuleGroup, Severity } from './rules/types';

export type Level = 'none' | 'low' | 'medium' | 'high';
export type Sensitivity = 'low' | 'normal' | 'high';

export const WEIGHTS: Record<Severity, number> = { high: 3, medium: 2, low: 1 };
export const SCORE_CAP = 10;

export interface Scored {
  level: Level;
  score: number;
}

export function score(
  findings: readonly Finding[],
  groupOf: (rule: string) => RuleGroup | string,
  sensitivity: Sensitivity = 'normal',
): Scored {
  const counted = sensitivity === 'low' ? findings.filter((f) => f.severity !== 'low') : findings;
  const points = Math.min(
    SCORE_CAP,
    counted.reduce((sum, f) => sum + WEIGHTS[f.severity], 0),
  );
  const groups = (sev: Severity[]) =>
    new Set(counted.filter((f) => sev.includes(f.severity)).map((f) => groupOf(f.rule)));
  let level: Level = 'none';
  if (counted.some((f) => f.severity === 'high') || groups(['medium']).size >= 2) level = 'high';
  else if (counted.some((f) => f.severity === 'medium') || groups(['low']).size >= (sensitivity === 'high' ? 2 : 3)) {
    level = 'medium';
  } else if (counted.length) level = 'low';
  return { level, score: points };
}
