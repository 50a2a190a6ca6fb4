import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Profile } from '../lib/profile';

export const FIXTURES = join(__dirname, 'fixtures');

export function fixture(path: string): string {
  return readFileSync(join(FIXTURES, path), 'utf8');
}

/** A Document from HTML, parsed the way the CLI parses saved pages (scripts never run). */
export function documentFrom(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

export const NOW = new Date('2026-06-10T12:00:00Z');

export function profile(p: Partial<Profile> = {}): Profile {
  return { site: 'upwork', url: 'https://www.upwork.com/freelancers/~01aaaaaaaaaaaaaaaa', ...p };
}

export const ctx = (missing: string[] = [], now = NOW) => ({ now, missing });
