/**
 * Sentence splitting (lib/text/sentences.ts): a walk over the characters that must split exactly as the pattern it
 * replaced, text.split(/(?<=[.!?])\s+|\n+/), trimmed, without empty pieces.
 */
import { describe, expect, it } from 'vitest';
import { sentences } from '../lib/text/sentences';

const byPattern = (text: string) =>
  text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);

describe('sentences', () => {
  it.each([
    ['Pay me. Now!  Please?\tOK', ['Pay me.', 'Now!', 'Please?', 'OK']],
    ['v1.2 is out.Really', ['v1.2 is out.Really']],
    ['one\n\n\ntwo\r\nthree', ['one', 'two', 'three']],
    ['end.\u00a0next\u2028line', ['end.', 'next\u2028line']],
    ['  \n . \n', ['.']],
    ['', []],
  ])('%j → %j', (text, expected) => expect(sentences(text)).toEqual(expected));

  it('splits as the pattern did, on 50,000 random texts and after every character as a separator', () => {
    const pieces = [
      'a',
      '.',
      '!',
      '?',
      ' ',
      '\n',
      '\t',
      '\r',
      '\u00a0',
      '\u2028',
      '\u3000',
      '\ufeff',
      '\v',
      'é',
      'x. ',
    ];
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    for (let k = 0; k < 50_000; k++) {
      let text = '';
      for (let j = next(20); j > 0; j--) text += pieces[next(pieces.length)];
      expect(sentences(text), JSON.stringify(text)).toEqual(byPattern(text));
    }
    for (let c = 0; c < 0x10000; c++) {
      const text = `a.${String.fromCharCode(c)}b\n${String.fromCharCode(c)}c`;
      expect(sentences(text)).toEqual(byPattern(text));
    }
  });

  it("keeps a number's abbreviation with the number after it on the same line", () => {
    expect(sentences('O valor manda para este NR. 841360298 vem em nome de Ana. Ok.')).toEqual([
      'O valor manda para este NR. 841360298 vem em nome de Ana.',
      'Ok.',
    ]);
    expect(sentences('Brent Hollis, Tel. +44 70 5550 1297')).toEqual(['Brent Hollis, Tel. +44 70 5550 1297']);
    // not a word that merely ends so, not across a line end, not before a word
    expect(sentences('I said no. 5 of them came.')).toEqual(['I said no. 5 of them came.']);
    expect(sentences('Call the piano. 5 minutes later.')).toEqual(['Call the piano.', '5 minutes later.']);
    expect(sentences('Tel.\n+44 70')).toEqual(['Tel.', '+44 70']);
    expect(sentences('See nr. Two')).toEqual(['See nr.', 'Two']);
  });

  it('keeps a title with the name after it', () => {
    expect(sentences('Dr. Lee asked me to contact you. Contact Mr. John Davis on WhatsApp.')).toEqual([
      'Dr. Lee asked me to contact you.',
      'Contact Mr. John Davis on WhatsApp.',
    ]);
    expect(sentences('Falar com a Sra. Lima. Mme. Durand vous écrira.')).toEqual([
      'Falar com a Sra. Lima.',
      'Mme. Durand vous écrira.',
    ]);
    // not a word that merely ends so, not before a lower-case word, not across a line end
    expect(sentences('I am a Dr. No wait.')).toEqual(['I am a Dr. No wait.']);
    expect(sentences('Ask the hummr. Then go.')).toEqual(['Ask the hummr.', 'Then go.']);
    expect(sentences('Talk to Mr. smith')).toEqual(['Talk to Mr.', 'smith']);
    expect(sentences('Regards, Mr.\nJohn')).toEqual(['Regards, Mr.', 'John']);
  });

  it('ends a sentence at a stop with no space between a word and a capitalised one', () => {
    expect(sentences('Both mailing charges and insurance.All you need to do is to pay their fee.')).toEqual([
      'Both mailing charges and insurance.',
      'All you need to do is to pay their fee.',
    ]);
    expect(sentences('Perfect for everyone.Can earn $400 per day')).toEqual([
      'Perfect for everyone.',
      'Can earn $400 per day',
    ]);
    // not an abbreviation, a name, code, a domain or an address, nor a capital word that is not followed by a space
    expect(sentences('U.S.A is big.')).toEqual(['U.S.A is big.']);
    expect(sentences('Node.Js rocks')).toEqual(['Node.Js rocks']);
    expect(sentences('see android.app.Activity docs')).toEqual(['see android.app.Activity docs']);
    expect(sentences('www.Example.com and mail john.Smith@x.com')).toEqual([
      'www.Example.com and mail john.Smith@x.com',
    ]);
    expect(sentences('e.g.The thing')).toEqual(['e.g.The thing']);
    expect(sentences('Contact Mr.Smith today')).toEqual(['Contact Mr.Smith today']);
    expect(sentences('I paid.Done')).toEqual(['I paid.Done']);
  });
});
