/**
 * The order-free matcher (lib/text/cooccur.ts) and its anchors (lib/text/anchors.ts): anchors are derived
 * conservatively, the anchored index finds exactly what running each concept on each sentence finds, negation
 * is read in five languages, and rules make their concepts once.
 */
import { describe, expect, it } from 'vitest';
import { anchorsOf, guardsOf, requiredSigns, startWidth } from '../lib/text/anchors';
import { secondAnchorsOf } from '../lib/text/second-anchors';
import {
  allConcepts,
  concept,
  cooccurring,
  filter,
  hintedBy,
  indexedMatches,
  inText,
  readHits,
  sharedCells,
  unanchoredConcepts,
} from '../lib/text/cooccur';
import { MAX_READ, prepareMessage } from '../lib/text/message';
import { analyzeMessage } from '../lib/analyze';
import '../lib/rules';
import { NEGATIVES, POSITIVES } from './corpus/messages';
import { TUNING_2 } from './corpus/tuning-2';
import { TUNING_3 } from './corpus/tuning-3';

describe('anchors', () => {
  it.each([
    [String.raw`zahl\p{L}*`, ['zahl']],
    [String.raw`bitcoins?`, ['bitcoin$', 'bitcoins$']],
    [String.raw`(?:to|an)\s+my`, ['to my$', 'an my$']],
    [String.raw`mis?\s+amigo`, ['mi amigo$', 'mis amigo$']],
    [String.raw`r[éè]gl\p{L}*`, ['régl', 'règl']],
    [String.raw`\b(?:send|ship)\b`, ['send', 'ship']],
    [String.raw`(?<![\p{L}])pay`, ['pay$']],
    [String.raw`(?:please\s+)?send`, ['please send$', 'send$']],
    [String.raw`[$€£]\s?\d+`, [...'0123456789']],
    [String.raw`e-?mail`, ['e$', 'email$']],
    [String.raw`e-?mail\p{L}*`, ['e$', 'email']],
    [String.raw`t\.me/\S+|wa\.me/\S+`, ['t$', 'wa$']],
    // optional white space before a sign: the word ends either way ("f & f", "f&f")
    [String.raw`f ?& ?f|amis\s*&`, ['f$', 'amis$']],
    [String.raw`t\.?me`, ['t']],
    // "\S" after a literal continues the word (only "\s" ends it), whatever the case of the letters
    [String.raw`Pay\S+`, ['pay']],
    [String.raw`Pay\s+`, ['pay$']],
    [String.raw`whats\s?app`, ['whats']],
    [String.raw`Before (?:I|we)`, ['before i$', 'before we$']],
    // A group after a literal continues it, alternative by alternative (not every word starting with "i")
    [String.raw`(?:i|we)(?:[’']ll| will) control`, ["i'll$", 'i will$', "we'll$", 'we will$']],
    [String.raw`p[aá]g(?:a|o)\p{L}*`, ['paga', 'pago', 'pága', 'págo']],
    [String.raw`tele(?:gram)?`, ['tele$', 'telegram$']],
    [String.raw`pay(?:ment)+s`, ['pay']],
    // A lookbehind is zero-width however its groups nest: the anchor is the word after it.
    [
      String.raw`(?<=(?:mir|uns) (?:\p{L}+\s+){0,3}?(?:ihre|eine) )(?:handynummer|telefonnummer)`,
      ['handynummer$', 'telefonnummer$'],
    ],
    [String.raw`(?<=(?:is|are) )due(?! to)`, ['due']],
    // White space at the sentence's start consumes no word: the anchors are the words after it.
    [String.raw`^\s*(?:telegram|tg)\s*\?`, ['telegram', 'tg']],
    // Digits start a literal as letters do (the trie's words hold both).
    [String.raw`(?:2nd|second) acc|2ème compte`, ['2nd acc$', 'second acc$', '2ème compte$']],
    // A sign every match starts with, and white space after it, is read past once ("+ 2 amigos").
    [String.raw`(?:mais|\+)\s?(?:dois|\d+)\s+amigos`, ['mais', 'dois amigos$', ...'0123456789']],
    // A class of separators after a literal ends the word; made optional, the literal may also go on.
    [String.raw`m[-_ ]?pesa`, ['m$', 'mpesa$']],
    [String.raw`don[’']?t`, ["don't$", 'dont$']],
    [String.raw`pay[-/]+pal`, ['pay$']],
    // (a range may span letters: "[ -~]" holds them all)
    [String.raw`pay[ -~]?pal`, ['pay']],
    // A word, white space, a word: both words are the anchor, once (no third word); the first alone where the second
    // has no anchor or a sign stands before it.
    [String.raw`i will pay`, ['i will$']],
    [
      String.raw`(?:my|our) (?:price|fee)s?`,
      ['my price$', 'my prices$', 'my fee$', 'my fees$', 'our price$', 'our prices$', 'our fee$', 'our fees$'],
    ],
    [String.raw`my (?:\p{L}+\s+)?friend`, ['my$']],
    // (across an apostrophe the same: "i'll" stands for "i’ll" and "i'll"; the first word alone where the second has no anchor)
    [String.raw`i’ll pay|we'?re (?:\p{L}+)`, ["i'll$", "we're$", 'were$']],
    [String.raw`my (?:friend|\p{L}+ buddy)`, ['my$']],
    [String.raw`pay \$\d+|pay [$€£]\d+|pay \+?\d+`, ['pay$']],
    [String.raw`my\s?friend|my *friend|my\s*friend`, ['my']],
    // (a first word is joined with at most 32 second words)
    [`my (?:${Array.from({ length: 33 }, (_, i) => `w${i}`).join('|')})`, ['my$']],
  ])('%s → %j', (source, anchors) => {
    expect(anchorsOf([source])?.sort()).toEqual([...anchors].sort());
  });

  it.each([
    [[String.raw`(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.]+`], '@'],
    [[String.raw`live:[\w.:-]+|(?<![#\w])\w{3,}#\d{4}(?![#\w])`], ':#'],
    // a sign in a group, a class, a quantifier's bounds or made optional is not required
    [[String.raw`(?<![\d+])\+?\d[\d\s().-]{6,}\d`], ''],
    [[String.raw`[\w.+-]+\s?(?:\(at\)|\[at\])\s?[\w-]+`], ''],
    [[String.raw`@\w+`, 'please'], ''],
    [['café'], ''],
  ])('signs every match of %j holds: %j', (alternatives, signs) => {
    expect(requiredSigns(alternatives)).toBe(signs);
  });

  it.each([
    String.raw`\s+pay`,
    String.raw`(?:\p{L}+\s+)?pay`,
    String.raw`(?:a|b)*c`,
    String.raw`[^x]pay`,
    '.pay',
    // a second sign is not read past: a match could start three characters before the word
    String.raw`\+\(\d+`,
  ])('gives up where a match may start otherwise: %s', (source) => expect(anchorsOf([source])).toBeNull());

  it('starts tries two characters early only where a required sign was read past', () => {
    expect(startWidth([String.raw`(?:mais|\+)\s?\d+ amigos`])).toBe(2);
    expect(startWidth([String.raw`mais \d+ amigos`, String.raw`\+?\d{6,}`])).toBe(0);
  });

  it.each([
    // the word after the first space outside a group, where the start has no anchor
    [String.raw`(?:^|\W)(?:sin|pas de) (?:webcam|c[aá]mara)`, ['webcam$', 'camara$', 'cámara$']],
    [String.raw`^\W*no (?:video|zoom)\s?calls?|keine kamera`, ['video', 'zoom', 'keine kamera$']],
  ])('guard words of a pattern without anchors, %s → %j', (source, guards) => {
    expect(anchorsOf([source])).toBeNull();
    expect(guardsOf([source])?.sort()).toEqual([...guards].sort());
  });

  it.each([String.raw`(?:^|\W)(?:sin|pas de)\s?webcam`, String.raw`\W(?: ?webcam)`])(
    'no guard words where a space is optional or in a group: %s',
    (source) => expect(guardsOf([source])).toBeNull(),
  );
});

