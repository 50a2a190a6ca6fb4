/**
 * A fast reader for the common shape of Upwork's `window.__NUXT__` state: one line, a minified
 * `(function(a,b,…){ a.x=…; return {…} }(…))` or a plain object literal, with only what lib/parse/nuxt-state.ts
 * evaluates (literals, parameters, object and array literals, `void`/`!`/unary minus and plus, `Array(n)`, member
 * reads and member assignments). It builds the values as it scans, without a syntax tree.
 *
 * Why: a woken service worker reads the first page's 67 kB state with cold code. acorn's parse then took 170 ms of
 * CPU in Node on its first run (5–15 ms once warm), 170–750 ms in the worker under load (bench/team.ts,
 * `pageload.cold_badge_ms_100k`). This reader is far less code and work per byte.
 *
 * It gives up (`Unsupported`) on anything else — a comment, a line break outside a string, a template, an
 * uncommon escape or number, a getter, a shorthand property, a reserved word, more tokens or cells than half
 * the limits — and then lib/parse/nuxt-state.ts reads the text with acorn as before, and decides. So what it
 * accepts it must read exactly as acorn and the evaluator do (tests/parse/nuxt-fast.test.ts compares them).
 */
import type { Limits } from './nuxt-state';

/** The text is outside this reader's shape: the full reader decides. */
export class Unsupported extends Error {}
const UNSUPPORTED = new Unsupported('not the common shape');
const bail = (): never => {
  throw UNSUPPORTED;
};

