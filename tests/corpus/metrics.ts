import { analyzeMessage } from '../../lib/analyze';
import { messageRules } from '../../lib/rules';
import { NEGATIVES, POSITIVES, type Labelled } from './messages';

/** Right and wrong warnings of one grade (lib/rules/grade.ts): red flags, or notes. */
export interface Graded {
  tp: number;
  fp: number;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  /** The same findings split by grade: red flags (colour a badge) and notes (weak evidence, listed apart). */
  flags: Graded;
  notes: Graded;
}

export interface Metrics {
  perRule: Record<string, Counts>;
  overall: Counts;
  /** Every message whose raised rules differ from its labels (false positives and misses). */
  errors: { text: string; expected: string[]; got: string[] }[];
}

export const ratio = (a: number, b: number) => (b === 0 ? 1 : Math.round((a / b) * 1000) / 1000);

/** Per-rule and overall precision and recall on a labelled set (the tuning corpus unless given). */
export function corpusMetrics(set: readonly Labelled[] = [...POSITIVES, ...NEGATIVES]): Metrics {
  const perRule: Metrics['perRule'] = {};
  const zero = (): Counts => ({
    tp: 0,
    fp: 0,
    fn: 0,
    precision: 1,
    recall: 1,
    flags: { tp: 0, fp: 0 },
    notes: { tp: 0, fp: 0 },
  });
  for (const r of messageRules) perRule[r.id] = zero();
  const errors: Metrics['errors'] = [];
  for (const [text, labels] of set) {
    const findings = analyzeMessage(text).findings;
    const got = findings.map((f) => f.rule);
    for (const id of Object.keys(perRule)) {
      const want = labels.includes(id);
      const f = findings.find((x) => x.rule === id);
      const grade = f?.note ? perRule[id].notes : perRule[id].flags;
      if (want && f) {
        perRule[id].tp++;
        grade.tp++;
      } else if (f) {
        perRule[id].fp++;
        grade.fp++;
      } else if (want) perRule[id].fn++;
    }
    if ([...got].sort().join() !== [...labels].sort().join()) errors.push({ text, expected: labels, got });
  }
  const overall = zero();
  for (const m of Object.values(perRule)) {
    m.precision = ratio(m.tp, m.tp + m.fp);
    m.recall = ratio(m.tp, m.tp + m.fn);
    overall.tp += m.tp;
    overall.fp += m.fp;
    overall.fn += m.fn;
    for (const g of ['flags', 'notes'] as const) {
      overall[g].tp += m[g].tp;
      overall[g].fp += m[g].fp;
    }
  }
  overall.precision = ratio(overall.tp, overall.tp + overall.fp);
  overall.recall = ratio(overall.tp, overall.tp + overall.fn);
  return { perRule, overall, errors };
}
