/**
 * Every pattern the code writes or builds (tests/redos/patterns.ts), collected by importing every module of the
 * code and running it over sample messages, every saved page and numbers in several languages: patterns made
 * on first use (a name's spelled-out pattern, a number's group separator) are built only when the code runs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPatterns, codeModules, distinct, ROOT, scanSources, type Pattern } from './patterns';

// Imported under the hook: lib/ (the pages, components and entry files run at import and build no pattern at
// run time — a RegExp call there would be told unreached); not the CLI's entry, which runs its command at import.
// Their literals are read from the source all the same.
const imported = (file: string) => file.startsWith('lib/') && file !== 'lib/cli/radar.ts';

export interface Collected {
  /** Every distinct pattern (source and flags, "g", "y" and "d" left out), with where it is written or built. */
  patterns: Pattern[];
  /** RegExp constructor calls in the source that no run reached: their patterns are not known. */
  unreached: string[];
  /** Modules that failed to import under the hook (their run-time patterns would be missing). */
  failed: string[];
}

export async function collectPatterns(): Promise<Collected> {
  const { literals, calls, packages } = scanSources();
  // Packages first, without the hook: some keep the RegExp constructor they saw at load and compare against it
  // (magicast's type builders, loaded by wxt's content-script helpers).
  for (const p of packages) await import(/* @vite-ignore */ p).catch(() => undefined);
  const failed: string[] = [];
  const built = await builtPatterns(async () => {
    for (const m of codeModules())
      if (imported(m.slice(ROOT.length + 1)))
        await import(/* @vite-ignore */ m).catch((e: unknown) => failed.push(`${m}: ${String(e).slice(0, 200)}`));
    const { analyzeMessage } = await import('../../lib/analyze');
    const { POSITIVES, NEGATIVES } = await import('../corpus/messages');
    for (const [text] of [...POSITIVES, ...NEGATIVES]) analyzeMessage(text);
    const { sites } = await import('../../lib/sites');
    const { siteExamples } = await import('../../lib/sites/examples');
    const { documentFrom } = await import('../helpers');
    for (const site of sites) {
      const dir = join(ROOT, 'tests', 'fixtures', site.id);
      const url = new URL(siteExamples[site.id]!.profiles[0]!);
      for (const f of readdirSync(dir).filter((n) => n.endsWith('.html')))
        site.read(documentFrom(readFileSync(join(dir, f), 'utf8')), url);
    }
    // Group separators by language: ",", ".", "'", a space; Hindi's lakh grouping.
    const { parseNumber } = await import('../../lib/parse/count');
    for (const lang of ['en', 'de', 'de-CH', 'fr', 'hi'])
      for (const n of ['1,234,567', '1.234.567', '1’234’567', '1 234 567', '12,34,567']) parseNumber(n, lang);
  });
  const reached = new Set(built.flatMap((p) => p.where));
  return {
    // Patterns built outside the code (by packages: the "?" place) are the packages' own.
    patterns: distinct([...literals, ...built.filter((p) => !p.where.every((w) => w === '?'))]),
    unreached: calls.filter((c) => !reached.has(c)),
    failed,
  };
}