describe('second anchors (a word every match holds besides its anchor)', () => {
  it.each([
    // the longest word after white space outside a group
    [String.raw`creat\p{L}* (?:\p{L}+\s+){0,2}?accounts? with your (?:own )?(?:info|details)`, ['account']],
    // past groups that end in white space, whether they match or not; a group of words
    [String.raw`(?:i|we) (?:\p{L}+ )?(?:connect|log ?in|get)`, ['connect', 'log', 'get']],
    // a leading group's alternatives, each with its own word; a quantified letter is left out
    [String.raw`(?:what is (?:your|ur)|tell me (?:your|ur))\s+numbers?`, ['number']],
    [String.raw`(?:what is|tell me)\s+\p{L}+`, ['is', 'me']],
    // past an optional group at the start; a group of the group's own at an alternative's start
    [String.raw`(?:eu )?(?:me conecto|vou me conectar) (?:a|nele)`, ['conecto', 'conectar']],
    [String.raw`send\p{L}* (?:in your name|(?:to|into) your account)`, ['in', 'to', 'into']],
    // a word read as the trie reads it where the plain reading is short: a class of letters
    [String.raw`tell (?:n[uú]mero|tel[eé]fono)`, ['numero$', 'número$', 'telefono$', 'teléfono$']],
    // a word of one letter as a whole word beside longer ones ("e-mail" is the words "e", "mail"), where nothing longer is
    [String.raw`pay (?:e-?mail|n[uú]mero)`, ['e$', 'email$', 'numero$', 'número$']],
    // the commonest words only where nothing rarer is: the channel, not "your"
    [String.raw`(?:need|tell me) (?:your|ur) (?:telegram|skype|what\p{L}*)`, ['telegram', 'skype', 'what']],
    // an alternative without such a word: its own anchors, beside the others' words
    [String.raw`(?<=mir )handynummer|send me (?:your|ur) number`, ['handynummer$', 'number']],
    // a look-ahead the alternative ends with: its words are in the sentence too
    [String.raw`(?:pay|send)(?= (?:the )?(?:fees?|charges?))`, ['fee', 'charge']],
    // … and so does an alternative of one word
    [String.raw`handynummer|send me (?:your|ur) number`, ['handynummer$', 'number']],
  ])('%s → %j', (source, seconds) => expect(secondAnchorsOf([source])?.sort()).toEqual([...seconds].sort()));

  it.each([
    String.raw`pay (?:e|n)`, // one letter alone is too short
    String.raw`pay (?:e|n)|pay (?:a|o)`, // no alternative with a word of its own
    String.raw`send|pay`, // nor here
    String.raw`pay ?me`, // the white space is optional
    String.raw`pay(?: me)`, // in a group
    String.raw`pay (?:\p{L}+\s*)?me`, // the group may end without white space
    String.raw`pay \p{L}+`, // no literal word
    String.raw`pay (?:me|\d+)`, // an alternative of the group without one
    String.raw`pay a`, // too short
    String.raw`paÿ mÿ`, // "ÿ" ("Ÿ" matches it, and is no letter of the trie's words)
  ])('none: %s', (source) => expect(secondAnchorsOf([source])).toBeNull());
});

