// The real marketplace text the bench reads (bench/market-text.ts): every item well formed, once, with its
// source; the hand judgements name passages that exist; the whole stays small enough to keep in git.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../lib/analyze';
import { judged, marketFiles, marketText, MarketPassage } from '../bench/market-text';

const DIR = join(__dirname, '..', 'bench', 'benign-market');
const norm = (t: string) => t.replace(/\s+/g, ' ').trim().toLowerCase();

describe('bench/benign-market', () => {
  const items = marketText();

  it('has one file per source, every line an item with text, lang, kind and an exact source (repo, commit, path)', () => {
    expect(marketFiles().length).toBeGreaterThanOrEqual(5);
    for (const f of marketFiles()) {
      const lines = readFileSync(join(DIR, f), 'utf8').split('\n');
      expect(lines.pop(), `${f} ends with a newline`).toBe('');
      for (const l of lines) {
        const item = MarketPassage.parse(JSON.parse(l));
        // The id names its file: upwork-jobs-00001 is in upwork-jobs.jsonl.
        expect(`${item.id.replace(/-\d{5}$/, '')}.jsonl`).toBe(f);
      }
    }
  });

  it('holds each id once and each text once (whitespace and case folded)', () => {
    const ids = new Set(items.map((i) => i.id));
    expect(ids.size).toBe(items.length);
    const texts = new Set(items.map((i) => norm(i.text)));
    expect(texts.size).toBe(items.length);
  });

  it('holds no text of the real message corpus', () => {
    const corpus = new Set<string>();
    const root = join(__dirname, 'corpus', 'real');
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.jsonl'));
    for (const f of files)
      for (const l of readFileSync(join(root, f), 'utf8')
        .split('\n')
        .filter((x) => x.trim()))
        corpus.add(norm((JSON.parse(l) as { text: string }).text));
    expect(corpus.size).toBeGreaterThan(1000);
    expect(items.filter((i) => corpus.has(norm(i.text))).map((i) => i.id)).toEqual([]);
  });

  it('keeps e-mail addresses only as invented ones of the same shape (no address of the sources as written)', () => {
    // The builder replaced each address; a real one left in would be a published person's. Spot-check that no
    // well-known real domain of a recruiter from the sources survived.
    const emails = items.flatMap((i) => i.text.match(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g) ?? []);
    for (const e of emails) expect(e).not.toMatch(/@(?:hays|gulp|randstad)\./i);
  });

  it('judges only findings of passages that exist, each with a verdict and a reason', () => {
    const ids = new Set(items.map((i) => i.id));
    const j = judged();
    expect(Object.keys(j).length).toBeGreaterThan(0);
    for (const key of Object.keys(j)) expect(ids.has(key.split(' ')[0]), key).toBe(true);
  });

  it('has a hand judgement for every finding the rules make on it, and no more false alarms than measured', () => {
    // A rule change that finds something new here must be read and judged (bench/benign-market/judged.json), not
    // counted blind; the false alarms are the twenty-first session's measured figure (one note, workana-jobs-00390).
    const j = judged();
    const unjudged: string[] = [];
    const falseAlarms: string[] = [];
    for (const item of items)
      for (const f of analyzeMessage(item.text).findings) {
        const key = `${item.id} ${f.rule}`;
        if (!j[key]) unjudged.push(key);
        else if (j[key].verdict === 'false-alarm') falseAlarms.push(key);
      }
    expect(unjudged).toEqual([]);
    expect(falseAlarms).toEqual(['workana-jobs-00390 move-off-platform']);
  });

  it('stays within ~2 MB', () => {
    const bytes = marketFiles().reduce((a, f) => a + statSync(join(DIR, f)).size, 0);
    expect(bytes).toBeLessThan(2_100_000);
  });
});
