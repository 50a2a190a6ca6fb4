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
 * Put after each group of alternatives and each counted repetition ("{0,2}", written out once per count) unless a
 * look-around or the end follows (those settle the state themselves): all the rules' patterns together come to
 * ≈ 11 MB of code, inside the budget. Only patterns of `LARGE` characters or more: short ones make little code.
 */

/** Patterns shorter than this are left as written. */
export const LARGE = 200;

/** `source` with "(?=)" where paths join (see above); the same matches, captures and flags' meaning. */
export function lessCode(source: string): string {
  if (source.length < LARGE) return source;
  // (the source is copied in runs between the places "(?=)" goes, not a character at a time: ~580,000 characters of
  // patterns go through here at load)
  let out = '';
  let copied = 0;
  let inClass = false;
  // Per open group: a look-around's (left alone), and whether its own level holds a "|".
  const open: { around: boolean; alternatives: boolean }[] = [];
  // (from one sign that matters to the next: a loop over every character was ~35 ms of the load, cold)
  for (let i = nextSign(source, 0); i < source.length; i = nextSign(source, i + 1)) {
    const c = source.charCodeAt(i);
    if (c === 92)
      i++; // "\"
    else if (inClass)
      inClass = c !== 93; // "]"
    else if (c === 91)
      inClass = true; // "["
    else if (c === 40)
      open.push({ around: aroundAt(source, i), alternatives: false }); // "("
    else if (c === 124) {
      // "|"
      if (open.length) open[open.length - 1].alternatives = true;
    } else if (c === 41) {
      // ")"
      const group = open.pop();
      if (!group || group.around) continue;
      const counted = countedAt(source, i + 1);
      if (counted > i + 1) i = counted - 1;
      else if (!group.alternatives || '?*+{'.includes(source[i + 1] ?? '?')) continue;
      // Before a look-around the state is settled anyway.
      if (i + 1 < source.length && !aroundAt(source, i + 1)) {
        out += source.slice(copied, i + 1) + '(?=)';
        copied = i + 1;
      }
    }
  }
  return copied ? out + source.slice(copied) : source;
}

// The signs lessCode reads: "\\", "[", "]", "(", ")", "|".
const SIGNS = /[\\[\]()|]/g;

/** The index of the first of SIGNS at or after `from`, or the source's length. */
function nextSign(source: string, from: number): number {
  SIGNS.lastIndex = from;
  // (test, not exec: no match object made for each sign)
  return SIGNS.test(source) ? SIGNS.lastIndex - 1 : source.length;
}

/** Whether a look-around ("(?=", "(?!", "(?<=", "(?<!") opens at `at`. */
function aroundAt(source: string, at: number): boolean {
  if (source.charCodeAt(at) !== 40 || source.charCodeAt(at + 1) !== 63) return false;
  let c = source.charCodeAt(at + 2);
  if (c === 60) c = source.charCodeAt(at + 3);
  return c === 61 || c === 33;
}

/** The end of a counted repetition ("{2}", "{0,3}", "{1,}", lazy or not) starting at `at`, or `at`. */
function countedAt(source: string, at: number): number {
  if (source.charCodeAt(at) !== 123) return at;
  const m = /^\{\d+(?:,\d*)?\}\??/.exec(source.slice(at, at + 16));
  return m ? at + m[0].length : at;
}
