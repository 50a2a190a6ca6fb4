/**
 * Anchors: the literal word starts a pattern can begin with ("zahl\p{L}*" → "zahl", "(?:to|an) my" → "to",
 * "an"). A sentence without a word starting with one of a concept's anchors cannot match it, so a message's
 * words, looked up once in a trie of all anchors, tell which sentences are worth running each concept on.
 * Derivation is conservative: where a pattern may begin with something other than letters or digits (a
 * repeated group, a wide class), it has no anchors and is run on every sentence.
 */

// Letters and digits: the trie's words are both ("2nd", "2ème").
const LITERAL = /^[a-zà-öø-ÿœß0-9]+/;

/** Splits a pattern at its top-level "|". */
function topLevel(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
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

/** The index of the ")" closing the group opened at `open`. */
function closing(source: string, open: number): number {
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
  // Small letters, escapes kept as written ("\\S" is not "\\s"); what a reading of them passes on is small already
  // (lowered again at each step, the pattern's whole rest at every alternative of a group, reading the anchors took
  // most of the time to load the rules).
  const alt = lower ? alternative : alternative.replace(/\\.|[^\\]+/g, (m) => (m[0] === '\\' ? m : m.toLowerCase()));
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
  const apostrophe = secondWord ? null : /^(?:\[[’']+\]|[’'])(\??)(?![*+{?])/.exec(after);
  if (apostrophe) {
    const second = secondWordOf(after.slice(apostrophe[0].length));
    if (second && second.length <= JOINED) {
      const joined = second.map((a) => `${m[0]}'${a}`);
      return apostrophe[1] ? all([joined, startsOf(m[0] + after.slice(apostrophe[0].length), signed, true)]) : joined;
    }
  }
  // A small class continues the literal ("r[éè]gl" → "régl", "règl").
  const cls = /^\[([^\]\\-]{1,4})\](?![?*{])/.exec(after);
  if (cls) return all([...cls[1]].map((c) => startsOf(m[0] + c + after.slice(cls[0].length), signed, true)));
  // A class of separators after it ("m[-_ ]?pesa", "don[’']?t", "s[’'] "): where one stands the word ends there ("m"),
  // where an optional one is left out the literal goes on ("mpesa"). (It was a prefix: every word starting with "m".)
  const sep = /^\[([^\]\\^]+)\]([?+]?)(?![*{?])/.exec(after);
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
  return [/^(?:$|(?:\\s|\\[./@#:-]|[ ,.:;!’'/@#-])(?![?*{]))/.test(after) ? `${m[0]}$` : m[0]];
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

/** Every list joined, or null if one is null. */
function all(lists: (string[] | null)[]): string[] | null {
  return lists.some((l) => !l) ? null : lists.flatMap((l) => l ?? []);
}

/** The anchors of a pattern's alternatives, or null if one of them has none. */
export function anchorsOf(alternatives: string[]): string[] | null {
  const out = new Set<string>();
  for (const alt of alternatives.flatMap(topLevel)) {
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

/** Whether the character is one of the trie's word characters (letters and digits). */
export function wordChar(c: number): boolean {
  return c < SLOT.length && SLOT[c] >= 0;
}

interface Node {
  next: Map<number, Node>;
  /** Concepts with an anchor that is a prefix ending here, and those whose anchor is a whole word ending here. */
  prefix: number[];
  word: number[];
}

const node = (): Node => ({ next: new Map(), prefix: [], word: [] });

/** All anchors of all concepts, for one walk per word. */
export class AnchorTrie {
  private readonly root: Node = node();
  private compiled?: Compiled;

  /** An anchor ending in "$" must be the whole word. */
  add(anchor: string, id: number): void {
    const whole = anchor.endsWith('$');
    let at = this.root;
    for (let i = 0, end = whole ? anchor.length - 1 : anchor.length; i < end; i++) {
      const code = anchor.charCodeAt(i);
      let n = at.next.get(code);
      if (!n) at.next.set(code, (n = node()));
      at = n;
    }
    (whole ? at.word : at.prefix).push(id);
    this.compiled = undefined;
  }

  /**
   * Notes, for each concept with an anchor that starts a word of the sentence `text`, the sentence and the
   * word's offset (sentences come in order, words in order). One pass over the characters; capitals fold to
   * small letters through the slot table. A concept is noted once per word: the states' lists leave out the
   * concepts a state above already noted (compile, below), so no note is looked up before it is written.
   */
  collect(text: string, sentence: number, notes: Notes): void {
    const { root, rows, ids } = (this.compiled ??= compile(this.root));
    // The notes are written here, not through a call per concept (that cost as much as the walk): one per state a word
    // reaches that lists concepts — the range of `ids` it lists —, not one per concept (eleven a word on the bench's text).
    let b = notes.buffer;
    let n = notes.length;
    let state = 0; // 0: the root; -1: no anchor continues this word
    let inWord = false;
    let start = 0;
    // A joined anchor ("my price"): the state after the first word's space edge, waiting for the next word after white
    // space (0: none), and the walk of that next word from it (0: none, -1: ended), with where the first word started.
    // Its notes carry the first word's offset, so they go before the notes of the second word's own walk (from `mark`):
    // each concept's pairs stay in the order of their offsets.
    let waiting = 0;
    let joined = 0;
    let joinedStart = 0;
    let mark = 0;
    for (let i = 0; i <= text.length; i++) {
      const c = i < text.length ? text.charCodeAt(i) : 32;
      const slot = c < SLOT.length ? SLOT[c] : -1;
      let from = 0;
      let to = 0;
      if (slot < 0) {
        if (inWord) {
          if (joined > 0 && rows[joined + 1] < rows[joined + 2]) {
            if (n + 4 > b.length) b = notes.grow(n + 4, n);
            if (mark < n) b.copyWithin(mark + 4, mark, n);
            b[mark] = rows[joined + 1];
            b[mark + 1] = rows[joined + 2];
            b[mark + 2] = sentence;
            b[mark + 3] = joinedStart;
            n += 4;
          }
          joined = 0;
          // The word ended where the walk still is: its whole-word anchors match, and a joined anchor may go on.
          waiting = 0;
          if (state > 0) {
            from = rows[state + 1];
            to = rows[state + 2];
            if (rows[state + 3] && space(c)) waiting = rows[state + 3];
            else if (rows[state + 4] && (c === 0x2019 || c === 39)) waiting = -rows[state + 4];
          }
          joinedStart = start;
          // (an apostrophe's second word starts right after it; white space's after any more white space)
        } else if (waiting < 0 || (waiting > 0 && !space(c))) waiting = 0;
        inWord = false;
      } else {
        if (!inWord) {
          inWord = true;
          state = 0;
          start = i;
          joined = waiting < 0 ? -waiting : waiting;
          waiting = 0;
          mark = n;
        }
        if (joined > 0) {
          joined = step(rows, joined, slot);
          if (joined > 0 && rows[joined] >> 8 < rows[joined + 1]) {
            if (n + 4 > b.length) b = notes.grow(n + 4, n);
            if (mark < n) b.copyWithin(mark + 4, mark, n);
            b[mark] = rows[joined] >> 8;
            b[mark + 1] = rows[joined + 1];
            b[mark + 2] = sentence;
            b[mark + 3] = joinedStart;
            n += 4;
            mark += 4;
          }
        }
        if (state < 0) continue;
        state = state === 0 ? root[slot] || -1 : step(rows, state, slot);
        if (state > 0) {
          from = rows[state] >> 8;
          to = rows[state + 1];
        }
      }
      if (from === to) continue;
      // The word's whole-word ids follow the prefix ids its last state listed (one range in `ids`): one entry for both.
      if (n > 0 && b[n - 3] === from && b[n - 1] === start && b[n - 2] === sentence) {
        b[n - 3] = to;
        continue;
      }
      if (n + 4 > b.length) b = notes.grow(n + 4, n);
      b[n] = from;
      b[n + 1] = to;
      b[n + 2] = sentence;
      b[n + 3] = start;
      n += 4;
    }
    notes.length = n;
    notes.ids = ids;
  }
}

/** The state after `state` on `slot`, or -1. Below the root most states have one or two children: a short scan beats a table (cache). */
function step(rows: Int32Array, state: number, slot: number): number {
  for (let e = state + 5, end = e + (rows[state] & 0xff); e < end; e++)
    if ((rows[e] & 0xff) === slot) return rows[e] >> 8;
  return -1;
}

/** Whether the character is white space ("\s"): what may stand between a joined anchor's words. */
function space(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

// The largest buffer kept from one message to the next (4 × 16,384 entries, 256 KB).
const KEPT = 4 * 16_384;

/**
 * What a message's walk found: (from, to, sentence, offset) entries in one growing buffer — the concepts `ids[from …
 * to)` each have an anchor starting the word at that offset (a list per concept cost more than the walk) —, then sorted
 * by concept, each concept's pairs in the sentences' order.
 */
export class Notes {
  /** (from, to, sentence, offset) entries, `length` numbers of them (written by AnchorTrie.collect). */
  buffer: Int32Array<ArrayBuffer> = new Int32Array(4 * 1024);
  length = 0;
  /** The concept ids the entries' ranges are of (the trie's). */
  ids: Int32Array = new Int32Array(0);

  constructor(readonly concepts: number) {}

  /** Lets a buffer a very long message grew go (it is kept for the next message otherwise). */
  shrink(): void {
    if (this.buffer.length > KEPT) this.buffer = new Int32Array(4 * 1024);
  }

  /** Empties the buffer for the next message (the buffer is kept). */
  clear(): void {
    this.length = 0;
  }

  /** The buffer grown to hold at least `size` numbers, its first `used` kept. */
  grow(size: number, used: number): Int32Array<ArrayBuffer> {
    const grown = new Int32Array(Math.max(size, this.buffer.length * 2));
    grown.set(this.buffer.subarray(0, used));
    this.buffer = grown;
    return grown;
  }

  /**
   * The pairs by concept, written into `into` (grown where too small): `pairs[2 * from[id] … 2 * from[id + 1])`
   * are (sentence, offset) pairs of concept `id`, in the order noted.
   */
  byConcept(into: { pairs: Int32Array; from: Int32Array }): void {
    const { buffer: b, length, concepts, ids } = this;
    if (into.from.length < concepts + 1) into.from = new Int32Array(concepts + 1);
    const from = into.from;
    const next = (this.next ??= new Int32Array(concepts));
    from.fill(0, 0, concepts + 1);
    let pairsLength = 0;
    for (let e = 0; e < length; e += 4) {
      const to = b[e + 1];
      for (let k = b[e]; k < to; k++) from[ids[k] + 1]++;
      pairsLength += 2 * (to - b[e]);
    }
    if (into.pairs.length < pairsLength) into.pairs = new Int32Array(Math.max(pairsLength, 2 * into.pairs.length));
    const pairs = into.pairs;
    for (let id = 0; id < concepts; id++) {
      from[id + 1] += from[id];
      next[id] = from[id];
    }
    for (let e = 0; e < length; e += 4) {
      const to = b[e + 1];
      const sentence = b[e + 2];
      const offset = b[e + 3];
      for (let k = b[e]; k < to; k++) {
        const p = 2 * next[ids[k]]++;
        pairs[p] = sentence;
        pairs[p + 1] = offset;
      }
    }
  }

  private next?: Int32Array;
}

// Letters of concepts' word edges, lower-case (a-z, 0-9, Latin-1 letters, œ), numbered for the table.
const SLOT = new Int16Array(0x154).fill(-1);
let SLOTS = 0;
for (let c = 0; c < SLOT.length; c++)
  if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 0xdf && c <= 0xff && c !== 0xf7) || c === 0x153)
    SLOT[c] = SLOTS++;
// Capitals share their small letter's slot (A–Z, À–Þ but ×, Œ): no lower-casing of the text needed.
for (let c = 0; c < SLOT.length; c++)
  if ((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7)) SLOT[c] = SLOT[c + 0x20];
SLOT[0x152] = SLOT[0x153];

interface Compiled {
  /** root[slot]: the state after the root, 0 for none (the root is never a target). */
  root: Int32Array;
  /**
   * Each state as a row at its own offset (the state's number): its edges' count (low 8 bits) and where its prefix ids
   * start in `ids` (the bits above), where its whole-word ids start, where they end, the states its space and its
   * apostrophe lead to (a joined anchor's second word; 0 for none), then its edges, each one number: the slot (low 8 bits) and the state
   * (the bits above). (Packed: the walk waits for its rows' memory; a third less of it than with a number each.)
   */
  rows: Int32Array;
  ids: Int32Array;
}

function compile(start: Node): Compiled {
  // The states depth first, a state's first child right after it: a word's walk reads rows side by side (in
  // one array with the edges, not five: the walk was mostly waiting for memory).
  const nodes: Node[] = [];
  const index = new Map<Node, number>();
  for (const stack = [start]; stack.length;) {
    const n = stack.pop()!;
    index.set(n, nodes.length);
    nodes.push(n);
    stack.push(...[...n.next.values()].reverse());
  }
  const count = nodes.length;
  // Each state's edges on the slot table's letters as (slot, state index) pairs, and its space edge's state (-1: none).
  const edges: number[][] = [];
  const spaces = new Int32Array(count).fill(-1);
  const apostrophes = new Int32Array(count).fill(-1);
  // A concept two anchors on one path lead to ("pay", "payment" in "payments"; "e-mail" as "e" and "email") is
  // listed at the first state only, and a whole-word id not where a prefix on the path lists it: each concept
  // is noted once per word without a look-up (parents come first: `above` holds the ids listed above a state).
  const above: Set<number>[] = [new Set()];
  const prefixes: number[][] = [];
  const words: number[][] = [];
  for (let k = 0; k < count; k++) {
    const n = nodes[k];
    let path = above[k];
    const prefix: number[] = [];
    for (const id of n.prefix) if (!path.has(id) && !prefix.includes(id)) prefix.push(id);
    // (a state's path is copied only where it lists more: most states of a word list nothing)
    if (prefix.length) path = new Set([...path, ...prefix]);
    const word: number[] = [];
    for (const id of n.word) if (!path.has(id) && !word.includes(id)) word.push(id);
    prefixes.push(prefix);
    words.push(word);
    const out: number[] = [];
    for (const [code, child] of n.next) {
      const c = index.get(child)!;
      above[c] = path;
      if (code === 32) spaces[k] = c;
      else if (code === 39) apostrophes[k] = c;
      else if (code < SLOT.length && SLOT[code] >= 0) out.push(SLOT[code], c);
    }
    edges.push(out);
  }
  // States that list the same ids and lead to the same states share one row (children first): the second words of
  // joined anchors repeat under each first word ("my price", "the price", "our price"): five times the trie's size.
  const shared = new Map<string, number>();
  const same = new Int32Array(count);
  for (let k = count - 1; k >= 0; k--) {
    let key = `${prefixes[k]}|${words[k]}|${spaces[k] < 0 ? '' : same[spaces[k]]}|${apostrophes[k] < 0 ? '' : same[apostrophes[k]]}`;
    const out = edges[k];
    for (let e = 0; e < out.length; e += 2) key += `|${out[e]}:${same[out[e + 1]]}`;
    const found = k === 0 ? undefined : shared.get(key);
    same[k] = found ?? k;
    if (found === undefined) shared.set(key, k);
  }
  // The rows of the states kept, in the first order (depth first).
  const offset = new Int32Array(count);
  let size = 0;
  for (let k = 0; k < count; k++)
    if (same[k] === k) {
      offset[k] = size;
      size += 5 + edges[k].length / 2;
    }
  // (the states' offsets and the ids' count must fit the 23 bits above a slot or an edges' count)
  if (size >= 1 << 23 || prefixes.flat().length + words.flat().length >= 1 << 23)
    throw new Error('anchor trie too large');
  const rows = new Int32Array(size);
  const ids: number[] = [];
  for (let k = 0; k < count; k++) {
    if (same[k] !== k) continue;
    const row = offset[k];
    const out = edges[k];
    rows[row] = out.length / 2 + (ids.length << 8);
    ids.push(...prefixes[k]);
    rows[row + 1] = ids.length;
    ids.push(...words[k]);
    rows[row + 2] = ids.length;
    // (the state a joined anchor's space leads to: read at every word's end, so in the row, not among the edges)
    rows[row + 3] = spaces[k] < 0 ? 0 : offset[same[spaces[k]]];
    rows[row + 4] = apostrophes[k] < 0 ? 0 : offset[same[apostrophes[k]]];
    for (let e = 0; e < out.length; e += 2) {
      rows[row + 5 + e / 2] = out[e] + (offset[same[out[e + 1]]] << 8);
    }
  }
  const root = new Int32Array(SLOTS);
  const out = edges[0];
  for (let e = 0; e < out.length; e += 2) root[out[e]] = offset[same[out[e + 1]]];
  return { root, rows, ids: Int32Array.from(ids) };
}
