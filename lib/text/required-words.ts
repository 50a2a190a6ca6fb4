/**
 * Strings one of which every match of a pattern holds, read from its source: a sentence holding none of them cannot
 * match, and is not tested (`mayHold`). The `unless` contexts of lib/text/cooccur.ts are tested on every candidate
 * sentence and nearly all answer no: on the bench's messages ~27 such tests a message, each pattern's native code cold at
 * its one call — skipping them all was ~12 % of a pass (perf50). A sentence's three-letter pieces are marked in a table
 * once, and each word looked up there: `includes` for each word in the sentence put in small letters cost about what the
 * patterns did (a two-byte string's small letters ~0.5 µs, each `includes` ~50 ns). What the test answers is the pattern's answer: this only says where it cannot match.
 *
 * Read as a necessary condition, conservatively: a run of plain characters (across zero-width assertions, which consume
 * nothing) must stand in the text as it is; a group of alternatives holds one of the strings each alternative holds (none
 * known if one alternative's are not); a group or a character repeated at least once holds what it holds once; of a
 * sequence's parts the one whose strings are longest is taken. Classes, "." and escapes of classes hold nothing known, nor
 * what is optional or inside a look-around. A source this reading does not know (modifiers, an unexpected escape) gives
 * none.
 */

import type { TextTest } from './words-first';

/** Strings one of which a match holds. */
type OneOf = string[];
/** What a match holds: each of these (nothing known: none). */
type AllOf = OneOf[];
/** What a match holds: all of one of these (nothing known: one empty AllOf). */
type Either = AllOf[];

/** Fewer letters than this in a string: not looked for (a three-letter piece is what is looked up). */
const SHORTEST = 3;
/** More strings than this in all: the look-ups would cost about what the pattern does. */
const MOST = 256;
/** Of the strings a match must all hold, the ones looked for (the rarest-looking: longest shortest string, fewest). */
const KEPT = 3;
/** The most runs an optional character's ways make (more: the run ends there). */
const RUNS = 8;
/** The most ways through a sequence's groups followed (more: what the group holds is taken as one list). */
const WAYS = 16;

/**
 * With "i": a string of these characters (in small letters) stands in the text folded (`fold`) wherever the pattern's
 * case-insensitive match of it does — every character that matches one of them, without and with "u", is that character
 * in small letters (checked over every code point: tests/required-words.test.ts), but for "ſ", which matches "s" with
 * "iu" and stays "ſ" in small letters (folded to "s": `fold`) and "µ" (matched by μ).
 */
const FOLDS_TO_ITSELF = /^[\x20-\x7e\xa0-\xb4\xb6-\u017e\u0180-\u024f’‘“”„«»–—…€]*$/;

/**
 * What each of the pattern's matches holds: all the strings of one of the lists, each list's strings one of which it holds
 * (in small letters for an "i" pattern), or undefined where nothing worth a look-up is known.
 */
export function requiredWords(re: RegExp): string[][][] | undefined {
  let either: Either;
  try {
    const reader = new Reader(re.source, re.unicode || re.unicodeSets);
    either = reader.alternatives();
    if (reader.at < re.source.length) return undefined;
  } catch {
    return undefined;
  }
  const out: string[][][] = [];
  let count = 0;
  for (const all of either) {
    const kept: OneOf[] = [];
    for (const oneOf of all) {
      let words = oneOf.map((w) => (re.ignoreCase ? w.toLowerCase() : w));
      // (a string this reading cannot fold, or too short to look up: the requirement is dropped, which only lets more
      // texts through)
      if (re.ignoreCase && !words.every((w) => FOLDS_TO_ITSELF.test(w))) continue;
      // (a word holding another adds nothing: a text holding it holds the other)
      words = [...new Set(words)].sort((a, b) => a.length - b.length);
      words = words.filter((w, i) => !words.some((v, j) => j < i && w.includes(v)));
      if (!words.length || words[0].length < SHORTEST) continue;
      kept.push(words);
    }
    // (one way of matching with nothing known: any text may match)
    if (!kept.length) return undefined;
    kept.sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0));
    const taken = kept.slice(0, KEPT);
    for (const words of taken) count += words.length;
    out.push(taken);
  }
  if (!out.length) return undefined;
  if (count <= MOST) return out;
  // (too many strings: one of the best list of each way, in one list)
  const oneOf = [...new Set(out.flatMap((all) => all[0]))];
  return oneOf.length <= MOST ? [[oneOf]] : undefined;
}