describe('the anchored index', () => {
  const texts = [...POSITIVES, ...NEGATIVES, ...TUNING_2, ...TUNING_3].map(([t]) => t);
  // Whole conversations, as the bench makes them: many sentences in one message.
  for (let i = 0; i < 40; i++) texts.push(texts.slice(i * 7, i * 7 + 12).join('\n'));
  texts.push('Pay me $300 upfront. ÜBERWEISEN SIE DAS GELD AN MEINEN BRUDER! Œuvre: send the LAPTOP to my FRIEND.');
  // Matches that start before their anchor word, on a sign (tried there only where the sentence has one of the signs).
  texts.push(
    'Pay [30] % upfront and $ 300 as a deposit.\n€500 deposit, £ 20 fee, 50 % in advance.\nText me: +49 151 2345 6789, (+1) 555 010 0199.\nSend [50]% now, then $1,000.',
  );
  // Digits that start a word, a required sign before a word, guard words after a space, letters \W counts as signs.
  texts.push(
    'Tenho +2 amigos devs e mais 3 colegas. Use my 2nd acc, la 2da, le 2ème compte.\n--- no video calls. éno webcam.\nSin cámara, por favor. Pas de visio. Sem webcam!\nA+ 2 amigos; x+2 amigos; (+ 2 amigos)',
  );

  it('finds, for every concept of every rule, the same first match in each sentence as the plain pattern', () => {
    let compared = 0;
    for (const text of texts) {
      const msg = prepareMessage(text);
      for (const re of allConcepts()) {
        const plain = msg.sentences.map((s) => re.exec(s)?.index ?? -1);
        expect(indexedMatches(msg, re), `/${re.source.slice(0, 80)}/ in ${text.slice(0, 60)}`).toEqual(plain);
        compared += plain.length;
      }
    }
    expect(compared).toBeGreaterThan(10_000);
  });

  it('answers whether a concept matches in the whole text as the pattern tested on the text does (inText)', () => {
    // Matches across a sentence's end, a sign on one line before digits on the next, a message read with quotations.
    const more = [
      'Join our\ncommunity server. You will get\n50 % of it. Pay $\n300 now.',
      'I lost my account.\n\n  Use your friend\u2019s account. “Quoted words here” and the rest of mine.',
    ];
    let matched = 0;
    for (const text of [...texts, ...more]) {
      const msg = prepareMessage(text);
      for (const re of allConcepts()) {
        const plain = re.test(msg.text);
        expect(inText(msg, re), `/${re.source.slice(0, 80)}/ in ${text.slice(0, 60)}`).toBe(plain);
        if (plain) matched++;
      }
    }
    expect(matched).toBeGreaterThan(1_000);
    // A filter read as a concept, and a pattern that is neither (tested as it is).
    const GROUP = filter(String.raw`(?:our|the)\s+(?:\p{L}+\s+)?(?:community|server)`);
    for (const text of more) expect(inText(prepareMessage(text), GROUP)).toBe(GROUP.test(prepareMessage(text).text));
    expect(inText(prepareMessage(more[0]), GROUP)).toBe(true);
    expect(inText(prepareMessage('a b c'), /b c/)).toBe(true);
  });

  it("finds a match through an anchor of two words across any white space, before the second word's own anchors", () => {
    // ("pri" is the second word's own anchor, noted before the joined "my price" is reached: the pairs stay in order)
    const re = concept(String.raw`my\s+price|pri\p{L}*`, String.raw`the (?:cost|fee)`);
    const msg = {
      text: '',
      sentences: [
        'my price is fixed',
        'My \t\u00a0PRICE, my\u2003price',
        'my, price and the price',
        'mine price, the  fee, the cost',
        'my-price or my pr1ce',
        'the fees are my prices',
      ],
    };
    expect(indexedMatches(msg, re)).toEqual(msg.sentences.map((s) => re.exec(s)?.index ?? -1));
    expect(indexedMatches(msg, re)).toEqual([0, 0, 4, 5, 3, 16]);
    // Across an apostrophe: one of them, right after the first word.
    const own = concept(String.raw`(?:i|we)(?:[’']ll| will) (?:pay|send)|don[’']?t pay`);
    const said = {
      text: '',
      sentences: [
        "I’ll pay, I'll send",
        'So i ’ll pay, i’’ll pay, we’ll send',
        'Dont pay; DON’T PAY',
        "don' t pay, we'll pay",
      ],
    };
    expect(indexedMatches(msg, re)).toEqual(msg.sentences.map((s) => re.exec(s)?.index ?? -1));
    expect(indexedMatches(said, own)).toEqual(said.sentences.map((s) => own.exec(s)?.index ?? -1));
    expect(indexedMatches(said, own)).toEqual([0, 25, 0, 12]);
  });

  it('tries a concept that starts with "^" at the first character, where its anchor word follows white space', () => {
    const re = concept(String.raw`^\s*(?:telegram|discord)\s*\?`);
    const msg = { text: '', sentences: ['  Telegram?', 'Discord ?', 'my telegram?', 'hello?', 'telegram'] };
    expect(indexedMatches(msg, re)).toEqual(msg.sentences.map((s) => re.exec(s)?.index ?? -1));
    expect(indexedMatches(msg, re)).toEqual([0, 0, -1, -1, -1]);
  });

  it("reads a pattern two rules wrote alike as one concept, each rule's copy answered as the other", () => {
    const before = allConcepts().length;
    const first = concept(String.raw`wire (?:it|the money) to`);
    const copy = concept(String.raw`wire (?:it|the money) to`);
    // One more concept, not two: the copy's sentences are read through the first one's id.
    expect(allConcepts().length).toBe(before + 1);
    expect(copy).not.toBe(first);
    expect(copy.source).toBe(first.source);
    const msg = { text: '', sentences: ['please wire the money to my cousin', 'wire it', 'I will wire it to you'] };
    expect(indexedMatches(msg, copy)).toEqual([7, -1, 7]);
    expect(indexedMatches(msg, copy)).toEqual(indexedMatches(msg, first));
    expect(readHits(msg, [[copy]], { anyVoice: true, negationIsPattern: true }).map((h) => h.index)).toEqual([0, 2]);
  });

  it('runs only the few concepts that cannot have anchors (digits, addresses, signs) on every sentence', () => {
    // Each unanchored concept is a pattern run on every sentence of every message: one more, by mistake (an
    // alternative the anchor reader cannot see past), cost 15 % of the message rules' time.
    const unanchored = unanchoredConcepts().map((re) => re.source.slice(0, 60));
    expect(unanchored.length, unanchored.join('\n')).toBeLessThanOrEqual(13);
  });

  it('gives each message its own answers when messages are read in turns (the index reuses two sets of buffers)', () => {
    const some = texts.filter((t) => t.length > 200).slice(0, 5);
    const concepts = allConcepts().filter((_, i) => i % 3 === 0);
    const alone = some.map((t) => {
      const msg = prepareMessage(t);
      return concepts.map((re) => indexedMatches(msg, re));
    });
    // Three and more messages in turns: each takes the buffers of the one read least recently and walks again.
    const msgs = some.map((t) => prepareMessage(t));
    const turns = msgs.map(() => concepts.map((): number[] => []));
    for (let c = 0; c < concepts.length; c++)
      for (let m = 0; m < msgs.length; m++) turns[m][c] = indexedMatches(msgs[(m * 2) % msgs.length], concepts[c]);
    for (let m = 0; m < msgs.length; m++) expect(turns[m]).toEqual(alone[(m * 2) % msgs.length]);
    // And a whole analysis in between: the earlier message's index still answers for it.
    analyzeMessage(some[1]);
    expect(concepts.map((re) => indexedMatches(msgs[0], re))).toEqual(alone[0]);
  });

  it('reads a very long message with buffers of its own, and keeps none of its size afterwards', () => {
    const long = prepareMessage(Array.from({ length: 3000 }, (_, i) => `Sentence ${i}: pay me in USDT.`).join('\n'));
    const concepts = allConcepts().filter((_, i) => i % 7 === 0);
    for (const re of concepts)
      expect(indexedMatches(long, re)).toEqual(long.sentences.map((s) => re.exec(s)?.index ?? -1));
    analyzeMessage('Please pay me in USDT before I start.');
    // Two shared sets of at most 2^18 cells each (1 MB of offsets): a 200 KB page would have kept 50 MB.
    expect(sharedCells()).toBeLessThanOrEqual(2 * 2 ** 18);
  });

  it('rules make their concepts when loaded, not per message (no growth, no leak)', () => {
    const before = allConcepts().length;
    for (const text of texts.slice(0, 50)) analyzeMessage(text);
    expect(allConcepts().length).toBe(before);
  });
});

