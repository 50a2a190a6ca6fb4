/**
 * Message text is written by the person being vetted, who may know how the reader works. A message that talks
 * about scams is read as an account of them (lib/text/speech.ts `warns`), so before the ninth session one word —
 * "Beware of scammers." — hid every request in the message. A warning now hides only sentences that neither give
 * a way to reach or pay the writer nor ask something of the reader for the writer ("add me", "contact me") outside
 * quotation marks.
 */
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../lib/analyze';

const found = (text: string) =>
  analyzeMessage(text)
    .findings.map((f) => `${f.rule}${f.note ? ' (note)' : ''}`)
    .sort();

describe('a warning about scams does not hide the writer’s own requests', () => {
  it.each([
    ['Beware of scammers on this site. Contact me on Telegram: @dev_bob_77 for the job.', ['move-off-platform']],
    [
      'Upwork has too many fraudsters. Let’s continue on WhatsApp +44 20 7946 0958, and install AnyDesk so I can work on your computer.',
      ['move-off-platform', 'remote-access-request'],
    ],
    [
      'There are scammers everywhere, so please pay me in USDT: TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t',
      ['crypto-payment-request'],
    ],
    ['Cuidado con los estafadores. Escríbeme por WhatsApp al +34 612 555 014.', ['move-off-platform']],
    ['Beware of scammers. Let’s talk on Telegram, add me there.', ['move-off-platform']],
    ['Beware of scammers. Let’s talk on Telegram.', []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    'Scammers will tell you to move to Telegram and to install AnyDesk on your computer.',
    'Beware: the fraudster wrote “add me on WhatsApp” and then asked for a deposit.',
    'Los estafadores piden que les contactes por WhatsApp.',
    'Hi, someone impersonating your company contacted me on Telegram asking me to pay a training fee in USDT. That looks like a scam, so I wanted to let you know.',
  ])('an account of scams stays silent: %s', (text) => {
    expect(found(text)).toEqual([]);
  });

  // A message made only of reply lines is the message itself (twentieth session, an attacker's review): it was read as
  // empty, and the page said the message was empty.
  it('reads a message of reply lines only; a reply that quotes the other side still leaves the quote out', () => {
    // ("pay the first 50%" asks a first share ahead: prepayment-pressure since the forty-third session)
    expect(found('> Add me on Telegram @mika_dev77 and pay the first 50% in USDT.')).toEqual([
      'crypto-payment-request',
      'move-off-platform',
      'prepayment-pressure',
    ]);
    expect(found("> Can you add me on Telegram?\nNo, let's keep talking here on Upwork.")).toEqual([]);
  });
});