/**
 * What `requiredWords` gives, as the look-up reads it (`mayHold`): per list of ways, per list of strings, per string its
 * three-letter pieces' numbers in the table of a text's pieces — each list, string or piece list after where it ends.
 */
export function piecesOf(either: readonly (readonly (readonly string[])[])[]): Int32Array {
  const out: number[] = [];
  const open = () => out.push(0) - 1;
  const close = (at: number) => (out[at] = out.length);
  for (const all of either) {
    const a = open();
    for (const oneOf of all) {
      const o = open();
      for (const w of oneOf) {
        const at = open();
        let x = fold(w.charCodeAt(0));
        let y = fold(w.charCodeAt(1));
        for (let i = 2; i < w.length && out.length - at - 1 < PIECES; i++) {
          const z = fold(w.charCodeAt(i));
          out.push(piece(x, y, z));
          x = y;
          y = z;
        }
        close(at);
      }
      close(o);
    }
    close(a);
  }
  return Int32Array.from(out);
}

/**
 * Whether `text` may match a pattern whose `requiredWords` are `pieces` (`piecesOf`): for one of its lists, each list of
 * strings has one every three-letter piece of which, folded as below, stands in the text folded alike. Where this answers
 * no, the pattern does not match (a match holds the strings; with "i", each of their characters folds to the string's —
 * see FOLDS_TO_ITSELF); where it answers yes, it may (two pieces may share a number).
 */
export function mayHold(pieces: Int32Array, text: string): boolean {
  const seen = seenIn(text);
  const mark = marks[recent];
  for (let a = 0; a < pieces.length; a = pieces[a]) {
    let all = true;
    for (let o = a + 1, end = pieces[a]; o < end && all; o = pieces[o]) {
      let one = false;
      for (let w = o + 1, last = pieces[o]; w < last && !one; w = pieces[w]) {
        let k = w + 1;
        const next = pieces[w];
        while (k < next && seen[pieces[k]] === mark) k++;
        one = k === next;
      }
      all = one;
    }
    if (all) return true;
  }
  return false;
}

/**
 * What every match of a pattern holds, as `mayHold` reads it, or undefined where nothing is known: for a scan ("g"), whose
 * callers set its lastIndex before each use — where `mayHold` answers no, the scan finds nothing.
 */
export function piecesFor(re: RegExp): Int32Array | undefined {
  const words = requiredWords(re);
  return words && piecesOf(words);
}

/**
 * A pattern tested on whole texts (or sentences) that rarely match, its strings looked for first (`mayHold`): the same
 * answers. A pattern nothing is known of is given back as it is.
 */
export function wordsAhead(re: RegExp): TextTest {
  if (re.global || re.sticky) throw new Error(`wordsAhead is for tests, not scans: /${re.source.slice(0, 80)}/`);
  const words = requiredWords(re);
  if (!words) return re;
  const pieces = piecesOf(words);
  return { test: (text: string) => mayHold(pieces, text) && re.test(text) };
}

/**
 * The look-up alone (`mayHold`): answers no only where the pattern cannot match (yes wherever nothing is known of it) — for a
 * pattern whose matches are read (`exec`), tested before it.
 */
export function mayMatch(re: RegExp): TextTest {
  const words = requiredWords(re);
  if (!words) return { test: () => true };
  const pieces = piecesOf(words);
  return { test: (text: string) => mayHold(pieces, text) };
}

