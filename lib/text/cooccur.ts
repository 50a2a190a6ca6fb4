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
  const hits = new Set<number>();
  const offsets: number[] = [];
  for (const combination of combinations) {
    // Only sentences holding an anchor of every concept are worth a look (one pass over the words per
    // message); there each concept runs at most once per message (rules share concepts), and negation is
    // checked last, on the survivors.
    const conceptIds = idsOf(combination);
    next: for (const sentence of index.sentencesWith(conceptIds[0])) {
      if (hits.has(sentence)) continue;
      for (let k = 1; k < conceptIds.length; k++) if (index.anchoredAt(conceptIds[k], sentence) < 0) continue next;
      offsets.length = 0;
      for (const id of conceptIds) {
        const o = index.at(id, sentence);
        if (o < 0) continue next;
        offsets.push(o);
      }
      const s = msg.sentences[sentence];
      if (opts.negationIsPattern || !offsets.some((o) => negatedAt(s, o))) hits.add(sentence);
    }
  }
  if (!hits.size) return [];
  // An `unless` that is a concept is looked up through the index too (only where its anchors are).
  const unless = opts.unless ?? [];
  return msg.sentences.filter((s, i) => {
    if (!hits.has(i)) return false;
    for (const u of unless) {
      const id = ids.get(u);
      if (id === undefined ? u.test(s) : index.at(id, i) >= 0) return false;
    }
    return true;
  });
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
  /** Per concept id: (sentence, offset of the first word starting with an anchor) pairs, in order. */
  private found?: number[][];
  /** Per concept id: the sentences holding one of its anchors. */
  private readonly sentences: number[][] = [];
  /** id * sentences + sentence → offset of the concept's first match there, or -1. */
  private offsets?: Map<number, number>;
  private every?: number[];
  readonly concepts = registry.length;

  constructor(private readonly msg: PreparedMessage) {}

  private pairs(id: number): number[] | undefined {
    if (!this.found) {
      const found: number[][] = [];
      this.msg.sentences.forEach((s, i) => trie.collect(s, i, found));
      this.found = found;
    }
    return this.found[id];
  }

  /** The sentences holding one of the concept's anchors, in order (all for a concept without anchors). */
  sentencesWith(id: number): readonly number[] {
    if (unanchored.has(id)) return (this.every ??= this.msg.sentences.map((_, i) => i));
    let list = this.sentences[id];
    if (!list) {
      const pairs = this.pairs(id) ?? NONE;
      list = this.sentences[id] = [];
      for (let k = 0; k < pairs.length; k += 2) list.push(pairs[k]);
    }
    return list;
  }

  /** Offset of the first word of the sentence that starts with one of the concept's anchors (0 if it has none), or -1. */
  anchoredAt(id: number, sentence: number): number {
    if (unanchored.has(id)) return 0;
    const pairs = this.pairs(id);
    if (pairs) for (let k = 0; k < pairs.length; k += 2) if (pairs[k] === sentence) return pairs[k + 1];
    return -1;
  }

  /** Offset of the concept's first match in one sentence, or -1. */
  at(id: number, sentence: number): number {
    const k = id * this.msg.sentences.length + sentence;
    this.offsets ??= new Map();
    let found = this.offsets.get(k);
    if (found === undefined) {
      const from = this.anchoredAt(id, sentence);
      if (from < 0) found = -1;
      else {
        // Start at the first word with an anchor (nothing before it can match), two characters early: a
        // currency sign may come before the digits an anchor starts ("$300").
        const g = scanning[id];
        g.lastIndex = Math.max(0, from - 2);
        found = g.exec(this.msg.sentences[sentence])?.index ?? -1;
      }
      this.offsets.set(k, found);
    }
    return found;
  }
}

const NONE: readonly number[] = [];
function indexOf(msg: PreparedMessage): ConceptIndex {
  let index = msg.concepts as ConceptIndex | undefined;
  // An index knows the concepts there were when it was made.
  if (!(index instanceof ConceptIndex) || index.concepts !== registry.length)
    msg.concepts = index = new ConceptIndex(msg);
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
  return msg.sentences.map((_, i) => index.at(id, i));
}
