/**
 * Property test over every real-page fixture: thousands of damaged variants of what the content script
 * collects (fields removed or nulled, embedded state truncated, keys deleted or given the wrong type) and a
 * few dozen pages with random elements removed. The adapter never throws, always returns a valid result,
 * and when it says `ok` it reports nothing the undamaged page did not have.
 */
import { describe, expect, it } from 'vitest';
import { readNuxtState } from '../lib/parse/nuxt-state';
import { ReadResultSchema } from '../lib/profile';
import { freelancer } from '../lib/sites/freelancer';
import { linkedin } from '../lib/sites/linkedin';
import type { RawPage, SiteAdapter } from '../lib/sites/types';
import { upwork } from '../lib/sites/upwork';
import { documentFrom, fixture } from './helpers';
import { escapeTransferState, unescapeTransferState } from '../lib/parse/transfer-state';

function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every key of `a` is in `b` with a value that is (recursively) part of b's; array items part of some item. */
function isPartOf(a: unknown, b: unknown, substrings = false): boolean {
  if (Array.isArray(a)) return Array.isArray(b) && a.every((x) => b.some((y) => isPartOf(x, y, substrings)));
  if (a && typeof a === 'object') {
    if (!b || typeof b !== 'object' || Array.isArray(b)) return false;
    return Object.entries(a).every(([k, v]) => k in b && isPartOf(v, (b as Record<string, unknown>)[k], substrings));
  }
  if (substrings && typeof a === 'string' && typeof b === 'string') return b.includes(a);
  return Object.is(a, b);
}

const WRONG = [null, 42, 'x', {}, [], true];

const trees = new Map<string, unknown>();
function upworkTree(text: string): unknown {
  if (!trees.has(text)) trees.set(text, readNuxtState(text));
  return trees.get(text);
}

/** Deletes a key or gives it a value of the wrong type somewhere in a JSON tree. */
function corrupt(tree: unknown, random: () => number): void {
  const spots: [Record<string, unknown> | unknown[], string | number][] = [];
  (function walk(o: unknown, depth: number) {
    if (!o || typeof o !== 'object' || depth > 12) return;
    for (const [k, v] of Object.entries(o)) {
      spots.push([o as Record<string, unknown>, Array.isArray(o) ? Number(k) : k]);
      walk(v, depth + 1);
    }
  })(tree, 0);
  const [parent, key] = spots[Math.floor(random() * spots.length)];
  const before = (parent as any)[key];
  if (random() < 0.5 && !Array.isArray(parent)) delete (parent as any)[key];
  else
    (parent as any)[key] = WRONG.find((w) => typeof w !== typeof before || (w === null) !== (before === null)) ?? null;
}

function variant(raw: RawPage, random: () => number, stateKey: string): RawPage {
  const out: RawPage = { ...raw };
  const keys = Object.keys(out);
  const roll = random();
  if (roll < 0.2) {
    delete out[keys[Math.floor(random() * keys.length)]];
  } else if (roll < 0.35) {
    out[keys[Math.floor(random() * keys.length)]] = null;
  } else if (stateKey === 'jsonld' && Array.isArray(out.jsonld)) {
    // Cut one JSON-LD block short.
    out.jsonld = out.jsonld.map((b) => b.slice(0, Math.floor(random() * b.length)));
  } else if (roll < 0.5 && typeof out[stateKey] === 'string') {
    const s = out[stateKey] as string;
    out[stateKey] = s.slice(0, Math.floor(random() * s.length));
  } else if (typeof out[stateKey] === 'string') {
    const s = out[stateKey] as string;
    if (stateKey === 'state') {
      const tree = JSON.parse(unescapeTransferState(s));
      for (let i = 0; i < 1 + Math.floor(random() * 3); i++) corrupt(tree.NGRX_STATE.profileViewUsers ?? tree, random);
      if (random() < 0.5) corrupt(tree.NGRX_STATE.reviews ?? tree, random);
      out[stateKey] = escapeTransferState(JSON.stringify(tree));
    } else {
      // Upwork's state is JavaScript: damage its evaluated tree and write it back as an object literal, the
      // other form the reader accepts.
      const tree = structuredClone(upworkTree(s)) as any;
      const viewer = tree.state.profileViewer;
      for (let i = 0; i < 1 + Math.floor(random() * 3); i++) corrupt(viewer.profile, random);
      if (random() < 0.5) corrupt(viewer.workHistory, random);
      out[stateKey] = `window.__NUXT__=${JSON.stringify(tree).replace(/</g, '\\u003C')};`;
    }
  }
  return out;
}

