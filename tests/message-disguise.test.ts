/**
 * Names written so that a marketplace's message filter misses them (lib/text/disguise.ts): the rules read them
 * as the name, the finding quotes the page's own sentence (so the page can highlight it) and says what was read
 * as what; ordinary text is never changed.
 */
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../lib/analyze';
import { quoteSpans } from '../lib/content/message-text';
import { setLocale } from '../lib/i18n';
import { readDisguises } from '../lib/text/disguise';
import { prepareMessage } from '../lib/text/message';

const graded = (text: string) =>
  analyzeMessage(text)
    .findings.map((f) => `${f.rule}${f.note ? ' (note)' : ''}`)
    .sort();

describe('a name spelled around a filter is read as the name', () => {
  it.each([
    ['Add me on T e l e g r a m for a faster talk.', ['move-off-platform'], 'T e l e g r a m', 'Telegram'],
    ['Let’s continue on t.e.l.e.g.r.a.m, it is easier.', ['move-off-platform'], 't.e.l.e.g.r.a.m', 'Telegram'],
    // Cyrillic "Т", "е" and "а" among Latin letters.
    ['Write me on Теlеgrаm, please.', ['move-off-platform'], 'Теlеgrаm', 'Telegram'],
    ['Message me on wh@tsapp so we can talk there.', ['move-off-platform'], 'wh@tsapp', 'WhatsApp'],
    [
      'Contact me on the blue app with the paper plane.',
      ['move-off-platform'],
      'the blue app with the paper plane',
      'Telegram',
    ],
    ['Please install Аnуdеsk so I can fix it on your computer.', ['remote-access-request'], 'Аnуdеsk', 'AnyDesk'],
    ['Pay me in u s d t, it is faster.', ['crypto-payment-request'], 'u s d t', 'USDT'],
    ['Schreib mir auf T-e-l-e-g-r-a-m.', ['move-off-platform'], 'T-e-l-e-g-r-a-m', 'Telegram'],
    // Found by trying to get past it: emoji between the letters, accents, small capitals, a sign for a letter
    // or at a word's edge, letters one under the other, invisible characters, styled letters, typed accents.
    ['Add me on T🔹e🔹l🔹e🔹g🔹r🔹a🔹m please.', ['move-off-platform'], 'T🔹e🔹l🔹e🔹g🔹r🔹a🔹m', 'Telegram'],
    ['Add me on Tėlėgrȧm please.', ['move-off-platform'], 'Tėlėgrȧm', 'Telegram'],
    ['Add me on ᴛᴇʟᴇɢʀᴀᴍ please.', ['move-off-platform'], 'ᴛᴇʟᴇɢʀᴀᴍ', 'Telegram'],
    ['Add me on te|egram please.', ['move-off-platform'], 'te|egram', 'Telegram'],
    ['Add me on 7elegram please.', ['move-off-platform'], '7elegram', 'Telegram'],
    ['Pay me in ₿itcoin please.', ['crypto-payment-request'], '₿itcoin', 'Bitcoin'],
    ['Send me your gmai1 address.', ['move-off-platform'], 'gmai1', 'Gmail'],
    ['Message me on wh@tsapp.', ['move-off-platform'], 'wh@tsapp', 'WhatsApp'],
    ['Add me on T\ne\nl\ne\ng\nr\na\nm please.', ['move-off-platform'], 'T\ne\nl\ne\ng\nr\na\nm', 'Telegram'],
    ['Add me on Tele\u200bgram please.', ['move-off-platform'], 'Tele\u200bgram', 'Telegram'],
    ['Add me on Tele\u00adgram please.', ['move-off-platform'], 'Tele\u00adgram', 'Telegram'],
    ['Add me on 𝐓𝐞𝐥𝐞𝐠𝐫𝐚𝐦 please.', ['move-off-platform'], '𝐓𝐞𝐥𝐞𝐠𝐫𝐚𝐦', 'Telegram'],
    ['Add me on Te\u0301le\u0301gram please.', ['move-off-platform'], 'Te\u0301le\u0301gram', 'Telegram'],
    ['Add me on Ѕкуре, please.', ['move-off-platform'], 'Ѕкуре', 'Skype'],
    [
      'Contact me on the app with the paper airplane.',
      ['move-off-platform'],
      'the app with the paper airplane',
      'Telegram',
    ],
  ])('%s', (text, rules, shown, word) => {
    setLocale('en');
    const { findings } = analyzeMessage(text);
    expect(findings.map((f) => f.rule)).toEqual(rules);
    const f = findings[0]!;
    // A red flag: nobody writes a messenger's name letter by letter by accident.
    expect(f.note).toBeFalsy();
    // The quote is the page's sentence, not the copy the rules read.
    expect(f.quotes).toEqual([text]);
    expect(f.evidence).toContain(`“${shown}” is read as ${word}.`);
    expect(f.evidence.at(-1)).toBe(
      'Red flag: a name is written so that the marketplace’s message filter would miss it.',
    );
    expect(f.evidence[0]).toContain(`“${text}”`);
  });

  it('says so in German too', () => {
    setLocale('de');
    const f = analyzeMessage('Schreib mir auf T-e-l-e-g-r-a-m.').findings[0]!;
    expect(f.evidence).toContain('„T-e-l-e-g-r-a-m“ wird als Telegram gelesen.');
    expect(f.evidence.at(-1)).toBe(
      'Warnsignal: ein Name ist so geschrieben, dass der Nachrichtenfilter des Marktplatzes ihn übersieht.',
    );
    setLocale('en');
  });

  it('a question stays a note, and a name split in two is a spelling, not a disguise', () => {
    expect(graded('Do you have t3legram?')).toEqual(['move-off-platform (note)']);
    const split = analyzeMessage('Do you use tele gram?').findings[0]!;
    expect(split.rule).toBe('move-off-platform');
    expect(split.evidence).toContain('“tele gram” is read as Telegram.');
    expect(readDisguises('whats app me')?.found).toEqual([{ shown: 'whats app', word: 'WhatsApp', disguised: false }]);
  });

  it('a name misspelt past a filter’s list is read, not called a disguise (a typo looks the same)', () => {
    // "Skhipe" and "SKyp" are from a Fiverr forum thread about buyers asking to move off the platform.
    expect(readDisguises('Let us talk on Skhipe or SKyp.')?.found).toEqual([
      { shown: 'Skhipe', word: 'Skype', disguised: false },
      { shown: 'SKyp', word: 'Skype', disguised: false },
    ]);
    expect(graded('Add me on teligram, it is faster there.')).toEqual(['move-off-platform']);
    // Remote-desktop tools as people misspell them (issue 12), asked with the session's ID: a red flag.
    expect(graded('Install anydesck and give me the id')).toEqual(['remote-access-request']);
    expect(graded('pls download teamveiwer and send me the code')).toEqual(['remote-access-request']);
    expect(readDisguises('Instale o anidesk e me passa o código')?.found).toEqual([
      { shown: 'anidesk', word: 'AnyDesk', disguised: false },
    ]);
    // A word of its own is not a misspelling.
    expect(readDisguises('Ich schicke dir ein Telegramm, skipper.')).toBeUndefined();
  });

  it('a name written in Cyrillic is read as the name, and never called a disguise (it is the word in Russian)', () => {
    expect(readDisguises('Contact me on Телеграм or вотсап.')?.found).toEqual([
      { shown: 'Телеграм', word: 'Telegram', disguised: false },
      { shown: 'вотсап', word: 'WhatsApp', disguised: false },
    ]);
    expect(graded('Contact me on телеграм, I reply faster there.')).toEqual(['move-off-platform']);
    // A message in Russian is read but asks nothing the rules understand: no finding for writing one's language.
    expect(analyzeMessage('Напиши мне в телеграм').findings).toEqual([]);
  });

  it('the quote is found in the page’s text for highlighting, across sentence stops in the disguise', () => {
    const text = 'Hello! Add me on t. e. l. e. g. r. a. m please. Thanks.';
    const { findings } = analyzeMessage(text);
    expect(findings.map((f) => f.quotes)).toEqual([['Add me on t. e. l. e. g. r. a. m please.']]);
    const el = document.createElement('div');
    const bold = document.createElement('b');
    bold.textContent = 't. e. l.';
    el.append('Hello! Add me on ', bold, ' e. g. r. a. m please. Thanks.');
    const [span] = quoteSpans(el, findings[0]!.quotes![0]!);
    expect(span?.startOffset).toBe(7);
    expect(span?.end.data).toBe(' e. g. r. a. m please. Thanks.');
  });

  it('quotes the page’s words where NFKC, a dropped reply line or a quotation changed the sentence', () => {
    const quotes = (text: string) => analyzeMessage(text).findings.flatMap((f) => f.quotes);
    expect(quotes('Ａｄｄ ｍｅ ｏｎ ｔｅｌｅｇｒａｍ, please.')).toEqual([
      'Ａｄｄ ｍｅ ｏｎ ｔｅｌｅｇｒａｍ, please.',
    ]);
    expect(quotes('> quoted\nHi… Add me on Ｔｅｌｅｇｒａｍ: @sam_dev.\n> more\nBye.')).toEqual([
      'Add me on Ｔｅｌｅｇｒａｍ: @sam_dev.',
    ]);
    expect(quotes('Sorry for the “delay”, add me on Telegram now.')).toEqual([
      'Sorry for the “delay”, add me on Telegram now.',
    ]);
    // Dropped reply lines take one line break with them, as before.
    expect(prepareMessage('> a\nOne.\n> b\n\nTwo.\n> c').text).toBe('One.\n\nTwo.');
  });

  it('each read sentence maps to the page’s sentence, the others stay as they were', () => {
    const msg = prepareMessage('First line.\nAdd me on T e l e g r a m: @dev_sam.\nLast line.');
    expect(msg.sentences).toEqual(['First line.', 'Add me on Telegram: @dev_sam.', 'Last line.']);
    expect([...msg.shown!]).toEqual([['Add me on Telegram: @dev_sam.', 'Add me on T e l e g r a m: @dev_sam.']]);
  });
});

