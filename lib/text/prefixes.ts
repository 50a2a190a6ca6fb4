/**
 * Prefixes: the first few characters a pattern's matches can start with, read from its source ("(?:i|we)(?: will|
 * must)" → "i will", "i must", "we will", "we must"), so that a sticky try where the text starts otherwise is passed
 * over without calling into the pattern. A concept is tried at each word starting with one of its anchors (anchors.ts),
 * and three tries in four found nothing (2026-12-04: 299 tries per 1 KB message of the bench, 214 failing, most of
 * them at "i", "my", "me", "can", "you" — the word matched, the words after it did not); a failing call into a sticky
 * pattern costs more than reading a few characters here.
 *
 * Conservative by construction: a prefix only ever stands for more text than the pattern (a class too wide, a
 * repetition, a back-reference or an unknown escape ends it: anything may follow), characters are compared folded
 * the way a pattern with the "i" flag and without "u" compares them (ECMAScript's Canonicalize), and every white
 * space character counts as any other, every digit as any other. So a text the check turns away cannot match, and
 * the pattern's answer is unchanged wherever it is still asked (tests/prefixes.test.ts checks both on every concept).
 */

/** A character position of a prefix: the folded codes it may hold, or null for any character. */
type Chars = number[] | null;

/** One way a match can start: its first characters, folded, and whether what follows them is still known. */
interface Path {
  text: string;
  /** The part read so far may end the match here (what follows comes from the next part of the pattern). */
  open: boolean;
}

type Node =
  | { t: 'chars'; chars: Chars }
  | { t: 'empty' }
  | { t: 'seq'; items: Node[] }
  | { t: 'alt'; options: Node[] }
  | { t: 'rep'; node: Node; min: number; max: number };

// How many characters of a prefix are kept, how many prefixes a pattern's part may have, how many codes a character
// position may hold before it counts as any character.
const DEPTH = 12;
const PATHS = 128;
const WIDE = 12;

// A prefix reaching past its first word: a letter or digit (folded: capitals, "0"), then something else.
const WORD_THEN_OTHER = /[A-Z0-9\u00c0-\u00de\u0152\u0178][^A-Z0-9\u00c0-\u00de\u0152\u0178]/;

// White space as \s knows it (each folds to a space).
const SPACE = /\s/;

/** The character as the check compares it: \s as a space, a digit as 0, otherwise Canonicalize for "i" without "u". */
export function fold(code: number): number {
  if (code < FOLDED.length) return FOLDED[code];
  return slowFold(code);
}

function slowFold(code: number): number {
  const c = String.fromCharCode(code);
  if (SPACE.test(c)) return 32;
  if (code >= 48 && code <= 57) return 48;
  const upper = c.toUpperCase();
  if (upper.length !== 1) return code;
  const u = upper.charCodeAt(0);
  // ECMAScript's Canonicalize (non-Unicode, ignoreCase): a character outside ASCII never folds into ASCII ("ſ", "K").
  return code >= 128 && u < 128 ? code : u;
}

// The fold of the first 0x250 characters (Latin), looked up; others are computed (rare in the bench's text).
const FOLDED = new Uint16Array(0x250);
for (let c = 0; c < FOLDED.length; c++) FOLDED[c] = slowFold(c);

const LOOKAROUND = /^\?<?[=!]/;
const BOUNDS = /\{(\d+)(,(\d*))?\}/y;
const HEX = { u: /^[0-9a-fA-F]{4}$/, x: /^[0-9a-fA-F]{2}$/ };