// At most this many pieces of a word are looked up (they are looked up only while found).
const PIECES = 6;
// The pieces of the short text (a sentence) and of the long one (a message's text) last read, as table cells marked with the
// text's mark (a new mark for each text: no emptying). A message's text and its sentences are asked about in turn: in one
// table, the text's thousand characters were marked again after each sentence (+5 % instructions a message). 16,384 cells
// (`piece`'s 14 bits): a 1 KB text marks ~700 pieces, a sixth of 4,096 cells, so a word of one piece ("fee") was "there"
// in one text of six it was not — whole-text tests ran on 2.0 texts a bench message where 1.1 may match.
const TABLES = [new Int32Array(16384), new Int32Array(16384)];
const marks = [0, 0];
const read = ['', ''];
let recent = 0;
let marked = 0;
/** Texts this long or longer go to the second table. */
const LONG = 256;

/** The table of the text's pieces (marked now if it is not the last one read of its length; `recent` is its number). */
function seenIn(text: string): Int32Array {
  recent = text.length >= LONG ? 1 : 0;
  if (text !== read[recent]) {
    read[recent] = text;
    if (++marked === 0x7fffffff) {
      // (every cell emptied, and the other text forgotten with its marks)
      TABLES[0].fill(0);
      TABLES[1].fill(0);
      read[1 - recent] = '';
      marked = 1;
    }
    marks[recent] = marked;
    markPieces(text, TABLES[recent], marked);
  }
  return TABLES[recent];
}

/** Marks the pieces of a text in `seen`. */
function markPieces(text: string, seen: Int32Array, mark: number): void {
  if (text.length < 3) return;
  let a = fold(text.charCodeAt(0));
  let b = fold(text.charCodeAt(1));
  for (let i = 2; i < text.length; i++) {
    const c = fold(text.charCodeAt(i));
    seen[piece(a, b, c)] = mark;
    a = b;
    b = c;
  }
}

/** A three-letter piece's cell in the table. */
const piece = (a: number, b: number, c: number) =>
  (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77) ^ Math.imul(c, 0xc2b2ae3d)) >>> 18;

/**
 * A character as compared: in small letters (a character whose small letter is one character of the first 592), "ſ" as
 * "s" ("iu" patterns match it for "s"). Every character a case-insensitive pattern matches for one of a word's
 * (FOLDS_TO_ITSELF) folds to that one; the word's own characters and those matched as they are fold alike.
 */
export function fold(c: number): number {
  if (c < LOWER.length) return LOWER[c];
  // (the characters beyond whose small letter is among the first 592)
  switch (c) {
    case 0x1e9e:
      return 0xdf;
    case 0x212a:
      return 0x6b;
    case 0x212b:
      return 0xe5;
    case 0x2c7e:
      return 0x23f;
    case 0x2c7f:
      return 0x240;
    case 0xa7dc:
      return 0x19b;
    default:
      return c;
  }
}
const LOWER = new Uint16Array(0x250);
for (let c = 0; c < LOWER.length; c++) {
  const small = String.fromCharCode(c).toLowerCase();
  LOWER[c] = small.length === 1 ? small.charCodeAt(0) : c;
}
LOWER[0x17f] = 0x73;

class Reader {
  at = 0;
  constructor(
    private readonly source: string,
    private readonly unicode: boolean,
  ) {}

  /** Alternatives up to the ")" closing the group (not read) or the source's end. */
  alternatives(): Either {
    const either: Either = [];
    let known = true;
    for (;;) {
      for (const all of this.sequence()) {
        if (!all.length) known = false;
        either.push(all);
      }
      if (this.source[this.at] !== '|') break;
      this.at++;
    }
    return known ? either : [[]];
  }

