// The published business, association and project pages the bench reads for false alarms (bench/market-text.ts,
// bench/benign-web/): every item well formed, once, with its source; no text of the measurement corpus; a person's
// address only as an invented one; every finding the rules make on it judged by hand, and no more false alarms than
// measured when the set was built.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../lib/analyze';
import { judged, marketFiles, marketFileText, marketText, MarketPassage } from '../bench/market-text';
import { everyRecord } from './corpus/real/load';

const FOLDER = 'benign-web';
const DIR = join(__dirname, '..', 'bench', FOLDER);
const norm = (t: string) => t.replace(/\s+/g, ' ').trim().toLowerCase();

describe('bench/benign-web', () => {
  const items = marketText(FOLDER);

  it('has one gzipped file per language, every line a web page passage with its exact source (repo, commit, path)', () => {
    expect(marketFiles(FOLDER)).toEqual(['de', 'en', 'es', 'fr', 'pt'].map((l) => `web-${l}.jsonl.gz`));
    for (const f of marketFiles(FOLDER)) {
      const lines = marketFileText(f, FOLDER).split('\n');
      expect(lines.pop(), `${f} ends with a newline`).toBe('');
      for (const l of lines) {
        const item = MarketPassage.parse(JSON.parse(l));
        expect(item.kind).toBe('web-page');
        expect(`web-${item.lang}.jsonl.gz`).toBe(f);
      }
    }
  });

  it('holds each id once and each text once (whitespace and case folded), at least 2,000 passages a language', () => {
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    expect(new Set(items.map((i) => norm(i.text))).size).toBe(items.length);
    for (const l of ['en', 'de', 'fr', 'pt', 'es'])
      expect(items.filter((i) => i.lang === l).length, l).toBeGreaterThan(2000);
  });

  it('holds no text and no source repository of the real message corpus', () => {
    const texts = new Set<string>();
    const repos = new Set<string>();
    for (const r of everyRecord()) {
      texts.add(norm(r.text));
      const m = /github\.com\/([^/\s]+\/[^/\s]+)|^([\w.-]+\/[\w.-]+) :/.exec(r.source);
      if (m) repos.add((m[1] ?? m[2]).toLowerCase());
    }
    expect(repos.size).toBeGreaterThan(500);
    expect(items.filter((i) => texts.has(norm(i.text))).map((i) => i.id)).toEqual([]);
    const repoOf = (i: MarketPassage) => /github\.com\/([^/]+\/[^/]+)\//.exec(i.source)![1].toLowerCase();
    expect([...new Set(items.map(repoOf).filter((r) => repos.has(r)))]).toEqual([]);
  });

  it("keeps a person's e-mail address only as an invented one of the same shape (role addresses as written)", () => {
    // (two webmail addresses the published pages print, spot-checked: build.py replaced every person's address)
    for (const i of items) expect(i.text, i.id).not.toMatch(/(?:manebilliet|mannyexpress11)@/i);
    expect(items.some((i) => i.text.includes('volunteer [at] bsidessf.com'))).toBe(true);
  });

  it('judges only findings of passages that exist, each with a verdict and a reason', () => {
    const ids = new Set(items.map((i) => i.id));
    const keys = Object.keys(judged(FOLDER));
    expect(keys.length).toBeGreaterThanOrEqual(230);
    for (const key of keys) expect(ids.has(key.split(' ')[0]), key).toBe(true);
  });

  it('has a hand judgement for every finding the rules make on it, and no more false alarms than measured', () => {
    // Built in the thirty-eighth session from a hunt for false alarms: with that session's start rules 76 false-alarm red
    // flags and 72 notes on these 15,259 passages (50 right red flags, 30 notes); after the classes were narrowed 44 and 70; 38 once a form's dummy address, a third party's privacy policy and a signal
    // that is no messenger were read apart; notes 63 in the fortieth session (crypto notes that name who pays whom, rights
    // passed on full payment asking nothing ahead; one more for a phone offered as the talk's channel); 59 in the forty-first
    // (a camera refusal only where the negation governs the camera word); 35 red flags in the forty-second; 60 notes in the
    // forty-third, when a chat app named as the channel of bookings, support or updates became a note (14 right ones: "Fale com
    // a Andreza agora pelo WhatsApp", "Réponses à vos questions par WhatsApp ou SMS"; one wrong: a customer's testimonial); 57 in the forty-fourth (a signal in a compound or a
    // "view-related signal" is no messenger).
    const j = judged(FOLDER);
    const unjudged: string[] = [];
    const falseAlarms = { red: 0, notes: 0 };
    for (const item of items)
      for (const f of analyzeMessage(item.text).findings) {
        const key = `${item.id} ${f.rule}`;
        if (!j[key]) unjudged.push(key);
        else if (j[key].verdict === 'false-alarm') falseAlarms[f.note ? 'notes' : 'red']++;
      }
    expect(unjudged).toEqual([]);
    // (forty-fifth session: an association's "bonjour@" address in a legal notice, a red flag, is now a note)
    expect(falseAlarms.red).toBeLessThanOrEqual(34);
    expect(falseAlarms.notes).toBeLessThanOrEqual(58);
  });

  it('stays within ~2 MB gzipped', () => {
    const bytes = marketFiles(FOLDER).reduce((a, f) => a + statSync(join(DIR, f)).size, 0);
    expect(bytes).toBeLessThan(2_100_000);
  });
});
