/**
 * Proposal and chat text prepared for the message rules: cleaned (zero-width and bidi characters), quoted
 * material removed (reply lines starting with ">", text in quotation marks — what the other side said, not
 * a request), split into sentences. The rules find their sentences with lib/text/cooccur.ts.
 */
import { readDisguises, type Disguise } from './disguise';
import { cleanText, sentences } from './sentences';

export interface PreparedMessage {
  /** The text the rules read: names written around a filter read back (lib/text/disguise.ts). */
  text: string;
  sentences: string[];
  /** Where a name was read back: each such sentence as the page wrote it. */
  shown?: Map<string, string>;
  /** The names read back, as written and as read. */
  disguises?: Disguise[];
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
  const read = readDisguises(text);
  if (!read) return { text, sentences: sentences(text) };
  const said = sentences(read.text);
  return {
    text: read.text,
    sentences: said,
    shown: asWritten(text, read.text, said, read.edits),
    disguises: read.found,
  };
}

/** Each sentence of the read text that a name was read back in, as the page wrote it. */
function asWritten(
  page: string,
  read: string,
  said: readonly string[],
  edits: readonly { from: number; to: number; length: number }[],
): Map<string, string> {
  // An offset in the read text, in the page's text: inside a name read back, its start or its end.
  const back = (x: number, end: boolean) => {
    let shift = 0;
    for (const e of edits) {
      const from = e.from + shift;
      const to = from + e.length;
      if (x <= from) return x - shift;
      if (x <= to) return !end && x < to ? e.from : e.to;
      shift = to - e.to;
    }
    return x - shift;
  };
  const shown = new Map<string, string>();
  let at = 0;
  for (const s of said) {
    const start = read.indexOf(s, at);
    if (start < 0) continue;
    at = start + s.length;
    const written = page.slice(back(start, false), back(at, true)).trim();
    if (written !== s) shown.set(s, written);
  }
  return shown;
}

/** The names read back in a sentence the rules quote (as read), each as written and as read. */
export function disguisesIn(msg: PreparedMessage, sentence: string): Disguise[] {
  const written = msg.shown?.get(sentence);
  if (!written || !msg.disguises) return [];
  return msg.disguises.filter((d) => written.includes(d.shown) && sentence.includes(d.word));
}

/** The sentences found by several matchers, once each, in the message's order. */
export function inOrder(msg: PreparedMessage, ...found: string[][]): string[] {
  const hit = new Set(found.flat());
  return msg.sentences.filter((s) => hit.has(s));
}
