// The real marketplace text the bench reads (bench/market-text.ts): every item well formed, once, with its
// source; the hand judgements name passages that exist; the whole stays small enough to keep in git.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../lib/analyze';
import { judged, marketFiles, marketFileText, marketText, MarketPassage } from '../bench/market-text';
import { everyRecord } from './corpus/real/load';

const DIR = join(__dirname, '..', 'bench', 'benign-market');
const norm = (t: string) => t.replace(/\s+/g, ' ').trim().toLowerCase();

describe('bench/benign-market', () => {
  const items = marketText();

  it('has one gzipped file per source, every line an item with text, lang, kind and an exact source (repo, commit, path)', () => {
    expect(marketFiles().length).toBeGreaterThanOrEqual(5);
    for (const f of marketFiles()) {
      const lines = marketFileText(f).split('\n');
      expect(lines.pop(), `${f} ends with a newline`).toBe('');
      for (const l of lines) {
        const item = MarketPassage.parse(JSON.parse(l));
        // The id names its file: upwork-jobs-00001 is in upwork-jobs.jsonl.gz.
        expect(`${item.id.replace(/-\d{5}$/, '')}.jsonl.gz`).toBe(f);
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
    const corpus = new Set(everyRecord().map((r) => norm(r.text)));
    expect(corpus.size).toBeGreaterThan(1000);
    expect(items.filter((i) => corpus.has(norm(i.text))).map((i) => i.id)).toEqual([]);
  });

  it("keeps a person's e-mail address only as an invented one of the same shape (role addresses as written)", () => {
    // The builder replaced each person's address; a real one left in would be a published person's. Spot-check
    // that no well-known real domain of a recruiter from the sources survived but in a role address
    // (positionen@, jobs@), which is the agency's desk, no person's.
    const emails = items.flatMap((i) => i.text.match(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g) ?? []);
    const personal = emails.filter((e) => !/^(?:positionen|jobs?|contact|kontakt|info|bewerbung)@/i.test(e));
    expect(personal.length).toBeGreaterThan(100);
    for (const e of personal) expect(e).not.toMatch(/@(?:hays|gulp|randstad)\./i);
  });

  it('judges only findings of passages that exist, each with a verdict and a reason', () => {
    const ids = new Set(items.map((i) => i.id));
    const j = judged();
    expect(Object.keys(j).length).toBeGreaterThan(0);
    for (const key of Object.keys(j)) expect(ids.has(key.split(' ')[0]), key).toBe(true);
  });

  it('has a hand judgement for every finding the rules make on it, and no more false alarms than measured', () => {
    // A rule change that finds something new here must be read and judged (bench/benign-market/judged.json), not
    // counted blind; the false alarms are the ones left after the twenty-second session on all 14,868 passages (14,822 since the
    // twenty-third: 46 the nineteenth held-out set holds were taken out, none with a finding; 14,794 since the
    // twenty-fourth: 28 the twentieth holds; 14,752 since the twenty-fifth: 6 and 36 the twenty-first and twenty-second hold;
    // 14,720 since the twenty-sixth: 32 freelancermap posts the twenty-third holds; 14,717 since the thirty-fifth: 3
    // Freelancer.com projects the thirtieth holds).
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
    // (first measured on all 14,877 passages, nine of them since taken out as held-out text: 18 false alarms; the classes they showed — French recruiting and
    // government team mailboxes, LinkedIn asked as application material, a company's LinkedIn page, "40% Remote", a
    // booking/payment feature — were fixed in the same session: what is left is measured on the text the fixes came from)
    expect(falseAlarms.sort()).toEqual(['workana-jobs-00390 move-off-platform'].sort());
  });

  it('is large enough to measure 1 false alarm per 10,000 passages, in five languages', () => {
    // On 4,651 passages one finding was 2.2 per 10,000: the target could not be shown met. Issue 12 asks for ≤ 1.
    expect(items.length).toBeGreaterThanOrEqual(12_000);
    const langs = new Map<string, number>();
    for (const i of items) langs.set(i.lang, (langs.get(i.lang) ?? 0) + 1);
    for (const l of ['en', 'de', 'fr', 'pt', 'es']) expect(langs.get(l) ?? 0, l).toBeGreaterThan(400);
  });

  it('keeps role addresses as written, and no obfuscated personal address ("t.muster(AT)firma.com") as written', () => {
    // build.py keeps an organisation's role address (policy v2.1 rule 12 reads it apart from a person's); a
    // scrambled "recrutement@" would read as a person's to the rules.
    expect(items.some((i) => i.text.includes('recrutement@beta.gouv.fr'))).toBe(true);
    for (const i of items) expect(i.text, i.id).not.toMatch(/(?:@|\((?:at|@|a)\)\s?)(?:sthree|computerfutures)\./i);
  });

  it('stays within ~2 MB gzipped', () => {
    const bytes = marketFiles().reduce((a, f) => a + statSync(join(DIR, f)).size, 0);
    expect(bytes).toBeLessThan(2_100_000);
  });
});
