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
  ])('%s', (text) => {
    const read = readDisguises(text);
    expect(read?.found.filter((d) => d.disguised) ?? []).toEqual([]);
    expect(prepareMessage(text).sentences.join(' ')).not.toMatch(/PayPal|WeChat/);
  });
});
