// Hiring advice nobody here wrote, for the rules' false alarms (bench/market-text.ts, bench/benign-advice/): guides and blog
// posts for freelancers and clients on getting paid, deposits, crypto, messengers and scams, forum answers and freelancers'
// process pages; every item well formed, once, with its source; no text and no source page of the measurement corpus; every
// finding the rules make on it judged by hand, and no more false alarms than measured when the folder was built.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../lib/analyze';
import { judged, marketFiles, marketFileText, marketText, MarketPassage } from '../bench/market-text';
import { everyRecord } from './corpus/real/load';

const FOLDER = 'benign-advice';
const DIR = join(__dirname, '..', 'bench', FOLDER);
const norm = (t: string) => t.replace(/\s+/g, ' ').trim().toLowerCase();
const page = (url: string) =>
  url
    .replace(/^https?:\/\/(?:www\.)?/, '')
    .replace(/#.*$/, '')
    .replace(/\/$/, '')
    .toLowerCase();

describe('bench/benign-advice', () => {
  const items = marketText(FOLDER);

  it('has one gzipped file per language, every line an advice passage with the address of its page', () => {
    expect(marketFiles(FOLDER)).toEqual(['de', 'en', 'es', 'fr', 'pt'].map((l) => `advice-${l}.jsonl.gz`));
    for (const f of marketFiles(FOLDER)) {
      const lines = marketFileText(f, FOLDER).split('\n');
      expect(lines.pop(), `${f} ends with a newline`).toBe('');
      for (const l of lines) {
        const item = MarketPassage.parse(JSON.parse(l));
        expect(item.kind).toBe('advice-page');
        expect(`advice-${item.lang}.jsonl.gz`).toBe(f);
      }
    }
  });

  it('holds each id once and each text once (whitespace and case folded), at least 100 passages a language', () => {
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    expect(new Set(items.map((i) => norm(i.text))).size).toBe(items.length);
    for (const l of ['en', 'de', 'fr', 'pt', 'es'])
      expect(items.filter((i) => i.lang === l).length, l).toBeGreaterThanOrEqual(100);
  });

  it('holds no text and no source page of the real message corpus (its held-out sets included)', () => {
    const texts = new Set<string>();
    const pages = new Set<string>();
    for (const r of everyRecord()) {
      texts.add(norm(r.text));
      for (const u of r.source.match(/https?:\/\/\S+/g) ?? []) pages.add(page(u.replace(/[),.;]+$/, '')));
    }
    expect(pages.size).toBeGreaterThan(1000);
    expect(items.filter((i) => texts.has(norm(i.text))).map((i) => i.id)).toEqual([]);
    expect(items.filter((i) => pages.has(page(i.source))).map((i) => i.id)).toEqual([]);
  });

  it('keeps no e-mail address or phone number of a person', () => {
    for (const i of items) {
      expect(i.text, i.id).not.toMatch(/[\w.+-]+@[\w-]+\.[a-z]{2,}/i);
      expect(i.text, i.id).not.toMatch(/\+\d[\d\s().-]{8,}\d/);
    }
  });

  it('has a hand judgement for every finding the rules make on it, and no more false alarms than measured', () => {
    // Built in the thirty-ninth session from a hunt for false alarms on hiring advice: with that session's rules before the
    // hunt 13 wrong red flags and 52 wrong notes on these 703 passages (4 right red flags, 1 right note); 7 and 52 once the
    // reader paid in crypto and advice to peers were read apart; 7 and 54 after a second review narrowed both (a tip counts as
    // advice only when it tells the reader to charge; "when clients agree" and "your quotes" are no advice); 7 and 33 once a
    // crypto note needs the writer as the one paid or the reader as the one who pays, 7 and 26 once asking for a deposit as
    // a topic is no demand, 25 once a possessive names the writer as paid only on a payment's object (fortieth session); 29
    // in the forty-third, when a chat app named as the channel of dealings became a note ("Send invoice via WhatsApp", a tip);
    // 30 (and 6 red) in the fifty-sixth, when a share told as what "works well for larger projects" became a note.
    const j = judged(FOLDER);
    const ids = new Set(items.map((i) => i.id));
    for (const key of Object.keys(j)) expect(ids.has(key.split(' ')[0]), key).toBe(true);
    const unjudged: string[] = [];
    const falseAlarms = { red: 0, notes: 0 };
    let right = 0;
    for (const item of items)
      for (const f of analyzeMessage(item.text).findings) {
        const key = `${item.id} ${f.rule}`;
        if (!j[key]) unjudged.push(key);
        else if (j[key].verdict === 'false-alarm') falseAlarms[f.note ? 'notes' : 'red']++;
        else right++;
      }
    expect(unjudged).toEqual([]);
    expect(falseAlarms.red).toBeLessThanOrEqual(6);
    expect(falseAlarms.notes).toBeLessThanOrEqual(30);
    expect(right).toBeGreaterThanOrEqual(5);
  });

  it('stays small', () => {
    const bytes = marketFiles(FOLDER).reduce((a, f) => a + statSync(join(DIR, f)).size, 0);
    expect(bytes).toBeLessThan(200_000);
  });
});
