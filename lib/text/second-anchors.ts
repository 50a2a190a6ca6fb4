/**
 * Second anchors: words every match of a concept holds besides the word it starts at ("creat\p{L}* … accounts? with
 * your …" → "account"), read from its source as lib/text/anchors.ts reads the anchors. A sentence without a word starting
 * with one of them cannot match, so the concept is not tried at its anchor words there (lib/text/cooccur.ts notes them
 * in the same walk of the message's words).
 */
import { anchorsOf, closing, LITERAL, split, topLevel, wordStartsAfterSpace } from './anchors';

/**
 * Words one of which every match of a pattern with anchors holds besides its anchor, or null: for each alternative, the
 * starts of the word after one of its spaces outside any group or class ("creat\p{L}* … accounts? with your …" →
 * "account"), where it has several such words the one whose shortest start is longest. A sentence none of them starts a
 * word of cannot match: the concept is not tried there at its anchor ("create", "what", "send" start many words the rest
 * of a pattern then fails after).
 */
export function secondAnchorsOf(alternatives: string[]): string[] | null {
  const alts = split(alternatives);
  const out = new Set<string>();
  // (an alternative with no such word has its own anchors as its part: every match of it starts a word with one — where
  // another alternative has such words, a sentence holding none of either is still not tried)
  let later = false;
  for (const alt of alts) {
    // (an alternative without white space, one word, has no word after it)
    const words = alt.includes(' ') || alt.includes('\\s') ? laterAnchors(alt, 0, true) : null;
    const part = words ?? anchorsOf([alt]);
    if (!part) return null;
    later ||= !!words;
    for (const a of part) out.add(a);
  }
  return later && out.size ? [...out] : null;
}

// The shortest second anchor worth a look-up ("to", "a" start words in most sentences), and one long enough to take
// without reading the alternative's further words.
const SECOND_LENGTH = 2;
const GOOD_LENGTH = 5;
// How much of what follows a leading group is read again after each of its alternatives, and the most alternatives read.
const REST_READ = 160;
const GROUP_READ = 64;

// A word list's rank: its shortest word's letters, plus RARE, less COMMON_WEIGHT for each of its words that is one of the
// commonest (COMMON).
const RARE = 100;
const COMMON_WEIGHT = 10;
// The commonest words of the five languages' messages: a second anchor that is one of them, or starts one, is in most
// sentences, and rules out none (the contact-asking concept's guard held "your", "you", "and", "with", "what").
const COMMON = new Set(
  (
    'the a an and or to of in on at for with by from is are be it this that you your ur u i me my we us our he she they ' +
    'have has do can will what get not no if so but as all der die das und ich du sie mir mich uns ihr ihre ihren eine ' +
    'ein einen mit auf für zu bitte deine dein el la los las de del y en que tu su mi te por para un una con o os e do da ' +
    'seu sua teu meu um uma com pra não le les et du des une ton votre vos mon je vous pour avec sur pas'
  ).split(' '),
);

/** Whether an anchor is one of the commonest words, or (not a whole word) starts one. */
function isCommon(anchor: string): boolean {
  if (anchor.endsWith('$')) return COMMON.has(anchor.slice(0, -1));
  for (const w of COMMON) if (w.startsWith(anchor)) return true;
  return false;
}

/** Whether the list's anchors shorter than SECOND_LENGTH are whole words, and some anchor of it is not. */
function spelledOut(list: string[]): boolean {
  let long = false;
  for (const a of list) {
    if (letters(a) >= SECOND_LENGTH) long = true;
    else if (!a.endsWith('$')) return false;
  }
  return long;
}

/** An anchor's letters ("e$", the word "e" alone, has one: it is no rarer than "e" at a word's start). */
const letters = (anchor: string) => (anchor.endsWith('$') ? anchor.length - 1 : anchor.length);

/**
 * Anchors of a word every match of one alternative holds after white space, or null. `whole`: the alternative as written,
 * not cut short after REST_READ characters (a word read to the end of a cut alternative would be read as a whole word).
 */
