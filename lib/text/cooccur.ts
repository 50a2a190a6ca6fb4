/**
 * Order-free patterns. Paraphrases move words around ("send the laptop to my cousin", "my cousin will take
 * the laptop", "das Notebook bitte an meinen Bruder"); a phrase pattern covers one order, a combination of
 * concepts covers them all. A sentence matches a combination when every concept occurs in it (any order),
 * none of them is negated by one of the few words right before it ("no crypto", "never pay", "nunca pagamos",
 * "ne payons jamais", "keine Anzahlung") and no `unless` context matches ("the telegram bot").
 */
import { AnchorTrie, anchorsOf } from './anchors';
import type { PreparedMessage } from './message';

/** A set of concepts that must all occur in one sentence. */
export type Combination = readonly RegExp[];

// Letters of the five languages. Concepts are compiled without the "u" flag, which makes them about four
// times slower; \p{L} in a concept's source stands for this class.
const LETTER = 'a-zA-Z0-9À-ÖØ-öø-ÿœŒ';

/**
 * A concept: alternatives that each start and end at a word edge ("\b" only knows ASCII: "über",
 * "équipe"). An alternative may end in \p{L}* to take any ending ("zahl\p{L}*").
 */
export function concept(...alternatives: string[]): RegExp {
  const body = alternatives
    .join('|')
    .replaceAll(String.raw`[\p{L}]`, `[${LETTER}]`)
    .replaceAll(String.raw`\p{L}`, `[${LETTER}]`);
  const source = `(?<![${LETTER}])(?:${body})(?![${LETTER}])`;
  const re = new RegExp(source, 'i');
  scanning.push(new RegExp(source, 'gi'));
  const anchors = anchorsOf(alternatives);
  const id = registry.length;
  registry.push(re);
  if (anchors) for (const a of anchors) trie.add(a, id);
  else unanchored.add(id);
  ids.set(re, id);
  return re;
}

// Every concept, by id; the anchors of those that have them; the ids of those that do not.
const registry: RegExp[] = [];
const trie = new AnchorTrie();
const unanchored = new Set<number>();
const ids = new WeakMap<RegExp, number>();
// Each concept as a global pattern, to start scanning at an offset.
const scanning: RegExp[] = [];

// Words that negate what follows them closely, in the five languages.
const NEGATORS = new Set(
  (
    "no not never dont don’t don't doesnt doesn’t doesn't didn’t didn't won’t won't cannot nothing without nor " +
    'kein keine keinen keinem keiner keines nicht niemals nie nichts ohne ' +
    'nunca jamás nada ningún ninguna ninguno sin ' +
    'ne pas jamais rien aucun aucune sans ' +
    'não nem nenhum nenhuma sem'
  ).split(' '),
);
const WORDS_BEFORE = 4;

const WORD_CHAR = new RegExp(`[${LETTER}’']`);

/** Whether one of the few words before `index` negates what comes there. */
function negatedAt(s: string, index: number): boolean {
  let end = index;
  for (let w = 0; w < WORDS_BEFORE; w++) {
    while (end > 0 && !WORD_CHAR.test(s[end - 1])) end--;
    if (end === 0) return false;
    let start = end;
    while (start > 0 && WORD_CHAR.test(s[start - 1])) start--;
    const word = s.slice(start, end).toLowerCase();
    if (NEGATORS.has(word)) {
      // Portuguese "no" is "in the" ("me adiciona no Telegram"): right before a capitalised name it is no
      // negation.
      if (!(word === 'no' && w === 0 && /^\s*[A-ZÀ-ÖØ-Þ]/.test(s.slice(index)))) return true;
    }
    end = start;
  }
  return false;
}

export interface CombinationOptions {
  /** Sentences matching one of these are not requests (context: "send the laptop back to your office"). */
  unless?: RegExp[];
  /** Skip the negation check: for combinations that are refusals themselves ("I can't do video"). */
  negationIsPattern?: boolean;
}