/** Words acorn does not take as an identifier in a (sloppy) script; `true`, `false`, `null`, `void` are read. */
const RESERVED = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends finally for ' +
    'function if import in instanceof new return super switch this throw try typeof var while with'
  ).split(' '),
);
const MAX_DEPTH = 150;
const IDENT = /[A-Za-z_$][\w$]*/y;
const NUMBER = /(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/y;
const BODY_MARKS = /["'{}`/\\]/g;

type Scope = Map<string, unknown>;

let src = '';
let pos = 0;
let cells = 0;
let tokens = 0;
let steps = 0;
let deadline = 0;
let maxCells = 0;
let maxTokens = 0;
/** Where the next backslash is from `pos` on (Infinity: none), found once rather than for every string. */
let slashAt = -1;

function spend(n: number, t: number): void {
  cells += n;
  tokens += t;
  if (cells > maxCells || tokens > maxTokens) bail();
}

/** Skips spaces and tabs; the next character's code, or -1 at the end. Anything else is left to `value`. */
function ws(): number {
  for (;;) {
    const c = src.charCodeAt(pos);
    if (c === 32 || c === 9) pos++;
    else return Number.isNaN(c) ? -1 : c;
  }
}

function expect(code: number): void {
  if (ws() !== code) bail();
  pos++;
  tokens++;
}

const isIdentPart = (c: number) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 36 || c > 127 || c === 92;

/** An identifier name (not checked against reserved words); gives up on non-ASCII and escapes. */
function ident(): string {
  IDENT.lastIndex = pos;
  const m = IDENT.exec(src);
  if (!m) bail();
  const end = pos + m![0].length;
  const next = src.charCodeAt(end);
  if (next > 127 || next === 92) bail();
  pos = end;
  tokens++;
  return m![0];
}

function number(): number {
  NUMBER.lastIndex = pos;
  const m = NUMBER.exec(src);
  if (!m) bail();
  const text = m![0];
  // A leading zero before a digit is a legacy octal (or a decimal acorn reads differently): not ours.
  if (text.charCodeAt(0) === 48 && text.length > 1 && text.charCodeAt(1) >= 48 && text.charCodeAt(1) <= 57) bail();
  const end = pos + text.length;
  const next = src.charCodeAt(end);
  if (isIdentPart(next) || next === 46) bail();
  pos = end;
  tokens++;
  return Number(text);
}

const hex = (from: number, length: number): number => {
  const digits = src.slice(from, from + length);
  if (digits.length !== length || !/^[0-9a-fA-F]+$/.test(digits)) bail();
  return parseInt(digits, 16);
};

/** A string literal opened by `quote` at `pos`. */
function string(quote: number): string {
  const q = quote === 34 ? '"' : "'";
  let start = pos + 1;
  let out = '';
  for (;;) {
    const end = src.indexOf(q, start);
    if (end < 0) bail();
    if (slashAt < start) {
      const i = src.indexOf('\\', start);
      slashAt = i < 0 ? Infinity : i;
    }
    const slash = slashAt;
    if (slash > end) {
      out += src.slice(start, end);
      pos = end + 1;
      tokens++;
      return out;
    }
    out += src.slice(start, slash);
    const e = src.charCodeAt(slash + 1);
    let next = slash + 2;
    switch (e) {
      case 110: // n
        out += '\n';
        break;
      case 116: // t
        out += '\t';
        break;
      case 114: // r
        out += '\r';
        break;
      case 98: // b
        out += '\b';
        break;
      case 102: // f
        out += '\f';
        break;
      case 118: // v
        out += '\v';
        break;
      case 120: // x
        out += String.fromCharCode(hex(slash + 2, 2));
        next = slash + 4;
        break;
      case 117: // u, four digits only (\u{…} is left to acorn)
        out += String.fromCharCode(hex(slash + 2, 4));
        next = slash + 6;
        break;
      case 48: {
        // \0 not followed by a digit
        const d = src.charCodeAt(slash + 2);
        if (d >= 48 && d <= 57) bail();
        out += '\0';
        break;
      }
      default:
        // Digits (octal), line continuations and the end of the text are not ours; any other is itself.
        if (Number.isNaN(e) || (e >= 49 && e <= 57) || e === 10 || e === 13 || e === 0x2028 || e === 0x2029) bail();
        out += src[slash + 1];
    }
    start = next;
  }
}

function lookup(name: string, scope: Scope): unknown {
  if (RESERVED.has(name)) bail();
  if (scope.has(name)) return scope.get(name);
  if (name === 'undefined') return undefined;
  return bail();
}

/** A property name after `.`, or a computed key in `[…]` (a string or a number). */
function member(scope: Scope, depth: number): string {
  const c = ws();
  pos++;
  tokens++;
  if (c === 46) {
    ws();
    return ident();
  }
  const k = value(scope, depth + 1);
  if (typeof k !== 'string' && typeof k !== 'number') bail();
  expect(93);
  return String(k);
}

/** `obj[key]` as the evaluator reads it: own properties only, of an object. */
function get(obj: unknown, key: string): unknown {
  if (obj === null || typeof obj !== 'object') bail();
  return Object.prototype.hasOwnProperty.call(obj, key) ? (obj as Record<string, unknown>)[key] : undefined;
}

function setOwn(target: unknown, key: string, v: unknown): void {
  if (target === null || typeof target !== 'object') bail();
  spend(1, 0);
  try {
    Object.defineProperty(target, key, { value: v, writable: true, enumerable: true, configurable: true });
  } catch {
    bail(); // an array's length, say: the full reader reports it
  }
}

function value(scope: Scope, depth: number): unknown {
  if (depth > MAX_DEPTH) bail();
  if ((++steps & 0xfff) === 0 && Date.now() > deadline) bail();
  const c = ws();
  switch (c) {
    case 34:
    case 39:
      return string(c);
    case 123:
      pos++;
      return object(scope, depth);
    case 91:
      pos++;
      return array(scope, depth);
    case 33: // !
      pos++;
      tokens++;
      return !value(scope, depth + 1);
    case 45: // - (and +): a number only; `--` / `++` are other operators
    case 43: {
      pos++;
      tokens++;
      if (src.charCodeAt(pos) === c) bail();
      const v = value(scope, depth + 1);
      if (typeof v !== 'number') bail();
      return c === 45 ? -(v as number) : v;
    }
  }
  if ((c >= 48 && c <= 57) || c === 46) return number();
  const name = ident();
  if (name === 'true' || name === 'false' || name === 'null') {
    const v = name === 'true' ? true : name === 'false' ? false : null;
    return v;
  }
  if (name === 'void') {
    value(scope, depth + 1);
    return undefined;
  }
  if (name === 'Array' && ws() === 40) {
    pos++;
    tokens++;
    const n = value(scope, depth + 1);
    expect(41);
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > 10_000) bail();
    spend(n as number, 0);
    return new Array(n as number).fill(undefined);
  }
  let v = lookup(name, scope);
  for (let d = ws(); d === 46 || d === 91; d = ws()) v = get(v, member(scope, depth));
  return v;
}

function object(scope: Scope, depth: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  spend(0, 2);
  for (;;) {
    const c = ws();
    if (c === 125) {
      pos++;
      return out;
    }
    let key: string;
    if (c === 34 || c === 39) key = string(c);
    else if (c === 91) {
      key = member(scope, depth);
      if (key === '__proto__') bail(); // computed: a plain key; rare enough to leave to the full reader
    } else if ((c >= 48 && c <= 57) || c === 46) key = String(number());
    else key = ident();
    // A duplicate `__proto__` is a syntax error for acorn, and a single one is not worth telling apart here.
    if (key === '__proto__') bail();
    expect(58); // ":" (a shorthand, a method or a getter is not ours)
    const v = value(scope, depth + 1);
    spend(1, 0);
    out[key] = v;
    const d = ws();
    if (d === 44) {
      pos++;
      tokens++;
    } else if (d !== 125) bail();
  }
}

function array(scope: Scope, depth: number): unknown[] {
  const out: unknown[] = [];
  for (;;) {
    const c = ws();
    if (c === 93) {
      pos++;
      spend(out.length, 2);
      return out;
    }
    if (c === 44) {
      // A hole reads as undefined (the evaluator maps it so).
      pos++;
      tokens++;
      out.push(undefined);
      continue;
    }
    out.push(value(scope, depth + 1));
    const d = ws();
    if (d === 44) {
      pos++;
      tokens++;
    } else if (d !== 93) bail();
  }
}

/** The index just after the `}` closing the block whose `{` is at `open` (strings skipped). */
function blockEnd(open: number): number {
  let depth = 0;
  BODY_MARKS.lastIndex = open;
  for (;;) {
    const m = BODY_MARKS.exec(src);
    if (!m) bail();
    const c = m![0];
    if (c === '{') depth++;
    else if (c === '}') {
      if (--depth === 0) return m!.index + 1;
    } else if (c === '"' || c === "'") {
      pos = m!.index;
      string(c.charCodeAt(0));
      BODY_MARKS.lastIndex = pos;
    } else bail(); // a template, a comment, a regular expression, an escape outside a string
  }
}

/** The function body's statements: member assignments, then `return <value>` right before the closing brace. */
function body(scope: Scope, end: number): unknown {
  for (;;) {
    const first = ident();
    if (first === 'return') {
      if (ws() === 59 || ws() === 125) bail(); // no value
      const v = value(scope, 0);
      if (ws() === 59) pos++;
      if (ws() !== 125 || pos + 1 !== end) bail();
      return v;
    }
    // One statement: assignments separated by commas, ended by ";".
    let name = first;
    for (;;) {
      let target = lookup(name, scope);
      if (ws() !== 46 && ws() !== 91) bail();
      let key = member(scope, 0);
      for (let d = ws(); d === 46 || d === 91; d = ws()) {
        target = get(target, key);
        key = member(scope, 0);
      }
      expect(61); // "="
      const n = src.charCodeAt(pos);
      if (n === 61 || n === 62) bail(); // "==", "=>"
      setOwn(target, key, value(scope, 0));
      const d = ws();
      pos++;
      tokens++;
      if (d === 59) break;
      if (d !== 44) bail();
      ws();
      name = ident();
    }
    ws();
  }
}

/** `(function(params){body}(args))` or `(function(params){body})(args)`, from just after its first "(". */
function call(): unknown {
  ws();
  if (ident() !== 'function') bail();
  expect(40);
  const params: string[] = [];
  if (ws() !== 41) {
    for (;;) {
      ws();
      const p = ident();
      if (RESERVED.has(p) || p === 'true' || p === 'false' || p === 'null' || p === 'void') bail();
      params.push(p);
      const d = ws();
      pos++;
      tokens++;
      if (d === 41) break;
      if (d !== 44) bail();
    }
  } else {
    pos++;
    tokens++;
  }
  if (ws() !== 123) bail();
  const start = pos + 1;
  const end = blockEnd(pos);
  pos = end;
  // Form A: `}(args))`; form B: `})(args)`.
  const formB = ws() === 41;
  if (formB) pos++;
  expect(40);
  const scope: Scope = new Map();
  let i = 0;
  while (ws() !== 41) {
    if (i >= params.length) bail(); // an argument without a parameter is never evaluated: not ours
    scope.set(params[i]!, value(scope, 0));
    i++;
    const d = ws();
    if (d === 44) {
      pos++;
      tokens++;
    } else if (d !== 41) bail();
  }
  pos++;
  for (; i < params.length; i++) scope.set(params[i]!, undefined);
  if (!formB) expect(41);
  const after = pos;
  pos = start;
  slashAt = -1; // found ahead of the body by the scans above
  ws();
  const result = body(scope, end);
  pos = after;
  return result;
}

/** The state, or Unsupported when the text is not of the common shape (the caller then reads it with acorn). */
export function readNuxtStateFast(text: string, limits: Limits): unknown {
  if (/[\n\r]/.test(text)) bail(); // line breaks bring automatic semicolons
  src = text;
  pos = 0;
  cells = 0;
  tokens = 0;
  steps = 0;
  deadline = Date.now() + limits.ms;
  maxCells = limits.cells;
  maxTokens = limits.tokens / 2;
  slashAt = -1;
  try {
    ws();
    const target = ident();
    if (RESERVED.has(target)) bail();
    expect(46);
    ws();
    if (ident() !== '__NUXT__') bail();
    expect(61);
    const n = src.charCodeAt(pos);
    if (n === 61 || n === 62) bail();
    let result: unknown;
    const c = ws();
    if (c === 123) {
      pos++;
      result = object(new Map(), 0);
    } else if (c === 40) {
      pos++;
      result = call();
    } else bail();
    if (ws() === 59) pos++;
    if (ws() !== -1) bail();
    return result;
  } finally {
    src = '';
  }
}
