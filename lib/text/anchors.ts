/**
 * Anchors: the literal word starts a pattern can begin with ("zahl\p{L}*" → "zahl", "(?:to|an) my" → "to my",
 * "an my"). A sentence without a word starting with one of a concept's anchors cannot match it, so a message's
 * words, looked up once in a trie of all anchors (lib/text/anchor-trie.ts), tell which sentences are worth running
 * each concept on. Derivation is conservative: where a pattern may begin with something other than letters or digits
 * (a repeated group, a wide class), it has no anchors and is run on every sentence.
 */
import { wordChar } from './anchor-trie';

// Letters and digits: the trie's words are both ("2nd", "2ème").
export const LITERAL = /^[a-zà-öø-ÿœß0-9]+/;

/** Splits a pattern at its top-level "|". */
export function topLevel(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  // (from one sign that matters to the next: ~500,000 characters of patterns are split at load, twice or more)
  for (let i = nextSign(source, 0); i < source.length; i = nextSign(source, i + 1)) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
    } else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      parts.push(source.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(source.slice(start));
  return parts;
}

// The signs topLevel reads: "\\", "[", "]", "(", ")", "|".
const SIGNS = /[\\[\]()|]/g;

/** The index of the first of SIGNS at or after `from`, or the source's length. */
function nextSign(source: string, from: number): number {
  SIGNS.lastIndex = from;
  return SIGNS.test(source) ? SIGNS.lastIndex - 1 : source.length;
}

