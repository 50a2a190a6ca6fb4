// A sentence's end: a stop and the white space after it, or a run of line ends — or a stop with no space between a word
// and a capitalised one ("…mailing charges and insurance.All you need to do is to pay their fee", a 419 letter in the tuning
// text: the ask was read as part of the sentence before; forty-eighth session), looked at below.
const BREAK = /[.!?](?:\s+|(?=\p{Lu}\p{Ll}+\s))|\n+/gu;
// (the stop joined to the next word ends a sentence only after a word of small letters, the next one a word before a space: not
// "U.S.A", "Node.Js", "android.app.Activity", "www.Example.com", "john.Smith@…")
const JOINED_BEFORE = /(?:^|[^\p{L}\p{N}./@_-])\p{Ll}{3,}$/u;

const NUMBER_AFTER = /[\d+(]/;
const NUMBER_ABBREVIATION =
  /(?:^|[^\p{L}])(?:nr|nmr|no|num|nº|tel|telf|tlf|fon|mob|ph|cel|cell|fax|ca|approx|aprox|env|inkl|zzgl|incl|excl|exkl)\.$/iu;
// A title before a name is no sentence's end either: "Contact Mr. John Davis on WhatsApp", "Dr. Lee asked me", "Sra. Lima"
// (the quote lost "Contact" and the ask with it; thirtieth session, the tuning text's 419 mails).
const CAPITAL_AFTER = /\p{Lu}/u;
const TITLE = /(?:^|[^\p{L}.])(?:mr|mrs|ms|mister|dr|prof|sr|sra|srta|mme|mlle|hr|hrn)\.$/iu;
// Nor an abbreviation that never ends a sentence, before a word: "z.B. für Material", "e.g. Telegram", "bzw. per Mail"; the
// first half of a spaced one ("z. B.", "p. ej.", "d. h."); and one that may end a sentence in a price ("frais incl.",
// "taxes excl.") only inside brackets or before a small letter: "50 % der Gesamtsumme (inkl. Kaution …) werden bei
// Beauftragung fällig" was cut after "inkl." and lost its share (thirty-fourth session, the twenty-seventh set read), but
// "Tout passe par Malt, frais incl. Ensuite vous m'envoyez 50 % d'acompte" is two sentences (its review).
const INNER_ABBREVIATION =
  /(?:^|[^\p{L}.])(?:bzw|ggf|evtl|vgl|e\.g|i\.e|z\.\s?b|d\.\s?h|u\.\s?a|p\.\s?ex|p\.\s?ej)\.$/iu;
const SPACED_FIRST = /(?:^|[^\p{L}.])[zdupei]\.$/iu;
const SPACED_SECOND = /^(?:b|h|a|ex|ej|g|e)\./i;
const PRICE_ABBREVIATION = /(?:^|[^\p{L}.])(?:inkl|zzgl|exkl|incl|excl|approx|aprox|ca)\.$/iu;
const LOWER_AFTER = /\p{Ll}/u;
/** Whether the stop at `at` is inside brackets opened after `start`. */
const inBrackets = (text: string, start: number, at: number) => {
  const open = text.lastIndexOf('(', at);
  return open >= start && open > text.lastIndexOf(')', at);
};
const LETTER_AFTER = /\p{L}/u;

/** Whether the full stop at `stop` ends an abbreviation, not the sentence begun at `start`; `next` is where the next one would start. */
function abbreviationAt(text: string, start: number, stop: number, next: number): boolean {
  const after = text[next] ?? '';
  // (a digit, a capital or a letter after the stop first: most stops are followed by a space and a small letter, which only
  // the inner and the price abbreviations take)
  const letter = LETTER_AFTER.test(after);
  const abbreviation = NUMBER_AFTER.test(after) ? NUMBER_ABBREVIATION : CAPITAL_AFTER.test(after) ? TITLE : undefined;
  if (!abbreviation && !letter) return false;
  const before = text.slice(Math.max(start, stop - 7), stop + 1);
  if (abbreviation?.test(before)) return true;
  if (!letter) return false;
  return (
    INNER_ABBREVIATION.test(before) ||
    (SPACED_FIRST.test(before) && SPACED_SECOND.test(text.slice(next, next + 3))) ||
    (PRICE_ABBREVIATION.test(before) && (LOWER_AFTER.test(after) || inBrackets(text, start, stop)))
  );
}

/** Splits free text into sentences (and lines), for quoting the exact passage that triggered a finding. */
export function sentences(text: string): string[] {
  // As text.split(/(?<=[.!?])\s+|\n+/), trimmed, empty ones left out. The break is looked for from the stop before
  // it: a pattern starting with a lookbehind is tried at every character, and a walk over the characters in
  // JavaScript cost three times this scan.
  const out: string[] = [];
  let start = 0;
  BREAK.lastIndex = 0;
  for (let m = BREAK.exec(text); m; m = BREAK.exec(text)) {
    // A number's abbreviation is no sentence's end: "mandar para este nr. 841360298", "Tel. +49 30 …", "No. 12" (a
    // mobile-money SMS cut after "NR." lost its number; the twentieth set read, twenty-fifth session); nor a title before
    // a name: "Contact Mr. John Davis on WhatsApp" (thirtieth session); nor an abbreviation inside a sentence (above). Only
    // a full stop on the same line can be any of them.
    if (
      m[0].length === 1 &&
      text.charCodeAt(m.index) !== 10 &&
      !JOINED_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))
    )
      continue;
    if (
      text.charCodeAt(m.index) === 46 &&
      !text.slice(m.index, BREAK.lastIndex).includes('\n') &&
      abbreviationAt(text, start, m.index, BREAK.lastIndex)
    )
      continue;
    // The stop stays with its sentence.
    const end = text.charCodeAt(m.index) === 10 ? m.index : m.index + 1;
    const s = text.slice(start, end).trim();
    if (s) out.push(s);
    start = BREAK.lastIndex;
  }
  const s = text.slice(start).trim();
  if (s) out.push(s);
  return out;
}

