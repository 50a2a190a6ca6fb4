/**
 * What a reader could not read, in words for a person. Kept apart from lib/analyze.ts: the badge's panel
 * (in the content script on every marketplace page) needs these words, not the rules and their data.
 */
import { t, type MessageKey } from './i18n';
import { en } from './i18n/en';
import { listOf } from './i18n/format';

/** What a reader could not read, in words for a person ("the name and the location"), never field names. */
export function readGaps(missing: readonly string[]): string {
  const words = new Set<string>();
  for (const m of missing) {
    const field = m === 'jsonld' ? 'embedded-state' : m.endsWith(':conflict') ? 'conflict' : m;
    const key = `read.${field}`;
    words.add(t((key in en ? key : 'read.other') as MessageKey));
  }
  return listOf([...words]);
}