function laterAnchors(alternative: string, depth: number, whole: boolean): string[] | null {
  let alt = alternative;
  // (zero-width starts are no part of what a match holds: "\b", "^", a lookbehind)
  // (nor is an optional group: "(?:eu )?(?:me conecto|vou me conectar) …" holds what follows it either way)
  for (;;) {
    if (alt.startsWith('\\b') || alt.startsWith('^')) alt = alt.slice(alt[0] === '^' ? 1 : 2);
    else if (/^\(\?(?:<[!=]|:)/.test(alt)) {
      const end = closing(alt, 0);
      if (end < 0) return null;
      const optional = alt[2] === ':' ? /^(?:[?*]|\{0(?:,\d*)?\})\??/.exec(alt.slice(end + 1)) : null;
      if (alt[2] === ':' && !optional) break;
      alt = alt.slice(end + 1 + (optional ? optional[0].length : 0));
    } else break;
  }
  // (a look-ahead it ends with is read as what follows: the sentence holds its words too, "(?:pay|send)(?= … (?:fees?|
  // charges?))" → "fee", "charge")
  alt = lookaheadRead(alt);
  // (the best list of words of SECOND_LENGTH letters or more, and the best with a shorter one: see spelledOut)
  let best: string[] | null = null;
  let bestRank = 0;
  let spelled: string[] | null = null;
  let spelledRank = 0;
  for (let i = spaceAfter(alt, 0); i >= 0 && bestRank < RARE + GOOD_LENGTH; i = spaceAfter(alt, i)) {
    let s = wordsAt(pastSpacedGroups(alt.slice(i, i + REST_READ)));
    // (read as the trie reads a word, where the plain reading finds none or a short one: "e-?mail" → "e" alone, "email";
    // "n[uú]mero" → "numero", "número"; the whole rest, so that no word is cut short at the end of what was read)
    if (whole && (!s || s.some((a) => letters(a) < SECOND_LENGTH))) {
      const read = wordStartsAfterSpace(pastSpacedGroups(alt.slice(i)));
      if (read && !read.some((a) => a.includes('ÿ'))) s = read;
    }
    if (!s) continue;
    // (the shortest word of a list tells how often it may start a word of a sentence: "accounts" rarer than "the"; a list
    // with a word of the commonest, "your", "and", "with", any rarer list after it: "(?:your|ur) (?:telegram|…)")
    let shortest = Infinity;
    let common = 0;
    let rarest = Infinity;
    for (const a of s) {
      shortest = Math.min(shortest, letters(a));
      if (isCommon(a)) common++;
      else rarest = Math.min(rarest, letters(a));
    }
    const rank = (rarest === Infinity ? 0 : rarest) + RARE - COMMON_WEIGHT * common;
    if (shortest >= SECOND_LENGTH) {
      if (rank > bestRank) {
        best = s;
        bestRank = rank;
      }
    } else if (rank > spelledRank && spelledOut(s)) {
      spelled = s;
      spelledRank = rank;
    }
  }
  if (best) return spelled && spelledRank > bestRank ? spelled : best;
  // (else a leading group's words, and only then a word of one letter as a whole word beside longer ones: "e-?mail" → "e"
  // alone, "email", …)
  return leadingGroup(alt, depth, whole) ?? spelled;
}

/** A leading group of alternatives ("(?:what … your|please … me)"): a word after white space in each of them, or null. */
function leadingGroup(alt: string, depth: number, whole: boolean): string[] | null {
  if (depth >= 2 || !alt.startsWith('(?:')) return null;
  const end = closing(alt, 0);
  if (end < 0 || /^[?*+{]/.test(alt.slice(end + 1))) return null;
  // (the words after white space in what follows the group were read above: only its start is read again, after each
  // alternative; a long pattern read again after each of its many alternatives was tens of ms of the first message)
  const rest = alt.slice(end + 1, end + 1 + REST_READ);
  const cut = end + 1 + REST_READ < alt.length;
  const inners = topLevel(alt.slice(3, end));
  if (inners.length > GROUP_READ) return null;
  const out: string[] = [];
  for (const inner of inners) {
    const later = laterAnchors(inner + rest, depth + 1, whole && !cut);
    if (!later) return null;
    for (const a of later) out.push(a);
  }
  return out;
}

/** The alternative with a look-ahead at its end, at its top level, read as what follows ("a(?= b)" → "a b"). */
function lookaheadRead(alt: string): string {
  if (!alt.endsWith(')')) return alt;
  let depth = 0;
  let inClass = false;
  let last = -1;
  for (let i = 0; i < alt.length; i++) {
    const c = alt[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') {
      if (depth === 0) last = alt.startsWith('(?=', i) ? i : -1;
      depth++;
    } else if (c === ')') depth--;
  }
  if (last < 0 || closing(alt, last) !== alt.length - 1) return alt;
  // (its content as it is where it has one alternative: the words after its white space are at the top level)
  const inner = alt.slice(last + 3, -1);
  return topLevel(inner).length === 1 ? alt.slice(0, last) + inner : `${alt.slice(0, last)}(?:${inner})`;
}

/**
 * The starts a word at the start of `rest` has, as the trie's anchors (a prefix of the word), or null: a literal ("accounts?"
 * → "account"), or a group of alternatives each starting with one ("(?:with|using) …" → "with", "using"). (Read plainly,
 * not by startsOf: that read of every word of every pattern was 60 ms of the first message.)
 */
function wordsAt(rest: string): string[] | null {
  if (!rest.startsWith('(?:')) {
    const word = literalStart(rest);
    return word ? [word] : null;
  }
  const end = closing(rest, 0);
  if (end < 0 || /^[?*{]/.test(rest.slice(end + 1))) return null;
  const out: string[] = [];
  for (const inner of topLevel(rest.slice(3, end))) {
    // (a group of its own at an alternative's start: its words, "(?:in your name|(?:to|into) your …)")
    const words = inner.startsWith('(?:') ? wordsAt(inner) : [literalStart(inner)];
    if (!words?.every(Boolean)) return null;
    out.push(...words);
  }
  return out;
}

/**
 * The letters every match of `part` starts with, or "": up to a quantifier (which takes the letter before it), a "ÿ" (which
 * the "i" flag lets "Ÿ" match, a letter the trie's words do not hold) or anything but a small letter or digit.
 */
function literalStart(part: string): string {
  const m = LITERAL.exec(part);
  if (!m) return '';
  let word = m[0];
  if (/^[?*{]/.test(part.slice(word.length))) word = word.slice(0, -1);
  const y = word.indexOf('ÿ');
  return y < 0 ? word : word.slice(0, y);
}

/**
 * The index just past the next white space an alternative requires at its top level (" ", "\\s", either with "+"; not
 * optional), at or after `from`, or -1: a word starting there starts after white space.
 */
function spaceAfter(alt: string, from: number): number {
  let depth = 0;
  let inClass = false;
  // (from one sign that matters to the next, as topLevel reads)
  for (let i = nextSpaceSign(alt, from); i < alt.length - 1; i = nextSpaceSign(alt, i + 1)) {
    const c = alt[i];
    let end = -1;
    if (c === '\\') {
      if (!inClass && depth === 0 && alt[i + 1] === 's') end = i + 2;
      i++;
    } else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ' ' && depth === 0) end = i + 1;
    if (end < 0) continue;
    if (alt[end] === '+') end++;
    else if (alt[end] === '?' || alt[end] === '*' || alt[end] === '{') continue;
    if (end < alt.length) return end;
  }
  return -1;
}

// The signs spaceAfter reads: "\\", "[", "]", "(", ")", " ".
const SPACE_SIGNS = /[\\[\]() ]/g;

function nextSpaceSign(source: string, from: number): number {
  SPACE_SIGNS.lastIndex = from;
  return SPACE_SIGNS.test(source) ? SPACE_SIGNS.lastIndex - 1 : source.length;
}

/**
 * What follows groups each of whose alternatives ends in white space ("(?:\p{L}+\s+){0,2}?", "(?:the |my )?") at the
 * start of `rest` (which follows white space): the word after them starts after white space whether they match or not.
 */
function pastSpacedGroups(rest: string): string {
  while (rest.startsWith('(?:')) {
    const end = closing(rest, 0);
    if (end < 0) return rest;
    // (repeated any number of times, or once: what follows it still follows white space)
    const q = /^(?:[?*+]|\{\d+(?:,\d*)?\})?\??/.exec(rest.slice(end + 1))!;
    if (!topLevel(rest.slice(3, end)).every(endsInSpace)) return rest;
    rest = rest.slice(end + 1 + q[0].length);
  }
  return rest;
}

/** Whether an alternative ends in white space it requires (" ", "\\s", either with "+"), not escaped itself. */
function endsInSpace(alt: string): boolean {
  const body = alt.endsWith('+') ? alt.slice(0, -1) : alt;
  let at: number;
  if (body.endsWith('\\s')) at = body.length - 2;
  else if (body.endsWith(' ')) at = body.length - 1;
  else return false;
  // (an even run of backslashes before it: the white space is not the escaped character of one)
  let slashes = 0;
  while (at - slashes - 1 >= 0 && body[at - slashes - 1] === '\\') slashes++;
  return slashes % 2 === 0;
}