  /** A sequence of atoms up to "|", ")" or the end: what each of its parts holds, for each way through its groups. */
  private sequence(): Either {
    const { source } = this;
    let either: Either = [[]];
    // The run of plain characters so far, each way an optional character ("money ?gram") gives: one of them stands in the text.
    let runs = [''];
    const add = (oneOf: OneOf) => {
      for (const all of either) all.push(oneOf);
    };
    const flush = () => {
      if (!runs.includes('')) add([...runs]);
      runs = [''];
    };
    while (this.at < source.length) {
      const c = source[this.at];
      if (c === '|' || c === ')') break;
      if (c === '(') {
        const kind = this.groupKind();
        const inner = this.alternatives();
        if (source[this.at] !== ')') throw new Error('unclosed group');
        this.at++;
        const min = this.quantifier();
        if (kind === 'around') continue; // zero-width: the run goes on across it
        flush();
        if (min < 1) continue;
        if (inner.length === 1) for (const oneOf of inner[0]) add(oneOf);
        // (ways that each hold one list: one of their strings)
        else if (inner.every((way) => way.length === 1)) add(inner.flatMap((way) => way[0]));
        else if (either.length * inner.length <= WAYS)
          // (each way so far, through each of the group's)
          either = either.flatMap((all) => inner.map((way) => [...all, ...way]));
        // (too many ways: one of what each of the group's holds at best)
        else add(inner.flatMap((way) => way.reduce((a, b) => (better(a, b) ? a : b))));
        continue;
      }
      if (c === '^' || c === '$') {
        this.at++;
        continue;
      }
      let char: string | null = null;
      if (c === '[') {
        this.skipClass();
      } else if (c === '.') {
        this.at++;
      } else if (c === '\\') {
        const escaped = this.escape();
        if (escaped === ZERO_WIDTH) continue;
        char = escaped;
      } else if ('*+?{'.includes(c)) {
        // (a quantifier with nothing before it, or a "{" read as itself without "u": not read)
        throw new Error('unexpected quantifier');
      } else {
        char = c;
        this.at++;
        // (a surrogate pair in a "u" pattern is one character)
        if (this.unicode && isHigh(c) && isLow(source[this.at] ?? '')) char += source[this.at++];
      }
      const min = this.quantifier();
      if (char !== null && min === 1 && this.lastQuantified === false) {
        runs = runs.map((r) => r + char);
        continue;
      }
      // An optional character, once at most ("?", "{0,1}"): the runs with it and without it.
      if (char !== null && min === 0 && this.lastMax === 1 && runs.length < RUNS) {
        runs = [...runs, ...runs.map((r) => r + char)];
        continue;
      }
      // A repeated or optional character, or a class: the run ends before it (a character repeated at least once starts
      // the next run: "ab+c" holds "ab" and "bc").
      if (char !== null && min >= 1) runs = runs.map((r) => r + char);
      flush();
      if (char !== null && min >= 1) runs = [char];
    }
    flush();
    return either;
  }

  /** Whether the last atom read had a quantifier. */
  private lastQuantified = false;
  /** The most count of the last quantifier read (Infinity for none). */
  private lastMax = 1;

  /** The least count of the quantifier at `at` (1 for none), read past it (and its "?"). */
  private quantifier(): number {
    const { source } = this;
    const c = source[this.at];
    let min = 1;
    this.lastQuantified = true;
    this.lastMax = Infinity;
    if (c === '*' || c === '?') {
      min = 0;
      if (c === '?') this.lastMax = 1;
      this.at++;
    } else if (c === '+') this.at++;
    else if (c === '{') {
      // (the comma's group optional as a whole: digits split between two runs of "\d" made the ReDoS checker's polynomial)
      const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(source.slice(this.at, this.at + 24));
      if (!m) {
        if (this.unicode) throw new Error('a lone "{"');
        // (without "u" a "{" that starts no quantifier is the character itself: not read)
        throw new Error('a "{" as a character');
      }
      min = Number(m[1]);
      this.lastMax = !m[2] ? min : m[3] ? Number(m[3]) : Infinity;
      this.at += m[0].length;
    } else {
      this.lastQuantified = false;
      this.lastMax = 1;
      return 1;
    }
    if (source[this.at] === '?') this.at++;
    return min;
  }