describe('co-occurrence', () => {
  const LAPTOP = concept('laptop');
  const FRIEND = concept(String.raw`my friend`, String.raw`mi amigo`, String.raw`meinen freund`);
  const SEND = concept(String.raw`send|envía|schick\p{L}*`);
  const match = (text: string) => cooccurring(prepareMessage(text), [[LAPTOP, FRIEND, SEND]]);

  it.each([
    'Send the laptop to my friend.',
    'My friend should get the laptop, send it today.',
    'Envía el laptop a mi amigo.',
    'Den Laptop bitte an meinen Freund schicken.',
  ])('matches in any order: %s', (text) => expect(match(text)).toHaveLength(1));

  it.each([
    'Send the laptop. My friend is here.', // different sentences
    'Never send the laptop to my friend.',
    'Send no laptop to my friend.',
    'Nunca envía el laptop a mi amigo.',
    'Den Laptop nicht an meinen Freund schicken.',
  ])('not when split or negated: %s', (text) => expect(match(text)).toEqual([]));

  it('reads Portuguese "no" before a name as "in the", not as a negation', () => {
    const TELEGRAM = concept('telegram');
    const ADD = concept('adiciona');
    expect(cooccurring(prepareMessage('Me adiciona no Telegram.'), [[ADD, TELEGRAM]])).toHaveLength(1);
    // Beside Portuguese words "no" is "in the" even before a small letter ("no telegram, adiciona aqui");
    // elsewhere it stays a negation.
    expect(cooccurring(prepareMessage('No telegram, adiciona aqui.'), [[TELEGRAM, ADD]])).toHaveLength(1);
    const ADD_EN = concept('add me');
    expect(cooccurring(prepareMessage('No telegram please, add me here.'), [[TELEGRAM, ADD_EN]])).toEqual([]);
  });

  it('reads "not X but Y" as Y still asked for: the negation takes only the way it names (five languages)', () => {
    const PAY = concept(String.raw`pay|zahl\p{L}*|pag\p{L}*|pay\p{L}*`);
    const COIN = concept(String.raw`usdt|bitcoin`);
    const read = (text: string) => cooccurring(prepareMessage(text), [[PAY, COIN]]);
    for (const text of [
      "Please don't pay through Upwork but in USDT.",
      'Zahlen Sie bitte nicht über Upwork, sondern in Bitcoin.',
      'No me pagues por Upwork sino en USDT.',
      'Ne me payez pas via Malt mais en bitcoin.',
      'Não me pague pelo Upwork, mas em USDT.',
    ])
      expect(read(text), text).toHaveLength(1);
    // The coin on the negated side, or a negation of the paying itself, stays negated.
    for (const text of [
      'Please do not pay in bitcoin but through Upwork.',
      "Don't pay in USDT, use Upwork.",
      'Zahlen Sie nicht in Bitcoin, sondern über Upwork.',
      "I never pay anyone in USDT, but I'm happy to use Upwork.",
      // the coin named before the way is what is refused (a fresh-eyes review)
      "Please don't pay me bitcoin via email but through Upwork.",
      'Zahlen Sie kein USDT per Mail, sondern über Upwork.',
    ])
      expect(read(text), text).toEqual([]);
  });

  it('ends a negation at a comma before an imperative with its pronoun attached (es, fr, pt, de)', () => {
    const CHANNEL = concept('discord|whats ?app');
    const ASK = concept(String.raw`agrégame|écris-moi|falar comigo|schreib mir`);
    const read = (text: string) => cooccurring(prepareMessage(text), [[ASK, CHANNEL]]);
    for (const text of [
      'Para que no se pierdan los mensajes, agrégame en Discord.',
      'Je ne regarde pas souvent ici, écris-moi sur WhatsApp.',
      'Como quase não vejo as notificações, pode falar comigo pelo WhatsApp.',
      'Ich schaue hier nicht oft rein, schreib mir auf WhatsApp.',
    ])
      expect(read(text), text).toHaveLength(1);
    // without the comma the negation still reaches it
    expect(read('No agrégame en Discord.')).toEqual([]);
    // French "ne" negates only with its pair; colloquial German "ne" ("eine") does not
    expect(read("Je ne veux pas que tu m'écris-moi sur WhatsApp.")).toEqual([]);
    expect(read('schreib mir ne Nachricht auf WhatsApp')).toHaveLength(1);
    // elided "t'" before an auxiliary is someone else's deed told to the reader, not the reader asked
    expect(
      analyzeMessage(
        "Un recruteur t'a contacté sur Telegram pour un paiement en USDT ? C'est une arnaque, signale-le à Malt.",
      ).findings,
    ).toEqual([]);
  });

  it('refuses patterns that are not concepts', () => {
    expect(() => cooccurring(prepareMessage('x'), [[/x/]])).toThrow(/not a concept/);
  });

  it('a filter restricts a combination to sentences it matches, and is never a combination alone', () => {
    const TELEGRAM = concept('telegram');
    const MINE = filter('my|mein');
    const text = 'Telegram is a messenger. My Telegram is @dev_sam.';
    expect(cooccurring(prepareMessage(text), [[TELEGRAM, MINE]])).toEqual(['My Telegram is @dev_sam.']);
    expect(() => cooccurring(prepareMessage(text), [[MINE]])).toThrow(/needs a concept/);
  });

  it('reads a filter through the index as the pattern reads the sentence (a filter with anchors is a concept)', () => {
    const TELEGRAM = concept('telegram');
    const YOURS = filter(String.raw`(?:your|ur)\s+(?:\p{L}+\s+)?handle`);
    const text = 'Your Telegram handle? Telegram is a messenger. Telegram: send ur new handle. Handle your telegram.';
    const msg = prepareMessage(text);
    expect(cooccurring(msg, [[TELEGRAM, YOURS]])).toEqual(msg.sentences.filter((s) => YOURS.test(s)));
    expect(cooccurring(msg, [[TELEGRAM, YOURS]])).toHaveLength(2);
  });

  it('tests an unless pattern with a hint only where the hint matches, reading as without it', () => {
    const PAY = concept(String.raw`pay\p{L}*`);
    const TOLD = /\b(?:he|she)\s+paid\b/i;
    const hinted = hintedBy(/\b(?:he|she)\s+paid\b/i, /paid/i);
    const text = 'Pay me today. She paid me yesterday, pay me too. He has to pay.';
    const msg = prepareMessage(text);
    const opts = { anyVoice: true, negationIsPattern: true };
    expect(cooccurring(msg, [[PAY]], { ...opts, unless: [hinted] })).toEqual(
      cooccurring(msg, [[PAY]], { ...opts, unless: [TOLD] }),
    );
    expect(cooccurring(msg, [[PAY]], { ...opts, unless: [hinted] })).toEqual(['Pay me today.', 'He has to pay.']);
    expect(() => hintedBy(/x/iu, /x/i)).toThrow(/flags/);
  });
});

