/**
 * The prefix check (lib/text/prefixes.ts) may only turn away texts a pattern cannot match at that offset: its fold
 * against the engine's own case folding, its prefixes on small patterns, and every match start of every concept
 * over the corpus's messages passing the check.
 */
import { describe, expect, it } from 'vitest';
import { allConcepts } from '../lib/text/cooccur';
import { fold, prefixesFrom, prefixState, startsHere } from '../lib/text/prefixes';
import '../lib/rules';
import { benchMessageTexts } from '../bench/message';
import { NEGATIVES, POSITIVES } from './corpus/messages';
import { asLabelled, tuningText } from './corpus/real/load';
import { TUNING_2 } from './corpus/tuning-2';
import { TUNING_3 } from './corpus/tuning-3';

const prefixes = (source: string) => prefixesFrom(prefixState(source), 1000).sort();

describe('prefixes of a pattern', () => {
  it('reads words, groups and small classes, folded to capitals', () => {
    expect(prefixes('(?:i|we)(?: will| must)')).toEqual(['I MUST', 'I WILL', 'WE MUST', 'WE WILL']);
    expect(prefixes("i[’']ll go")).toEqual(["I'LL GO", 'I’LL GO']);
    // White space as one space, a digit as 0; an optional part both ways.
    expect(prefixes(String.raw`pay\s(?:me )?\d`)).toEqual(['PAY 0', 'PAY ME 0']);
  });

  it('ends a prefix where anything may follow: a wide class, a repetition, a look-around passes', () => {
    expect(prefixes(String.raw`send\s+(?:[a-z]+\s+)?money`)).toEqual(['SEND ']);
    expect(prefixes('my .*friend')).toEqual(['MY ']);
    expect(prefixes('(?<![a-z])pay(?!ment) you')).toEqual(['PAY YOU']);
    // A lookbehind in the middle consumes nothing.
    expect(prefixes('ab(?<=b)c d')).toEqual(['ABC D']);
  });

  it('has no check where a match may start with anything, or stays within its first word', () => {
    expect(prefixState(String.raw`\w+@x`)).toBe(-1);
    expect(prefixState('(?:foo)?bar|.x')).toBe(-1);
    expect(prefixState('accounts?|konto')).toBe(-1);
  });

  it('turns away only what cannot start a match', () => {
    const start = prefixState('(?:i|we)(?: will| must)');
    expect(startsHere(start, 'so I will pay', 3)).toBe(true);
    expect(startsHere(start, 'so I\twill pay', 3)).toBe(true);
    expect(startsHere(start, 'so i think', 3)).toBe(false);
    expect(startsHere(start, 'so I wi', 3)).toBe(false);
  });
});

describe('the fold', () => {
  it('is the engine\'s case folding without "u", every white space one, every digit one', () => {
    // Every character of every concept's source against all 65,536 code units: whatever the engine matches to it
    // case-insensitively folds to the same code.
    const all = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c)).join('');
    const chars = new Set<string>();
    for (const re of allConcepts()) for (const c of re.source) chars.add(c);
    for (const c of 'abcdefghijklmnopqrstuvwxyzäöüßéèêàçñãõœÿ’') chars.add(c);
    expect(chars.size).toBeGreaterThan(60);
    for (const c of chars) {
      const re = new RegExp(c.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&'), 'gi');
      for (const m of all.matchAll(re))
        expect(fold(m[0].charCodeAt(0)), `${c} matches U+${m[0].charCodeAt(0).toString(16)}`).toBe(
          fold(c.charCodeAt(0)),
        );
    }
    for (const m of all.matchAll(/\s/g)) expect(fold(m[0].charCodeAt(0))).toBe(32);
    for (const d of '0123456789') expect(fold(d.charCodeAt(0))).toBe(48);
  });
});

describe('every concept', () => {
  it('passes the check at every offset one of its matches starts, over the corpus', () => {
    const texts = [...POSITIVES, ...NEGATIVES, ...TUNING_2, ...TUNING_3, ...asLabelled(tuningText())].map(([t]) => t);
    texts.push(...benchMessageTexts());
    // The same characters in a two-byte string (as lib/text/message.ts reads a message).
    texts.push(...texts.slice(0, 200).map((t) => `${t}’`));
    let checked = 0;
    let matches = 0;
    for (const re of allConcepts()) {
      const start = prefixState(re.source);
      if (start < 0) continue;
      checked++;
      const scan = new RegExp(re.source, 'gi');
      for (const text of texts) {
        // Each offset a match starts at (the scan from one past the last finds the next).
        for (let at = 0; at <= text.length;) {
          scan.lastIndex = at;
          const m = scan.exec(text);
          if (!m) break;
          matches++;
          if (!startsHere(start, text, m.index))
            expect.fail(
              `/${re.source.slice(0, 100)}/ matches "${text.slice(m.index, m.index + 40)}"; the check says no`,
            );
          at = m.index + 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(150);
    expect(matches).toBeGreaterThan(20_000);
  });
});