  /** Reads a group's opening ("(", "(?:", "(?<name>", a look-around's) and says which kind it is. */
  private groupKind(): 'group' | 'around' {
    const { source } = this;
    this.at++;
    if (source[this.at] !== '?') return 'group';
    const next = source[this.at + 1];
    if (next === ':') {
      this.at += 2;
      return 'group';
    }
    if (next === '=' || next === '!') {
      this.at += 2;
      return 'around';
    }
    if (next === '<') {
      const after = source[this.at + 2];
      if (after === '=' || after === '!') {
        this.at += 3;
        return 'around';
      }
      const close = source.indexOf('>', this.at);
      if (close < 0) throw new Error('a group name unclosed');
      this.at = close + 1;
      return 'group';
    }
    // (modifiers, "(?i:…)", change what matches: not read)
    throw new Error('a group not known');
  }

  /** Past a class "[…]". */
  private skipClass(): void {
    const { source } = this;
    this.at++;
    if (source[this.at] === '^') this.at++;
    // (a "]" first closes the class: "[^]" is any character, "[]" none)
    while (this.at < source.length && source[this.at] !== ']') {
      if (source[this.at] === '\\') this.at++;
      else if (source[this.at] === '[') throw new Error('a nested class');
      this.at++;
    }
    if (source[this.at] !== ']') throw new Error('an unclosed class');
    this.at++;
  }

  /** An escape at `at`: the character it stands for, null for a class, ZERO_WIDTH for "\b" and "\B". */
  private escape(): string | null | typeof ZERO_WIDTH {
    const { source } = this;
    const c = source[this.at + 1];
    if (c === undefined) throw new Error('a trailing "\\"');
    this.at += 2;
    if (c === 'b' || c === 'B') return ZERO_WIDTH;
    if ('dDwWsS'.includes(c)) return null;
    if (c === 'p' || c === 'P') {
      if (!this.unicode) throw new Error('\\p without "u"');
      const close = source.indexOf('}', this.at);
      if (source[this.at] !== '{' || close < 0) throw new Error('\\p unclosed');
      this.at = close + 1;
      return null;
    }
    const plain = SIMPLE[c];
    if (plain !== undefined) return plain;
    if (c === 'x') return this.hex(2);
    if (c === 'u') {
      if (this.unicode && source[this.at] === '{') {
        const close = source.indexOf('}', this.at);
        if (close < 0) throw new Error('\\u{ unclosed');
        const cp = parseInt(source.slice(this.at + 1, close), 16);
        if (!(cp >= 0 && cp <= 0x10ffff)) throw new Error('\\u{} out of range');
        this.at = close + 1;
        return String.fromCodePoint(cp);
      }
      const unit = this.hex(4);
      // (a surrogate pair written as two escapes is one character with "u": not read as a string of two)
      if (this.unicode && isHigh(unit)) throw new Error('an escaped surrogate');
      return unit;
    }
    // (back references, "\c", "\0", octal escapes, "\k<name>": not read)
    if (/[A-Za-z0-9]/.test(c)) throw new Error(`an escape not known: \\${c}`);
    // An escaped sign is the sign itself.
    return c;
  }

  private hex(digits: number): string {
    const h = this.source.slice(this.at, this.at + digits);
    // (a loop, not a pattern built for each count: every pattern the code builds is checked for ReDoS)
    if (h.length !== digits || [...h].some((c) => !HEX.includes(c))) throw new Error('a bad hexadecimal escape');
    this.at += digits;
    return String.fromCharCode(parseInt(h, 16));
  }
}

const ZERO_WIDTH = Symbol('zero width');
const HEX = '0123456789abcdefABCDEF';
const SIMPLE: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v' };
const isHigh = (c: string) => c.length === 1 && c.charCodeAt(0) >= 0xd800 && c.charCodeAt(0) <= 0xdbff;
const isLow = (c: string) => c.length === 1 && c.charCodeAt(0) >= 0xdc00 && c.charCodeAt(0) <= 0xdfff;

/** Whether `a` rules out more texts than `b`: its shortest string longer, or as long and fewer strings. */
function better(a: readonly string[], b: readonly string[]): boolean {
  const la = shortest(a);
  const lb = shortest(b);
  return la > lb || (la === lb && a.length < b.length);
}

function shortest(words: readonly string[]): number {
  let n = Infinity;
  for (const w of words) if (w.length < n) n = w.length;
  return n;
}
