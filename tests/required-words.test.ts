/**
 * lib/text/required-words.ts: what every match of a pattern holds, read from its source, and the look-up of it in a text —
 * where the look-up answers no, the pattern does not match (the `unless` contexts of lib/text/cooccur.ts are not tested
 * there).
 */
import { describe, expect, it } from 'vitest';
import '../lib/rules';
import { allConcepts } from '../lib/text/cooccur';
import { prepareMessage } from '../lib/text/message';
import { fold, mayHold, piecesOf, requiredWords, wordsAhead } from '../lib/text/required-words';
import { NEGATIVES, POSITIVES } from './corpus/messages';

const holds = (re: RegExp, text: string) => {
  const words = requiredWords(re);
  return words === undefined || mayHold(piecesOf(words), text);
};

describe('fold', () => {
  // The characters a string looked up may hold (in small letters), as FOLDS_TO_ITSELF says.
  const chars: string[] = [];
  for (let c = 0x20; c <= 0x24f; c++) {
    const s = String.fromCharCode(c);
    if ((c < 0x7f || c >= 0xa0) && s.toLowerCase() === s && c !== 0xb5 && c !== 0x17f) chars.push(s);
  }
  chars.push(...'’‘“”„«»–—…€');
  let all = '';
  for (let cp = 0; cp <= 0x10ffff; cp++) if (cp < 0xd800 || cp > 0xdfff) all += String.fromCodePoint(cp) + '\0';
  for (const flags of ['i', 'iu'])
    it(`folds every character a case-insensitive pattern matches for one of them to it (${flags})`, () => {
      const wrong: string[] = [];
      for (const c of chars) {
        if (c === '\0') continue;
        const re = new RegExp(c.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&'), `${flags}g`);
        for (let m = re.exec(all); m; m = re.exec(all))
          if (fold(m[0].codePointAt(0)!) !== fold(c.charCodeAt(0)) || m[0].length !== 1) wrong.push(`${c}:${m[0]}`);
      }
      expect(wrong).toEqual([]);
    });
});

describe('requiredWords', () => {
  it('reads runs of plain characters, across zero-width assertions', () => {
    expect(requiredWords(/\bsend(?=) money\b/i)).toEqual([[['send money']]]);
    expect(requiredWords(/(?<![a-z])wire (?:the )?funds/i)).toEqual([[['wire '], ['funds']]]);
  });
  it('takes one of the strings of each alternative, all of the parts of one', () => {
    expect(requiredWords(/(?:paypal|venmo)\s+(?:account|address)/i)).toEqual([
      [
        ['account', 'address'],
        ['venmo', 'paypal'],
      ],
    ]);
    expect(requiredWords(/^(?![^]*\bnot\b)[^]*?(?:pay (?:me|us) first|deposit\w* now)/i)).toEqual([
      [[' first'], ['pay ']],
      [['deposit'], [' now']],
    ]);
  });
  it('knows nothing of what is optional, a class, or too short', () => {
    expect(requiredWords(/(?:paypal)?\d+/)).toBeUndefined();
    expect(requiredWords(/[a-z]+@[a-z]+/)).toBeUndefined();
    expect(requiredWords(/\b(?:tg|wa|paypal)\b/i)).toBeUndefined();
  });
  it('reads no source it does not know', () => {
    expect(requiredWords(/(a)bc\1/)).toBeUndefined();
    expect(requiredWords(/(?<x>ab)cd\k<x>/u)).toBeUndefined();
    expect(requiredWords(/[[a]]/v)).toBeUndefined();
  });
  it('reads an optional character as two runs, one with it and one without', () => {
    expect(requiredWords(/\bmoney ?gram\b/i)).toEqual([[['moneygram', 'money gram']]]);
    expect(requiredWords(/(?:e-?mail|ko-?fi)/i)).toEqual([[['kofi', 'email', 'ko-fi', 'e-mail']]]);
    expect(requiredWords(/a?bcd/)).toEqual([[['bcd']]]);
    expect(requiredWords(/abc?/)).toBeUndefined();
    expect(requiredWords(/ab{0,1}c/)).toBeUndefined();
    expect(holds(/money ?gram/i, 'via Money Gram')).toBe(true);
    expect(holds(/money ?gram/i, 'money for a gram')).toBe(false);
  });
  it('keeps a repeated character in the run before it and starts the next run with it', () => {
    expect(requiredWords(/abcx+yzw/)).toEqual([[['abcx'], ['xyzw']]]);
    expect(requiredWords(/abcx*yzw/)).toEqual([[['abc'], ['yzw']]]);
  });
  it('looks "ſ" and the Kelvin sign up as "s" and "k" (an "iu" pattern matches them so)', () => {
    expect(/sky/iu.test('ſ\u212ay')).toBe(true);
    expect(holds(/\bsky\b/iu, 'the ſ\u212ay is blue')).toBe(true);
    expect(holds(/\bsky\b/iu, 'the sea is blue')).toBe(false);
  });
});

describe('mayHold', () => {
  // Every sentence of the corpus messages, as written, in capitals and with "ſ" for "s": wherever a concept matches, the
  // look-up of what it holds says it may.
  const sentences = [...POSITIVES, ...NEGATIVES].flatMap(([t]) => prepareMessage(t).sentences);
  const texts = sentences.flatMap((s) => [s, s.toUpperCase(), s.replaceAll('s', 'ſ')]);
  it('answers yes wherever a concept matches', () => {
    const missed: string[] = [];
    let read = 0;
    for (const concept of allConcepts()) {
      const words = requiredWords(concept);
      if (!words) continue;
      read++;
      const pieces = piecesOf(words);
      for (const s of texts)
        if (concept.test(s) && !mayHold(pieces, s)) missed.push(`${concept.source.slice(0, 80)}: ${s}`);
    }
    expect(read).toBeGreaterThan(300);
    expect(missed).toEqual([]);
  }, 60_000);
});

describe('wordsAhead', () => {
  it('answers as the pattern, on a text and its sentences asked about in turn', () => {
    const re = /\b(?:send|wire) (?:the )?(?:money|funds)\b/i;
    const ahead = wordsAhead(re);
    expect(ahead).not.toBe(re);
    const text = 'Hello there. Please WIRE the funds today. Thanks.';
    const sentences = text.split('. ');
    for (let round = 0; round < 3; round++)
      for (const s of [text, ...sentences, 'wire', 'the money', 'send money now'])
        expect(ahead.test(s)).toBe(re.test(s));
  });
  it('gives back a pattern nothing is known of, and refuses a scan', () => {
    const re = /[a-z]+@[a-z]+/;
    expect(wordsAhead(re)).toBe(re);
    expect(() => wordsAhead(/paypal/g)).toThrow();
  });
});
