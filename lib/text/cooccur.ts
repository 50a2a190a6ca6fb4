/**
 * Order-free patterns. Paraphrases move words around ("send the laptop to my cousin", "my cousin will take
 * the laptop", "das Notebook bitte an meinen Bruder"); a phrase pattern covers one order, a combination of
 * concepts covers them all. A sentence matches a combination when every concept occurs in it (any order),
 * none of them is negated by one of the few words right before it ("no crypto", "never pay", "nunca pagamos",
 * "ne payons jamais", "keine Anzahlung") and no `unless` context matches ("the telegram bot").
 */
import { ownCopy } from './own-copy';
import { AnchorTrie, Notes, whiteSpace, wordChar } from './anchor-trie';
import { anchorsAndWidth, fromTextStart, guardsOf, requiredSigns, signedStart } from './anchors';
import { secondAnchorsOf } from './second-anchors';
import { givesContact } from './contacts';
import type { PreparedMessage } from './message';
import { lessCode } from './regexp-code';
import { mayHold, piecesOf, requiredWords } from './required-words';
import { asksAvailability, negatedInClause, toldFrameEnd, voiceAt } from './speech';
import { findWallets } from './wallets';

/** A set of concepts that must all occur in one sentence. */
export type Combination = readonly RegExp[];

// Letters of the five languages. Concepts are compiled without the "u" flag, which makes them about four
// times slower; \p{L} in a concept's source stands for this class.
const LETTER = 'a-zA-Z0-9À-ÖØ-öø-ÿœŒ';

/**
 * A source with \p{L} written as the letter class. "[\p{L}]" is the class itself; \p{L} inside a larger class
 * ("[\p{L}-]", "[\s\p{L}]") would nest one class in another, which without the "u" flag silently matches
 * something else: refused, so a pattern cannot quietly stop matching ("(?:\p{L}|-)+" says it).
 */
