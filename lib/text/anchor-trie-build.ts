/**
 * The anchors' trie as it is built (lib/text/anchor-trie.ts walks it compiled): states in flat arrays, not an object
 * and a Map per state — the trie has ~55,000 states before its repeated parts are shared (joined anchors' second words
 * under every first word), and building and compiling it as objects was ~170 ms of the first message after load.
 */

/** The compiled trie the walk reads. */
export interface Compiled {
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

/** Anchors as they are added: a state's children as a list (first, next sibling), its concepts as a list of entries. */
export class TrieBuilder {
  /** Per state: the character code of the edge into it, its first and last child, its next sibling (0: none). */
  private code = new Int32Array(4096);
  private first = new Int32Array(4096);
  private last = new Int32Array(4096);
  private sibling = new Int32Array(4096);
  /** Per state: its first prefix entry and its first whole-word entry (0: none); per entry its concept and the next. */
  private prefixHead = new Int32Array(4096);
  private wordHead = new Int32Array(4096);
  private entryId = new Int32Array(4096);
  private entryNext = new Int32Array(4096);
  private states = 1;
  private entries = 1;
  private concepts = 0;

  /** An anchor ending in "$" must be the whole word. */
  add(anchor: string, id: number): void {
    const whole = anchor.endsWith('$');
    let at = 0;
    for (let i = 0, end = whole ? anchor.length - 1 : anchor.length; i < end; i++) {
      const code = anchor.charCodeAt(i);
      let c = this.first[at];
      while (c && this.code[c] !== code) c = this.sibling[c];
      at = c || this.child(at, code);
    }
    if (this.entries === this.entryId.length) {
      this.entryId = grown(this.entryId);
      this.entryNext = grown(this.entryNext);
    }
    // (the lists are read newest first: a state's ids are in no order the walk relies on)
    const e = this.entries++;
    const heads = whole ? this.wordHead : this.prefixHead;
    this.entryId[e] = id;
    this.entryNext[e] = heads[at];
    heads[at] = e;
    if (id >= this.concepts) this.concepts = id + 1;
  }

  /** A new state under `parent`, on `code`, after its other children. */
  private child(parent: number, code: number): number {
    if (this.states === this.code.length) {
      this.code = grown(this.code);
      this.first = grown(this.first);
      this.last = grown(this.last);
      this.sibling = grown(this.sibling);
      this.prefixHead = grown(this.prefixHead);
      this.wordHead = grown(this.wordHead);
    }
    const c = this.states++;
    this.code[c] = code;
    if (this.last[parent]) this.sibling[this.last[parent]] = c;
    else this.first[parent] = c;
    this.last[parent] = c;
    return c;
  }

