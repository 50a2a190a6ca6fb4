/**
 * Less native code for the large patterns, the same matches.
 *
 * V8 compiles a pattern to machine code on its second run, and once the process has generated more than 1 MB of
 * pattern code and holds more than 16 MB of executable memory it compiles every later pattern without its
 * optimisations (`TooMuchRegExpCode`): the rules' patterns came to ≈ 17 MB of code after the first messages (the
 * budget crossed at the fourteenth message of the bench's 200), so the patterns first run later were slower for the
 * life of the worker. Most of that code is copies: the optimising compiler writes a node out again for each path
 * that reaches it with a different pending state (characters read but the position not yet moved, checks made), up
 * to ten times — and after an alternation of many words every word is such a path, so the rest of the pattern was
 * written out once per word, and again after each of its own alternations (the contact-request concept: 5.6 K
 * characters of source, 805 KB of code). An empty look-ahead "(?=)", which always succeeds and reads nothing, makes
 * every path settle its state before it, so what follows is written once (that concept: 209 KB).
 *
 * Put after each group of alternatives and each repeated group ("?", "*", "+", "{0,2}": the paths that took it and
 * those that did not, or took it a different number of times, join after it) unless a look-around or the end follows
 * (those settle the state themselves). Inside a look-behind, which V8 reads right to left, the paths join *before*
 * the group in the source, so it goes there (unless the look-behind opens right before it): the desk-address hint's
 * "(?<=(?:contato|contact|…)(?:[-._][a-z0-9]+)?@)" had its 200 words written out twice, once for each way through the
 * optional part. Only patterns of `LARGE` characters or more: short ones make little code.
 *
 * Measured 2026-12-07 (perf49; each of the 555 patterns the bench's messages run compiled alone for a two-byte
 * subject, V8's printed code sizes): 19.08 MB with "(?=)" after groups of alternatives and counted repetitions only,
 * 16.05 MB with the repeated groups and the look-behinds' places too, 11.72 MB once the "u" patterns' letters were the
 * BMP's (lib/text/ascii-first.ts: \p{L}'s letters beyond U+FFFF were ~6.3 KB of code each time) and the largest
 * patterns left outside went through here. In a run over the bench's messages: ~11.9 MB of pattern code, 15.3–15.4 MB
 * of executable memory in all after eleven passes (22.4 MB before), and no pattern compiled past the budget (160 of
 * 572 codes before). The room left is small (the worker's JavaScript takes the rest): a new pattern that makes much
 * code — a long list of words, in a look-behind most of all — should go through here (`lessCode`, `less`) or
 * `asciiFirst`.
 */

/** Patterns shorter than this are left as written. */
export const LARGE = 200;

/** `source` with "(?=)" where paths join (see above); the same matches, captures and flags' meaning. */
export function lessCode(source: string): string {
  if (source.length < LARGE) return source;
  // Where "(?=)" goes, in the order found (a look-behind's come when its group closes, after places further on).
  const at: number[] = [];
  let inClass = false;
  // Per open group: where it opens, whether it is a look-around (left alone) and which way it reads, whether it is
  // read backward (inside a look-behind, not inside a look-ahead nearer), and whether its own level holds a "|".
  const open: { from: number; around: number; backward: boolean; alternatives: boolean }[] = [];
  // (from one sign that matters to the next: a loop over every character was ~35 ms of the load, cold)
  for (let i = nextSign(source, 0); i < source.length; i = nextSign(source, i + 1)) {
    const c = source.charCodeAt(i);
    if (c === 92)
      i++; // "\"
    else if (inClass)
      inClass = c !== 93; // "]"
    else if (c === 91)
      inClass = true; // "["
    else if (c === 40) {
      // "("
      const around = aroundAt(source, i);
      const outer = open.length ? open[open.length - 1] : undefined;
      const backward = outer ? (outer.around ? outer.around === BEHIND : outer.backward) : false;
      open.push({ from: i, around, backward, alternatives: false });
    } else if (c === 124) {
      // "|"
      if (open.length) open[open.length - 1].alternatives = true;
    } else if (c === 41) {
      // ")"
      const group = open.pop();
      if (!group || group.around) continue;
      const end = countedAt(source, i + 1);
      const repeated = end > i + 1 || QUANTIFIERS.includes(source[i + 1] ?? '');
      if (!group.alternatives && !repeated) continue;
      if (group.backward) {
        // Read right to left, the paths join before the group: unless a look-behind opens there (its end settles the
        // state) or one is already put there.
        if (!settledBefore(source, group.from)) at.push(group.from);
        continue;
      }
      // A repetition ("?", "*", "+", "{0,2}", lazy or not) is read to its end.
      i = end > i + 1 ? end - 1 : repeated && source[i + 2] === '?' ? i + 2 : repeated ? i + 1 : i;
      // Before a look-around the state is settled anyway.
      if (i + 1 < source.length && !aroundAt(source, i + 1)) at.push(i + 1);
    }
  }
  if (!at.length) return source;
  if (at.some((p, k) => k && p < at[k - 1])) at.sort((a, b) => a - b);
  // (the source is copied in runs between the places "(?=)" goes, not a character at a time: ~580,000 characters of
  // patterns go through here at load)
  let out = '';
  let copied = 0;
  for (const p of at) {
    out += source.slice(copied, p) + '(?=)';
    copied = p;
  }
  return out + source.slice(copied);
}

const QUANTIFIERS = '?*+';
const AHEAD = 1;
const BEHIND = 2;

// The signs lessCode reads: "\\", "[", "]", "(", ")", "|".
const SIGNS = /[\\[\]()|]/g;

/** The index of the first of SIGNS at or after `from`, or the source's length. */
function nextSign(source: string, from: number): number {
  SIGNS.lastIndex = from;
  // (test, not exec: no match object made for each sign)
  return SIGNS.test(source) ? SIGNS.lastIndex - 1 : source.length;
}

/** Whether a look-around opens at `at`: 0 if none, AHEAD for "(?=" and "(?!", BEHIND for "(?<=" and "(?<!". */
function aroundAt(source: string, at: number): number {
  if (source.charCodeAt(at) !== 40 || source.charCodeAt(at + 1) !== 63) return 0;
  let c = source.charCodeAt(at + 2);
  const behind = c === 60;
  if (behind) c = source.charCodeAt(at + 3);
  return c === 61 || c === 33 ? (behind ? BEHIND : AHEAD) : 0;
}

/** Whether a look-behind opens right before `at`, or a "(?=)" stands there. */
function settledBefore(source: string, at: number): boolean {
  const before = source.slice(Math.max(0, at - 4), at);
  return before === '(?=)' || before.endsWith('(?<=') || before.endsWith('(?<!');
}

/** The end of a counted repetition ("{2}", "{0,3}", "{1,}", lazy or not) starting at `at`, or `at`. */
function countedAt(source: string, at: number): number {
  if (source.charCodeAt(at) !== 123) return at;
  const m = /^\{\d+(?:,\d*)?\}\??/.exec(source.slice(at, at + 16));
  return m ? at + m[0].length : at;
}

/** A pattern written as a literal, with "(?=)" where paths join (see above). */
export function less(re: RegExp): RegExp {
  return new RegExp(lessCode(re.source), re.flags);
}
