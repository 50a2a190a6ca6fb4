/**
 * Reads Upwork's `window.__NUXT__ = (function(a,b,…){ …; return {…} }(…))` state without running it.
 *
 * The state is a minified Nuxt 2 function call (seen 2026-06, docs/marketplaces.md). Page content is
 * attacker-controlled, so we never eval it (nor `new Function`, nor Node's `vm`): acorn parses it and the
 * tiny evaluator below accepts only literals, parameters, object/array literals, `void`/unary minus/`!`,
 * `Array(n)` and member assignments. Anything else makes the whole read fail with NuxtStateError.
 *
 * Its work is bounded (issue 14: a 676 kB IIFE whose arguments were thousands of `Array(10000)` took
 * Chromium from 2.4 to 7.4 GB and 22 s): at most `cells` array slots and properties are made in all, `tokens`
 * tokens parsed and `ms` milliseconds spent. Beyond a bound the read fails with NuxtStateLimitError, and the
 * adapter falls back to the markup (a `partial` read).
 */
import { parse } from 'acorn';
import type { Node } from 'acorn';
import { readNuxtStateFast } from './nuxt-fast';

export class NuxtStateError extends Error {}
/** The state is larger or slower to read than any real page's (see LIMITS). */
export class NuxtStateLimitError extends NuxtStateError {}

/** Real states (2026-06) hold ~5,000 cells in ~70 kB; these bounds leave two orders of magnitude. */
export const LIMITS = { cells: 1_000_000, tokens: 2_000_000, ms: 1_000 };
export type Limits = typeof LIMITS;

/** The running read's budget (the evaluator is synchronous and not re-entered). */
let budget = { cells: 0, steps: 0, deadline: 0 };

function spend(cells: number, node: AnyNode): void {
  budget.cells -= cells;
  if (budget.cells < 0) throw new NuxtStateLimitError(`state too large (${node.type} at ${node.start})`);
}

type Scope = Map<string, unknown>;
// Acorn's node types are a large union; we only look at a handful of fields, checked at run time.
type AnyNode = Node & Record<string, any>;

const MAX_DEPTH = 200;

function fail(node: AnyNode, why: string): never {
  throw new NuxtStateError(`${why} (${node.type} at ${node.start})`);
}

function setOwn(target: unknown, key: PropertyKey, value: unknown, node: AnyNode): void {
  if (target === null || typeof target !== 'object') fail(node, 'assignment to a non-object');
  spend(1, node);
  // defineProperty: a key such as "__proto__" becomes a plain own property, never a prototype change.
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}

function propertyKey(node: AnyNode, computed: boolean, scope: Scope, depth: number): string {
  if (!computed && node.type === 'Identifier') return node.name;
  if (node.type === 'Literal' && (typeof node.value === 'string' || typeof node.value === 'number')) {
    return String(node.value);
  }
  if (computed) {
    const v = evaluate(node, scope, depth + 1);
    if (typeof v === 'string' || typeof v === 'number') return String(v);
  }
  return fail(node, 'unsupported property key');
}

function evaluate(node: AnyNode, scope: Scope, depth = 0): unknown {
  if (depth > MAX_DEPTH) fail(node, 'nesting too deep');
  if ((++budget.steps & 0xfff) === 0 && Date.now() > budget.deadline)
    throw new NuxtStateLimitError(`state too slow to read (${node.type} at ${node.start})`);
  switch (node.type) {
    case 'Literal':
      if (node.regex || typeof node.bigint === 'string') fail(node, 'unsupported literal');
      return node.value;
    case 'Identifier':
      if (scope.has(node.name)) return scope.get(node.name);
      if (node.name === 'undefined') return undefined;
      return fail(node, `unknown identifier ${node.name}`);
    case 'TemplateLiteral':
      if (node.expressions.length) fail(node, 'template with expressions');
      return node.quasis.map((q: AnyNode) => q.value.cooked).join('');
    case 'UnaryExpression': {
      const v = evaluate(node.argument, scope, depth + 1);
      if (node.operator === 'void') return undefined;
      if (node.operator === '!') return !v;
      if (node.operator === '-' && typeof v === 'number') return -v;
      if (node.operator === '+' && typeof v === 'number') return v;
      return fail(node, `unsupported operator ${node.operator}`);
    }
    case 'ArrayExpression':
      spend(node.elements.length, node);
      return node.elements.map((el: AnyNode | null) => {
        if (el === null) return undefined;
        if (el.type === 'SpreadElement') fail(el, 'spread');
        return evaluate(el, scope, depth + 1);
      });
    case 'ObjectExpression': {
      const out: Record<string, unknown> = {};
      for (const p of node.properties as AnyNode[]) {
        if (p.type !== 'Property' || p.kind !== 'init' || p.method) fail(p, 'unsupported property');
        const key = propertyKey(p.key, p.computed, scope, depth);
        setOwn(out, key, evaluate(p.value, scope, depth + 1), p);
      }
      return out;
    }
    case 'MemberExpression': {
      const obj = evaluate(node.object, scope, depth + 1);
      if (obj === null || typeof obj !== 'object') fail(node, 'member of a non-object');
      const key = propertyKey(node.property, node.computed, scope, depth);
      return Object.prototype.hasOwnProperty.call(obj, key) ? (obj as any)[key] : undefined;
    }
    case 'CallExpression':
      // `Array(6)` appears among the arguments (an empty array of that length).
      if (node.callee.type === 'Identifier' && node.callee.name === 'Array' && node.arguments.length === 1) {
        const n = evaluate(node.arguments[0], scope, depth + 1);
        if (typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= 10_000) {
          spend(n, node);
          return new Array(n).fill(undefined);
        }
      }
      return fail(node, 'unsupported call');
    default:
      return fail(node, 'unsupported expression');
  }
}