/**
 * Control characters other than the white space ones (tab, line ends, vertical tab, form feed): no text shows them, and
 * one inside a word cut it for every pattern ("n\u001bmero" in a published SMS, where "número" lost its "ú"; a
 * "Tele\u0007gram" would hide the name): removed as the invisible characters are (thirty-second session, the twenty-first
 * set read).
 */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const CONTROL = /[\x00-\x08\x0e-\x1f\x7f-\x9f]/;
/** Whether a character code is one of the control characters removed (NEL, U+0085, is read as a line break instead). */
export const isControl = (c: number) =>
  (c <= 0x1f && (c <= 0x08 || c >= 0x0e)) || (c >= 0x7f && c <= 0x9f && c !== 0x85);
// eslint-disable-next-line no-control-regex -- as CONTROL
const CONTROLS = /[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]/g;
// (NEL, U+0085, is a line break: read as one, not removed — "on\x85Telegram" is two words)
const NEL = /\x85/g;

// A character cleanText may change: beyond Latin-1, or a Latin-1 one NFKC changes (a no-break space, "ª", "²", "½" …)
// or the soft hyphen it removes. (No Latin-1 character combines with another under NFKC: marks start at U+0300.) Nor do
// the typographic apostrophe, quotation marks and dashes, the bullet and the euro sign: NFKC keeps each, and none combines
// with the character before or after it — most messages hold a "’" and nothing else beyond Latin-1, and were normalised
// for nothing (the "…" is left out: NFKC makes it "...").
const KEPT = [
  ...Array.from({ length: 256 }, (_, c) => String.fromCharCode(c)),
  ...'\u2018\u2019\u201a\u201c\u201d\u201e\u2013\u2014\u2022\u20ac',
].filter(
  (ch) => ch.normalize('NFKC') === ch && !/\p{Default_Ignorable_Code_Point}|\p{M}/u.test(ch) && !CONTROL.test(ch),
);
const UNSTABLE = new RegExp(`[^${KEPT.map((ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}]`);

/**
 * Whether the text holds a character cleanText may change: none beyond Latin-1 but for the few kept, no control
 * character, no soft hyphen (without one, cleanText gives the text back as it is — and it holds no invisible, styled
 * or combining character either: lib/text/message.ts asks this before it looks for those).
 */
export const mayChange = (text: string) => UNSTABLE.test(text);

/**
 * Every character Unicode says to show as nothing (zero-width and bidi controls, the soft hyphen, and the others an
 * attacker used to cut a handle or a word in two: the combining grapheme joiner U+034F, variation selectors, the
 * Mongolian ones, Hangul fillers, tag characters …, hostile20).
 */
const IGNORABLE = /\p{Default_Ignorable_Code_Point}/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** An emoji's presentation selector (U+FE0E, U+FE0F) is kept after a sign ("❤️"); after a letter or digit it hides. */
const keepIgnorable = (c: string, at: number, text: string) =>
  (c === '\ufe0f' || c === '\ufe0e') && !LETTER_OR_DIGIT.test(text[at - 1] ?? ' ') ? c : '';

/**
 * Removes zero-width, bidi-control and other invisible characters, soft hyphens and control characters that can hide or
 * reorder text.
 */
export function cleanText(text: string): string {
  // Text of Latin-1 letters and signs NFKC keeps as they are (most text: English, German, Spanish, French,
  // Portuguese) is already clean; only the rest is normalised.
  if (!mayChange(text)) return text;
  return text.normalize('NFKC').replace(IGNORABLE, keepIgnorable).replace(NEL, '\n').replace(CONTROLS, '');
}

export const NEGATION = /\b(?:no|not|never|don[’']?t|do not|won[’']?t|without|nor|kein(?:e|en)?|nicht|niemals|nie)\b/i;

/** Shortens a quote for display, keeping it recognisable. */
export function quote(s: string, max = 160): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}
