/**
 * Proposal and chat text prepared for the message rules: cleaned (zero-width and bidi characters), quoted
 * material removed (reply lines starting with ">", text in quotation marks — what the other side said, not
 * a request), split into sentences. The rules find their sentences with lib/text/cooccur.ts.
 */
import { readDisguises, type Disguise } from './disguise';
import { MAX_READ } from '../read-cap';
import { cleaning } from './cleaning-edits';
import { applied, edited, merge, type Edit, type Traced } from './edits';
import { cleanText, isControl, mayChange, sentences } from './sentences';

export interface PreparedMessage {
  /** The text the rules read: names written around a filter read back (lib/text/disguise.ts). */
  text: string;
  sentences: string[];
  /** Where a name was read back: each such sentence as the page wrote it. */
  shown?: Map<string, string>;
  /** The names read back, as written and as read. */
  disguises?: Disguise[];
  /** Where lib/text/cooccur.ts keeps what it found in this message (a WeakMap per message costs in GC). */
  concepts?: unknown;
}

// The most of a message the rules read (lib/analyze.ts cuts the page's text there, and the cleaned text is cut again).
export { MAX_READ };

export function prepareMessage(given: string): PreparedMessage {
  // The same characters as a two-byte string (a slice of one): V8 compiles a pattern once for each string width it
  // meets, and messages of Latin-1 only beside messages with a "’" made it compile nearly every pattern twice
  // (788 compilations, 18 MB of native code on the bench's messages; now 437, 11 MB — 2.6 % fewer instructions).
  // Taken back once (2026-12-03): grading's number-in-a-name pattern made a 200 KB digit run 2.5x slower on two-byte
  // text; it now reads the words first (lib/rules/grade.ts), and tests/cooccur.test.ts's hostile runs stay linear.
  const raw = ('\u2019' + given).slice(1);
  // Each step's edits are kept, so that a quote can be given as the page wrote it (the page highlights it):
  // NFKC and invisible characters, dropped reply lines, quotations, names read back. Where each character
  // stands in the page's text is worked out only when asked (most messages have no finding to quote).
  const steps: Edit[][] = [];
  let text = raw;
  const step = (edits: Edit[]) => {
    if (!edits.length) return;
    steps.push(edits);
    text = applied(text, edits);
  };
  // (most messages hold no character cleaning may change, nor any of the marks looked for below: one scan tells)
  const unstable = mayChange(raw);
  if (unstable && cleanText(raw) !== raw) step(cleaning(raw));
  // NFKC writes some characters as many (U+FDFA as 18): the cap on what is read holds after cleaning too — a 200 KB
  // page of them was read as 1.9 million characters (a hostile-input probe of the thirty-sixth session).
  if (text.length > MAX_READ) step([{ from: MAX_READ, to: text.length, word: '' }]);
  // (no line break in the spaces before ">": "\s*" ran from every line start over all the blank lines after it,
  // quadratic on a run of line breaks — 4 s for 50 KB; a match across blank lines matches from its last line too)
  const lines = text.includes('>') && /^[^\S\n\r\u2028\u2029]*>/m.test(text) ? text.split('\n') : [];
  // (a message of reply lines only is the message itself: left as it is, never read as empty)
  if (lines.some((line) => /^\s*>/.test(line)) && lines.some((line) => line.trim() && !/^\s*>/.test(line))) {
    const dropped: Edit[] = [];
    let at = 0;
    let kept = false;
    for (const line of lines) {
      const end = at + line.length;
      // A kept line is followed by its line break; a dropped one goes with the line break before it or after it.
      if (/^\s*>/.test(line))
        dropped.push(kept ? { from: at - 1, to: end, word: '' } : { from: at, to: end + 1, word: '' });
      else kept = true;
      at = end + 1;
    }
    step(merge(dropped, text.length));
  }
  // exec from the start, as matchAll would (which copies the pattern at every call: most messages have none).
  const quotations: RegExpExecArray[] = [];
  QUOTATION.lastIndex = 0;
  for (let m = QUOTATION.exec(text); m; m = QUOTATION.exec(text)) if (!QUOTED_NUMBER.test(m[0])) quotations.push(m);
  // A message that is mostly quotation is the message itself: pasted with its quotation marks, or quoted by an
  // article or a forum post that only frames it ("“Hola mamá, mi móvil se ha roto y este es mi nuevo número”. Así
  // comienza todo."). Quotations are left out only where the writer's own words are at least half of the text.
  if (quotations.length) {
    // The word characters left once the quotations are gone (each becomes a space), counted, not copied.
    const all = wordCharacters(text, 0, text.length);
    let quoted = 0;
    for (const m of quotations) quoted += wordCharacters(m[0], 0, m[0].length);
    // Words around it that refuse it ("You wrote: “…” No, sorry.", "„…“ – nein danke", "me escribió: “…”. No lo
    // hice.") leave it out however short they are.
    if ((all - quoted) * 2 >= all || REFUSED.test(text.replace(QUOTATION, ' ')))
      step(quotations.map((m) => ({ from: m.index, to: m.index + m[0].length, word: ' ' })));
  }
  const traced = () => steps.reduce(edited, { text: raw });
  // (each mark is a character cleanText may change: sentences.ts's mayChange found one where there is any)
  const marked = unstable && MARKED_OR_COMBINING.test(raw) && (MARKED.test(raw) || COMBINING.test(raw));
  const read = readDisguises(text, marked ? marksIn(raw, traced()) : []);
  let t: Traced | undefined;
  let found: Disguise[] | undefined;
  if (read) {
    // The names as the page wrote them.
    const before = traced();
    found = read.found.map((d, i) => ({ ...d, shown: page(raw, before, read.edits[i]!.from, read.edits[i]!.to) }));
    step(read.edits);
    t = edited(before, read.edits);
  }
  const said = sentences(text);
  if (!steps.length) return { text, sentences: said };
  let shown: Map<string, string> | undefined | null = null;
  const readText = text;
  const message: PreparedMessage = {
    text,
    sentences: said,
    get shown() {
      if (shown === null) shown = asWritten(raw, (t ??= traced()), readText, said);
      return shown;
    },
  };
  if (found) message.disguises = found;
  return message;
}