  /**
   * The trie as the walk reads it, for the slot table `slot` (a character's letter number, -1 for none; `slots` of
   * them). A concept two anchors on one path lead to ("pay", "payment" in "payments"; "e-mail" as "e" and "email") is
   * listed at the first state only, and a whole-word id not where a prefix on the path lists it: each concept is noted
   * once per word without a look-up. States that list the same ids and lead to the same states share one row: the
   * second words of joined anchors repeat under each first word ("my price", "the price", "our price"): five times
   * the trie's size.
   */
  compile(slot: Int16Array, slots: number): Compiled {
    const { states, code, first, sibling, concepts } = this;
    // Per state, what the edge into it is to the walk: a slot's letter, a space (1032) or an apostrophe (1039), or -1 for
    // a character the walk never crosses.
    const edge = new Int16Array(states);
    for (let k = 1; k < states; k++) {
      const x = code[k];
      edge[k] = x === 32 || x === 39 ? 1000 + x : x < slot.length ? slot[x] : -1;
    }
    // Depth first, a state's first child right after it (a word's walk reads rows side by side). `onPath[id]`: the
    // states on the path from the root that list the concept as a prefix; `seen[id]`: the last state that listed it.
    const onPath = new Int32Array(concepts);
    const seen = new Int32Array(concepts).fill(0x7fffffff);
    const order = new Int32Array(states);
    // Per state, its ids in `list`: prefix ids at [listFrom, wordFrom), whole-word ids at [wordFrom, listEnd).
    const listFrom = new Int32Array(states);
    const wordFrom = new Int32Array(states);
    const listEnd = new Int32Array(states);
    let list = new Int32Array(4096);
    let listed = 0;
    // Per state, the state that stands for it: the first one left (children first) with the same row, found by a hash.
    const same = new Int32Array(states);
    const sameRow = (a: number, b: number): boolean => {
      if (
        wordFrom[a] - listFrom[a] !== wordFrom[b] - listFrom[b] ||
        listEnd[a] - listFrom[a] !== listEnd[b] - listFrom[b]
      )
        return false;
      for (let i = listFrom[a], j = listFrom[b]; i < listEnd[a]; i++, j++) if (list[i] !== list[j]) return false;
      let x = first[a];
      let y = first[b];
      for (;;) {
        while (x && edge[x] < 0) x = sibling[x];
        while (y && edge[y] < 0) y = sibling[y];
        if (!x || !y) return x === y;
        if (edge[x] !== edge[y] || same[x] !== same[y]) return false;
        x = sibling[x];
        y = sibling[y];
      }
    };
    // (open addressing: a table of states by hash, twice as many slots as states; -1 for an empty slot)
    const mask = (1 << Math.ceil(Math.log2(2 * states + 2))) - 1;
    const table = new Int32Array(mask + 1).fill(-1);
    const hashOf = new Int32Array(states);
    const share = (k: number): number => {
      let h = (listEnd[k] - listFrom[k]) * 31 + (wordFrom[k] - listFrom[k]);
      for (let i = listFrom[k]; i < listEnd[k]; i++) h = Math.imul(h ^ list[i], 0x01000193);
      for (let c = first[k]; c; c = sibling[c]) {
        if (edge[c] < 0) continue;
        h = Math.imul(h ^ edge[c], 0x01000193);
        h = Math.imul(h ^ same[c], 0x01000193);
      }
      let at = (h ^ (h >>> 15)) & mask;
      for (let o = table[at]; o >= 0; at = (at + 1) & mask, o = table[at])
        if (hashOf[o] === h && sameRow(k, o)) return o;
      table[at] = k;
      hashOf[k] = h;
      return k;
    };
    let visited = 0;
    // (a state's index on the stack when it is entered, its bitwise complement when it is left)
    const stack: number[] = [0];
    while (stack.length) {
      const k = stack.pop()!;
      if (k < 0) {
        const s = ~k;
        for (let i = listFrom[s]; i < wordFrom[s]; i++) onPath[list[i]]--;
        // (the root is never a target: it stands for itself)
        same[s] = s === 0 ? 0 : share(s);
        continue;
      }
      order[visited++] = k;
      if (listed + 2 * concepts > list.length) list = grownTo(list, listed + 2 * concepts);
      listFrom[k] = listed;
      for (let e = this.prefixHead[k]; e; e = this.entryNext[e]) {
        const id = this.entryId[e];
        if (onPath[id] || seen[id] === k) continue;
        seen[id] = k;
        list[listed++] = id;
      }
      wordFrom[k] = listed;
      for (let i = listFrom[k]; i < listed; i++) onPath[list[i]]++;
      for (let e = this.wordHead[k]; e; e = this.entryNext[e]) {
        const id = this.entryId[e];
        if (onPath[id] || seen[id] === ~k) continue;
        seen[id] = ~k;
        list[listed++] = id;
      }
      listEnd[k] = listed;
      stack.push(~k);
      // (children pushed last to first: the first is entered first)
      const at = stack.length;
      for (let c = first[k]; c; c = sibling[c]) stack.push(c);
      for (let i = at, j = stack.length - 1; i < j; i++, j--) {
        const t = stack[i];
        stack[i] = stack[j];
        stack[j] = t;
      }
    }
    // The rows of the states kept, in the first order (depth first).
    const slotEdges = (k: number) => {
      let n = 0;
      for (let c = first[k]; c; c = sibling[c]) if (edge[c] >= 0 && edge[c] < 1000) n++;
      return n;
    };
    const offset = new Int32Array(states);
    let size = 0;
    let idCount = 0;
    for (let v = 0; v < visited; v++) {
      const k = order[v];
      if (same[k] !== k) continue;
      offset[k] = size;
      size += 5 + slotEdges(k);
      idCount += listEnd[k] - listFrom[k];
    }
    // (the states' offsets and the ids' count must fit the 23 bits above a slot or an edges' count)
    if (size >= 1 << 23 || idCount >= 1 << 23) throw new Error('anchor trie too large');
    const rows = new Int32Array(size);
    const ids = new Int32Array(idCount);
    let written = 0;
    for (let v = 0; v < visited; v++) {
      const k = order[v];
      if (same[k] !== k) continue;
      const row = offset[k];
      ids.set(list.subarray(listFrom[k], listEnd[k]), written);
      rows[row] = slotEdges(k) + (written << 8);
      rows[row + 1] = written + wordFrom[k] - listFrom[k];
      written += listEnd[k] - listFrom[k];
      rows[row + 2] = written;
      // (the state a joined anchor's space leads to: read at every word's end, so in the row, not among the edges)
      let e = row + 5;
      for (let c = first[k]; c; c = sibling[c]) {
        const x = edge[c];
        const to = offset[same[c]];
        if (x === 1032) rows[row + 3] = to;
        else if (x === 1039) rows[row + 4] = to;
        else if (x >= 0) rows[e++] = x + (to << 8);
      }
    }
    const root = new Int32Array(slots);
    for (let c = first[0]; c; c = sibling[c]) {
      const x = edge[c];
      if (x >= 0 && x < 1000) root[x] = offset[same[c]];
    }
    return { root, rows, ids };
  }
}

/** The array twice as long, its numbers kept. */
function grown(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  return grownTo(a, 2 * a.length);
}

function grownTo(a: Int32Array<ArrayBuffer>, size: number): Int32Array<ArrayBuffer> {
  const out = new Int32Array(Math.max(size, 2 * a.length));
  out.set(a);
  return out;
}