describe('hostile text', () => {
  // Page text is attacker-controlled. A pattern that can start at every character of a long run takes
  // quadratic time (a run of "a.a.a." once took 3 s at 80 KB, minutes at 200 KB); the bound here is
  // hundreds of times what linear matching needs, so it only fails on such a pattern, not on a slow machine.
  const prefix =
    'Please send the laptop to my friend, pay in USDT via telegram whatsapp email, my account was suspended, rent your ID, camera broken, 50% upfront, install AnyDesk, my friends can also join ';
  // Added later: names spelled around a filter (lib/text/disguise.ts) — spaced, look-alike, described.
  const added = ['a ', 't e l e g r a m ', 'Те', 'a1', 'w h @ t s ', 'the app with the paper plane '];
  // Found by the attack on it: a sign in every word once looked back to the message's start for a dot (8 s),
  // each name read back once checked all before it; invisible and styled characters are traced to the page.
  added.push('wh@t ', 'tele gram ', 'T e l e g r a m ', 'a\u200bb ', '𝐓𝐞', 'T🔹e🔹', 'Ѕкуре ', '“x” ', '> q\n');
  // A sentence or a line per character: a concept's anchors were walked from the first for each sentence (13 s
  // for "a. ", 28 s for a letter a line).
  added.push('a. ', 'a\n', 'T\ne\n');
  // One asking sentence repeated: each sentence found read the whole message again for a number meant as another than the phone's
  // (45 s at 200 KB; helper perf47, forty-seventh session).
  added.push('Please send me your WhatsApp number and pay 50% upfront in USDT to my wallet. ');
  it.each(['a', '1', 'a.', 'a-', '1 ', 'a_', 'a+', 'a@', '1.', '@a', 'my ', 'É', 'a#', ...added])(
    'a 200 KB run of %j is read in linear time',
    (unit) => {
      // CPU time of this worker, not the wall clock: other test files on the same cores do not count.
      const start = process.cpuUsage();
      analyzeMessage(prefix + unit.repeat(Math.ceil(200_000 / unit.length)));
      const used = process.cpuUsage(start);
      expect((used.user + used.system) / 1000).toBeLessThan(5_000);
    },
  );
  // recheck's attack strings on the patterns it found super-linear that were so through analyzeMessage too
  // (tests/redos.test.ts): a run between a start and an end that make the pattern try it from every character.
  it.each([
    ['', '\n', '\u0000\n>'], // a reply line's "^\s*>" over blank lines: 4 s at 50 KB
    ['', '\t', 'x'], // a conjunction's spaces in speech.ts's clause bounds: 13 s at 100 KB
    [',P', 'ÓJ', '\u0000'], // a word joined to "me"/"nos" after a comma: 2.4 s at 50 KB
    ['pa', 'engag', 'y\th u\te\u0000'], // a hire-me-elsewhere verb inside a word: 5.9 s at 200 KB
    ['SKYPE\t', '\t', '\u0000'], // "skype" and its separator's spaces: 1.2 s at 20 KB
    ['WA\t', '\t', '\u0000'],
    ['', 'GKAKAOÉ', '\u0000'], // a messenger name inside a word ("kakao…") for work near it: 7.6 s at 200 KB
    // the reader's own address labelled "e-mail do destinatário" after an address in the sentence: 77 s at 200 KB
    ['x@gmail.com email do destinate', 'ni', '\u0000'],
    // grading's deposit marked as paid: a letter neither a word character nor a space ("ç") both ended a word and began
    // the next, so 50 of them after "sinal" took 30 s (found by perf34's recheck run, thirty-fourth session)
    ['sinal ', 'ç', 'x'],
    // A look-ahead to the sentence's end tried at every anchor of a long sentence, closed by the word it looks for (a
    // hostile-input probe of the thirty-sixth session: 3 s and 1.3 s at 190 KB; 62 s and 20 s with the next test's ligature)
    ['Pay me via PayPal instead of Upwork ', 'upwork pays ', 'instead'],
    ['Die Anzahlung ', 'muss ', 'richtig?'],
    // two runs of white space with an optional word between them, read over the whole message once a sentence says the
    // writer's account was lost: "on Konto" + spaces split every way (15 s at 200 KB, thirty-sixth session)
    ['My account was suspended. ON KONTO ', ' \t', 'N'],
    // a run of letters after "meanwhile" before a word of writing: "\W+(?:\p{L}+ ){0,5}?" tried every length of it (21 s at
    // 192 KB in a draft of the thirty-sixth session, caught before it landed)
    ['I cannot do video today, my camera is broken. Meanwhile ', 'ÁÉ', '_'],
  ])('%j, a 200 KB run of %j, then %j is read in linear time', (start, unit, end) => {
    const run = unit.repeat(Math.floor((199_000 - prefix.length - start.length - end.length) / unit.length));
    const begin = process.cpuUsage();
    analyzeMessage(prefix + start + run + end);
    const used = process.cpuUsage(begin);
    expect((used.user + used.system) / 1000).toBeLessThan(5_000);
  });
});