/** The sentences of a message that match one of the combinations. */
export function cooccurring(
  msg: PreparedMessage,
  combinations: readonly Combination[],
  opts: CombinationOptions = {},
): string[] {
  const index = indexOf(msg);
  const n = msg.sentences.length;
  const hits = new Uint8Array(n);
  const anchored = index.anchors();
  const offsets: number[] = [];
  for (const combination of combinations) {
    // Only sentences holding an anchor of every concept are worth a look (one pass over the words per
    // message); there each concept runs at most once per message (rules share concepts), and negation is
    // checked last, on the survivors.
    const conceptIds = idsOf(combination);
    next: for (const sentence of index.sentencesWith(conceptIds[0])) {
      if (hits[sentence]) continue;
      for (let k = 1; k < conceptIds.length; k++) if (anchored[conceptIds[k] * n + sentence] === 0) continue next;
      offsets.length = 0;
      for (const id of conceptIds) {
        const o = index.at(id, sentence);
        if (o < 0) continue next;
        offsets.push(o);
      }
      const s = msg.sentences[sentence];
      if (opts.negationIsPattern || !offsets.some((o) => negatedAt(s, o))) hits[sentence] = 1;
    }
  }
  return msg.sentences.filter((s, i) => hits[i] && !opts.unless?.some((u) => u.test(s)));
}

const combinationIds = new WeakMap<Combination, number[]>();

/** The concept ids of a combination (module constants, so resolved once). */
function idsOf(combination: Combination): number[] {
  let found = combinationIds.get(combination);
  if (!found) {
    found = combination.map((re) => {
      const id = ids.get(re);
      if (id === undefined) throw new Error(`not a concept: /${re.source}/`);
      return id;
    });
    combinationIds.set(combination, found);
  }
  return found;
}

/** Which sentences of a message hold each concept's anchors, and where each concept matches. */
class ConceptIndex {
  /** At id * sentences + sentence: 1 + the offset of the sentence's first word starting with an anchor, or 0. */
  private anchored?: Int32Array;
  /** At id * sentences + sentence: offset of the concept's first match + 2; 1 for none, 0 not yet known. */
  private offsets?: Int32Array;
  /** Per concept id: the sentences holding one of its anchors. */
  private readonly found: number[][] = [];
  private readonly n: number;
  readonly concepts = registry.length;

  constructor(private readonly msg: PreparedMessage) {
    this.n = msg.sentences.length;
  }

  /**
   * At id * sentences + sentence: above 0 where the sentence is worth running the concept on (it holds one
   * of its anchors, or the concept has none).
   */
  anchors(): Int32Array {
    return (this.anchored ??= this.anchor());
  }

  private anchor(): Int32Array {
    const { msg, n } = this;
    const anchored = new Int32Array(this.concepts * n);
    const found = this.found;
    msg.sentences.forEach((s, i) => trie.collect(s, i, anchored, n, found));
    // Concepts without anchors are worth running everywhere, from the start.
    const every = msg.sentences.map((_, i) => i);
    for (const id of unanchored) {
      anchored.fill(1, id * n, (id + 1) * n);
      found[id] = every;
    }
    return anchored;
  }

  /** The sentences holding one of the concept's anchors, in order (all for a concept without anchors). */
  sentencesWith(id: number): readonly number[] {
    this.anchored ??= this.anchor();
    return this.found[id] ?? NONE;
  }

  /** Offset of the concept's first match in one sentence, or -1. */
  at(id: number, sentence: number): number {
    this.offsets ??= new Int32Array(this.concepts * this.n);
    const k = id * this.n + sentence;
    if (this.offsets[k] === 0) {
      // Start at the first word with an anchor: nothing before it can match.
      const anchoredAt = this.anchored ? this.anchored[k] - 1 : 0;
      const g = scanning[id];
      // Two characters early: a currency sign may come before the digits an anchor starts ("$300").
      g.lastIndex = Math.max(0, anchoredAt - 2);
      this.offsets[k] = (g.exec(this.msg.sentences[sentence])?.index ?? -1) + 2;
    }
    return this.offsets[k] - 2;
  }
}

const NONE: readonly number[] = [];
const indexes = new WeakMap<PreparedMessage, ConceptIndex>();
function indexOf(msg: PreparedMessage): ConceptIndex {
  let index = indexes.get(msg);
  // An index is sized for the concepts there were when it was made.
  if (!index || index.concepts !== registry.length) indexes.set(msg, (index = new ConceptIndex(msg)));
  return index;
}

/** Every concept made so far (made once, at module load: a test holds rules to that). */
export function allConcepts(): readonly RegExp[] {
  return registry;
}

/** The first match of a concept in each sentence of a message, as the index finds it (for tests). */
export function indexedMatches(msg: PreparedMessage, re: RegExp): number[] {
  const id = ids.get(re);
  if (id === undefined) throw new Error('not a concept');
  const index = indexOf(msg);
  const anchored = index.anchors();
  return msg.sentences.map((_, i) => (anchored[id * msg.sentences.length + i] > 0 ? index.at(id, i) : -1));
}
