// @vitest-environment node
/**
 * The content scripts carry the badge's texts only (lib/i18n/en.ts, de.ts): the texts of the extension's own pages
 * (lib/i18n/pages.ts with history, options, privacy, welcome and team memory texts) stay out of them, so the script
 * every marketplace page loads stays small. Bundled with esbuild here to read each script's module graph.
 */
import { build } from 'esbuild';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..');

async function modulesOf(entry: string): Promise<string[]> {
  const r = await build({
    entryPoints: [join(ROOT, entry)],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    external: ['wxt/*'],
    loader: { '.css': 'empty' },
    logLevel: 'silent',
  });
  return Object.keys(r.metafile.inputs).filter((m) => !m.includes('node_modules'));
}

describe('the content scripts’ texts', () => {
  it.each(['entrypoints/marketplace.content/index.tsx', 'entrypoints/selection-panel.content/index.tsx'])(
    '%s carries the badge’s catalogue and none of the pages’',
    async (entry) => {
      const i18n = (await modulesOf(entry)).filter((m) => m.includes('lib/i18n/')).sort();
      expect(i18n).toContain('lib/i18n/en.ts');
      expect(i18n).toContain('lib/i18n/de.ts');
      expect(i18n.filter((m) => /\/(pages|history|team-sync)[.\w]*\.ts$/.test(m))).toEqual([]);
    },
    30_000,
  );

  it('a page carries the pages’ catalogue', async () => {
    const i18n = await modulesOf('entrypoints/profiles/main.tsx');
    expect(i18n).toEqual(
      expect.arrayContaining(['lib/i18n/pages.ts', 'lib/i18n/history.en.ts', 'lib/i18n/history.de.ts']),
    );
  }, 30_000);
});
