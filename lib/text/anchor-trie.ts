/**
 * The trie of every concept's anchors (lib/text/anchors.ts derives them) and the walk of a message's words through it:
 * for each word starting with an anchor, the concepts it may start a match of — a joined anchor ("my price", "i'll")
 * across the white space or apostrophe after its first word.
 */
import { TrieBuilder, type Compiled } from './anchor-trie-build';

/** Whether the character is one of the trie's word characters (letters and digits). */
export function wordChar(c: number): boolean {
  return c < SLOT.length && SLOT[c] >= 0;
}

/** All anchors of all concepts, for one walk per word. */
export class AnchorTrie {
  private readonly built = new TrieBuilder();
  private compiled?: Compiled;

  /** An anchor ending in "$" must be the whole word. */
  add(anchor: string, id: number): void {
    this.built.add(anchor, id);
    this.compiled = undefined;
  }

  /**
   * Notes, for each concept with an anchor that starts a word of the sentence `text`, the sentence and the
   * word's offset (sentences come in order, words in order). One pass over the characters; capitals fold to
   * small letters through the slot table. A concept is noted once per word: the states' lists leave out the
   * concepts a state above already noted (compile, below), so no note is looked up before it is written.
   */
  collect(text: string, sentence: number, notes: Notes): void {
    const { root, rows, ids } = (this.compiled ??= this.built.compile(SLOT, SLOTS));
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
            if (rows[state + 3] && whiteSpace(c)) waiting = rows[state + 3];
            else if (rows[state + 4] && (c === 0x2019 || c === 39)) waiting = -rows[state + 4];
          }
          joinedStart = start;
          // (an apostrophe's second word starts right after it; white space's after any more white space)
        } else if (waiting < 0 || (waiting > 0 && !whiteSpace(c))) waiting = 0;
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
export function whiteSpace(c: number): boolean {
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