/** The pattern's source as a tree (only what a prefix needs: anything else is "any character"). */
function parse(source: string): Node {
  let i = 0;
  const alternation = (): Node => {
    const options: Node[] = [sequence()];
    while (source[i] === '|') {
      i++;
      options.push(sequence());
    }
    return options.length === 1 ? options[0] : { t: 'alt', options };
  };
  const sequence = (): Node => {
    const items: Node[] = [];
    while (i < source.length && source[i] !== '|' && source[i] !== ')') items.push(quantified(atom()));
    return { t: 'seq', items };
  };
  const quantified = (node: Node): Node => {
    const c = source[i];
    let min = -1;
    let max = -1;
    if (c === '?') [min, max] = [0, 1];
    else if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '{') {
      BOUNDS.lastIndex = i;
      const m = BOUNDS.exec(source);
      if (!m) return node;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity;
      i += m[0].length - 1;
    }
    if (min < 0) return node;
    i++;
    if (source[i] === '?') i++; // lazy: the same strings can match
    return { t: 'rep', node, min, max };
  };
  const atom = (): Node => {
    const c = source[i++];
    if (c === '(') {
      let zeroWidth = false;
      if (source.startsWith('?:', i)) i += 2;
      else if (LOOKAROUND.test(source.substring(i, i + 3))) {
        zeroWidth = true;
        i += source[i + 1] === '<' ? 3 : 2;
      } else if (source.startsWith('?<', i)) i = source.indexOf('>', i) + 1;
      const inner = alternation();
      if (source[i] !== ')') throw new Error(`unbalanced group at ${i}: ${source.slice(0, 120)}`);
      i++;
      // A look-around consumes nothing: what it asks is left to the pattern.
      return zeroWidth ? { t: 'empty' } : inner;
    }
    if (c === '[') return { t: 'chars', chars: characterClass() };
    if (c === '.') return { t: 'chars', chars: null };
    if (c === '^' || c === '$') return { t: 'empty' };
    if (c === '\\') {
      const e = source[i++];
      if (e === 'b' || e === 'B') return { t: 'empty' };
      if (e === 's') return { t: 'chars', chars: [32] };
      if (e === 'd') return { t: 'chars', chars: [48] };
      if (/[1-9kcpPwWSD]/.test(e)) return { t: 'chars', chars: null };
      return { t: 'chars', chars: [fold(escaped(e))] };
    }
    return { t: 'chars', chars: [fold(c.charCodeAt(0))] };
  };
  /** The code of a one-character escape ("\n", "\u2019", "\.") whose letter was just read. */
  const escaped = (e: string): number => {
    const hex = e === 'u' || e === 'x' ? HEX[e].exec(source.substring(i, i + (e === 'u' ? 4 : 2))) : null;
    if (hex) {
      i += hex[0].length;
      return parseInt(hex[0], 16);
    }
    const control: Record<string, number> = { n: 10, t: 9, r: 13, f: 12, v: 11, '0': 0 };
    return control[e] ?? e.charCodeAt(0);
  };
  /** A class's folded codes (after its "["), or null when it is negated or wider than WIDE codes. */
  const characterClass = (): Chars => {
    const negated = source[i] === '^';
    if (negated) i++;
    const codes = new Set<number>();
    let wide = negated;
    let first = true;
    while (i < source.length && (source[i] !== ']' || first)) {
      first = false;
      let lo: number;
      if (source[i] === '\\') {
        i++;
        const e = source[i++];
        if (e === 's') {
          codes.add(32);
          continue;
        }
        if (e === 'd') {
          codes.add(48);
          continue;
        }
        if (/[wWSDpPc]/.test(e)) {
          wide = true;
          continue;
        }
        lo = e === 'b' ? 8 : escaped(e);
      } else lo = source.charCodeAt(i++);
      let hi = lo;
      if (source[i] === '-' && source[i + 1] !== ']' && i + 1 < source.length) {
        i++;
        if (source[i] === '\\') {
          i++;
          const e = source[i++];
          if (/[dswDSWpPc]/.test(e)) {
            // "[a-\d]" is no range: the three of them.
            wide = true;
            continue;
          }
          hi = e === 'b' ? 8 : escaped(e);
        } else hi = source.charCodeAt(i++);
      }
      if (hi - lo > 64) wide = true;
      else for (let c = lo; c <= hi; c++) codes.add(fold(c));
    }
    i++; // "]"
    return wide || codes.size > WIDE ? null : [...codes].sort((a, b) => a - b);
  };
  const tree = alternation();
  if (i !== source.length) throw new Error(`unexpected ")" at ${i}: ${source.slice(0, 120)}`);
  return tree;
}

/** At most PATHS paths of at most `room` characters: cut shorter (what follows a cut unknown) until few enough. */
function limit(paths: Path[], room: number): Path[] {
  // (Paths that are the same text are left as they are while few: the table made from them holds each once.)
  if (paths.length <= PATHS) return paths;
  let out = dedupe(paths);
  for (let depth = room - 1; out.length > PATHS && depth >= 0; depth--)
    out = dedupe(out.map((p) => (p.text.length > depth ? { text: p.text.slice(0, depth), open: false } : p)));
  return out;
}

function dedupe(paths: Path[]): Path[] {
  const seen = new Map<string, Path>();
  for (const p of paths) seen.set(p.open ? `${p.text}+` : p.text, p);
  return seen.size === paths.length ? paths : [...seen.values()];
}

/** The paths of `a`, those that may go on followed by those of `b`, cut at `room` characters. */
function concat(a: Path[], b: Path[], room: number): Path[] {
  const out: Path[] = [];
  for (const p of a) {
    if (!p.open) out.push(p);
    else
      for (const q of b) {
        const text = p.text + q.text;
        out.push(text.length >= room ? { text: text.slice(0, room), open: false } : { text, open: q.open });
      }
  }
  // Too many ways: `a`'s paths, with anything after them.
  return out.length > 4 * PATHS
    ? limit(
        a.map((p) => ({ text: p.text, open: false })),
        room,
      )
    : limit(out, room);
}

const NOTHING_KNOWN: Path[] = [{ text: '', open: false }];

