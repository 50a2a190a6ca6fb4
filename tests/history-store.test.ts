/**
 * lib/storage/history-store.ts: the history page opens and reads the memory without the upgrade steps, the
 * settings' schemas or the fingerprinting (issue 16, `memory.history_render_ms`); an older or missing database
 * is still upgraded, with its data.
 */
import { describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { join } from 'node:path';
import { DB_VERSION, MIGRATIONS, openRadarDb, RadarStore } from '../lib/storage/db';
import { HistoryStore, openCurrentDb } from '../lib/storage/history-store';
import { profile } from './helpers';

const name = () => `history-store-${Math.random()}`;

describe('the history store', () => {
  it('has the version the upgrade steps reach', () => {
    expect(MIGRATIONS.length).toBe(DB_VERSION);
    expect(DB_VERSION).toBe(5);
  });

  it('opens a current database as it is', async () => {
    const n = name();
    const store = new RadarStore(await openRadarDb(n));
    await store.recordVisit(profile({ id: '~1', name: 'Ann' }), 'low', [], new Date('2026-11-27T10:00:00Z'));
    const db = await openCurrentDb(n);
    expect(db.version).toBe(DB_VERSION);
    const reads = new HistoryStore(db);
    expect((await reads.historyPage({}, 10)).rows.map((r) => r.profile.name)).toEqual(['Ann']);
    expect(await reads.count()).toBe(1);
    expect(await reads.teamCount()).toBe(0);
  });

  it('upgrades an older database with its data, and creates a missing one, with the upgrade steps', async () => {
    const n = name();
    const v4 = await openRadarDb(n, MIGRATIONS.slice(0, 4));
    await new RadarStore(v4).recordVisit(profile({ id: '~2', name: 'Bo' }), 'none', [], new Date());
    v4.close();
    const db = await openCurrentDb(n);
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames]).toEqual(['fingerprints', 'photos', 'profiles', 'settings', 'team']);
    expect(db.transaction('fingerprints').store.indexNames.contains('byIx')).toBe(true);
    expect((await db.get('profiles', 'upwork:~2'))?.profile.name).toBe('Bo');

    const fresh = await openCurrentDb(name());
    expect(fresh.version).toBe(DB_VERSION);
    expect([...fresh.objectStoreNames]).toEqual(['fingerprints', 'photos', 'profiles', 'settings', 'team']);
  });

  it('gives the whole store over the same connection; the whole store is itself', async () => {
    const db = await openCurrentDb(name());
    const reads = new HistoryStore(db);
    const full = await reads.full();
    expect(full).toBeInstanceOf(RadarStore);
    await full.recordVisit(profile({ id: '~3', name: 'Cy' }), 'high', [], new Date());
    expect((await reads.get('upwork:~3'))?.level).toBe('high');
    expect(await full.full()).toBe(full);
  });

  it("is all the history page's first script imports of the store (no zod, libphonenumber or upgrade steps) and no texts: one language loads", async () => {
    const root = join(__dirname, '..');
    const out = await build({
      entryPoints: [join(root, 'entrypoints/profiles/main.tsx')],
      absWorkingDir: root,
      bundle: true,
      splitting: true,
      format: 'esm',
      outdir: '/nonexistent',
      write: false,
      metafile: true,
      jsx: 'automatic',
      jsxImportSource: 'preact',
      loader: { '.css': 'empty' },
      logLevel: 'silent',
    });
    const outputs = out.metafile.outputs;
    const first = Object.keys(outputs).find((k) => k.endsWith('/main.js'))!;
    // Everything the first script imports statically, chunk by chunk.
    const seen = new Set<string>();
    const todo = [first];
    while (todo.length) {
      const o = todo.pop()!;
      if (seen.has(o)) continue;
      seen.add(o);
      for (const i of outputs[o]!.imports) if (i.kind === 'import-statement') todo.push(i.path);
    }
    const inputs = [...seen].flatMap((o) => Object.keys(outputs[o]!.inputs));
    expect(inputs).toContain('lib/storage/history-store.ts');
    expect(
      inputs.filter((f) => /zod|libphonenumber|storage\/db\.ts|storage\/settings|memory\/fingerprint/.test(f)),
    ).toEqual([]);
    // What does load later: the whole store is a chunk of its own.
    expect(Object.values(outputs).some((o) => 'lib/storage/db.ts' in o.inputs)).toBe(true);
    // No texts in the first script: each language's catalogue is a chunk of its own, without the other language.
    expect(inputs).toContain('lib/i18n/core.ts');
    expect(inputs.filter((f) => /^lib\/i18n\/(?!core|page-text|load|format)[\w.-]+\.ts$/.test(f))).toEqual([]);
    const language = (name: string) => {
      const chunk = Object.keys(outputs).find((o) => `lib/i18n/catalogue.${name}.ts` in outputs[o]!.inputs)!;
      const inputsOf = new Set<string>();
      for (const todo = [chunk], done = new Set<string>(); todo.length;) {
        const o = todo.pop()!;
        if (done.has(o)) continue;
        done.add(o);
        for (const f of Object.keys(outputs[o]!.inputs)) inputsOf.add(f);
        for (const i of outputs[o]!.imports) if (i.kind === 'import-statement') todo.push(i.path);
      }
      return [...inputsOf].filter((f) => f.startsWith('lib/i18n/')).sort();
    };
    expect(language('en')).toEqual([
      'lib/i18n/catalogue.en.ts',
      'lib/i18n/en.ts',
      'lib/i18n/evidence-words.ts',
      'lib/i18n/history.en.ts',
      'lib/i18n/pages.en.ts',
      'lib/i18n/panel.ts',
      'lib/i18n/team-evidence.ts',
      'lib/i18n/team-sync.en.ts',
    ]);
    expect(language('de')).toEqual([
      'lib/i18n/catalogue.de.ts',
      'lib/i18n/de.ts',
      'lib/i18n/evidence-words.de.ts',
      'lib/i18n/history.de.ts',
      'lib/i18n/pages.de.ts',
      'lib/i18n/panel.de.ts',
      'lib/i18n/team-evidence.de.ts',
      'lib/i18n/team-sync.de.ts',
    ]);
  });
});