function letters(source: string): string {
  const plain = source.replaceAll(String.raw`[\p{L}]`, `[${LETTER}]`);
  // (only a source with \p{L} left is read, from one "\\", "[" or "]" to the next: a character at a time cost several ms
  // of the load)
  let inClass = false;
  if (plain.includes(String.raw`\p{L}`))
    for (let i = classSign(plain, 0); i < plain.length; i = classSign(plain, i + 1)) {
      const c = plain[i];
      if (c === '\\') {
        if (inClass && plain.startsWith('p{L}', i + 1))
          throw new Error(`\\p{L} inside a character class: ${source.slice(0, 120)}`);
        i++;
      } else if (c === '[') inClass = true;
      else if (c === ']') inClass = false;
    }
  const out = plain.replaceAll(String.raw`\p{L}`, `[${LETTER}]`);
  // The patterns have no u flag: any other property escape ("\p{Lu}") would match the letters "p{Lu}" (a silent
  // miss found in the seventeenth session).
  if (/\\[pP]\{/.test(out)) throw new Error(`only \\p{L} is known here: ${source.slice(0, 120)}`);
  return out;
}

// The signs letters() reads.
const CLASS_SIGNS = /[\\[\]]/g;

/** The index of the first "\\", "[" or "]" at or after `from`, or the source's length. */
function classSign(source: string, from: number): number {
  CLASS_SIGNS.lastIndex = from;
  return CLASS_SIGNS.test(source) ? CLASS_SIGNS.lastIndex - 1 : source.length;
}

/**
 * A concept: alternatives that each start and end at a word edge ("\b" only knows ASCII: "über",
 * "équipe"). An alternative may end in \p{L}* to take any ending ("zahl\p{L}*").
 */
export function concept(...alternatives: string[]): RegExp {
  return made(alternatives);
}

/**
 * A concept: its pattern made and its id given now; its anchors read when a message is first read (`ready`), with those of
 * every concept made before it (a filter's anchors are read first: `read`).
 */
function made(alternatives: string[], read?: ReturnType<typeof anchorsAndWidth>): RegExp {
  const body = letters(alternatives.join('|'));
  const source = `(?<![${LETTER}])(?:${body})(?![${LETTER}])`;
  const re = new RegExp(lessCode(source), 'i');
  // The same pattern written by two rules (a shared list joined the same way) is one concept: read once per sentence,
  // not once per copy (five sources were made two or three times, 2026-12-04).
  const same = bySource.get(source);
  if (same !== undefined) {
    ids.set(re, same);
    return re;
  }
  const id = newSlot(re, false);
  bySource.set(source, id);
  unread.set(id, { alternatives, source, read });
  ids.set(re, id);
  return re;
}

/**
 * A new id in the parallel arrays below, its pattern `re` (what the anchors tell is filled in by `readAnchors`); a second
 * anchor's guard (`isGuard`) shares its concept's pattern and is never tried as one.
 */
function newSlot(re: RegExp, isGuard: boolean): number {
  const id = registry.length;
  registry.push(re);
  scanning.push(undefined);
  sticky.push(undefined);
  early.push(0);
  startOnly.push(false);
  unanchored.push(false);
  everywhere.push(false);
  needs.push('');
  second.push(-1);
  guard.push(isGuard);
  looked.push(0);
  failed.push(0);
  return id;
}

/** A concept made but not yet read for anchors. */
interface Unread {
  alternatives: string[];
  /** The concept's pattern before lessCode. */
  source: string;
  read?: ReturnType<typeof anchorsAndWidth>;
}
// Concepts, by id, and filters whose anchors are not read yet. Reading them (~500 patterns' anchors, the trie's ~23,000
// entries) was half the CPU time of importing the rules (bundled, 300 -> 147 ms), and a worker woken for a profile page
// reads no message.
const unread = new Map<number, Unread>();
const unreadFilters: { re: RegExp; source: string }[] = [];

/** Reads the anchors of every concept and filter not yet read (before any look-up of what they tell). */
function ready(): void {
  if (!unread.size && !unreadFilters.length) return;
  // (a filter with anchors is made a concept here, and read with the others below)
  for (const { re, source } of unreadFilters.splice(0)) {
    const read = anchorsAndWidth([source]);
    if (read.anchors) filterIds.set(re, ids.get(made([source], read))!);
  }
  for (const [id, concept] of unread) readAnchors(id, concept);
}

/** Reads one concept's anchors into the trie, and what they tell of where its matches may start. */
function readAnchors(id: number, { alternatives, source, read = anchorsAndWidth(alternatives) }: Unread): void {
  unread.delete(id);
  // A currency sign may start a match one or two characters before the digits its anchor starts ("$ 300"), an
  // optional sign one ("[30] %", "+49 …").
  early[id] = Math.max(source.includes('[$€£]') ? 2 : signedStart(alternatives) ? 1 : 0, read.width);
  startOnly[id] = fromTextStart(alternatives);
  const { anchors } = read;
  // Without anchors, words one of which each match holds (after a space: "(?:^|\W)(?:sin|sem) (?:webcam|…)"): the
  // concept is still scanned, but only in the sentences holding one (it was scanned in every sentence of every message).
  const guards = anchors ? null : guardsOf(alternatives);
  for (const a of anchors ?? guards ?? []) trie.add(a, id);
  unanchored[id] = !anchors;
  everywhere[id] = !anchors && !guards;
  needs[id] = anchors ? '' : requiredSigns(alternatives);
  const seconds = anchors ? secondAnchorsOf(alternatives) : null;
  if (seconds) {
    // (an id of its own in the trie, never tried as a pattern, left out of `allConcepts`)
    const g = newSlot(registry[id], true);
    for (const a of seconds) trie.add(a, g);
    second[id] = g;
  }
}

// Every concept, by id; the anchors of those that have them; the ids of those that do not.
const registry: RegExp[] = [];
const trie = new AnchorTrie();
const unanchored: boolean[] = [];
// Concepts without anchors or guard words: in every sentence (the others are in the sentences their words are in).
const everywhere: boolean[] = [];
// Per concept with anchors: the id under which the trie notes the words one of which its matches also hold besides
// the anchor word (`secondAnchorsOf`: a sentence without one is not tried), or -1. Such an id is no concept (`guard`).
const second: number[] = [];
const guard: boolean[] = [];
// Per concept: how many times it was looked for in a sentence, and how many of those it was absent (ConceptIndex.at):
// the order in which a candidate's concepts are tried (`byFailures`).
const looked: number[] = [];
const failed: number[] = [];
// Per concept without anchors: signs one of which each of its matches holds ("@"), "" if not known.
const needs: string[] = [];
// Per concept without anchors: a pattern every sentence it matches in also matches (see `hinted`), if one was given.
const hints: (RegExp | undefined)[] = [];
const ids = new WeakMap<RegExp, number>();
// Each concept's id by its source.
const bySource = new Map<string, number>();
// Each concept as a global pattern, to start scanning at an offset; as a sticky one, to try one offset.
// (made when first used: two more patterns made for every concept at load cost ~10 ms of the time to load the rules,
// and a message tries a few of them)
const scanning: (RegExp | undefined)[] = [];
const sticky: (RegExp | undefined)[] = [];
const scanner = (id: number) => (scanning[id] ??= new RegExp(registry[id].source, 'gi'));
const stickyOf = (id: number) => (sticky[id] ??= new RegExp(registry[id].source, 'iy'));
const early: number[] = [];
// Concepts whose every alternative starts with "^": a match starts at a sentence's first character or nowhere.
const startOnly: boolean[] = [];

export interface CombinationOptions {
  /** Sentences matching one of these are not requests (context: "send the laptop back to your office"). */
  unless?: RegExp[];
  /** Skip the negation check: for combinations that are refusals themselves ("I can't do video"). */
  negationIsPattern?: boolean;
  /** Count reported speech, advice and past deeds too (a statement of fact, not a request, is the flag). */
  anyVoice?: boolean;
}

/** One sentence a rule found, with the words that made it and how strong a sign it is. */
export interface Hit {
  sentence: string;
  /** The sentence's index in the message. */
  index: number;
  /** The words of the sentence that matched the combination's concepts, in the sentence's order. */
  words: string[];
  /** Weak evidence (a question whether the reader uses something): shown as a note, not a red flag. */
  weak: boolean;
  /** Weak because a contact is only given, nobody asked to use it (a signature): the note says so. */
  given?: boolean;
  /** Weak because a private talk or the reader's contact details are asked for with no channel named anywhere. */
  unnamed?: boolean;
}

/** The sentences of a message that match one of the combinations. */
export function cooccurring(
  msg: PreparedMessage,
  combinations: readonly Combination[],
  opts: CombinationOptions = {},
): string[] {
  // The sentences only: the words and the weak reading of each hit are not made.
  return read(msg, combinations, opts, true) as string[];
}

/**
 * The sentences of a message that match one of the combinations, read as requests: every concept of a
 * combination in one sentence, none negated in its clause, not all of them told about (reported speech,
 * advice, a past deed), and no `unless` context in the sentence.
 */
export function readHits(
  msg: PreparedMessage,
  combinations: readonly Combination[],
  opts: CombinationOptions = {},
): Hit[] {
  return read(msg, combinations, opts, false) as Hit[];
}

/** readHits' reading: the hits, or (`sentencesOnly`) only their sentences. */
function read(
  msg: PreparedMessage,
  combinations: readonly Combination[],
  opts: CombinationOptions,
  sentencesOnly: boolean,
): Hit[] | string[] {
  const index = indexOf(msg);
  const small = msg.sentences.length <= 31;
  const unless = opts.unless;
  // By sentence (read in the message's order at the end): each hit, or its sentence.
  let hits: (Hit | string)[] | undefined;
  // Sentences an `unless` context rules out (for every combination: it is the sentence's topic).
  let excluded: Set<number> | undefined;
  // In a message of at most 31 sentences, those found or ruled out, as bits (left out of every mask).
  let done = 0;
  const plan = planOf(combinations);
  // What each `unless` pattern is read as (`unlessOf`), looked up when first needed.
  let unlessRead: Unless[] | undefined;
  // The index's buffers, read here without a call per look-up (readHits reads no other message meanwhile, so no
  // other index takes them): the anchors' masks (-2: not read yet) and the first matches found (0: not tried yet).
  const sentences = msg.sentences.length;
  const space = sentences ? index.space() : NO_SPACE;
  const masks = space.masks;
  // (a long message's sparse cells are looked up through the index)
  const known = space.sparse ? undefined : space.offsets;
  const { codes, filters: filtersOf } = plan;
  for (let p = 0, step = 0; p < codes.length; step++) {
    // Only sentences holding an anchor of every concept are worth a look (one pass over the words per
    // message); there each concept runs at most once per message (rules share concepts), and the reading
    // (context, negation, voice) is checked last, on the survivors.
    // (the combination's concept ids at codes[at … at + n), its filters' at codes[fAt … fAt + nf))
    const n = codes[p];
    const nf = codes[p + 1];
    const at = p + 2;
    const fAt = at + n;
    p = fAt + nf;
    // One AND of bit masks tells the sentences holding an anchor of every concept (messages of at most 31
    // sentences, whose candidates are listed from the bits, in order; longer ones go sentence by sentence).
    let candidates: ArrayLike<number>;
    let count = 0;
    if (small) {
      let m = ~done;
      for (let k = 0; k < n && m; k++) {
        const id = codes[at + k];
        const mask = everywhere[id] ? -2 : masks[id];
        m &= mask === -2 ? index.mask(id) : mask;
        const g = second[id];
        if (g >= 0 && m) m &= masks[g] === -2 ? index.mask(g) : masks[g];
      }
      // (and of every filter read as a concept)
      for (let f = 0; f < nf && m; f++) {
        const id = codes[fAt + f];
        if (id < 0) continue;
        const mask = everywhere[id] ? -2 : masks[id];
        m &= mask === -2 ? index.mask(id) : mask;
      }
      if (!m) continue;
      for (; m; m &= m - 1) CANDIDATES[count++] = 31 - Math.clz32(m & -m);
      candidates = CANDIDATES;
    } else {
      candidates = index.sentencesWith(codes[at]);
      count = candidates.length;
    }
    next: for (let c = 0; c < count; c++) {
      const sentence = candidates[c];
      if (!small) {
        if (hits?.[sentence] || excluded?.has(sentence)) continue;
        for (let k = 1; k < n; k++) if (index.anchoredAt(codes[at + k], sentence) < 0) continue next;
      }
      const offsets = SCRATCH;
      // A concept already read as absent from this sentence (for another combination) rules it out before any
      // other concept of the combination is tried there; those read as present give their offsets.
      // The others (and the filters read as concepts) are tried in the order of how often each failed so far: a candidate
      // fails at its first absent concept, and each is looked for once per sentence whatever the order (what is found does
      // not depend on it), so the likeliest to be absent goes first (fewer pattern calls).
      let u = 0;
      for (let k = 0; k < n; k++) {
        const cell = known ? known[codes[at + k] * sentences + sentence] : 0;
        if (cell === 1) continue next;
        if (cell) offsets[k] = cell - 2;
        else PENDING[u++] = k;
      }
      for (let f = 0; f < nf; f++) {
        const id = codes[fAt + f];
        if (id < 0) continue;
        const cell = known ? known[id * sentences + sentence] : 0;
        if (cell === 1) continue next;
        if (!cell) PENDING[u++] = n + f;
      }
      if (u > 1) byFailures(codes, at, n, fAt, u);
      for (let j = 0; j < u; j++) {
        const k = PENDING[j];
        const o = index.at(k < n ? codes[at + k] : codes[fAt + k - n], sentence);
        if (o < 0) continue next;
        if (k < n) offsets[k] = o;
      }
      const s = msg.sentences[sentence];
      for (let f = 0; f < nf; f++) if (codes[fAt + f] < 0 && !filtersOf[step][f].test(s)) continue next;
      // An `unless` that is a concept is looked up through the index too (only where its anchors are).
      if (unless?.length) {
        unlessRead ??= unless.map(unlessOf);
        let ruledOut = false;
        for (let u = 0; u < unless.length && !ruledOut; u++) {
          const { id, slot } = unlessRead[u];
          if (id >= 0) ruledOut = index.at(id, sentence) >= 0;
          else if (slot < 0) ruledOut = unlessMatches(unless[u], unlessRead[u], s);
          else {
            // (a pattern another reading of the message tested on this sentence is not tested again: rules pass the same
            // contexts to several readings — move-off-platform's two share eight)
            const answers = index.unlessAnswers();
            const key = slot * sentences + sentence;
            const known = answers.get(key);
            ruledOut = known ?? unlessMatches(unless[u], unlessRead[u], s);
            if (known === undefined) answers.set(key, ruledOut);
          }
        }
        if (ruledOut) {
          if (small) done |= 1 << sentence;
          else (excluded ??= new Set()).add(sentence);
          continue;
        }
      }
      // A concept negated where it first matches may match again further on ("I don't have Telegram, you
      // may contact me by e-mail"): its later matches are read too.
      if (!opts.negationIsPattern)
        for (let k = 0; k < n; k++) {
          while (offsets[k] >= 0 && negatedInClause(s, offsets[k]))
            offsets[k] = index.next(codes[at + k], sentence, offsets[k]);
          if (offsets[k] < 0) continue next;
        }
      if (!opts.anyVoice) {
        // A warning elsewhere in the message ("beware of scammers") makes it an account of scams — unless this
        // sentence gives a way to reach or pay the writer: "Beware of scammers. Add me on Telegram: @x" asks.
        if (index.warns() && !(FOR_WRITER.test(s) && !QUOTE_MARK.test(s)) && !givesContactOrWallet(s)) continue;
        // Each concept's voice where it first matches, or (a told frame's later matches, a few: looked at only where it stood in
        // someone's reported words or a past deed) where it matches again: "Mes clients m'écrivaient sur Telegram … : écris-moi
        // sur Telegram" asks in its second half what its first half tells. A combination asks where one of its words stands in a
        // request; but where every such word stands before the told frame, only where they outnumber the frame's: the narrator's lead-in does not make the frame's words a request ("My friend got scammed: the guy asked him
        // to send the laptop to another address", "Please add me here on Upwork, my last client told me he got scammed on
        // Telegram"), while an instruction after the frame is the writer's ("If the company sends you a laptop, give it to my
        // friend Tom").
        let asked = 0;
        let told = 0;
        let after = false;
        for (let k = 0; k < n; k++) {
          let o = offsets[k];
          const voice = voiceAt(s, o);
          let request = voice === 'request';
          if (!request && (voice === 'reported' || voice === 'past')) {
            o = index.next(codes[at + k], sentence, o);
            for (let tries = 0; o >= 0 && tries < 3 && !request; tries++) {
              request = voiceAt(s, o) === 'request';
              if (!request) o = index.next(codes[at + k], sentence, o);
            }
            if (!request) told++;
          }
          if (request) {
            asked++;
            // (a past deed with no told frame is no lead-in: "I used Telegram before, add me there")
            const frameEnd = toldFrameEnd(s);
            after ||= frameEnd === Infinity || o > frameEnd;
          }
        }
        // (even, a link or handle the sentence gives keeps it the writer's: "… il te répondrait sûrement de passer par [le serveur
        // Discord](https://discord.gg/…)", the tuning text)
        const request = asked > 0 && (!told || after || asked > told || (asked === told && givesContactOrWallet(s)));
        if (!request) continue;
      }
      if (sentencesOnly) {
        (hits ??= [])[sentence] = s;
        done |= 1 << sentence;
        continue;
      }
      // The words in the order they stand in the sentence (a stable insertion sort: n is small).
      const order = ORDER;
      for (let k = 0; k < n; k++) {
        let j = k;
        while (j > 0 && offsets[order[j - 1]] > offsets[k]) {
          order[j] = order[j - 1];
          j--;
        }
        order[j] = k;
      }
      const words: string[] = [];
      for (let j = 0; j < n; j++) {
        const w = index.word(codes[at + order[j]], sentence);
        if (!words.includes(w)) words.push(w);
      }
      (hits ??= [])[sentence] = { sentence: s, index: sentence, words, weak: index.asksAvailability(sentence) };
      done |= 1 << sentence;
    }
  }
  if (!hits) return sentencesOnly ? [] : NO_HITS;
  const found: (Hit | string)[] = [];
  for (let i = 0; i < hits.length; i++) if (hits[i]) found.push(hits[i]);
  return found as Hit[] | string[];
}

// Something asked of the reader for the writer: "add me", "contact me", "schreib mir".
const FOR_WRITER = new RegExp(`(?<![${LETTER}])(?:me|mich|mir|moi|conmigo|comigo)(?![${LETTER}])`, 'i');
const QUOTE_MARK = /[“”"„«»]/;

/** Whether a sentence gives a contact outside the platform (a handle, number, address, chat link) or a wallet. */
function givesContactOrWallet(s: string): boolean {
  let gives = giving.get(s);
  if (gives === undefined) {
    gives = givesContact(s) || findWallets(s).length > 0;
    // Rules share sentences: each is read once (the map is emptied now and then, as speech.ts's readings).
    if (giving.size > 4096) giving.clear();
    giving.set(ownCopy(s), gives);
  }
  return gives;
}
const giving = new Map<string, boolean>();

// The candidate sentences of one combination in a message of at most 31 sentences (used only while it is read).
const CANDIDATES = new Int32Array(32);
// The concepts (k < n) and filters read as concepts (n + f) of a candidate not yet looked for there (used only while it is read).
const PENDING = new Int32Array(128);

/** Sorts PENDING[0 … u) by how often each one's concept was absent where it was looked for, most often first. */
function byFailures(codes: readonly number[], at: number, n: number, fAt: number, u: number): void {
  // (insertion sort: u is 2 or 3; ties keep the combination's order)
  for (let j = 1; j < u; j++) {
    const k = PENDING[j];
    const r = failRate(k < n ? codes[at + k] : codes[fAt + k - n]);
    let i = j;
    for (; i > 0; i--) {
      const p = PENDING[i - 1];
      if (failRate(p < n ? codes[at + p] : codes[fAt + p - n]) >= r) break;
      PENDING[i] = p;
    }
    PENDING[i] = k;
  }
}
const failRate = (id: number) => failed[id] / (looked[id] + 1);
// The offsets of the candidate being read, and their order (used only while it is read).
const SCRATCH = new Int32Array(64);
const ORDER = new Int32Array(64);

// Shared by every reading that finds nothing (most): frozen, so no caller can add to it.
const NO_HITS = Object.freeze([]) as unknown as Hit[];

const combinationIds = new WeakMap<Combination, number[]>();
const combinationFilters = new WeakMap<Combination, RegExp[]>();
// Each filter, numbered.
const filters = new WeakMap<RegExp, number>();
let filterCount = 0;

/**
 * A pattern that a sentence must also match, tested only on the sentences a combination's concepts found:
 * for words so common that indexing them would cost every message ("my", "you", "the"), kept out of the
 * anchor trie. It does not take part in negation, voice or the words a finding names.
 */
export function filter(source: string): RegExp {
  const re = new RegExp(lessCode(`(?<![${LETTER}])(?:${letters(source)})(?![${LETTER}])`), 'i');
  filters.set(re, filterCount++);
  // A filter with anchors is read as a concept (the same pattern: a concept's source is a filter's), through the
  // index: tried at its anchor words only, once per sentence for every rule, and a sentence without one of them is
  // no candidate at all. Scanned along each candidate sentence, a filter tried its alternatives at every character:
  // 1.4 µs a test, 100 µs of a 1 KB message's 550. (Its anchors are read with the concepts': `ready`.)
  unreadFilters.push({ re, source });
  return re;
}
// The concept each filter with anchors is read as.
const filterIds = new WeakMap<RegExp, number>();

/**
 * A list of combinations as read: one array of numbers for all of them (per combination its concepts' count n, its
 * filters' count, the n concept ids, and per filter the concept it is read as or -1: tested on the sentence), and each
 * combination's filters. (An object and two arrays per combination, read for every combination of every list at each
 * message, were as many places in memory to wait for.)
 */
interface Plan {
  codes: number[];
  filters: RegExp[][];
}
const plans = new WeakMap<readonly Combination[], Plan>();
// The same, by what the lists hold: for a list a rule makes at each call ("[[BARE_ASKED]]"), which would add an
// entry to the weak maps at each message (a cost in garbage collection) and resolve its ids again.
const plansByKey = new Map<string, Plan>();

/** The concept ids and filters of each combination of a list (module constants, so resolved once). */
function planOf(combinations: readonly Combination[]): Plan {
  let plan = plans.get(combinations);
  if (plan) return plan;
  const key = keyOf(combinations);
  plan = key === undefined ? undefined : plansByKey.get(key);
  if (!plan) {
    plan = { codes: [], filters: [] };
    for (const c of combinations) {
      const found = idsOf(c);
      if (found.length > SCRATCH.length) throw new Error('a combination of too many concepts');
      const only = combinationFilters.get(c)!;
      if (found.length + only.length > PENDING.length)
        throw new Error('a combination of too many concepts and filters');
      plan.codes.push(found.length, only.length, ...found, ...only.map((f) => filterIds.get(f) ?? -1));
      plan.filters.push(only);
    }
    plans.set(combinations, plan);
    if (key !== undefined) {
      if (plansByKey.size >= 1024) plansByKey.clear();
      plansByKey.set(key, plan);
    }
  }
  return plan;
}

/** What a list of combinations holds, as text ("c12,f3;c40"), or undefined if one pattern is neither kind. */
function keyOf(combinations: readonly Combination[]): string | undefined {
  let key = '';
  for (const c of combinations) {
    for (const re of c) {
      const id = ids.get(re);
      const f = id === undefined ? filters.get(re) : undefined;
      if (id === undefined && f === undefined) return undefined;
      key += id === undefined ? `f${f},` : `c${id},`;
    }
    key += ';';
  }
  return key;
}

/** The concept ids of a combination (module constants, so resolved once). */
function idsOf(combination: Combination): number[] {
  let found = combinationIds.get(combination);
  if (!found) {
    found = [];
    const only: RegExp[] = [];
    for (const re of combination) {
      if (filters.has(re)) {
        only.push(re);
        continue;
      }
      const id = ids.get(re);
      if (id === undefined) throw new Error(`not a concept: /${re.source}/`);
      found.push(id);
    }
    if (!found.length) throw new Error('a combination needs a concept');
    combinationIds.set(combination, found);
    combinationFilters.set(combination, only);
  }
  return found;
}

/**
 * What an index reads and writes, in buffers reused message after message (five typed arrays made for each
 * message cost a twentieth of the message rules' time). Two: the message being read and one read beside it
 * (crypto.ts reads a part of a message on its own). An index whose buffers another index took walks its
 * message again.
 */
class Space {
  owner?: ConceptIndex;
  /** Per concept id: (sentence, offset of a word starting with one of its anchors) pairs, in order, at
   * `pairs[2 * from[id] … 2 * from[id + 1])`. */
  pairs = new Int32Array(2048);
  from = new Int32Array(0);
  /**
   * id * sentences + sentence → 2 + offset of the concept's first match there, 1 for none, 0 not yet read. Sparse (a
   * message too long for the shared buffers): per pair instead, the first pair of each sentence standing for it.
   */
  offsets = new Int32Array(0);
  /** Where that first match ends (at the same cell). */
  ends = new Int32Array(0);
  /**
   * Dense: the cells of `offsets` written since the buffers were last emptied (`dirty` of them; more than `written` holds:
   * all may be), so that the next message empties those, not the whole buffer — zeroing 660 concepts × 19 sentences of
   * cells was a 50 KB memset a 1 KB message (2.3 % of its instructions), which also pushed the rules' data out of cache.
   */
  written = new Int32Array(4096);
  dirty = 0;
  /**
   * Whether the cells are per pair, not per concept and sentence: a message of 100,000 one-letter sentences made
   * 481 concepts × 100,000 sentences of dense cells, 385 MB, for the few a rule reads.
   */
  sparse = false;
  /**
   * Sparse: per concept without anchors (read in every sentence, or tried at its start), its cells, two per sentence,
   * made when first read.
   */
  rows: (Int32Array | undefined)[] = [];
  /** Per concept id: the sentences holding one of its anchors as a bit mask, -2 not yet read. */
  masks = new Int32Array(0);
  /** Sparse: per concept id, the guards' pairs before its own (a pair's cell is its number less these). */
  skip = new Int32Array(0);
}
const spaces = [new Space(), new Space()];

/** Notes a dense cell written (see `Space.written`). */
function wrote(space: Space, cell: number): void {
  if (space.dirty < space.written.length) space.written[space.dirty] = cell;
  space.dirty++;
}
// The buffers of a message without sentences (nothing is looked up in them).
const NO_SPACE = new Space();
// The most cells (concepts × sentences) a shared set of buffers grows to: 1 MB of offsets, ~1,300 sentences.
const SHARED_CELLS = 1 << 18;
let recent = 0;
// One buffer for every message's walk.
let notes: Notes | undefined;

/** Which sentences of a message hold each concept's anchors, and where each concept matches. */
class ConceptIndex {
  /** Per concept id: the sentences holding one of its anchors. */
  private readonly sentences: number[][] = [];
  private every?: number[];
  /** Per sentence, whether it only asks if the reader uses something: 0 not read yet, 1 no, 2 yes. */
  private asks?: Uint8Array;
  private warning?: boolean;
  private slot = -1;
  private own?: Space;
  readonly concepts = registry.length;

  constructor(private readonly msg: PreparedMessage) {}

  /**
   * Whether the sentence only asks if the reader uses something (speech.ts), read once per message: the rules'
   * combinations find the same sentences again (14 hits per 1 KB message of the corpus, on a few sentences).
   */
  asksAvailability(sentence: number): boolean {
    const asks = (this.asks ??= new Uint8Array(this.msg.sentences.length));
    if (!asks[sentence]) asks[sentence] = asksAvailability(this.msg.sentences[sentence]) ? 2 : 1;
    return asks[sentence] === 2;
  }

  /**
   * Whether the message warns about or tells of scams ("scammers ask you to …"): asked for every candidate read
   * as a request, answered once per message.
   */
  warns(): boolean {
    return (this.warning ??= inMessage(this.msg, WARNING));
  }

  /** This index's buffers: its own, or the least recently used ones, filled by walking the message's words. */
  space(): Space {
    if (this.own) return this.own;
    if (this.slot >= 0 && spaces[this.slot].owner === this) {
      recent = this.slot;
      return spaces[this.slot];
    }
    // A message too long for the shared buffers (200 KB of "a. " would keep 50 MB of offsets for good) gets
    // buffers of its own, freed with it.
    if (this.concepts * this.msg.sentences.length > SHARED_CELLS) {
      this.own = new Space();
      this.own.sparse = true;
      return this.fill(this.own);
    }
    this.slot = recent = 1 - recent;
    return this.fill(spaces[this.slot]);
  }

  /** Walks the message's words into `space` and empties its look-ups for this message. */
  private fill(space: Space): Space {
    space.owner = this;
    const { concepts } = this;
    if (notes?.concepts !== concepts) notes = new Notes(concepts);
    notes.clear();
    const sentences = this.msg.sentences;
    for (let i = 0; i < sentences.length; i++) trie.collect(sentences[i], i, notes);
    notes.byConcept(space);
    notes.shrink();
    if (space.sparse) {
      // (buffers of its own, made once: zeros; none for the pairs of second anchors' guards, which are never tried)
      const { from } = space;
      const skip = (space.skip = new Int32Array(concepts));
      let guarded = 0;
      for (let id = 0; id < concepts; id++) {
        skip[id] = guarded;
        if (guard[id]) guarded += from[id + 1] - from[id];
      }
      space.offsets = new Int32Array(from[concepts] - guarded);
      space.ends = new Int32Array(space.offsets.length);
    } else if (space.offsets.length < concepts * sentences.length) {
      const cells = concepts * sentences.length;
      space.offsets = new Int32Array(Math.max(cells, Math.min(2 * space.offsets.length, SHARED_CELLS)));
      space.ends = new Int32Array(space.offsets.length);
      space.dirty = 0;
    } else {
      // (every cell is 0 but those the messages read before wrote: those are emptied, or all where too many were)
      const { offsets, written, dirty } = space;
      if (dirty > written.length) offsets.fill(0);
      else for (let i = 0; i < dirty; i++) offsets[written[i]] = 0;
      space.dirty = 0;
    }
    if (space.masks.length < concepts) space.masks = new Int32Array(concepts);
    space.masks.fill(-2, 0, concepts);
    return space;
  }

  /** The sentences holding one of the concept's anchors, in order (all for a concept without anchors). */
  sentencesWith(id: number): readonly number[] {
    if (everywhere[id]) return (this.every ??= this.msg.sentences.map((_, i) => i));
    let list = this.sentences[id];
    if (!list) {
      const { pairs, from } = this.space();
      list = this.sentences[id] = [];
      for (let k = 2 * from[id], end = 2 * from[id + 1]; k < end; k += 2)
        if (pairs[k] !== list[list.length - 1]) list.push(pairs[k]);
    }
    return list;
  }

  /**
   * Whether the concept matches in one of the sentences holding one of its anchors (in order, the first match ends the
   * look): read from the pairs, with no list of the sentences made — `sentencesWith`'s lists, kept by concept id in one
   * array, grew it to the id (~1,000) for each message that asked (`inMessage`: 6 KB a bench message to collect).
   */
  matchesSomewhere(id: number): boolean {
    if (everywhere[id]) {
      for (let sentence = 0; sentence < this.msg.sentences.length; sentence++)
        if (this.at(id, sentence) >= 0) return true;
      return false;
    }
    const { pairs, from } = this.space();
    for (let k = 2 * from[id], end = 2 * from[id + 1], last = -1; k < end; k += 2)
      if (pairs[k] !== last && this.at(id, (last = pairs[k])) >= 0) return true;
    return false;
  }

  /**
   * The sentences holding one of the concept's anchors as a bit mask (all for a concept without anchors):
   * for messages of at most 31 sentences, where a combination's candidates are one AND of its masks.
   */
  mask(id: number): number {
    const n = this.msg.sentences.length;
    // (Sentence 31 is no sentence of such a message: its bit is never set.)
    if (everywhere[id]) return n >= 31 ? 0x7fffffff : (1 << n) - 1;
    const { masks, pairs, from } = this.space();
    let m = masks[id];
    if (m === -2) {
      m = 0;
      for (let k = 2 * from[id], end = 2 * from[id + 1]; k < end; k += 2) m |= 1 << pairs[k];
      masks[id] = m;
    }
    return m;
  }

  /**
   * Where each sentence starts in the message's text, or null where the sentences are not the text's, in order, with only
   * white space between them (a message read in part): read once, when a concept is first looked for in the whole text.
   */
  textStarts(): number[] | null {
    if (this.starts !== undefined) return this.starts;
    const { text, sentences } = this.msg;
    // (a plain array: a typed array made for each message cost more than the look-up)
    const starts: number[] = [];
    let at = 0;
    for (let i = 0; i < sentences.length; i++) {
      const start = text.indexOf(sentences[i], at);
      if (start < 0 || !blank(text, at, start)) return (this.starts = null);
      starts.push(start);
      at = start + sentences[i].length;
    }
    return (this.starts = blank(text, at, text.length) ? starts : null);
  }

  private starts?: number[] | null;

  /**
   * The concepts looked for in the message's whole text (`inText`): the id of each found, ~id of each not (a message asks
   * about ten: a list, not a typed array per message, whose making cost more than the look-ups it saved).
   */
  inTextRead(): number[] {
    return (this.inTextFound ??= []);
  }

  private inTextFound?: number[];

  /** Whether an `unless` pattern (no concept) matched a sentence, by its slot * sentences + the sentence. */
  unlessAnswers(): Map<number, boolean> {
    return (this.unlessFound ??= new Map());
  }

  private unlessFound?: Map<number, boolean>;

  /** Offset of the first word of the sentence that starts with one of the concept's anchors (0 if it has none), or -1. */
  anchoredAt(id: number, sentence: number): number {
    if (everywhere[id]) return 0;
    const { pairs, from } = this.space();
    const end = 2 * from[id + 1];
    const k = firstPair(pairs, 2 * from[id], end, sentence);
    return k < end && pairs[k] === sentence ? pairs[k + 1] : -1;
  }

  /** The text of the concept's first match in one sentence ("" when it has none). */
  word(id: number, sentence: number): string {
    const start = this.at(id, sentence);
    if (start < 0) return '';
    const space = this.space();
    const k = this.cell(space, id, sentence);
    return this.msg.sentences[sentence].slice(
      start,
      space.sparse && unanchored[id] ? space.rows[id]![k + 1] : space.ends[k],
    );
  }

  /** Offset of the concept's next match in one sentence after `after`, or -1 (not remembered: rare). */
  next(id: number, sentence: number, after: number): number {
    const g = scanner(id);
    g.lastIndex = after + 1;
    return g.exec(this.msg.sentences[sentence])?.index ?? -1;
  }

  /** Offset of the concept's first match in one sentence, or -1. */
  at(id: number, sentence: number): number {
    const space = this.space();
    const k = this.cell(space, id, sentence);
    // (sparse: a sentence holding none of the concept's anchors, where it has none — as read below)
    if (k < 0) return -1;
    let offsets: Int32Array = space.offsets;
    let ends: Int32Array = space.ends;
    let e = k;
    if (space.sparse && unanchored[id]) {
      offsets = ends = space.rows[id] ??= new Int32Array(2 * this.msg.sentences.length);
      e = k + 1;
    }
    const known = offsets[k];
    if (known) return known - 2;
    const s = this.msg.sentences[sentence];
    let found = -1;
    let end = 0;
    if (unanchored[id] && startOnly[id]) {
      // One try at the start, not a scan that fails at every other character ("^\s*(?:telegram|…)\s*\?").
      const y = stickyOf(id);
      y.lastIndex = 0;
      if (y.test(s)) {
        found = 0;
        end = y.lastIndex;
      }
    } else if (unanchored[id]) {
      // Scanned only where it can match: in a sentence holding one of the signs each match holds (an address's
      // "@"; the pattern tried at every character of every sentence cost more than the rest of the reading).
      if (
        (!everywhere[id] && this.anchoredAt(id, sentence) < 0) ||
        (needs[id] && !holdsOne(s, needs[id])) ||
        (hints[id] && !hints[id].test(s))
      ) {
        if (!space.sparse) wrote(space, k);
        return (offsets[k] = 1) - 2;
      }
      const g = scanner(id);
      g.lastIndex = 0;
      const m = g.exec(s);
      if (m) {
        found = m.index;
        end = found + m[0].length;
      }
    } else {
      // A match starts where a word starts with one of the concept's anchors (the pattern begins at a word
      // edge, and every alternative with an anchor), or, for a currency sign, up to two characters before:
      // the pattern is tried at those offsets only, in order, not scanned along the rest of the sentence.
      const { pairs, from } = space;
      const last = 2 * from[id + 1];
      const y = stickyOf(id);
      const before = early[id];
      let tried = -1;
      // (none of the words its matches hold besides the anchor: no word of the sentence is tried)
      const first =
        second[id] >= 0 && this.anchoredAt(second[id], sentence) < 0
          ? last
          : firstPair(pairs, 2 * from[id], last, sentence);
      if (startOnly[id]) {
        // A concept that starts with "^" matches at the first character or nowhere: tried there once when one of
        // its anchors is in the sentence (its word may follow white space: "^\s*(?:telegram|…)\s*\?").
        if (first < last && pairs[first] === sentence) {
          y.lastIndex = 0;
          if (y.test(s)) {
            found = 0;
            end = y.lastIndex;
          }
        }
      } else
        for (let p = first; p < last && found < 0 && pairs[p] === sentence; p += 2) {
          const w = pairs[p + 1];
          for (let at = Math.max(w - before, tried + 1); at <= w; at++) {
            // Before its word a match starts on a sign ("$ 300", "[30] %", "+49"): not on white space, nor on a letter
            // or digit (such a match starts a word of its own, noted and tried as such).
            if (at < w && (s.charCodeAt(at) <= 32 || wordChar(s.charCodeAt(at)))) continue;
            y.lastIndex = at;
            if (y.test(s)) {
              found = at;
              end = y.lastIndex;
              break;
            }
          }
          tried = w;
        }
    }
    if (found >= 0) ends[e] = end;
    else failed[id]++;
    // (halved now and then: the counts follow the messages of late, and stay small integers)
    if (++looked[id] > 1 << 16) {
      looked[id] >>= 1;
      failed[id] >>= 1;
    }
    offsets[k] = found + 2;
    if (!space.sparse) wrote(space, k);
    return found;
  }

  /** The cells of first matches in buffers of its own (tests: ownCells). */
  ownCells(): number {
    if (!this.own) return 0;
    let n = this.own.offsets.length + this.own.ends.length;
    for (const row of this.own.rows) n += row?.length ?? 0;
    return n;
  }

  /**
   * Where the concept's first match in the sentence is kept: id * sentences + sentence in dense buffers; sparse, the
   * number of the sentence's first pair less the guards' pairs before it (-1: none, where an anchored concept has no
   * match), or for a concept without
   * anchors 2 * sentence in its row.
   */
  private cell(space: Space, id: number, sentence: number): number {
    if (!space.sparse) return id * this.msg.sentences.length + sentence;
    if (unanchored[id]) return 2 * sentence;
    const { pairs, from } = space;
    const end = 2 * from[id + 1];
    const k = firstPair(pairs, 2 * from[id], end, sentence);
    return k < end && pairs[k] === sentence ? (k >> 1) - space.skip[id] : -1;
  }
}

/**
 * A concept without anchors read only in the sentences `hint` matches: a cheap test that every sentence the concept
 * matches in passes (an address spelled out holds "(at)", " at gmail dot" or the like), so that the concept, which
 * may start at any character, is not tried along the others. Returns the concept.
 */
export function hinted(re: RegExp, hint: RegExp): RegExp {
  const id = ids.get(re);
  // (this one concept's anchors read now, to say at load when it has some)
  const concept = id === undefined ? undefined : unread.get(id);
  if (concept) readAnchors(id!, concept);
  if (id === undefined || !unanchored[id]) throw new Error(`not a concept without anchors: /${re.source}/`);
  if (hint.global || hint.sticky) throw new Error('a hint is tested, not scanned: no "g" or "y" flag');
  hints[id] = hint;
  return re;
}

/**
 * A pattern (an `unless` context that is no concept) every match of which holds one of `signs` ("@" for an address):
 * a sentence holding none is not tested (an address pattern tries every word's characters before it fails). Returns
 * the pattern.
 */
export function needing(re: RegExp, signs: string): RegExp {
  if (!signs) throw new Error('needing: no signs');
  signsNeeded.set(re, signs);
  return re;
}
const signsNeeded = new WeakMap<RegExp, string>();

/**
 * A pattern (an `unless` context that is no concept) every match of which holds a match of `hint`, a cheap pattern of
 * its words with the same flags (a telling's verbs: "gave", "paid", "pagó"): a sentence `hint` does not match is not
 * tested. A large pattern opening with "\b" in an "iu" pattern cost 15 µs a sentence; its verbs, 1. Returns the pattern.
 */
export function hintedBy(re: RegExp, hint: RegExp): RegExp {
  if (hint.global || hint.sticky) throw new Error('a hint is tested, not scanned: no "g" or "y" flag');
  if (hint.flags !== re.flags) throw new Error(`a hint has its pattern's flags: /${hint.source.slice(0, 80)}/`);
  unlessHints.set(re, hint);
  return re;
}
const unlessHints = new WeakMap<RegExp, RegExp>();

/** An `unless` pattern as the reading tries it: the concept it is read as (-1: none), the signs one of which its matches
 * hold ("" for none known: `needing`), its hint (`hintedBy`). */
interface Unless {
  id: number;
  signs: string;
  hint: RegExp | undefined;
  /** What its every match holds (lib/text/required-words.ts), looked for first; undefined: nothing known. */
  words: Int32Array | undefined;
  /** A number of its own, for the message's answers (`ConceptIndex.unlessAnswers`), or -1: not kept. */
  slot: number;
}
let unlessSlots = 0;
const unlessReadings = new WeakMap<RegExp, Unless>();

/** What an `unless` pattern is read as, found once (rules pass a new list at each call: four look-ups a pattern were a
 * percent of the message rules' time). */
function unlessOf(u: RegExp): Unless {
  let read = unlessReadings.get(u);
  if (!read) {
    const id = ids.get(u) ?? filterIds.get(u) ?? -1;
    const words = id >= 0 || u.global || u.sticky ? undefined : requiredWords(u);
    read = {
      id,
      signs: signsNeeded.get(u) ?? '',
      hint: unlessHints.get(u),
      // (a global or sticky pattern's test moves its lastIndex: always tested)
      words: words && piecesOf(words),
      // (a global or sticky pattern's test depends on its lastIndex: asked each time)
      slot: u.global || u.sticky ? -1 : unlessSlots++,
    };
    unlessReadings.set(u, read);
  }
  return read;
}

/**
 * Whether an `unless` pattern that is no concept matches the sentence (its signs, its words and its hint looked for first:
 * nearly every such test answers no).
 */
function unlessMatches(re: RegExp, { signs, hint, words }: Unless, s: string): boolean {
  return (!signs || holdsOne(s, signs)) && (!words || mayHold(words, s)) && (!hint || hint.test(s)) && re.test(s);
}

/** Whether the text holds one of the characters. */
function holdsOne(text: string, chars: string): boolean {
  for (let i = 0; i < chars.length; i++) if (text.includes(chars[i])) return true;
  return false;
}

/**
 * Where a sentence's pairs (sentence, offset, …, in the sentences' order, at pairs[from … to)) start, or the
 * next sentence's: found by halving, not by walking from the first (a 200 KB run of "a. " has 66,000
 * sentences: 13 s walking).
 */
function firstPair(pairs: Int32Array, from: number, to: number, sentence: number): number {
  // A message of a few sentences has a few pairs: walking them is cheaper than halving.
  if (to - from <= 32) {
    let k = from;
    while (k < to && pairs[k] < sentence) k += 2;
    return k;
  }
  let lo = from >> 1;
  let hi = to >> 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pairs[mid * 2] < sentence) lo = mid + 1;
    else hi = mid;
  }
  return lo * 2;
}

