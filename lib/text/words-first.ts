/**
 * A pattern that opens with a word bound ("\b", "(?<![\p{L}])"), tested on a whole message. V8 skips ahead to where a
 * pattern's first characters may stand only when the pattern starts with them; one that starts with an assertion it
 * reads at every character of the text: eight words (`\b(?:community|servers?|grupos?…)\b`) cost 2.0–2.5 µs on a 1 KB
 * message without them, the words alone 0.4 µs. So the words are looked for first — the pattern without its leading
 * bounds, which matches wherever the pattern does (a bound only narrows where a match may start) — and the pattern
 * itself only in a text that holds them. What the test answers is the pattern's answer.
 */

import { closing } from './anchors';
import { mayHold, piecesOf, requiredWords } from './required-words';

/** A whole-text test (the one method of a RegExp such a pattern is used through). */
export interface TextTest {
  test(text: string): boolean;
}

export function wordsFirst(re: RegExp): TextTest {
  if (re.global || re.sticky) throw new Error(`wordsFirst is for tests, not scans: /${re.source.slice(0, 80)}/`);
  const words = withoutLeadingBounds(re);
  // (and before the words' pattern, the strings every match holds: lib/text/required-words.ts)
  const held = requiredWords(re);
  const pieces = held && piecesOf(held);
  return { test: (text) => (!pieces || mayHold(pieces, text)) && words.test(text) && re.test(text) };
}

/** The pattern without the bounds it opens with (a pattern of its own, with the same flags). */
export function withoutLeadingBounds(re: RegExp): RegExp {
  const at = leadingBounds(re.source);
  if (!at) throw new Error(`no leading bound: /${re.source.slice(0, 80)}/`);
  return new RegExp(re.source.slice(at), re.flags);
}

/** The length of the zero-width bounds a source opens with: "\b" and look-behinds, one after another. */
function leadingBounds(source: string): number {
  let i = 0;
  for (;;) {
    if (source.startsWith(String.raw`\b`, i)) i += 2;
    else if (source.startsWith('(?<!', i) || source.startsWith('(?<=', i)) i = groupEnd(source, i);
    else return i;
  }
}

/** The index after the group that opens at `open` (lib/text/anchors.ts finds its close), with no capture inside it. */
function groupEnd(source: string, open: number): number {
  const end = closing(source, open);
  if (end < 0 || end >= source.length) throw new Error(`an unclosed group: /${source.slice(0, 80)}/`);
  // (a group captured inside a bound would renumber the groups after it: a capture is counted by matching nothing)
  if (new RegExp(`|${source.slice(open, end + 1)}`, 'u').exec('')!.length > 1)
    throw new Error(`a capture in a leading bound: /${source.slice(0, 80)}/`);
  return end + 1;
}
