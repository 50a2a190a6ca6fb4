/**
 * Property-based fuzzing of the embedded states and collected fields (issue 14), without a page parse each
 * time: the real Upwork `__NUXT__` state with random values written at random places (as an object literal
 * and as the IIFE Nuxt really prints), the real Freelancer webapp-state likewise, random LinkedIn JSON-LD
 * Person blocks beside the real one, and random text in every field every reader collects. Seeded and
 * bounded (a few seconds). Asserts: nothing throws out of interpret; every validated read is a valid
 * ReadResult; `ok` only with every field in the contract's shape.
 */
import fc from 'fast-check';
import { readdirSync } from 'node:fs';
import { describe, it } from 'vitest';
import { readNuxtState } from '../../lib/parse/nuxt-state';
import { escapeTransferState, unescapeTransferState } from '../../lib/parse/transfer-state';
import { siteForHost } from '../../lib/sites';
import type { RawPage, SiteAdapter } from '../../lib/sites/types';
import { documentFrom, fixture, FIXTURES } from '../helpers';
import { json, person, SEED, text, url } from './arbitraries';
import { checkInterpret } from './checks';

function collected(file: string, href: string): { site: SiteAdapter; u: URL; raw: RawPage } {
  const u = new URL(href);
  const site = siteForHost(u)!;
  return { site, u, raw: site.collect(documentFrom(fixture(file)), u) };
}

const check = checkInterpret;

/** A deep copy of `tree` with `value`s written at places picked by `picks` (any key, any depth ≤ 10). */
function rewrite(tree: unknown, edits: [number, unknown][]): unknown {
  const copy = structuredClone(tree);
  for (const [pick, value] of edits) {
    const spots: [Record<string, unknown>, string][] = [];
    (function walk(o: unknown, depth: number) {
      if (!o || typeof o !== 'object' || depth > 10) return;
      for (const [k, v] of Object.entries(o)) {
        spots.push([o as Record<string, unknown>, k]);
        walk(v, depth + 1);
      }
    })(copy, 0);
    if (!spots.length) return value;
    const [parent, key] = spots[pick % spots.length];
    parent[key] = value;
  }
  return copy;
}
const edits = fc.array(fc.tuple(fc.nat(), fc.oneof(json, text, url)), { minLength: 1, maxLength: 5 });
const literal = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003C');

describe('fuzz: random embedded states', () => {
  it('Upwork __NUXT__: random values anywhere in the real state, as a literal or an IIFE', () => {
    const { site, u, raw } = collected(
      'upwork/visitor-view.html',
      'https://www.upwork.com/freelancers/~01a1b2c3d4e5f60718',
    );
    const tree = readNuxtState(raw.nuxt as string) as { state: { profileViewer: Record<string, unknown> } };
    const viewer = tree.state.profileViewer;
    fc.assert(
      fc.property(edits, fc.boolean(), json, (es, iife, extra) => {
        let nuxt: string;
        if (iife) {
          const p = rewrite(viewer.profile, es);
          nuxt = `window.__NUXT__=(function(a,b,c){return {state:{profileViewer:{profile:a,workHistory:b},x:c}}}(${literal(p)},${literal(viewer.workHistory)},${literal(extra)}));`;
        } else nuxt = `window.__NUXT__=${literal(rewrite(tree, es))};`;
        check(site, u, { ...raw, nuxt }, 'upwork');
      }),
      { seed: SEED, numRuns: 50 },
    );
  });

  it('Freelancer webapp-state: random values anywhere in the real transfer state', () => {
    const { site, u, raw } = collected('freelancer/u_user1x1.html', 'https://www.freelancer.com/u/user1x1');
    const tree = JSON.parse(unescapeTransferState(raw.state as string)) as unknown;
    fc.assert(
      fc.property(edits, (es) => {
        check(site, u, { ...raw, state: escapeTransferState(JSON.stringify(rewrite(tree, es))) }, 'freelancer');
      }),
      { seed: SEED, numRuns: 40 },
    );
  });

  it('LinkedIn JSON-LD: random Person blocks, and random values in the real one', () => {
    const { site, u, raw } = collected(
      'linkedin/guest-jsonld-2023.html',
      'https://www.linkedin.com/in/alex-sample-0001',
    );
    const real = (raw.jsonld as string[]).map((b) => {
      try {
        return JSON.parse(b) as unknown;
      } catch {
        return b;
      }
    });
    const block = fc.oneof(
      person.map((p) => JSON.stringify(p)),
      edits.map((es) => JSON.stringify(rewrite(real, es))),
      edits.map((es) => JSON.stringify({ '@graph': [rewrite(real[0], es)] })),
      text,
    );
    fc.assert(
      fc.property(fc.array(block, { maxLength: 4 }), (blocks) => {
        check(site, u, { ...raw, jsonld: blocks }, 'linkedin');
      }),
      { seed: SEED, numRuns: 150 },
    );
  });
});

/** What every fixture page's reader collects, at the page's URL. */
const COLLECTED = readdirSync(FIXTURES)
  .filter((d) => d !== 'messages')
  .flatMap((d) =>
    readdirSync(`${FIXTURES}/${d}`)
      .filter((f) => f.endsWith('.expected.json'))
      .map((f): [string, string] => {
        const expected = JSON.parse(fixture(`${d}/${f}`)) as { url?: string; profile?: { url?: string } };
        return [`${d}/${f.replace(/\.expected\.json$/, '.html')}`, expected.url ?? expected.profile?.url ?? ''];
      })
      .filter(([, href]) => href),
  );

describe('fuzz: random text in every collected field', () => {
  it.each(COLLECTED)('%s', (file, href) => {
    const { site, u, raw } = collected(file, href);
    const keys = Object.keys(raw);
    const value = fc.oneof(text, url, fc.array(fc.oneof(text, url), { maxLength: 5 }), fc.constant(null));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), value), { minLength: 1, maxLength: keys.length }), (changes) => {
        const out: RawPage = { ...raw };
        for (const [k, v] of changes) out[keys[k % keys.length]] = v;
        check(site, u, out, file);
      }),
      { seed: SEED, numRuns: 25 },
    );
  });
});
