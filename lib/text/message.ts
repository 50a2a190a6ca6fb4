/**
 * Proposal and chat text prepared for the message rules: cleaned (zero-width and bidi characters), quoted
 * material removed (reply lines starting with ">", text in quotation marks — what the other side said, not
 * a request), split into sentences. The rules find their sentences with lib/text/cooccur.ts.
 */
import { cleanText, sentences } from './sentences';

export interface PreparedMessage {
  text: string;
  sentences: string[];
  /** Where lib/text/cooccur.ts keeps what it found in this message (a WeakMap per message costs in GC). */
  concepts?: unknown;
}

export function prepareMessage(raw: string): PreparedMessage {
  const unquoted = cleanText(raw)
    .split('\n')
    .filter((line) => !/^\s*>/.test(line))
    .join('\n');
  const stripped = unquoted.replace(/[“„«"][^”“«»"\n]{0,300}[”“»"]/g, ' ');
  // A message that is nothing but a quotation is the message itself (pasted with its quotation marks).
  const text =
    stripped !== unquoted && stripped.replace(/\W+/g, '').length * 5 < unquoted.replace(/\W+/g, '').length
      ? unquoted
      : stripped;
  return { text, sentences: sentences(text) };
}

/** The sentences found by several matchers, once each, in the message's order. */
export function inOrder(msg: PreparedMessage, ...found: string[][]): string[] {
  const hit = new Set(found.flat());
  return msg.sentences.filter((s) => hit.has(s));
}
