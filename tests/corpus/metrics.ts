import { analyzeMessage } from '../../lib/analyze';
import { messageRules } from '../../lib/rules';
import { NEGATIVES, POSITIVES, type Labelled } from './messages';

export interface Metrics {
  perRule: Record<string, { tp: number; fp: number; fn: number; precision: number; recall: number }>;
  overall: { tp: number; fp: number; fn: number; precision: number; recall: number };
  /** Every message whose raised rules differ from its labels (false positives and misses). */
  errors: { text: string; expected: string[]; got: string[] }[];
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : Math.round((a / b) * 1000) / 1000);

/** Per-rule and overall precision and recall on a labelled set (the tuning corpus unless given). */
export function corpusMetrics(set: readonly Labelled[] = [...POSITIVES, ...NEGATIVES]): Metrics {
  const perRule: Metrics['perRule'] = {};
  for (const r of messageRules) perRule[r.id] = { tp: 0, fp: 0, fn: 0, precision: 1, recall: 1 };
  const errors: Metrics['errors'] = [];
  for (const [text, labels] of set) {
    const got = analyzeMessage(text).findings.map((f) => f.rule);
    for (const id of Object.keys(perRule)) {
      const want = labels.includes(id);
      const has = got.includes(id);
      if (want && has) perRule[id].tp++;
      else if (has) perRule[id].fp++;
      else if (want) perRule[id].fn++;
    }
    if ([...got].sort().join() !== [...labels].sort().join()) errors.push({ text, expected: labels, got });
  }
  const overall = { tp: 0, fp: 0, fn: 0, precision: 1, recall: 1 };
  for (const m of Object.values(perRule)) {
    m.precision = ratio(m.tp, m.tp + m.fp);
    m.recall = ratio(m.tp, m.tp + m.fn);
    overall.tp += m.tp;
    overall.fp += m.fp;
    overall.fn += m.fn;
  }
  overall.precision = ratio(overall.tp, overall.tp + overall.fp);
  overall.recall = ratio(overall.tp, overall.tp + overall.fn);
  return { perRule, overall, errors };
}
