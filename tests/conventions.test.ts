/**
 * Keeps the one-concept-per-file layout honest, in the spirit of refined-github's features test: every
 * site and rule file is registered, has a test, and its id equals its file name and the catalogue id.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../lib/i18n/en';
import { memoryRules, messageRules, profileRules } from '../lib/rules';
import { sites } from '../lib/sites';
import { sitePages } from '../lib/sites/pages';
import { siteExamples } from '../lib/sites/examples';

const ROOT = join(__dirname, '..');
const NOT_RULES = new Set([
  'index',
  'types',
  'sources',
  'finding',
  'grade',
  'disguised',
  'claims',
  'memory-evidence',
  'crypto-roles',
  'prepayment-topic',
  'video-refusal-scope',
  'number-asked',
  'messenger-channel',
]);
const NOT_SITES = new Set(['index', 'types', 'hosts', 'pages', 'examples', 'read-page', 'photos']);
const stems = (dir: string, skip: Set<string>) =>
  readdirSync(join(ROOT, dir))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => f.slice(0, -3))
    .filter((f) => !skip.has(f));

const catalogue = existsSync(join(ROOT, '../shared/docs/red-flags.md'))
  ? readFileSync(join(ROOT, '../shared/docs/red-flags.md'), 'utf8')
  : undefined;

describe('rules', () => {
  const allRules = [...profileRules, ...messageRules, ...memoryRules];
  const registered = allRules.map((r) => r.id);
  it.each(stems('lib/rules', NOT_RULES))('lib/rules/%s.ts is registered, tested and has texts', (stem) => {
    expect(registered, `Add lib/rules/${stem}.ts to the list in lib/rules/index.ts`).toContain(stem);
    expect(
      existsSync(join(ROOT, `tests/rules/${stem}.test.ts`)),
      `Write tests/rules/${stem}.test.ts (a table of true and false cases)`,
    ).toBe(true);
    expect(en, `Add 'rule.${stem}.title' and '.advice' to lib/i18n/en.ts`).toHaveProperty([`rule.${stem}.title`]);
    expect(en).toHaveProperty([`rule.${stem}.advice`]);
  });
  it.each(allRules.map((r) => [r.id, r] as const))('rule %s lives in a file of its own name', async (id, rule) => {
    const mod = await import(`../lib/rules/${id}.ts`);
    expect(mod.rule, `The rule with id "${id}" must be exported as \`rule\` from lib/rules/${id}.ts`).toBe(rule);
  });
  it.runIf(catalogue)('every rule id is a catalogue id in ../shared/docs/red-flags.md', () => {
    for (const id of registered)
      expect(catalogue, `"${id}" is not an id in red-flags.md: use the catalogue's id`).toContain(`| ${id} |`);
  });
});

describe('sites', () => {
  const registered = sites.map((s) => s.id);
  it.each(stems('lib/sites', NOT_SITES).filter((f) => f.endsWith('.page')))(
    'lib/sites/%s.ts has its adapter and is registered',
    (stem) => {
      const id = stem.slice(0, -'.page'.length);
      expect(
        existsSync(join(ROOT, `lib/sites/${id}.ts`)),
        `Write lib/sites/${id}.ts: the adapter that interprets what ${stem}.ts collects`,
      ).toBe(true);
      expect(
        sitePages.map((p) => p.id),
        'Add the page side to the list in lib/sites/pages.ts',
      ).toContain(id);
    },
  );
  it.each(stems('lib/sites', NOT_SITES).filter((f) => !f.endsWith('.page')))(
    'lib/sites/%s.ts is registered, tested and has a fixture',
    (stem) => {
      expect(
        existsSync(join(ROOT, `lib/sites/${stem}.page.ts`)),
        `Write lib/sites/${stem}.page.ts: the content-script side (URLs, collect, badge anchor)`,
      ).toBe(true);
      expect(registered, `Add lib/sites/${stem}.ts to the list in lib/sites/index.ts`).toContain(stem);
      expect(existsSync(join(ROOT, `tests/sites/${stem}.test.ts`)), `Write tests/sites/${stem}.test.ts`).toBe(true);
      const dir = join(ROOT, 'tests/fixtures', stem);
      const files = existsSync(dir) ? readdirSync(dir) : [];
      expect(
        files.some((f) => f.endsWith('.expected.json')),
        `Add tests/fixtures/${stem}/<case>.html with <case>.expected.json`,
      ).toBe(true);
      expect(files, `Add tests/fixtures/${stem}/README.md naming the real page each fixture comes from`).toContain(
        'README.md',
      );
    },
  );
  it.each(sites.map((s) => [s.id, s] as const))('site %s has example URLs of both kinds', (_id, site) => {
    expect(siteExamples[site.id]?.profiles.length ?? 0, 'Add example profile URLs for the URL matrix').toBeGreaterThan(
      0,
    );
    expect(
      siteExamples[site.id]?.others.length ?? 0,
      'Add example non-profile URLs for the URL matrix',
    ).toBeGreaterThan(0);
  });
});

describe('entrypoints stay thin', () => {
  it.each(
    readdirSync(join(ROOT, 'entrypoints'), { recursive: true })
      .map(String)
      .filter((f) => /\.tsx?$/.test(f)),
  )('entrypoints/%s is short', (f) => {
    const lines = readFileSync(join(ROOT, 'entrypoints', f), 'utf8').split('\n').length;
    expect(lines, 'Move logic into lib/ or components/').toBeLessThan(100);
  });
});
