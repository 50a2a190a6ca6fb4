/**
 * What could not be checked on a remembered visit, as the panel listed it (lib/storage/schema.ts StoredProfile
 * `unchecked`): each line a catalogue key ("unchecked.photo"), said in the reader's language today, or — a line with a
 * value in it ("Could not check X: the check failed") — the words as they were shown. No texts here (the history page
 * loads its language): the background writes the keys (lib/background/unchecked-keys.ts).
 */
import { t, type MessageKey } from './i18n/core';

/** Whether a stored line is a catalogue key (not words as shown). */
export const isUncheckedKey = (line: string) => line.startsWith('unchecked.');

/** The lines in the reader's language. */
export function uncheckedLines(stored: readonly string[] | undefined): string[] {
  return (stored ?? []).map((l) => (isUncheckedKey(l) ? t(l as MessageKey) : l));
}