/** The index of the ")" closing the group opened at `open`. */
export function closing(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/** Lower-case literal starts of one alternative, or null where it can start otherwise. */
function startsOf(alternative: string, signed = false, lower = false): string[] | null {
  // Zero-width starts ("\\b", "^", a lookbehind) consume nothing: the anchors are what follows. So does white
  // space at the sentence's start ("^\\s*(?:telegram|…)\\s*\\?"): the word after it starts where the trie sees a
  // word start (cooccur.ts tries such a concept at the sentence's first character).
  // (each check up to the small letters' needs a first "\\", "^", "(" or "[": most alternatives start with a letter, and
  // the checks' seven patterns tried at each of ~25,000 readings were most of the time to read the anchors)
  const first = alternative.charCodeAt(0);
  if (first === 92 || first === 94 || first === 40 || first === 91) {
    const zeroWidth = /^(?:\\b|\^(?:\\s\*)?)/.exec(alternative);
    if (zeroWidth) return startsOf(alternative.slice(zeroWidth[0].length), signed, lower);
    // A lookbehind, however deeply its groups nest ("(?<=(?:mir|uns) (?:\p{L}+\s+){0,3}?ihre )nummer" → "nummer").
    if (/^\(\?<[!=]/.test(alternative)) {
      const end = closing(alternative, 0);
      return end < 0 ? null : startsOf(alternative.slice(end + 1), signed, lower);
    }
    // The second word of a joined anchor starts right after white space: no sign may stand before it.
    if (secondWord && /^(?:\[\$€£\]|\\[^\w\s])/.test(alternative)) return null;
    // A currency sign before digits: the word the trie sees starts at the digits (scans start a little early).
    const currency = /^\[\$€£\](?:\\s\?)?(?=\\d)/.exec(alternative);
    if (currency) return signed ? null : startsOf(alternative.slice(currency[0].length), signed, lower);
    // An optional sign before a word ("\[?\d{1,3}\]?\s?%", "\+?\d[\d\s().-]{6,}\d"): the word the trie sees starts
    // after it (scans start a character early, as for a currency sign: signedStart below).
    const sign = SIGN.exec(alternative);
    if (sign) return signed ? null : startsOf(alternative.slice(sign[0].length), signed, lower);
    // A sign every match starts with, and white space it may have after it ("(?:mais|\+)\s?(?:dois|\d+)": "+ 2 amigos"):
    // the word the trie sees starts up to two characters after the match (once: no second sign is read past).
    const required = REQUIRED_SIGN.exec(alternative);
    if (required && !signed) {
      sawRequiredSign = true;
      return startsOf(alternative.slice(required[0].length), true, lower);
    }
    if (alternative.startsWith('\\d')) return [...'0123456789'];
  }
  // Small letters, escapes kept as written ("\\S" is not "\\s"); what a reading of them passes on is small already
  // (lowered again at each step, the pattern's whole rest at every alternative of a group, reading the anchors took
  // most of the time to load the rules).
  // (a pattern without capitals, most, is read as it is: no replacing call per part between escapes)
  const alt =
    lower || alternative.toLowerCase() === alternative
      ? alternative
      : alternative.replace(/\\.|[^\\]+/g, (m) => (m[0] === '\\' ? m : m.toLowerCase()));
  if (alt.startsWith('(?:')) {
    const end = closing(alt, 0);
    if (end < 0 || /^[*{]/.test(alt.slice(end + 1))) return null;
    const optional = alt[end + 1] === '?';
    const rest = alt.slice(end + (optional ? 2 : 1));
    // An optional group: its starts, or what follows it ("(?:please\\s+)?send" → "please", "send").
    return all([
      ...topLevel(alt.slice(3, end)).map((inner) => startsOf(inner + rest, signed, true)),
      optional ? startsOf(rest, signed, true) : [],
    ]);
  }
  const m = LITERAL.exec(alt);
  if (!m) return null;
  const after = alt.slice(m[0].length);
  // A group continues the literal: each of its alternatives does ("(?:i|we)(?:[’']ll| will)" → "i", "we" as
  // whole words, not every word starting with "i": "in", "is", "it" were tried for nothing, 2026-12-03).
  if (after.startsWith('(?:')) {
    const end = closing(after, 0);
    const quantifier = after[end + 1];
    if (end > 0 && quantifier !== '*' && quantifier !== '+' && quantifier !== '{') {
      const optional = quantifier === '?';
      const rest = after.slice(end + (optional ? 2 : 1));
      return all([
        ...topLevel(after.slice(3, end)).map((inner) => startsOf(m[0] + inner + rest, signed, true)),
        optional ? startsOf(m[0] + rest, signed, true) : [],
      ]);
    }
  }
  // An apostrophe between two words ("i[’']ll", "don'?t"): both words are the anchor, as across white space ("i'll$",
  // written with "'" for either apostrophe: the walk crosses one of them; "don'?t" also "dont$"). Where the second word
  // has no anchor, the word ends at the apostrophe (below).
  const next = after.charCodeAt(0);
  const apostrophe =
    secondWord || (next !== 91 && next !== 0x2019 && next !== 39)
      ? null
      : /^(?:\[[’']+\]|[’'])(\??)(?![*+{?])/.exec(after);
  if (apostrophe) {
    const second = secondWordOf(after.slice(apostrophe[0].length));
    if (second && second.length <= JOINED) {
      const joined = second.map((a) => `${m[0]}'${a}`);
      return apostrophe[1] ? all([joined, startsOf(m[0] + after.slice(apostrophe[0].length), signed, true)]) : joined;
    }
  }
  // A small class continues the literal ("r[éè]gl" → "régl", "règl").
  const cls = next === 91 ? /^\[([^\]\\-]{1,4})\](?![?*{])/.exec(after) : null;
  if (cls) return all([...cls[1]].map((c) => startsOf(m[0] + c + after.slice(cls[0].length), signed, true)));
  // A class of separators after it ("m[-_ ]?pesa", "don[’']?t", "s[’'] "): where one stands the word ends there ("m"),
  // where an optional one is left out the literal goes on ("mpesa"). (It was a prefix: every word starting with "m".)
  const sep = next === 91 ? /^\[([^\]\\^]+)\]([?+]?)(?![*{?])/.exec(after) : null;
  if (sep && separators(sep[1]))
    return sep[2] === '?'
      ? all([[`${m[0]}$`], startsOf(m[0] + after.slice(sep[0].length), signed, true)])
      : [`${m[0]}$`];
  // A quantifier after the last letter makes it optional ("bitcoins?" → "bitcoin"; "mis?\s" → "mi", "mis").
  if (/^\?/.test(after) && m[0].length > 1) {
    const rest = after.slice(1);
    return all([startsOf(m[0].slice(0, -1) + rest, signed, true), startsOf(m[0] + rest, signed, true)]);
  }
  // An optional hyphen: the word alone before it ("e-mail": the trie's words are "e", "mail"), or joined ("email").
  if (after.startsWith('-?')) return all([[`${m[0]}$`], startsOf(m[0] + after.slice(2), signed, true)]);
  if (/^[?*{]/.test(after)) return m[0].length > 1 ? [m[0].slice(0, -1)] : null;
  // White space then another word: the anchor is both words ("my price", "i will$"; tried at "my" only where "price"
  // follows, not at every "my" — most failed tries were at "i", "my", "the"). Once: the second word is not joined again;
  // where the second word has no anchor, or more than JOINED, the first alone.
  const space = secondWord ? null : /^(?: |\\s)\+?(?![?*{])/.exec(after);
  if (space) {
    const second = secondWordOf(after.slice(space[0].length));
    if (second && second.length <= JOINED) return second.map((a) => `${m[0]} ${a}`);
  }
  // A whole word when a space, a separator or the end follows: "a" in "a\\s+mi tío" is the word "a", not
  // every word starting with a; "t" in "t\\.me/" is the word "t", not every word starting with t.
  // So where optional white space comes before such a sign: "f" in "f ?& ?f" ("friends & family") is the word "f".
  return [
    /^(?:$|(?:\\s|\\[./@#:&-]|[ ,.:;!’'/@#&-])(?![?*{])|(?: |\\s)[?*](?:\\[./@#:&-]|[,.:;!’'/@#&-])(?![?*{]))/.test(
      after,
    )
      ? `${m[0]}$`
      : m[0],
  ];
}

/**
 * The anchors of a word starting right after white space, at the start of `rest` (a second anchor's word, which the trie
 * sees as a word of its own), or null: read as a joined anchor's second word is, never joined again itself.
 */
export function wordStartsAfterSpace(rest: string): string[] | null {
  secondWord = true;
  try {
    return startsOf(rest);
  } finally {
    secondWord = false;
  }
}

/**
 * The anchors of a joined anchor's second word (what follows the first word's white space), or null: read once per text
 * (the same rest follows every word of a group: "(?:my|the|our) (?:price|cost|fee)…" — read again for each, loading the
 * rules took a fifth longer).
 */
function secondWordOf(rest: string): string[] | null {
  let second = seconds.get(rest);
  if (second === undefined) {
    secondWord = true;
    try {
      second = startsOf(rest, false, true);
    } finally {
      secondWord = false;
    }
    seconds.set(rest, second);
  }
  return second;
}
const seconds = new Map<string, string[] | null>();

/** Whether a class's characters are all signs the trie's words end at (no letter or digit), with no range among them. */
function separators(chars: string): boolean {
  for (let i = 0; i < chars.length; i++) {
    const c = chars.charCodeAt(i);
    // ("-" only first or last: anywhere else it makes a range, which may span letters)
    if (c === 45 && i > 0 && i < chars.length - 1) return false;
    if (wordChar(c)) return false;
  }
  return true;
}

// An escaped sign (no letter, digit or space) made optional.
const SIGN = /^\\[^\w\s]\?/;
// An escaped sign, not quantified, and optional white space after it.
const REQUIRED_SIGN = /^\\[^\w\s](?![?*+{])(?:\\s\?)?/;
// Whether startsOf reads the second word of a joined anchor (see startsOf).
let secondWord = false;
// The most second words a first word is joined with (more, and the first word is the anchor alone): the bench's tries
// are the same with 32 as with any number, and a fifth fewer anchors load (26,422 -> 21,192).
const JOINED = 32;
// Whether startsOf read past a sign every match starts with (set while anchorsOf reads a pattern: see startWidth).
let sawRequiredSign = false;

/**
 * How many characters before its anchor word a match of the pattern may start on a sign it requires ("+ 2 amigos":
 * two), beyond what signedStart and a currency sign give; 0 where no alternative starts with such a sign.
 */
export function startWidth(alternatives: string[]): number {
  return anchorsAndWidth(alternatives).width;
}

/**
 * anchorsOf and startWidth of a pattern in one reading (a concept needs both: read twice, the anchors took a tenth of
 * the time to load the rules).
 */
export function anchorsAndWidth(alternatives: string[]): { anchors: string[] | null; width: number } {
  sawRequiredSign = false;
  const anchors = anchorsOf(alternatives);
  return { anchors, width: sawRequiredSign ? 2 : 0 };
}

/**
 * Whether a match of the pattern may start a character before the word its anchor starts: an alternative, or a
 * group, that starts with an optional sign ("\[?\d", "\+?\d"). Any optional sign in the source counts, to be
 * safe: a concept tried from one character early only tries more places.
 */
export function signedStart(alternatives: readonly string[]): boolean {
  return alternatives.some((a) => /\\[^\w\s]\?/.test(a));
}

/**
 * Whether every alternative starts with "^" (the sentence's start: concepts have no "m" flag), so that a match
 * can only start at the sentence's first character.
 */
export function fromTextStart(alternatives: readonly string[]): boolean {
  // (the first alternative's first part starts where it does: most patterns are answered without splitting them)
  if (alternatives.length && !alternatives[0].startsWith('^')) return false;
  return alternatives.flatMap(topLevel).every((a) => a.startsWith('^'));
}

/**
 * Signs (ASCII, no letter, digit or space) one of which every match of the pattern holds, or "" if that is not
 * known: for each alternative, a sign it holds outside any group or class and not made optional ("@" in
 * "[\w.+-]+@[\w-]+\.[\w.]+", "#" in "\w{3,}#\d{4}"). A concept without anchors is then read only in the
 * sentences holding one (an address pattern tried at every character costs, and most sentences hold no "@").
 */
export function requiredSigns(alternatives: readonly string[]): string {
  let signs = '';
  for (const alt of alternatives.flatMap(topLevel)) {
    const sign = requiredSign(alt);
    if (!sign) return '';
    if (!signs.includes(sign)) signs += sign;
  }
  return signs;
}

/** A sign the alternative holds at its top level, not quantified to none, or "". */
function requiredSign(alt: string): string {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < alt.length; i++) {
    let c = alt[i]!;
    if (c === '\\') {
      c = alt[++i] ?? '';
      // Escapes in groups and classes are left to them; \w, \d, \s, \b, \p{…}, \1, \n … are no one sign.
      if (inClass || depth > 0) continue;
    } else if (inClass) {
      if (c === ']') inClass = false;
      continue;
    } else if (c === '[') {
      inClass = true;
      continue;
    } else if (c === '(') {
      depth++;
      continue;
    } else if (c === ')') {
      depth--;
      continue;
    } else if (c === '{') {
      // A quantifier's bounds ("{6,}") are no signs.
      const bounds = /^\{\d*,?\d*\}/.exec(alt.slice(i));
      if (bounds) i += bounds[0].length - 1;
      continue;
    } else if (depth > 0 || '.^$|?*+}'.includes(c)) continue;
    // An ASCII sign (letters match in either case, and not only ASCII ones), unless a quantifier that allows
    // none follows ("?", "*", "{0,…}": any "{", to be safe).
    if (!/^[!-/:-@[-`{-~]$/.test(c)) continue;
    const next = alt[i + 1];
    if (next === '?' || next === '*' || next === '{') continue;
    return c;
  }
  return '';
}

/** A pattern's alternatives split at their top-level "|", split once for both its anchors and its second anchors. */
export function split(alternatives: string[]): string[] {
  let parts = splits.get(alternatives);
  if (!parts) splits.set(alternatives, (parts = alternatives.flatMap(topLevel)));
  return parts;
}
const splits = new WeakMap<string[], string[]>();

/** Every list joined, or null if one is null. */
function all(lists: (string[] | null)[]): string[] | null {
  // (a loop: flatMap cost a third of reading the anchors, lists joined again at every level of a pattern's groups)
  const out: string[] = [];
  for (const l of lists) {
    if (!l) return null;
    for (let i = 0; i < l.length; i++) out.push(l[i]);
  }
  return out;
}

/** The anchors of a pattern's alternatives, or null if one of them has none. */
export function anchorsOf(alternatives: string[]): string[] | null {
  const out = new Set<string>();
  for (const alt of split(alternatives)) {
    const s = startsOf(alt);
    if (!s) return null;
    for (const a of s) out.add(a);
  }
  return [...out];
}

/**
 * Words one of which every match of a pattern without anchors holds: for each alternative, its anchors, or those of
 * what follows its first space outside any group or class ("(?:^|\W)(?:sin|sem) (?:webcam|cámara)" → "webcam",
 * "cámara": the word after a space starts where the trie sees a word start); null where an alternative has neither.
 */
export function guardsOf(alternatives: string[]): string[] | null {
  const out = new Set<string>();
  for (const alt of alternatives.flatMap(topLevel)) {
    const s = startsOf(alt) ?? afterSpace(alt);
    if (!s) return null;
    for (const a of s) out.add(a);
  }
  return [...out];
}

/** The anchors of what follows an alternative's first space at its top level (not quantified), or null. */
function afterSpace(alternative: string): string[] | null {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < alternative.length; i++) {
    const c = alternative[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ' ' && depth === 0)
      return /^[?*{]/.test(alternative.slice(i + 1)) ? null : startsOf(alternative.slice(i + 1));
  }
  return null;
}