/** The ways a match of the node can start, up to `room` characters (a path that long is cut: not open). */
function pathsOf(node: Node, room: number): Path[] {
  if (room <= 0) return NOTHING_KNOWN;
  switch (node.t) {
    case 'empty':
      return [{ text: '', open: true }];
    case 'chars':
      // A class of a few characters: one way per character.
      if (!node.chars) return NOTHING_KNOWN;
      return node.chars.map((c) => ({ text: String.fromCharCode(c), open: room > 1 }));
    case 'seq': {
      let paths: Path[] = [{ text: '', open: true }];
      for (const item of node.items) {
        // One way so far and one character next (most of a pattern's words): written on.
        if (paths.length === 1 && paths[0].open && item.t === 'chars' && item.chars?.length === 1) {
          const text = paths[0].text + String.fromCharCode(item.chars[0]);
          paths = [{ text, open: text.length < room }];
          continue;
        }
        // Once no path goes on, the rest of the sequence tells nothing more.
        let shortest = Infinity;
        for (const p of paths) if (p.open && p.text.length < shortest) shortest = p.text.length;
        if (shortest === Infinity) break;
        paths = concat(paths, pathsOf(item, room - shortest), room);
      }
      return paths;
    }
    case 'alt':
      return limit(
        node.options.flatMap((o) => pathsOf(o, room)),
        room,
      );
    case 'rep': {
      const once = pathsOf(node.node, room);
      const none: Path[] = node.min === 0 ? [{ text: '', open: true }] : [];
      // Exactly one (or none): what follows is known; more: anything after the first.
      const one = node.max === 1 ? once : once.map((p) => ({ text: p.text, open: false }));
      return limit([...none, ...one], room);
    }
  }
}

/**
 * The prefixes of every concept with one, in one table: each state a row at its own offset — whether a prefix ends
 * there, its edges' count, then its edges as (folded code, state) pairs.
 */
let rows = new Int32Array(1024);
let used = 0;

function state(edges: number): number {
  const at = used;
  used += 2 + 2 * edges;
  if (used > rows.length) {
    const grown = new Int32Array(Math.max(used, 2 * rows.length));
    grown.set(rows);
    rows = grown;
  }
  return at;
}

interface Building {
  end: boolean;
  next: Map<number, Building>;
}

/**
 * The state the prefixes of a pattern's source start from, or -1 where a match may start with any character (no
 * check is possible).
 */
export function prefixState(source: string): number {
  const paths = pathsOf(parse(source), DEPTH);
  // No check where a match may start with any character, nor where every prefix ends within its first word: there
  // the anchor trie has read nearly all the check could ("accounts?|konto": the check passed every try, 2026-12-04).
  if (paths.some((p) => p.text.length === 0) || !paths.some((p) => WORD_THEN_OTHER.test(p.text))) return -1;
  const root: Building = { end: false, next: new Map() };
  for (const p of paths) {
    let at = root;
    for (let i = 0; i < p.text.length && !at.end; i++) {
      const code = p.text.charCodeAt(i);
      let child = at.next.get(code);
      if (!child) at.next.set(code, (child = { end: false, next: new Map() }));
      at = child;
    }
    // A shorter prefix makes the longer ones below it moot: the check passes where it ends.
    at.end = true;
    at.next.clear();
  }
  // Written depth first, children before their parent.
  const write = (n: Building): number => {
    const children = [...n.next].map(([code, child]) => [code, write(child)] as const);
    const at = state(children.length);
    rows[at] = n.end ? 1 : 0;
    rows[at + 1] = children.length;
    children.forEach(([code, child], e) => {
      rows[at + 2 + 2 * e] = code;
      rows[at + 3 + 2 * e] = child;
    });
    return at;
  };
  return write(root);
}

/**
 * Whether the text at `at` starts with one of the prefixes from `start` (a state prefixState gave): if not, the
 * pattern cannot match there.
 */
export function startsHere(start: number, text: string, at: number): boolean {
  const table = rows;
  let s = start;
  for (let i = at; ; i++) {
    if (table[s] === 1) return true;
    if (i >= text.length) return false;
    const code = text.charCodeAt(i);
    const c = code < 0x250 ? FOLDED[code] : slowFold(code);
    let next = -1;
    for (let e = s + 2, end = e + 2 * table[s + 1]; e < end; e += 2)
      if (table[e] === c) {
        next = table[e + 1];
        break;
      }
    if (next < 0) return false;
    s = next;
  }
}

/** The prefixes from a state, as text (for tests: "i will", "i must" …; "·" ends one that may go on). */
export function prefixesFrom(start: number, limitTo = 50): string[] {
  const out: string[] = [];
  if (start < 0) return out;
  const walk = (s: number, text: string) => {
    if (out.length >= limitTo) return;
    if (rows[s] === 1) out.push(text);
    for (let e = s + 2; e < s + 2 + 2 * rows[s + 1]; e += 2) walk(rows[e + 1], text + String.fromCharCode(rows[e]));
  };
  walk(start, '');
  return out;
}