describe('ordinary text is never changed', () => {
  it.each([
    'We chat every morning at nine.',
    'Otherwise the design is fine.',
    'J. R. R. Tolkien wrote it in the U. S. A.',
    'Grades A B C D E F are all fine.',
    'B2B, H2O, mp3 and 4K video.',
    'Write to jane.doe@gmail.com or call me.',
    'My name is Ivan Иванов and I live in Kyiv.',
    'The wallet TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t is the client’s.',
    'We use Telegram, WhatsApp and TeamViewer.',
    'Напишите мне в Telegram.',
    'Thanks for the pay, pal!',
    'Grüße aus München, für Sie: Überweisung über Revolut ist möglich.',
    'Café, naïve, résumé, señal, São Paulo, coração.',
    'Great work ❤️ love it ✈️ travelling next week.',
    'Sk8er boi, gr8 m8, version 2.0, 3rd party, $500.',
  ])('%s', (text) => {
    const read = readDisguises(text);
    expect(read?.found.filter((d) => d.disguised) ?? []).toEqual([]);
    expect(prepareMessage(text).sentences.join(' ')).not.toMatch(/PayPal|WeChat/);
  });

  it.each([
    // A link's words are the site's; a sentence stop between two words; a description starts at a word.
    ['See https://example.com/tele-gram/what_s_app for details.', undefined],
    ['Pay. Pal around with me, the sky. Pe ople.', undefined],
    ['A ✈️ app? No, the airline app.', undefined],
    ['We travel with the paper plane logo.', 'with the paper plane logo'],
  ])('%s', (text, shown) => {
    expect(readDisguises(text)?.found.map((d) => d.shown)).toEqual(shown && [shown]);
  });
});

