/**
 * Findings in a message where a name was written around a filter ("T e l e g r a m", lib/text/disguise.ts):
 * the rules read and quote the sentence with the name read back; the reader sees the page's own sentence (the
 * page's text is what gets highlighted) and a line saying which words were read as what.
 */
import { line } from '../i18n/evidence';
import { disguisesIn, type PreparedMessage } from '../text/message';
import { shortQuote } from './finding';
import type { Finding } from './types';

/** Adds "“T e l e g r a m” is read as Telegram" for each name read back in the finding's sentences. */
export function sayWhatWasReadBack(f: Finding, message: PreparedMessage): void {
  const said = new Set<string>();
  for (const q of f.quotes ?? [])
    for (const d of disguisesIn(message, q)) {
      if (said.has(d.shown)) continue;
      said.add(d.shown);
      f.lines?.push(line('evidence.readAs', { shown: d.shown, word: d.word }));
    }
}

/** Whether one of the finding's sentences hides a name on purpose (letters spaced out, look-alikes, described). */
export const hidesAName = (f: Finding, message: PreparedMessage): boolean =>
  (f.quotes ?? []).some((q) => disguisesIn(message, q).some((d) => d.disguised));

/** The finding's quotes and quoted sentences as the page wrote them. */
export function asThePageWroteIt(f: Finding, shown: ReadonlyMap<string, string>): void {
  if (!f.quotes?.some((q) => shown.has(q))) return;
  const written = new Map<string, string>();
  for (const q of f.quotes) {
    const page = shown.get(q);
    if (page) written.set(shortQuote(q), shortQuote(page));
  }
  f.quotes = f.quotes.map((q) => shown.get(q) ?? q);
  for (const l of f.lines ?? []) {
    if (typeof l === 'string' || !l.vars) continue;
    const text = l.vars.text;
    if (typeof text === 'string' && written.has(text)) l.vars.text = written.get(text)!;
  }
}