function indexOf(msg: PreparedMessage): ConceptIndex {
  ready();
  let index = msg.concepts as ConceptIndex | undefined;
  // An index knows the concepts there were when it was made.
  if (!(index instanceof ConceptIndex) || index.concepts !== registry.length)
    msg.concepts = index = new ConceptIndex(msg);
  return index;
}

/** Whether text[from, to) is white space only (the characters "\s" matches). */
function blank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!whiteSpace(text.charCodeAt(i))) return false;
  return true;
}

/**
 * Whether a concept, or a filter read as one, matches anywhere in the message's text: `re.test(msg.text)`, tried only
 * where a word of the text starts with one of its anchors (found by the index's walk of the sentences, each of which
 * stands in the text as it was split from it), not at every character — a filter of common words ("the", "our", "a" …
 * "community") scanned along a 1 KB text cost 20–50 µs. A pattern that is neither, or a concept without anchors or
 * bound to the text's start, is tested as it is.
 */
export function inText(msg: PreparedMessage, re: RegExp): boolean {
  ready();
  const id = ids.get(re) ?? filterIds.get(re);
  if (id === undefined || unanchored[id] || startOnly[id] || re.global || re.sticky) return re.test(msg.text);
  const index = indexOf(msg);
  const starts = index.textStarts();
  if (!starts) return re.test(msg.text);
  // (two rules and the grading ask for the same share words in a message: looked for once)
  const known = index.inTextRead();
  for (let i = 0; i < known.length; i++) if (known[i] === id || known[i] === ~id) return known[i] === id;
  const found = triedInText(msg.text, starts, index.space(), id);
  known.push(found ? id : ~id);
  return found;
}