describe('hostile text that cleaning lengthens', () => {
  // NFKC writes U+FDFA as 18 characters: cut at 200,000 before cleaning, a page of them was read as 1.9 million (62 s with
  // the look-ahead above; a hostile-input probe of the thirty-sixth session). The cap holds after cleaning too.
  it('reads at most 200,000 characters after cleaning', () => {
    const message = prepareMessage('Pay me via PayPal instead of Upwork ' + '\uFDFA'.repeat(199_000));
    expect(message.text.length).toBeLessThanOrEqual(MAX_READ);
  });
  it.each([
    ['Pay me via PayPal instead of Upwork ', 'upwork pays ', ' instead'],
    ['Vorab die Gebühr zahlen, ', 'muss vorab ', ' oder?'],
    ['Pay me in USDT. Please pay me, no ', 'avoid ', ' usdt'],
  ])('%j, a run of %j between ligatures, then %j is read in linear time', (start, unit, end) => {
    const half = 99_000;
    const text = start + unit.repeat(Math.floor(half / unit.length)) + '\uFDFA'.repeat(half) + end;
    const begin = process.cpuUsage();
    analyzeMessage(text);
    const used = process.cpuUsage(begin);
    expect((used.user + used.system) / 1000).toBeLessThan(5_000);
  });
});

