/**
 * The message rules on real text other people wrote, read by hand: each folder holds gzipped JSONL passages with their
 * sources and judged.json, the verdict on every finding (bench/benign-market/, bench/benign-web/).
 *
 * bench/benign-market/: real marketplace text — job posts and project descriptions (Upwork,
 * Freelancer.com, PeoplePerHour, Workana, freelancermap), freelancers' profile overviews and proposal samples,
 * kept gzipped in bench/benign-market/*.jsonl.gz with each passage's source (bench/benign-market/README.md says where
 * from and how it was cut). Issue 12 asks for at most 1 finding per 10,000 passages of text without risky
 * requests.
 *
 * Not every job post is without one: a post that gives an e-mail address to write to, or asks to rent an
 * account, asks what the rules look for. Every finding was read and judged by hand in
 * bench/benign-market/judged.json ("asks": the text does ask it, a right finding; "false-alarm": it does
 * not). The bench reports both, and any finding nobody has judged yet (after a rule change) as unread — never
 * as either.
 *
 * bench/benign-web/: published pages of small businesses, associations and projects in five languages (shops' terms and
 * imprints, privacy and donation pages, IT help desks' procedures, job posts, blogs), from repositories no measurement set
 * cites; a hunt for the rules' false alarms (thirty-eighth session) judged every finding by the labelling policy
 * (bench/benign-web/README.md). Some of it does ask what the rules look for ("Escríbeme a …", a deposit demanded).
 *
 * bench/benign-advice/: hiring advice — guides and blog posts for freelancers and clients on getting paid, deposits, crypto,
 * messengers, scams and proposals, forum answers, freelancers' process pages — from stored web pages no measurement set cites
 * (thirty-ninth session, bench/benign-advice/README.md): the kind of text on which the thirty-third held-out set found five
 * wrong red flags in nine.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { z } from 'zod';
import { analyzeMessage } from '../lib/analyze';

/** The folders of judged real text: marketplace text, published business, association and project pages, and hiring advice. */
export type JudgedFolder = 'benign-market' | 'benign-web' | 'benign-advice';
const dirOf = (folder: JudgedFolder) => join(import.meta.dirname, folder);

export const MarketPassage = z
  .object({
    id: z.string().regex(/^[a-z-]+-\d{5}$/),
    text: z.string().min(21),
    lang: z.enum(['en', 'de', 'es', 'fr', 'pt']),
    kind: z.enum(['job-post', 'job-title', 'profile-overview', 'proposal', 'web-page', 'advice-page']),
    // (a file's GitHub address at its commit; an advice page's own address, as the stored pages give it)
    source: z
      .string()
      .regex(/^https:\/\/github\.com\/[^/]+\/[^/]+\/blob\/[0-9a-f]{40}\/\S+$|^https?:\/\/[^\s/]+\.[^\s/]+\S*$/),
  })
  .refine((p) => p.kind === 'advice-page' || p.source.startsWith('https://github.com/'), 'a GitHub source');
export type MarketPassage = z.infer<typeof MarketPassage>;

export const Judgement = z.object({ verdict: z.enum(['asks', 'false-alarm']), reason: z.string().min(10) });
/** Keyed by `${passage id} ${rule id}`. */
export const Judged = z.record(z.string().regex(/^[a-z-]+-\d{5} [a-z-]+$/), Judgement);

/** One gzipped JSONL file per source or language, named for it (upwork-jobs.jsonl.gz, web-de.jsonl.gz …). */
export function marketFiles(folder: JudgedFolder = 'benign-market'): string[] {
  return readdirSync(dirOf(folder))
    .filter((f) => f.endsWith('.jsonl.gz'))
    .sort();
}

/** A source file's text, unzipped. */
export function marketFileText(file: string, folder: JudgedFolder = 'benign-market'): string {
  return gunzipSync(readFileSync(join(dirOf(folder), file))).toString('utf8');
}

export function marketText(folder: JudgedFolder = 'benign-market'): MarketPassage[] {
  return marketFiles(folder).flatMap((f) =>
    marketFileText(f, folder)
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => MarketPassage.parse(JSON.parse(l))),
  );
}

export function judged(folder: JudgedFolder = 'benign-market'): z.infer<typeof Judged> {
  return Judged.parse(JSON.parse(readFileSync(join(dirOf(folder), 'judged.json'), 'utf8')));
}

/** Per source or language: passages, findings (red flags, notes) and how they were judged. */
type Count = { passages: number; red_flags: number; notes: number; asks: number; false_alarms: number; unread: number };
const count = (): Count => ({ passages: 0, red_flags: 0, notes: 0, asks: 0, false_alarms: 0, unread: 0 });
const per10k = (n: number, of: number) => Math.round((n / of) * 100_000) / 10;
const withRates = (split: Record<string, Count>) =>
  Object.fromEntries(
    Object.entries(split)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, c]) => [k, { ...c, false_alarms_per_10k: per10k(c.false_alarms, c.passages) }]),
  );

export function benchMarketText(folder: JudgedFolder = 'benign-market') {
  const passages = marketText(folder);
  const verdicts = judged(folder);
  const sourceOf = (id: string) => id.replace(/-\d{5}$/, '');
  const by_source: Record<string, Count> = {};
  const by_language: Record<string, Count> = {};
  const tally = {
    asks: { red_flags: 0, notes: 0 },
    false_alarms: { red_flags: 0, notes: 0 },
    unread: { red_flags: 0, notes: 0 },
  };
  const unread: string[] = [];
  const falseAlarms: string[] = [];
  const seen = new Set<string>();
  for (const p of passages) {
    const s = (by_source[sourceOf(p.id)] ??= count());
    const l = (by_language[p.lang] ??= count());
    s.passages++;
    l.passages++;
    for (const f of analyzeMessage(p.text).findings) {
      const kind = f.note ? 'notes' : 'red_flags';
      s[kind]++;
      l[kind]++;
      const key = `${p.id} ${f.rule}`;
      seen.add(key);
      const v = verdicts[key]?.verdict;
      const line = `${key}${f.note ? ' (note)' : ''}: ${(f.quotes ?? []).join(' | ').replace(/\s+/g, ' ').slice(0, 100)}`;
      const verdict = v === 'asks' ? 'asks' : v === 'false-alarm' ? 'false_alarms' : 'unread';
      tally[verdict][kind]++;
      s[verdict]++;
      l[verdict]++;
      if (verdict === 'false_alarms') falseAlarms.push(line);
      if (verdict === 'unread') unread.push(line);
    }
  }
  const n = passages.length;
  const red_flags = tally.asks.red_flags + tally.false_alarms.red_flags + tally.unread.red_flags;
  const notes = tally.asks.notes + tally.false_alarms.notes + tally.unread.notes;
  return {
    passages: n,
    red_flags,
    notes,
    red_flags_per_10k: per10k(red_flags, n),
    notes_per_10k: per10k(notes, n),
    asks: tally.asks,
    false_alarms: tally.false_alarms,
    false_alarm_red_flags_per_10k: per10k(tally.false_alarms.red_flags, n),
    false_alarm_findings_per_10k: per10k(tally.false_alarms.red_flags + tally.false_alarms.notes, n),
    unread: { ...tally.unread, findings: unread },
    /** Judged findings the rules no longer raise (the judgement file is older than the rules). */
    judged_not_found: Object.keys(verdicts).filter((k) => !seen.has(k)),
    false_alarm_findings: falseAlarms,
    /** What one finding more or less moves the rate by: the sample's resolution. */
    one_finding_per_10k: per10k(1, n),
    by_source: withRates(by_source),
    by_language: withRates(by_language),
  };
}
