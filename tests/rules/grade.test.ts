/**
 * Graded confidence (lib/rules/grade.ts): a message finding is a red flag when the message backs it with
 * something concrete, a second sentence or another red flag; otherwise a note that says why. The reason is the
 * finding's last evidence line, in the reader's language.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../lib/analyze';
import { setLocale } from '../../lib/i18n';

afterEach(() => setLocale('en'));

const graded = (text: string) =>
  analyzeMessage(text).findings.map((f) => [f.rule, f.note ? 'note' : 'red flag', f.evidence.at(-1)]);

// A note says what its rule missed, and nothing else: a prepayment note may well name a sum.
const READ_AGAIN = 'Read the message again and ask before acting on it.';
const NO_CONTACT = `Only a note: one sentence, with no contact outside the platform in it and no second request beside it. ${READ_AGAIN}`;
const NO_WALLET = `Only a note: one sentence, with no wallet address in the message that checks as one and no second request beside it. ${READ_AGAIN}`;

describe('graded message findings', () => {
  it.each([
    [
      "Let's continue on Telegram: @dev_bob_77",
      [['move-off-platform', 'red flag', 'Red flag: the sentence gives a contact outside the platform.']],
    ],
    ["Let's continue on Telegram.", [['move-off-platform', 'note', NO_CONTACT]]],
    [
      'Add me on Telegram, I answer faster there.',
      [['move-off-platform', 'red flag', 'Red flag: the writer asks you to contact them there (“Add me on”).']],
    ],
    [
      'Escríbeme por WhatsApp.',
      [['move-off-platform', 'red flag', 'Red flag: the writer asks you to contact them there (“Escríbeme por”).']],
    ],
    // A contact only given (a signature) is a note that says so; with an invitation beside it, a red flag
    [
      'Thanks for considering my proposal. Best regards, Mark Jensen, mark.jensen.dev@gmail.com',
      [
        [
          'move-off-platform',
          'note',
          'Only a note: a contact outside the platform is given, but nothing in the message asks you to use it.',
        ],
      ],
    ],
    [
      'Contact me: jdev.work2024 at gmail dot com',
      [['move-off-platform', 'red flag', 'Red flag: the sentence gives a contact outside the platform.']],
    ],
    // Only where the data backed it: a writer asking to be paid in crypto, in one bare sentence, stays a note
    ['Please pay me in USDT.', [['crypto-payment-request', 'note', NO_WALLET]]],
    [
      'Please pay me in USDT. My address is TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t',
      [['crypto-payment-request', 'red flag', 'Red flag: the message gives a wallet address.']],
    ],
    // a sum asked ahead in the asking sentence is a red flag (eighteenth session); a deposit without one, a note
    [
      'Please pay a deposit of $200 before I start.',
      [
        [
          'prepayment-pressure',
          'red flag',
          'Red flag: the sentence names the sum or share to be paid before the work.',
        ],
      ],
    ],
    [
      'Please pay a deposit before I start.',
      [
        [
          'prepayment-pressure',
          'note',
          `Only a note: one sentence that does not itself demand a sum or share before the work, nor make paying first a condition (none named, or only asked about or told as what is usual), with no second request beside it. ${READ_AGAIN}`,
        ],
      ],
    ],
    // The ID, code or password of a remote-desktop session asked of the reader; a guide that mentions one is not
    [
      'Install AnyDesk and send me your ID and password.',
      [
        [
          'remote-access-request',
          'red flag',
          'Red flag: the sentence asks for the ID, code or password that opens your computer to someone.',
        ],
      ],
    ],
    [
      'Sie starten TeamViewer, dann geben Sie uns die angezeigten Codes durch.',
      [
        [
          'remote-access-request',
          'red flag',
          'Red flag: the sentence asks for the ID, code or password that opens your computer to someone.',
        ],
      ],
    ],
    [
      'Please install AnyDesk so I can fix it.',
      [
        [
          'remote-access-request',
          'note',
          'Only a note: one sentence, asking for no access code or password, with no second request beside it. Read the message again and ask before acting on it.',
        ],
      ],
    ],
    [
      '1. You create an Upwork account and send proposals. 2. I will take over all communication and technical work. 3. You receive 25% of the total income.',
      [['identity-rental-request', 'red flag', 'Red flag: the message names a sum or a share of the pay.']],
    ],
    [
      'Please pay me in Bitcoin. I also need remote access to your PC with AnyDesk.',
      [
        [
          'crypto-payment-request',
          'red flag',
          'Red flag: the same message also asks for something else risky (Asks for remote-desktop access).',
        ],
        [
          'remote-access-request',
          'red flag',
          'Red flag: the same message also asks for something else risky (Asks to be paid in cryptocurrency).',
        ],
      ],
    ],
    [
      'Do you have Telegram?',
      [['move-off-platform', 'note', 'Only a note: the message asks whether you use it, it does not yet ask you to.']],
    ],
  ])('%s', (text, expected) => {
    expect(graded(text)).toEqual(expected);
  });

  it('two sentences asking for the same thing make a red flag', () => {
    const [f] = analyzeMessage('Please pay me in Bitcoin. Bitcoin only, please pay in BTC.').findings;
    expect([f.rule, f.note, f.quotes?.length]).toEqual(['crypto-payment-request', undefined, 2]);
    expect(f.evidence.at(-1)).toBe('Red flag: more than one sentence of the message asks for it.');
  });

  it('a note does not corroborate another note, and notes never colour the level', () => {
    const a = analyzeMessage('Do you have Telegram? Please pay me in USDT.');
    expect(a.findings.map((f) => [f.rule, f.note])).toEqual([
      ['crypto-payment-request', true],
      ['move-off-platform', true],
    ]);
    expect(a.risk.level).toBe('none');
  });

  it('leaves out a note whose sentence tells of what others do, naming neither writer nor reader', () => {
    // Articles about scams (real corpus, tuning part): an account, not a request made to the reader.
    expect(
      analyzeMessage('They tend to try and shift the conversation out of messenger as soon as possible.').findings,
    ).toEqual([]);
    expect(
      analyzeMessage('Pouco depois, ele descobriu um mercado de aluguel de contas de aplicativos de entrega.').findings,
    ).toEqual([]);
    // The same words said to the reader stay a note; a red flag stays one whoever is named.
    const asked = analyzeMessage("Let's shift the conversation out of messenger as soon as possible.").findings;
    expect(asked.map((f) => [f.rule, f.note])).toEqual([['move-off-platform', true]]);
    const told = analyzeMessage('They pay in USDT only, wallet TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t.').findings;
    expect(told.map((f) => [f.rule, f.note])).toEqual([['crypto-payment-request', undefined]]);
  });

  it('leaves out a crypto or remote-access note that names neither writer nor reader (a how-to), not other rules’', () => {
    for (const text of [
      'Step 2: Choose Bitcoin as your payment method at checkout.',
      'Elige Bitcoin como método de pago al finalizar la compra.',
    ])
      expect(analyzeMessage(text).findings, text).toEqual([]);
    // (an opening "pay" turns to the reader, and a coin paid for with a discount is set apart: labelling policy rule 14, as the
    // tuning text labels "pay in crypto, save 5%." — a note since the fortieth session)
    expect(analyzeMessage('Pay in crypto, save 5%.').findings.map((f) => [f.rule, f.note])).toEqual([
      ['crypto-payment-request', true],
    ]);
    // Named, it stays a note; a red flag stays one; impersonal terms of other kinds stay (a deposit made a condition is a
    // red flag since the fifty-fifth session)
    expect(analyzeMessage('Send me usdt').findings.map((f) => [f.rule, f.note])).toEqual([
      ['crypto-payment-request', true],
    ]);
    expect(
      analyzeMessage('Payment in USDT only: TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t').findings.map((f) => [f.rule, f.note]),
    ).toEqual([['crypto-payment-request', undefined]]);
    expect(analyzeMessage('A deposit is due at booking.').findings.map((f) => [f.rule, f.note])).toEqual([
      ['prepayment-pressure', undefined],
    ]);
    // Remote access the same: a tool's manual is left out, a tool to install asked with no pronoun stays a note
    expect(
      analyzeMessage(
        'Remote support allows a technician to use software to connect to a computer and control it via the internet.',
      ).findings,
    ).toEqual([]);
    for (const text of ['Install AnyDesk.', 'Il faut installer AnyDesk pour la réunion.'])
      expect(
        analyzeMessage(text).findings.map((f) => [f.rule, f.note]),
        text,
      ).toEqual([['remote-access-request', true]]);
  });

  it('backs a payment another way with the account to be paid into, not with a link or a contact', () => {
    const grade = (text: string) =>
      analyzeMessage(text)
        .findings.filter((f) => f.rule === 'alt-payment-request')
        .map((f) => [f.note ?? false, f.evidence.at(-1)]);
    expect(grade('Please pay the invoice to my cousin, IBAN DE89 3704 0044 0532 0130 00')).toEqual([
      [false, 'Red flag: the sentence gives the account to be paid into.'],
    ]);
    expect(grade('Anyway, you can use webmoney, my WMZ Z512093846017')).toEqual([
      [false, 'Red flag: the sentence gives the account to be paid into.'],
    ]);
    // A link beside the money app is no account to be paid into (real text, tuning part).
    expect(grade('I think you can use PayPal directly by visiting https://example.org/donate')).toEqual([
      [
        true,
        'Only a note: one sentence, with no account to be paid into given and no second request beside it. Read the message again and ask before acting on it.',
      ],
    ]);
  });

  it('takes no date, sum or word holding an app name for the account to be paid into; a paypal.me link is one', () => {
    const grade = (text: string) =>
      analyzeMessage(text)
        .findings.filter((f) => f.rule === 'alt-payment-request')
        .map((f) => [f.note ?? false, f.evidence.at(-1)]);
    // (no account given: these are red flags only for asking to be paid around the marketplace — eighteenth session)
    const note = [[false, 'Red flag: the sentence asks for the payment to go around the marketplace.']];
    const payee = [[false, 'Red flag: the sentence gives the account to be paid into.']];
    // Each was a red flag "the sentence gives the account to be paid into" (second fresh-eyes review)
    expect(grade('Please pay me through PayPal instead of Upwork before 15.12.2026.')).toEqual(note);
    expect(grade('Please pay via PayPal by 2026-12-15 instead of Upwork.')).toEqual(note);
    expect(grade('Please pay via PayPal (total 1.500.000 IDR) instead of Upwork.')).toEqual(note);
    expect(grade('Please pay via PayPal instead of Upwork; likewise the files go to art@studio.com')).toEqual(note);
    // A reference of an IBAN's shape whose check digits fail is none; real IBANs are
    expect(grade('Please pay via Wise instead of Upwork, reference AB12CDEF3456GHIJ.')).toEqual(note);
    expect(grade('Please pay via Wise instead of Upwork: GB82WEST12345698765433')).toEqual(note);
    expect(grade('Please pay via Wise instead of Upwork: GB82WEST12345698765432')).toEqual(payee);
    expect(grade('Please pay via Wise instead of Upwork: FR14 2004 1010 0505 0001 3M02 606')).toEqual(payee);
    // An upper-case word right after an IBAN is not part of it (read too long, the check failed)
    expect(grade('Please pay via Wise instead of Upwork: BE68 5390 0754 7034 TODAY')).toEqual(payee);
    // The account itself (a note before)
    expect(grade('Please pay me at paypal.me/dana99 instead of Upwork.')).toEqual(payee);
    // Phone numbers stay accounts
    expect(grade('Please pay via Zelle 123-45-67 instead of Upwork')).toEqual(payee);
    expect(grade('Please pay via PayPal instead of Upwork: +1 (415) 555-0134')).toEqual(payee);
  });

  it('quotes a sentence two readings of one rule found once, and does not count it as two', () => {
    const [f] = analyzeMessage('I think you can use PayPal directly by visiting https://example.org/donate').findings;
    expect(f.quotes).toHaveLength(1);
    expect(f.evidence.filter((e) => e.startsWith('“'))).toHaveLength(1);
  });

  it('leaves out a note that tells what clients usually do (advice, not a request: issue 12)', () => {
    for (const text of [
      'Clients usually pay 50% upfront for this kind of work.',
      'Los clientes suelen pagar el 50% por adelantado.',
      'Kunden zahlen meistens 30 % im Voraus.',
      'Les clients paient généralement un acompte de 30 %.',
      'Os clientes costumam pagar 50% adiantado.',
    ])
      expect(analyzeMessage(text).findings, text).toEqual([]);
    // Asked of the reader in the same message, it stays.
    const asked = analyzeMessage('Clients usually pay 50% upfront, so please send yours before I start.').findings;
    expect(asked.map((f) => [f.rule, f.note])).toEqual([['prepayment-pressure', true]]);
  });

  it("makes a note of the writer's habitual terms told to no one, a red flag when the sentence asks them too (issue 12)", () => {
    for (const text of ['I charge 50% upfront for every project I take on.', 'As we always charge 50% up front.'])
      expect(
        analyzeMessage(text).findings.map((f) => [f.rule, f.note]),
        text,
      ).toEqual([['prepayment-pressure', true]]);
    const asked = analyzeMessage('I always charge 50% upfront, so please send $200 before I start.').findings;
    expect(asked.map((f) => [f.rule, f.note])).toEqual([['prepayment-pressure', undefined]]);
    // A sum the writer paid, told after the deed ("… and paid $450 up front"), is no demand.
    expect(
      analyzeMessage('I hired someone to redesign my website and paid $450 up front, now he is bailing.').findings,
    ).toEqual([]);
  });

  it('makes a red flag of a sum in crypto asked for the writer, a note of the same sent to no one (issue 12)', () => {
    for (const text of ['Pay me 500 USDT.', 'Please send me 0.1 bitcoin.'])
      expect(
        analyzeMessage(text).findings.map((f) => [f.rule, f.note]),
        text,
      ).toEqual([['crypto-payment-request', undefined]]);
    expect(analyzeMessage('Send 0.1 BTC to restore your files.').findings.map((f) => [f.rule, f.note])).toEqual([
      ['crypto-payment-request', true],
    ]);
    // A coin named as the only way is a term set for the reader, however impersonal; a coin's history is not.
    expect(analyzeMessage('Payment via USDT only.').findings.map((f) => [f.rule, f.note])).toEqual([
      ['crypto-payment-request', true],
    ]);
    expect(analyzeMessage('Bitcoin only took off in 2013, long after the forum started.').findings).toEqual([]);
  });

  it('backs a payment to a number held in another name like a handle (issue 12, the thirteenth set read)', () => {
    const [f] = analyzeMessage(
      'Bom dia, amor manda o valor neste numero, 855501444 vem em nome de, Sofia Lemos.',
    ).findings;
    expect([f.rule, f.note]).toEqual(['alt-payment-request', undefined]);
  });

  it('does not take an object, a quantity or an impersonal subject for someone else telling (review of the change)', () => {
    // Two requests backing each other stay red flags; "some" is a quantity here, not a narrator.
    const both = analyzeMessage('Please pay some of the fee upfront in bitcoin.').findings;
    expect(both.map((f) => [f.rule, f.note])).toEqual([
      ['crypto-payment-request', undefined],
      ['prepayment-pressure', undefined],
    ]);
    for (const text of [
      'Il faut installer AnyDesk pour la réunion.',
      'Contact her on WhatsApp.',
      'Instala AnyDesk, muchos clientes lo usan.',
      'Für die Zahlung nutzen viele USDT, bitte per USDT zahlen.',
      'Send the laptop to his address in Lagos.',
    ])
      expect(
        analyzeMessage(text).findings.map((f) => f.note),
        text,
      ).toEqual([true]);
  });

  it('makes a private talk with no channel named anywhere a note that says so (seventh held-out set, read)', () => {
    const UNNAMED =
      'Only a note: the message asks to talk privately, or for your contact details, but names no channel outside the platform. Ask where, and keep the talk on the platform.';
    expect(graded('Hi! I have a suggestion for you, and I would like to discuss it privately.')).toEqual([
      ['move-off-platform', 'note', UNNAMED],
    ]);
    expect(graded('Hey, how can I message you privately')).toEqual([['move-off-platform', 'note', UNNAMED]]);
    // A channel named in the message, or the platform left outright, makes it an invitation
    expect(graded('Can I contact you privately? Telegram or e-mail, anything works.')[0]?.[1]).toBe('red flag');
    expect(graded('Let’s discuss this privately outside of Upwork, it’s better for both of us.')[0]?.[1]).toBe(
      'red flag',
    );
    expect(graded('Let’s talk privately, I will give you my personal contact.')[0]?.[1]).toBe('red flag');
    // The reader's contact details asked for, no channel named (ninth set, read): a note; with one named, a red flag
    expect(graded('Please let me know what you think with your contact info!')).toEqual([
      ['move-off-platform', 'note', UNNAMED],
    ]);
    expect(graded('Please send me your contact details, Telegram works best.')[0]?.[1]).toBe('red flag');
  });

  it('says why in German too', () => {
    setLocale('de');
    expect(graded('Schreib mir auf Telegram: @dev_bob_77')).toEqual([
      ['move-off-platform', 'red flag', 'Warnsignal: der Satz nennt einen Kontakt außerhalb der Plattform.'],
    ]);
    expect(graded('Bitte installieren Sie AnyDesk und schicken Sie mir die ID.')).toEqual([
      [
        'remote-access-request',
        'red flag',
        'Warnsignal: der Satz fragt nach der ID, dem Code oder dem Passwort, mit denen jemand auf Ihren Computer kommt.',
      ],
    ]);
    expect(graded('Bitte installieren Sie AnyDesk.')[0]?.[1]).toBe('note');
  });
});