/** The page's text for [from, to) of a traced text. */
const page = (raw: string, t: Traced, from: number, to: number) =>
  to > from ? raw.slice(t.start ? t.start[from] : from, t.end ? t.end[to - 1] : to) : '';

/** Each sentence of the read text written otherwise on the page, as the page wrote it (undefined: none). */
function asWritten(raw: string, t: Traced, text: string, said: readonly string[]): Map<string, string> | undefined {
  const shown = new Map<string, string>();
  let at = 0;
  for (const s of said) {
    const start = text.indexOf(s, at);
    if (start < 0) continue;
    at = start + s.length;
    const written = page(raw, t, start, at).trim();
    if (written !== s) shown.set(s, written);
  }
  return shown.size ? shown : undefined;
}

// (not a number put in quotation marks: 'Ponto 24 Nr;"855551820 M-pesa Esta Em Nome De Sonia."' quotes the account to pay,
// not someone's words — thirty-second session, the twenty-first set read)
// (its first branch takes such a number with both its marks, so that its closing mark opens no quotation; such matches are
// skipped)
const QUOTATION = /"\s?\d{6}[^"\n]{0,300}"|[“„«"][^”“«»"\n]{0,300}[”“»"]/g;
const QUOTED_NUMBER = /^"\s?\d{6}/;
const REFUSED =
  /\b(?:no,? (?:thanks|thank you|sorry)|not going to happen|no way|i (?:refused|declined|said no|reported (?:him|her|it|them))|nein,? danke|no,? gracias|no lo hice|lo denunci[ée]|non,? merci|não,? obrigad[oa])\b/i;

/** How many characters of text[from, to) "\w" matches (A–Z, a–z, 0–9, "_"). */
function wordCharacters(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 48 && c <= 57) || ((c | 0x20) >= 97 && (c | 0x20) <= 122) || c === 95) n++;
  }
  return n;
}

// Invisible and control characters (removed) and the soft hyphen; styled letters NFKC makes plain ("𝐓𝐞𝐥𝐞𝐠𝐫𝐚𝐦", "Ⓣⓔⓛⓔⓖⓡⓐⓜ"); an
// accent typed as a combining mark ("Te\u0301le\u0301gram", NFKC joins it to the letter): where a name was hidden.
const MARKED =
  // eslint-disable-next-line no-misleading-character-class, no-control-regex -- each mark here is looked for alone, never with a letter; control characters are what it looks for
  /[\x00-\x08\x0e-\x1f\x7f-\x9f\u00ad\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u2060-\u2064\u3164\ufe00-\ufe0f\ufeff\uffa0\u249c-\u24e9]|\udb40[\udc00-\uddef]|\ud835[\udc00-\udfff]|\ud83c[\udd30-\udd89]/;
