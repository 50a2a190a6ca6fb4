import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Profile } from '../lib/profile';
import { github } from '../lib/sites/github';

export const FIXTURES = join(__dirname, 'fixtures');

export function fixture(path: string): string {
  return readFileSync(join(FIXTURES, path), 'utf8');
}

/** A Document from HTML, parsed the way the CLI parses saved pages (scripts never run). */
export function documentFrom(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

export const NOW = new Date('2026-06-10T12:00:00Z');

/** A pause for a rendering or a store's answer, in a component test. */
export const tick = (ms = 30) => new Promise((r) => setTimeout(r, ms));
/** Waits (up to 3 s) until `f` holds, and fails the test if it never does. */
export async function until(f: () => boolean) {
  for (let i = 0; i < 100 && !f(); i++) await tick();
  expect(f()).toBe(true);
}

export function profile(p: Partial<Profile> = {}): Profile {
  return { site: 'upwork', url: 'https://www.upwork.com/freelancers/~01aaaaaaaaaaaaaaaa', ...p };
}

export const ctx = (missing: string[] = [], now = NOW) => ({ now, missing });

/** The hand-written GitHub profile as another person: login, numeric id and name replaced everywhere. */
export function githubPage(login: string, id: string, name: string): string {
  return fixture('github/user-hand-written.html')
    .replaceAll('devsample', login)
    .replaceAll('90000001', id)
    .replaceAll('Dev Sample', name);
}

/** A content script's message about such a GitHub page, as the background receives it from tab `tabId`. */
export function githubVisit(
  extensionId: string,
  person: { login: string; id: string; name: string; tabId?: number },
  edit: (html: string) => string = (h) => h,
) {
  const html = edit(githubPage(person.login, person.id, person.name));
  const url = `https://github.com/${person.login}`;
  return {
    msg: { type: 'page', site: 'github', url, raw: github.collect(documentFrom(html), new URL(url)) },
    sender: { id: extensionId, url, tab: { id: person.tabId ?? 5 } },
  };
}

/**
 * Runs the CLI as a user would (`npm run radar -- …`), in a child process: in English unless `env` says
 * otherwise (the CLI follows LC_ALL, LC_MESSAGES and LANG, which differ from machine to machine).
 */
export function radar(args: string[], input?: string, env: Record<string, string> = {}) {
  const root = join(__dirname, '..');
  const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(root, 'lib/cli/radar.ts'), ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    env: { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8', ...env },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
