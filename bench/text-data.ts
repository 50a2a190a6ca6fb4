/**
 * Real benign text for the message rules' precision, in their five languages: Debian's fortune-cookie
 * packages (quotations, jokes, proverbs, tips) and the Debian Reference manual in each language (accounts,
 * mail, remote desktops, downloads — words the rules look for, in instructions that ask nothing of a
 * client). Set up on first use into bench/.data/text.json (ignored by git). See bench/debian.ts.
 *
 * All of it was first measured blind (fortunes-mario, -es-off, -debian-hints and -bofh-excuses after the
 * others had been read); then every finding was read and the false alarms fixed (2026-11-27). The README
 * gives both figures.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { withDebianPackages } from './debian';

const FORTUNES = [
  'fortunes',
  'fortunes-de',
  'fortunes-es',
  'fortunes-br',
  'fortunes-mario',
  'fortunes-es-off',
  'fortunes-debian-hints',
  'fortunes-bofh-excuses',
];
const LANGUAGES = ['en', 'de', 'es', 'fr', 'pt'] as const;
const MANUALS = LANGUAGES.map((l) => `debian-reference-${l}`);
const FILE = join(import.meta.dirname, '.data', 'text.json');

export interface Passage {
  text: string;
  lang: (typeof LANGUAGES)[number];
  source: 'fortunes' | 'manual';
}

/** The language of a fortune file, by where the package puts it; undefined for the languages not read. */
function language(rel: string): Passage['lang'] | undefined {
  if (/^(?:brasil|mario\.)/.test(rel)) return 'pt';
  if (rel.startsWith('off/es/')) return 'es';
  const dir = rel.split('/')[0];
  if (!rel.includes('/')) return 'en';
  return LANGUAGES.find((l) => l === dir);
}

function fortunes(): Promise<Passage[]> {
  return withDebianPackages(FORTUNES, (root) => {
    const dir = join(root, 'usr/share/games/fortunes');
    const out: Passage[] = [];
    for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (!e.isFile() || /\.(?:dat|u8)$/.test(e.name)) continue;
      const path = join(e.parentPath, e.name);
      const lang = language(relative(dir, path));
      const raw = readFileSync(path, 'utf8');
      if (!lang || raw.includes('\uFFFD')) continue;
      for (const text of raw.split(/\n%\n/).map((t) => t.trim()))
        if (text.length > 10) out.push({ text, lang, source: 'fortunes' });
    }
    return out;
  });
}

/** Debian Reference's plain-text edition, a passage per paragraph (its lines kept, as a message's are). */
function manuals(): Promise<Passage[]> {
  return withDebianPackages(MANUALS, (root) =>
    LANGUAGES.flatMap((lang) =>
      gunzipSync(readFileSync(join(root, `usr/share/debian-reference/debian-reference.${lang}.txt.gz`)))
        .toString('utf8')
        .split(/\n\s*\n/)
        .map((p) => p.trim())
        .filter((p) => p.length > 20)
        .map((text) => ({ text, lang, source: 'manual' as const })),
    ),
  );
}

export async function realText(log: (s: string) => void): Promise<Passage[]> {
  if (existsSync(FILE)) return JSON.parse(readFileSync(FILE, 'utf8')) as Passage[];
  log(`message: setting up real text from Debian packages (${[...FORTUNES, ...MANUALS].join(', ')}) …`);
  const all = [...(await fortunes()), ...(await manuals())];
  mkdirSync(join(FILE, '..'), { recursive: true });
  writeFileSync(FILE, JSON.stringify(all));
  return all;
}