const FIXTURES: [string, SiteAdapter, string, string, number][] = [
  ['upwork/visitor-view.html', upwork, 'https://www.upwork.com/freelancers/~01a1b2c3d4e5f60718', 'nuxt', 1000],
  ['freelancer/u_user1x1.html', freelancer, 'https://www.freelancer.com/u/user1x1', 'state', 400],
  ['freelancer/u_user3x1.html', freelancer, 'https://www.freelancer.com/u/user3x1', 'state', 400],
  ['freelancer/u_user6x1.html', freelancer, 'https://www.freelancer.com/u/user6x1', 'state', 400],
  ['linkedin/guest-jsonld-2023.html', linkedin, 'https://sg.linkedin.com/in/alex-sample-0001', 'jsonld', 300],
  ['linkedin/guest-dom-2026.html', linkedin, 'https://www.linkedin.com/in/alex-sample-0001', 'experience', 300],
  ['linkedin/logged-in-2026.html', linkedin, 'https://www.linkedin.com/in/alex-sample-0001', 'top', 300],
];

describe.each(FIXTURES)('%s', (file, site, href, stateKey, count) => {
  const url = new URL(href);
  const html = fixture(file);
  const raw = site.collect(documentFrom(html), url);
  const original = site.interpret(raw, url);

  it(`survives ${count} damaged variants of the collected data`, () => {
    expect(original.status).toBe('ok');
    const random = rng(count);
    const statuses = new Set<string>();
    for (let i = 0; i < count; i++) {
      const r = site.interpret(variant(raw, random, stateKey), url);
      statuses.add(r.status);
      const valid = ReadResultSchema.safeParse(r);
      if (!valid.success) throw new Error(`variant ${i}: invalid result ${valid.error.message}`);
      if (r.status === 'ok' && !isPartOf(r.profile, original.profile)) {
        const bad = Object.keys(r.profile ?? {}).filter(
          (k) => !isPartOf((r.profile as any)[k], (original.profile as any)[k]),
        );
        throw new Error(
          `variant ${i}: invented data in ${bad.join(', ')}: ${JSON.stringify(bad.map((k) => [(r.profile as any)[k], (original.profile as any)[k]])).slice(0, 600)}`,
        );
      }
    }
    // The damage really reached the reader: some variants were not read as fully.
    expect(statuses.has('ok') && statuses.size > 1).toBe(true);
  }, 120_000);

  it('survives pages with random elements removed', () => {
    const random = rng(7);
    for (let i = 0; i < 8; i++) {
      const doc = documentFrom(html);
      const all = doc.body.querySelectorAll('*');
      for (let j = 0; j < 25; j++) all[Math.floor(random() * all.length)]?.remove();
      const r = site.read(doc, url);
      expect(ReadResultSchema.safeParse(r).success).toBe(true);
      // Removing an element inside a text shortens that text: a shorter text is no invention.
      if (r.status === 'ok' && !isPartOf(r.profile, original.profile, true)) {
        const bad = Object.keys(r.profile ?? {}).filter(
          (k) => !isPartOf((r.profile as any)[k], (original.profile as any)[k], true),
        );
        throw new Error(
          `page ${i}: invented ${JSON.stringify(bad.map((k) => [k, (r.profile as any)[k], (original.profile as any)[k]])).slice(0, 500)}`,
        );
      }
    }
  }, 120_000);
});