/** Whether the concept matches in the text, tried at each word of it starting with one of its anchors. */
function triedInText(text: string, starts: readonly number[], { pairs, from }: Space, id: number): boolean {
  const y = stickyOf(id);
  const before = early[id];
  // (as ConceptIndex.at tries a sentence: at each anchor word, and a sign up to `early` characters before it)
  let tried = -1;
  for (let p = 2 * from[id], end = 2 * from[id + 1]; p < end; p += 2) {
    const w = starts[pairs[p]] + pairs[p + 1];
    for (let at = Math.max(w - before, tried + 1); at <= w; at++) {
      if (at < w && (text.charCodeAt(at) <= 32 || wordChar(text.charCodeAt(at)))) continue;
      y.lastIndex = at;
      if (y.test(text)) return true;
    }
    tried = w;
  }
  return false;
}

/** Every concept made so far (made once, at module load: a test holds rules to that). */
export function allConcepts(): readonly RegExp[] {
  ready();
  return registry.filter((_, id) => !guard[id]);
}

/** The concepts with no anchors, run on every sentence of every message (for tests: each one costs). */
export function unanchoredConcepts(): readonly RegExp[] {
  ready();
  return registry.filter((_, id) => everywhere[id]);
}

/**
 * Whether a concept matches in some sentence of the message: tried only in the sentences holding one of its
 * anchors (a pattern over the whole text is tried at every word, and such tests cost a tenth of the rules' time).
 */
