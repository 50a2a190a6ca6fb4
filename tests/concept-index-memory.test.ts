/**
 * A long message's concept index keeps as many cells as it finds (lib/text/cooccur.ts): it kept concepts × sentences of
 * them, dense — 481 × 100,000 × 2 cells, 385 MB, for a message of 100,000 one-letter lines.
 */
import { describe, expect, it } from 'vitest';
import { messageRules } from '../lib/rules';
import { indexedMatches, ownCells, allConcepts } from '../lib/text/cooccur';
import { prepareMessage } from '../lib/text/message';
import { NEGATIVES, POSITIVES } from './corpus/messages';

describe("a long message's concept index", () => {
  it.each(['a\n', 'a. ', 'Pay me in USDT.\n'])(
    'keeps cells in proportion to the anchors found (200 KB of %j)',
    (unit) => {
      const msg = prepareMessage(unit.repeat(Math.floor(200_000 / unit.length)));
      for (const rule of messageRules) rule.check({ message: msg });
      // A cell pair per anchor found and per sentence of each concept without anchors that is read: not 962 a sentence.
      expect(ownCells(msg)).toBeLessThan(200 * msg.sentences.length);
      expect(ownCells(msg)).toBeGreaterThan(0);
    },
  );

  it('finds what the plain pattern finds in every sentence of a long message of the corpus', () => {
    const corpus = [...POSITIVES, ...NEGATIVES].map(([t]) => t).join('\n');
    const msg = prepareMessage([corpus, corpus, corpus, corpus].join('\n'));
    expect(msg.sentences.length * allConcepts().length).toBeGreaterThan(2 ** 18);
    for (const re of allConcepts())
      expect(indexedMatches(msg, re), `/${re.source.slice(0, 80)}/`).toEqual(
        msg.sentences.map((s) => re.exec(s)?.index ?? -1),
      );
  });
});
