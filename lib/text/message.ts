/**
 * Proposal and chat text prepared for the message rules: cleaned (zero-width and bidi characters), quoted
 * material removed (reply lines starting with ">", text in quotation marks — what the other side said, not
 * a request), split into sentences. `requests` finds sentences where a pattern matches and no negation
 * comes before it in the same sentence ("we never pay in crypto", "I would not ask you to …").
 */
import { cleanText, NEGATION, sentences } from './sentences';

export interface PreparedMessage {
  text: string;
  sentences: string[];
}

export function prepareMessage(raw: string): PreparedMessage {
  const text = cleanText(raw)
    .split('\n')
    .filter((line) => !/^\s*>/.test(line))
    .join('\n')
    .replace(/[“„«"][^”“«»"\n]{0,300}[”“»"]/g, ' ');
  return { text, sentences: sentences(text) };
}

export interface RequestOptions {
  /** Skip the negation check: for rules whose patterns are themselves refusals ("I can't do video"). */
  negationIsPattern?: boolean;
  /** Sentences that match one of these are not requests (context: "send the laptop back to your office"). */
  unless?: RegExp[];
  /** A cheap test of the whole text: without a match no sentence is examined (speed; most texts are clean). */
  gate?: RegExp;
}

export function requests(msg: PreparedMessage, patterns: RegExp[], opts: RequestOptions = {}): string[] {
  if (opts.gate && !opts.gate.test(msg.text)) return [];
  return msg.sentences.filter((s) => {
    if (opts.gate && !opts.gate.test(s)) return false;
    if (opts.unless?.some((u) => u.test(s))) return false;
    for (const re of patterns) {
      const m = re.exec(s);
      if (!m) continue;
      if (opts.negationIsPattern || !NEGATION.test(s.slice(0, m.index))) return true;
    }
    return false;
  });
}
