/**
 * The parity battery (fifty-third session): 195 of the graded cases' English messages — 152 with a request, 43 honest
 * look-alikes, every message rule — rendered by a helper in German, Spanish, French and Portuguese as people write in chats,
 * frozen before any run (self-written text: it measures whether the four languages are read as English is, not accuracy on
 * real text). A rendering "matches" when it gets exactly the English expectation: the same rules, each a red flag or a note.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeMessage } from '../../../lib/analyze';

export const LANGUAGES = ['de', 'es', 'fr', 'pt'] as const;
export interface ParityItem {
  id: string;
  rule: string;
  /** The English expectation: "rule" for a red flag, "rule (note)" for a note. */
  expected: string[];
  en: string;
  de: string;
  es: string;
  fr: string;
  pt: string;
}

export function parityBattery(): ParityItem[] {
  return JSON.parse(readFileSync(join(import.meta.dirname, 'battery.json'), 'utf8'));
}

/** The findings of a text as the expectation writes them, sorted. */
export function shownAs(text: string): string[] {
  return analyzeMessage(text)
    .findings.map((f) => (f.note ? `${f.rule} (note)` : f.rule))
    .sort();
}

/** Per language, how many renderings read exactly as the English expectation. */
export function parityTotals(items = parityBattery()): Record<(typeof LANGUAGES)[number], number> {
  const out = { de: 0, es: 0, fr: 0, pt: 0 };
  for (const item of items) {
    const want = JSON.stringify([...item.expected].sort());
    for (const l of LANGUAGES) if (JSON.stringify(shownAs(item[l])) === want) out[l]++;
  }
  return out;
}