const COMBINING = /[\u0300-\u036f]/;
// A character one of the two needs, as one class: a scan for it costs half the two (most messages have none).
const MARKED_OR_COMBINING =
  // eslint-disable-next-line no-misleading-character-class, no-control-regex -- each mark here is looked for alone, never with a letter; control characters are what it looks for
  /[\x00-\x08\x0e-\x1f\x7f-\x9f\u0300-\u036f\u00ad\u115f\u1160\u17b4-\u17b5\u180b-\u180f\u200b-\u200f\u2060-\u2064\u3164\ufe00-\ufe0f\ufeff\uffa0\u249c-\u24e9\ud835\ud83c\udb40]/;
// (Those beyond U+FFFF are tag characters and variation selectors 17-256, all under the high surrogate U+DB40.)
const invisible = (c: number) =>
  isControl(c) ||
  c === 0xad ||
  (c >= 0x200b && c <= 0x200f) ||
  (c >= 0x2060 && c <= 0x2064) ||
  c === 0xfeff ||
  c === 0x34f ||
  c === 0x115f ||
  c === 0x1160 ||
  c === 0x17b4 ||
  c === 0x17b5 ||
  (c >= 0x180b && c <= 0x180f) ||
  c === 0x3164 ||
  (c >= 0xfe00 && c <= 0xfe0f) ||
  c === 0xffa0 ||
  c === 0xdb40;
const styled = (c: number, next: number) =>
  (c >= 0x249c && c <= 0x24e9) ||
  (c === 0xd835 && next >= 0xdc00) ||
  (c === 0xd83c && next >= 0xdd30 && next <= 0xdd89);
/**
 * Where the page had an invisible character between two characters, a styled letter or a letter with a
 * combining accent (for readDisguises).
 */
function marksIn(raw: string, t: Traced): number[] {
  const marks: number[] = [];
  const hidden = (from: number, to: number) => {
    for (let i = from; i < to; i++) if (invisible(raw.charCodeAt(i))) return true;
    return false;
  };
  // A text nothing was cleaned from (a combining mark NFKC keeps, such as U+034F or the accent of "x́") has no
  // trace: each character stands where it stood.
  const startOf = (j: number) => (t.start ? t.start[j]! : j);
  const endOf = (j: number) => (t.end ? t.end[j]! : j + 1);
  for (let j = 0; j < t.text.length; j++) {
    const from = startOf(j);
    const to = endOf(j);
    if (
      styled(raw.charCodeAt(from), raw.charCodeAt(from + 1)) ||
      (to - from > 1 && COMBINING.test(raw.slice(from + 1, to))) ||
      (j > 0 && hidden(endOf(j - 1), from))
    )
      marks.push(j);
  }
  return marks;
}

/** The names read back in a sentence the rules quote (as read), each as written and as read. */
export function disguisesIn(msg: PreparedMessage, sentence: string): Disguise[] {
  // Names first: `shown` traces the message back to the page, which costs (most messages read nothing back).
  if (!msg.disguises) return [];
  const written = msg.shown?.get(sentence);
  if (!written) return [];
  return msg.disguises.filter((d) => written.includes(d.shown) && sentence.includes(d.word));
}

/** The sentences found by several matchers, once each, in the message's order. */
export function inOrder(msg: PreparedMessage, ...found: string[][]): string[] {
  let size = 0;
  for (let f = 0; f < found.length; f++) size += found[f].length;
  // Most messages: nothing found, nothing to build.
  if (!size) return [];
  // A few sentences found (most messages that have any): looked up in the lists, no flattened copy and no set.
  if (size <= 16) {
    const out: string[] = [];
    for (const s of msg.sentences)
      for (let f = 0; f < found.length; f++)
        if (found[f].includes(s)) {
          out.push(s);
          break;
        }
    return out;
  }
  const hit = new Set(found.flat());
  return msg.sentences.filter((s) => hit.has(s));
}