describe('hostile text, short', () => {
  // Not every super-linear pattern needs a long run: grading's deposit marked as paid split 50 "ç" (neither a word
  // character nor a space) into words in every way, 30 s for a 100-character message (thirty-fourth session).
  it('reads a deposit followed by 60 letters outside ASCII in a blink', () => {
    const begin = process.cpuUsage();
    analyzeMessage(`Please send the 50% deposit upfront today, sinal ${'ç'.repeat(60)}x`);
    const used = process.cpuUsage(begin);
    expect((used.user + used.system) / 1000).toBeLessThan(2_000);
  });
});

describe('letter classes in patterns', () => {
  // Without the "u" flag a class inside a class matches something else: "[\p{L}-]+" once made a filter of
  // identity-rental-request match nothing at all, silently.
  it('refuses \\p{L} inside a larger character class, in concepts and filters', () => {
    expect(() => filter(String.raw`share (?:[\p{L}-]+\s+){0,4}?with me`)).toThrow(/character class/);
    expect(() => concept(String.raw`[\s\p{L}]+ account`)).toThrow(/character class/);
    expect(() => concept(String.raw`\p{Lu}\p{L}+[’']s name`)).toThrow(/only/);
  });
  it('reads [\\p{L}] and \\p{L} as the letters of the five languages', () => {
    const f = filter(String.raw`teil\p{L}* (?:(?:\p{L}|-)+\s+){0,3}?mit mir(?![\p{L}])`);
    expect(f.test('Teile dein Upwork-Konto mit mir.')).toBe(true);
    expect(f.test('Teile dein Upwork-Konto mit mirror')).toBe(false);
  });
});

