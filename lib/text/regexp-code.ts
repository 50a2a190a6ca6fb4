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
  let out = '';
  let inClass = false;
  // Per open group: a look-around's (left alone), and whether its own level holds a "|".
  const open: { around: boolean; alternatives: boolean }[] = [];
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      out += c + (source[i + 1] ?? '');
      i++;
    } else if (inClass) {
      if (c === ']') inClass = false;
      out += c;
    } else if (c === '[') {
      inClass = true;
      out += c;
    } else if (c === '(') {
      open.push({ around: /^\(\?<?[=!]/.test(source.slice(i, i + 4)), alternatives: false });
      out += c;
    } else if (c === '|') {
      if (open.length) open[open.length - 1].alternatives = true;
      out += c;
    } else if (c === ')') {
      const group = open.pop();
      out += c;
      if (!group || group.around) continue;
      const counted = countedAt(source, i + 1);
      if (counted > i + 1) {
        out += source.slice(i + 1, counted);
        i = counted - 1;
      } else if (!group.alternatives || '?*+{'.includes(source[i + 1] ?? '?')) continue;
      // Before a look-around the state is settled anyway.
      if (i + 1 < source.length && !/^\(\?<?[=!]/.test(source.slice(i + 1, i + 5))) out += '(?=)';
    } else out += c;
  }
  return out;
}

/** The end of a counted repetition ("{2}", "{0,3}", "{1,}", lazy or not) starting at `at`, or `at`. */
function countedAt(source: string, at: number): number {
  const m = /^\{\d+(?:,\d*)?\}\??/.exec(source.slice(at, at + 16));
  return m ? at + m[0].length : at;
}
