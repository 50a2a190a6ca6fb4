/**
 * Phrasing batteries: short messages a hiring manager might receive, in five languages, each a request of one rule
 * (asked as a question, softly, in slang, in other words or inside an ordinary message) or a look-alike of it.
 * Written in the seventeenth session by two helpers who never saw the rules, their code or their output; they are
 * not real text (tests/corpus/real is) but a floor of plain wording real text should not fall below.
 * - read.jsonl (361): read to widen the rules in that session — its figures are an upper bound.
 * - fresh.jsonl (360): written afterwards by another helper, to be different (other trades and registers, a third of
 *   the requests inside longer messages), scored once by totals and never read.
 * - fifth.jsonl (400): written in the nineteenth session by a helper blind to the rules (other trades, chat
 *   transcripts with both sides, look-alikes with the risky words in them), scored once by totals before any change:
 *   141 of 250 requests found (54 as red flags), 9 of 150 look-alikes hit. Its recommendations of more workers (0 of
 *   25 found) were then read to widen that rule; the rest stays unread.
 * - policy.jsonl (320): written in the thirty-sixth session by a helper blind to the rules and labelled by the labelling
 *   policy of tests/corpus/real/MINING.md (several labels a passage, as the real corpus is): the genres where a careless
 *   reader raises false alarms (news and police warnings, advice, FAQs, refusals, clients paying ahead, signatures, form
 *   fields, third persons' contacts, past-tense stories, donation pages) and the requests real people write. Scored once
 *   (red flags 67 / 7, notes 41 / 16, missed 44 of 152), then read to widen the rules: an upper bound since.
 * - policy2.jsonl (320): a second one the same day, of marketplace conversations (proposals, first messages, mid-project chat,
 *   negotiation, invoices, recruiters, agencies; 144 with a request, every label at least 14 times). Scored once before it
 *   was read: red flags 90 / 0, notes 44 / 13, missed 54 of 188 (with the rules of the session's start 89 / 0, 40 / 13, 59);
 *   then read to widen the rules.
 * - policy3.jsonl (320): written in the thirty-seventh session by a helper blind to the rules, labelled by the same policy (v2.11):
 *   published genres — news and police or bank warnings quoting scammers, terms and help pages, issue threads and READMEs, forum
 *   posts quoting messages received, job posts, shop, contact and donation pages (168 with a label, every label at least 14
 *   times). Scored once before it was read: red flags 85 / 6, notes 48 / 7, missed 90 of 223 (the session's start: 85 / 6,
 *   48 / 9, 90); then read to widen the rules.
 * - policy4.jsonl (320): a fourth the same day, of marketplace messages saying the requests without their keyword (identity
 *   rental as "you'd be the face", remote access with no tool named, equipment with no "laptop", moving off by implication)
 *   and their closest look-alikes (177 with a label, every label at least 16 times). Scored once: 62 / 1, 49 / 9, 82 of 193
 *   (the session's start: 62 / 1, 49 / 11, 82); then read.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { withAddress } from '../real/load';

const Line = z.object({
  text: z.string().min(1),
  lang: z.enum(['en', 'de', 'es', 'fr', 'pt']),
  /** The rule asked for, or the one a look-alike resembles. */
  rule: z.string(),
  /** A request of `rule` (true) or a look-alike that asks for nothing risky (false). */
  request: z.boolean(),
  form: z.string(),
});
export type BatteryLine = z.infer<typeof Line>;

const read = (file: string): BatteryLine[] =>
  readFileSync(join(import.meta.dirname, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => Line.parse(JSON.parse(l)));

export const readBattery = (): BatteryLine[] => read('read.jsonl');
export const freshBattery = (): BatteryLine[] => read('fresh.jsonl');
export const fifthBattery = (): BatteryLine[] => read('fifth.jsonl');

const PolicyLine = z.object({
  id: z.string(),
  text: z.string().min(1),
  lang: z.enum(['en', 'de', 'es', 'fr', 'pt']),
  labels: z.array(z.string()),
  genre: z.string(),
  why: z.string(),
});
/** A policy-labelled battery as the real corpus is scored: each text (an example address for "[wallet]") and its labels. */
export const policyBattery = (file = 'policy.jsonl'): [text: string, labels: string[]][] =>
  readFileSync(join(import.meta.dirname, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => PolicyLine.parse(JSON.parse(l)))
    .map((l) => [withAddress(l.text), l.labels]);

export interface BatteryScore {
  requests: number;
  /** Requests whose rule found them (as a red flag or a note). */
  found: number;
  /** … of them as red flags. */
  flags: number;
  lookAlikes: number;
  /** Look-alikes on which any rule found anything. */
  lookAlikesHit: number;
}

/** Totals, and per rule, of what `analyze` finds on a battery. */
export function scoreBattery(
  lines: BatteryLine[],
  analyze: (text: string) => { findings: { rule: string; note?: boolean }[] },
): { total: BatteryScore; perRule: Record<string, BatteryScore> } {
  const empty = (): BatteryScore => ({ requests: 0, found: 0, flags: 0, lookAlikes: 0, lookAlikesHit: 0 });
  const total = empty();
  const perRule: Record<string, BatteryScore> = {};
  for (const l of lines) {
    const findings = analyze(l.text).findings;
    const own = findings.find((f) => f.rule === l.rule);
    for (const s of [total, (perRule[l.rule] ??= empty())]) {
      if (l.request) {
        s.requests++;
        if (own) s.found++;
        if (own && !own.note) s.flags++;
      } else {
        s.lookAlikes++;
        if (findings.length) s.lookAlikesHit++;
      }
    }
  }
  return { total, perRule };
}
