/**
 * hostile20: invisible characters that cleanText did not remove (it removed the zero-width spaces, joiners and bidi
 * controls, but not the other "default ignorable" code points: the combining grapheme joiner U+034F, variation
 * selectors, the Mongolian selectors, Hangul fillers, tag characters …). One inside a handle cut it short: the memory
 * kept "telegram:mika" for "@mika͏_dev77" (another freelancer's handle, framed as shared) and "email:77@gmail.com" for
 * "mika.dev͏77@gmail.com", and the real contact was never matched; "US͏DT" was no longer read as USDT.
 */
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../lib/analyze';
import { contactsOf } from '../../lib/memory/fingerprint';
import { profile } from '../helpers';

const INVISIBLE = {
  'combining grapheme joiner': '\u034f',
  'Arabic letter mark': '\u061c',
  'Hangul choseong filler': '\u115f',
  'Khmer vowel inherent': '\u17b4',
  'Mongolian free variation selector': '\u180b',
  'Mongolian vowel separator': '\u180e',
  'Hangul filler': '\u3164',
  'variation selector 1': '\ufe00',
  'variation selector 16': '\ufe0f',
  'halfwidth Hangul filler': '\uffa0',
  'tag space': '\u{e0020}',
  'variation selector 17': '\u{e0100}',
  'musical symbol begin beam': '\u{1d173}',
};

const bio = (c: string) =>
  `Experienced developer. Telegram: @mika${c}_dev77 . Email: mika.dev${c}77@gmail.com . Phone +1 415 555 0${c}132`;

describe('an invisible character inside a contact', () => {
  const plain = contactsOf(profile({ bio: bio('') }));

  it('the plain contacts', () => {
    expect(plain).toEqual(['telegram:mika_dev77', 'email:mikadev77@gmail.com', 'phone:+14155550132']);
  });

  it.each(Object.entries(INVISIBLE))('%s: the memory keeps the contact as written without it', (_n, c) => {
    expect(contactsOf(profile({ bio: bio(c) }))).toEqual(plain);
  });

  it.each(Object.entries(INVISIBLE))('%s: a message reads the word as written without it', (_n, c) => {
    const rules = analyzeMessage(`Pay me in US${c}DT, it is faster for me.`).findings.map((f) => f.rule);
    expect(rules).toContain('crypto-payment-request');
  });
});