export function inMessage(msg: PreparedMessage, re: RegExp): boolean {
  const id = ids.get(re);
  if (id === undefined) throw new Error(`not a concept: /${re.source}/`);
  return indexOf(msg).matchesSomewhere(id);
}

// Words that make a whole message a warning or an account of a scam, not a request of its own (made here, after
// the registry it joins: speech.ts cannot make concepts, as this module reads it). The scam itself named in Portuguese,
// Spanish or French ("o golpe do presente", "estafas laborales", "alerta vermelho") warns too — not denied ("não é
// golpe", "no es una estafa", "pas une arnaque"), as scam pitches say (twenty-ninth session, the tuning text); so do
// impersonation ("haciéndose pasar por", "suplantando la identidad") and cyber-criminals ("los ciberdelincuentes").
const WARNING = concept(
  String.raw`scammers?|fraudsters?|cybercriminals?|swindlers?|swindle|crooks|red flags?|beware|watch out for|warning signs?|betrüger|estafadora?s?|escrocs?|arnaqueurs?|golpistas?|fraudeurs?|fraudadores?|(?<!(?:não|nao|no|pas|not|ni|nem|sin|sem|sans) (?:(?:é|e|es|est|is|sou|soy|sont|son|são) )?(?:(?:um|uma|una?|a|de) )?)(?:golpes?|estafas?|arnaques?)|alerta vermelho|señal(?:es)? de alerta|sina(?:l|is) de alerta|signes? d[’']alerte|warnsignal\p{L}*|warnzeichen|alarmzeichen|(?:dice|dicen|diz|dizem) ser|pr[ée]tend(?:ent)? être|claim(?:s|ing)? to be|se hace pasar|se hacen pasar|haciéndose pasar|se fait passer|se faisant passer|se passa por|se passam por|fazendo-se passar|gibt sich als|geben sich als|suplanta\p{L}*|ciberdelincuentes?|cibercriminales|cibercriminosos|cybercriminels|cyberkriminelle\p{L}*`,
);

/** The cells a message's index keeps in buffers of its own, for first matches (for tests: as many as is found). */
export function ownCells(msg: PreparedMessage): number {
  const index = msg.concepts;
  return index instanceof ConceptIndex ? index.ownCells() : 0;
}

/** The cells the shared buffers hold (for tests: a long message must not leave them grown). */
export function sharedCells(): number {
  return spaces.reduce((n, s) => n + s.offsets.length, 0);
}

/** The first match of a concept in each sentence of a message, as the index finds it (for tests). */
export function indexedMatches(msg: PreparedMessage, re: RegExp): number[] {
  const id = ids.get(re);
  if (id === undefined) throw new Error('not a concept');
  const index = indexOf(msg);
  return msg.sentences.map((_, i) => index.at(id, i));
}