// A concept with no anchor word is tried in every sentence of every message. Eight are so by design (addresses, handles,
// numbers, a bare "?" or "please"); a new one is a cost to decide on, not an accident — as the thirtieth session's
// subjectless "Sent you an email." alternative, written to start at "^", made a whole concept unanchored (+2.6 %
// instructions a message) until it looked back at the sentence's start instead.
describe('concepts without anchor words', () => {
  it('are only the known eight', async () => {
    await import('../lib/analyze');
    const { unanchoredConcepts } = await import('../lib/text/cooccur');
    const KNOWN = [
      '@(?![A-Za-z0-9_]*bot',
      'live:[',
      String.raw`[\w.+-]+@[\w-]+\.[\w.]+)(?!`,
      String.raw`\(at\)`,
      '@(?:gmail|googlemail',
      String.raw`[\w.+-]+@[\w-]+\.[\w.]+|(?<![\d+])`,
      'telegramm?|tg|whats',
      'please|pls|bitte|por favor',
    ];
    const unknown = unanchoredConcepts()
      .map((r) => r.source)
      .filter((s) => !KNOWN.some((k) => s.includes(k)));
    expect(unknown).toEqual([]);
    expect(unanchoredConcepts().length).toBeLessThanOrEqual(KNOWN.length);
  });
});