describe('a combining mark NFKC leaves as it is never stops the reading', () => {
  // hostile20: a combining grapheme joiner (U+034F) or an accent on a letter that has no accented form ("x́") is
  // a combining mark that NFKC keeps: nothing was cleaned, so the text had no trace to the page, and looking for
  // the marks read past it ("Cannot read properties of undefined"). One such character anywhere in a message threw
  // in the background, and the whole page's batch of messages went unchecked.
  it.each([
    ['Email me at mika.dev77\u034f@gmail.com so we can talk there.', ['move-off-platform']],
    ['Add me on Tele\u034fgram: @mika_dev77 so we can talk there.', ['move-off-platform']],
    ['Pay the deposit first, then we start. Ex\u0301tra work later.', ['prepayment-pressure']],
  ])('%s', (text, rules) => {
    expect(() => prepareMessage(text)).not.toThrow();
    expect(graded(text).map((r) => r.replace(' (note)', ''))).toEqual(rules);
  });
});

describe('control characters are read as nothing, and the quote keeps the page’s text', () => {
  // A published SMS held "n\u001bmero" (the "ú" of "número" lost to an escape), which cut the word for every pattern; a
  // bell or a NUL inside a name would hide it the same way (thirty-second session, the twenty-first set read).
  it.each([
    [
      'Minha conta tem problema.,transfere neste n\u001bmero,855557040, vem em nome de Rosita Benedito',
      'nmero',
      ['account-switch-request', 'alt-payment-request'],
    ],
    ['Add me on Tele\u0007gram @devmartin77', 'Telegram', ['move-off-platform']],
    ['Add me on Tele\u0000gram @devmartin77', 'Telegram', ['move-off-platform']],
    ['Add me on Tele\u0085gram @devmartin77', 'Telegram', ['move-off-platform']],
  ])('%s', (text, word, rules) => {
    const m = prepareMessage(text);
    expect(m.text).toContain(word);
    // eslint-disable-next-line no-control-regex -- control characters are what it looks for
    expect(m.text).not.toMatch(/[\x00-\x08\x0e-\x1f\x7f-\x9f]/);
    expect(graded(text)).toEqual(rules);
  });
  it('reads NEL (U+0085) as a line break, not as nothing', () => {
    expect(prepareMessage('Write me on\u0085Telegram\u0085@devmartin77').text).toBe(
      'Write me on\nTelegram\n@devmartin77',
    );
    expect(graded('Write me on\u0085Telegram\u0085@devmartin77')).toEqual(['move-off-platform']);
  });
  it('keeps tabs, line ends and form feeds as white space', () => {
    expect(prepareMessage('Add me\ton\fTelegram\r\n@devmartin77').text).toBe('Add me\ton\fTelegram\r\n@devmartin77');
  });
  it('quotes the page’s own characters', () => {
    const f = analyzeMessage('Add me on Tele\u0007gram @devmartin77').findings[0];
    expect(f.quotes).toEqual(['Add me on Tele\u0007gram @devmartin77']);
  });
});
