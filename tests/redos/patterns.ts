/**
 * Every regular expression the extension's code builds, for the ReDoS check (tests/redos.test.ts):
 * - the literals (`/…/g`), read from the sources with the TypeScript parser (not a text search: a "/" in a
 *   string or a comment is no pattern);
 * - every pattern made at run time (`new RegExp(…)`, `RegExp(…)`: the concepts and filters lib/text/cooccur.ts
 *   compiles, the combined patterns of speech.ts and the rules), caught by a hook on the RegExp constructor while
 *   every module is imported and the code is run over sample messages and saved pages; each with the place in
 *   the source that built it, so that a call site no run reached is told (the test fails on it).
 * Nothing here imports the code statically: the hook must be in place before the first module runs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export const ROOT = join(import.meta.dirname, '..', '..');
/** Where the code is: everything that reads page or message text lives under these. */
export const CODE_DIRS = ['lib', 'components', 'entrypoints'];

export interface Pattern {
  source: string;
  flags: string;
  /** Where it is written or built: "lib/text/speech.ts:32" (the first few places, if many). */
  where: string[];
}

function codeFiles(dir = ''): string[] {
  const out: string[] = [];
  const roots = dir ? [dir] : CODE_DIRS;
  for (const d of roots)
    for (const e of readdirSync(join(ROOT, d), { withFileTypes: true })) {
      const path = join(d, e.name);
      if (e.isDirectory()) out.push(...codeFiles(path));
      else if (/\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts')) out.push(path);
    }
  return out.sort();
}

interface SourceScan {
  literals: Pattern[];
  /** "file:line" of every `new RegExp(…)` or `RegExp(…)` call. */
  calls: string[];
  /** The packages the code imports (not type-only), to load before the hook (see builtPatterns). */
  packages: string[];
}

/** The regular-expression literals and the RegExp constructor calls of every code file. */
export function scanSources(): SourceScan {
  const literals: Pattern[] = [];
  const calls: string[] = [];
  const packages = new Set<string>();
  for (const file of codeFiles()) {
    const text = readFileSync(join(ROOT, file), 'utf8');
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? 4 : 3);
    const line = (n: ts.Node) => `${file}:${sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1}`;
    const visit = (n: ts.Node): void => {
      if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const lit = n.getText(sf);
        const end = lit.lastIndexOf('/');
        literals.push({ source: lit.slice(1, end), flags: lit.slice(end + 1), where: [line(n)] });
      } else if (
        (ts.isNewExpression(n) || ts.isCallExpression(n)) &&
        ts.isIdentifier(n.expression) &&
        n.expression.text === 'RegExp'
      )
        calls.push(line(n));
      else if (
        ts.isImportDeclaration(n) &&
        !n.importClause?.isTypeOnly &&
        ts.isStringLiteral(n.moduleSpecifier) &&
        !n.moduleSpecifier.text.startsWith('.')
      )
        packages.add(n.moduleSpecifier.text);
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return { literals, calls, packages: [...packages].sort() };
}

/** Every module under the code directories, to import under the hook (entry files too: they run nothing at import). */
export function codeModules(): string[] {
  return codeFiles().map((f) => join(ROOT, f));
}

/** The first place in the code on the stack: the call site that built a pattern. */
function builtAt(stack: string): string {
  for (const frame of stack.split('\n').slice(1)) {
    const m = /\(?((?:\/|file:\/\/)[^()]*?):(\d+):\d+\)?$/.exec(frame.trim());
    if (!m) continue;
    const file = relative(ROOT, m[1].replace(/^file:\/\//, '').replace(/\?.*$/, ''));
    if (CODE_DIRS.some((d) => file.startsWith(`${d}/`))) return `${file}:${m[2]}`;
  }
  return '?';
}

/**
 * Runs `exercise` with the RegExp constructor hooked and returns every pattern built meanwhile, with the call
 * sites that built it. The hook is removed afterwards, even if the exercise throws.
 */
export async function builtPatterns(exercise: () => Promise<void>): Promise<Pattern[]> {
  const seen = new Map<string, Pattern>();
  const original = globalThis.RegExp;
  // Deep enough to reach the code's frame under a package's (a pattern zod builds for a schema of ours).
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 60;
  const note = (re: RegExp) => {
    const key = `${re.flags}/${re.source}`;
    let p = seen.get(key);
    if (!p) seen.set(key, (p = { source: re.source, flags: re.flags, where: [] }));
    const at = builtAt(new Error().stack ?? '');
    if (!p.where.includes(at)) p.where.push(at);
  };
  globalThis.RegExp = new Proxy(original, {
    construct(target, args, newTarget) {
      const re = Reflect.construct(target, args, newTarget) as RegExp;
      note(re);
      return re;
    },
    apply(target, self, args) {
      const re = Reflect.apply(target, self, args) as RegExp;
      note(re);
      return re;
    },
  });
  try {
    await exercise();
  } finally {
    globalThis.RegExp = original;
    Error.stackTraceLimit = limit;
  }
  return [...seen.values()];
}

/**
 * One entry per pattern as it runs for backtracking: "g" and "y" change where a match is tried, not how, and "d"
 * only what is reported; the places of duplicates are merged.
 */
export function distinct(patterns: readonly Pattern[]): Pattern[] {
  const out = new Map<string, Pattern>();
  for (const p of patterns) {
    const flags = p.flags.replace(/[gyd]/g, '');
    const key = `${flags}/${p.source}`;
    const q = out.get(key);
    if (!q) out.set(key, { source: p.source, flags, where: [...p.where] });
    else for (const w of p.where) if (!q.where.includes(w)) q.where.push(w);
  }
  return [...out.values()];
}