function assign(expr: AnyNode, scope: Scope): void {
  if (expr.type === 'SequenceExpression') {
    for (const e of expr.expressions) assign(e, scope);
    return;
  }
  if (expr.type !== 'AssignmentExpression' || expr.operator !== '=' || expr.left.type !== 'MemberExpression') {
    fail(expr, 'only member assignments are allowed');
  }
  const target = evaluate(expr.left.object, scope);
  const key = propertyKey(expr.left.property, expr.left.computed, scope, 0);
  setOwn(target, key, evaluate(expr.right, scope), expr);
}

/** Evaluates the text of the `<script>` that assigns `window.__NUXT__`; returns the state object. */
export function readNuxtState(scriptText: string, limits: Limits = LIMITS): unknown {
  try {
    // The common shape, read without a syntax tree (lib/parse/nuxt-fast.ts); anything else as below.
    return readNuxtStateFast(scriptText, limits);
  } catch {
    // Not the common shape (or a bound reached): acorn and the evaluator decide.
  }
  return readNuxtStateAcorn(scriptText, limits);
}

/** Evaluates the text with acorn's syntax tree (every shape the evaluator takes; the errors it reports). */
export function readNuxtStateAcorn(scriptText: string, limits: Limits = LIMITS): unknown {
  budget = { cells: limits.cells, steps: 0, deadline: Date.now() + limits.ms };
  let program: AnyNode;
  let tokens = 0;
  try {
    program = parse(scriptText, {
      ecmaVersion: 2020,
      sourceType: 'script',
      onToken: () => {
        if (++tokens > limits.tokens) throw new NuxtStateLimitError('state too long');
      },
    }) as AnyNode;
  } catch (e) {
    if (e instanceof NuxtStateLimitError) throw e;
    throw new NuxtStateError(`not parseable: ${(e as Error).message}`);
  }
  const stmt = program.body[0];
  if (program.body.length !== 1 || stmt?.type !== 'ExpressionStatement') fail(program, 'expected one statement');
  const asg = stmt.expression;
  if (asg.type !== 'AssignmentExpression' || asg.left.type !== 'MemberExpression') fail(asg, 'expected an assignment');
  if (propertyKey(asg.left.property, asg.left.computed, new Map(), 0) !== '__NUXT__') fail(asg, 'not __NUXT__');
  const right = asg.right;
  if (right.type === 'ObjectExpression') return evaluate(right, new Map());
  if (right.type !== 'CallExpression' || right.callee.type !== 'FunctionExpression') fail(right, 'expected a call');
  const fn = right.callee;
  const scope: Scope = new Map();
  fn.params.forEach((p: AnyNode, i: number) => {
    if (p.type !== 'Identifier') fail(p, 'unsupported parameter');
    scope.set(p.name, i < right.arguments.length ? evaluate(right.arguments[i], scope) : undefined);
  });
  for (const s of fn.body.body as AnyNode[]) {
    if (s.type === 'ExpressionStatement') assign(s.expression, scope);
    else if (s.type === 'ReturnStatement' && s.argument) return evaluate(s.argument, scope);
    else fail(s, 'unsupported statement');
  }
  return fail(fn, 'no return');
}
