/**
 * The message rules on real published text (tests/corpus/real): the corpus is what the issue asked for, and
 * the figures do not fall below what was measured when the rules were last changed. Only totals of the
 * held-out half are computed here; its messages are never printed (npm run corpus prints the tables).
 */
import { describe, expect, it } from 'vitest';
import { messageRules } from '../lib/rules';
import { corpusMetrics } from './corpus/metrics';
import {
  LANGS,
  asLabelled,
  eighthHeldOut,
  ninthHeldOut,
  tenthHeldOut,
  eleventhHeldOut,
  twelfthHeldOut,
  thirteenthHeldOut,
  fourteenthHeldOut,
  fifteenthHeldOut,
  sixteenthHeldOut,
  seventeenthHeldOut,
  eighteenthHeldOut,
  nineteenthHeldOut,
  twentiethHeldOut,
  twentyFirstHeldOut,
  twentySecondHeldOut,
  twentyThirdHeldOut,
  twentyFourthHeldOut,
  twentyFifthHeldOut,
  twentySixthHeldOut,
  twentySeventhHeldOut,
  twentyEighthHeldOut,
  twentyNinthHeldOut,
  thirtiethHeldOut,
  thirtyFirstHeldOut,
  thirtySecondHeldOut,
  thirtyThirdHeldOut,
  thirtyFourthHeldOut,
  thirtyFifthHeldOut,
  fifthHeldOut,
  fourthHeldOut,
  freshHeldOut,
  realItems,
  realSplit,
  seventhHeldOut,
  sixthHeldOut,
  thirdHeldOut,
  tuningText,
} from './corpus/real/load';

describe('real message corpus', () => {
  const items = realItems();

  it('is real, sourced and balanced: ≥ 400 passages, ≥ as many hard negatives, five languages', () => {
    expect(items.length).toBeGreaterThanOrEqual(400);
    const positives = items.filter((i) => i.labels.length);
    expect(items.length - positives.length).toBeGreaterThanOrEqual(positives.length);
    for (const lang of LANGS) expect(items.filter((i) => i.lang === lang).length, lang).toBeGreaterThanOrEqual(30);
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    const ids = new Set(messageRules.map((r) => r.id));
    for (const i of items) {
      expect(i.source, i.id).toMatch(/^https?:\/\/\S+$|^[\w.-]+\/[\w.-]+ : \S/);
      for (const l of i.labels) expect(ids.has(l), `${i.id}: ${l}`).toBe(true);
    }
    for (const r of messageRules)
      expect(positives.filter((i) => i.labels.includes(r.id)).length, r.id).toBeGreaterThanOrEqual(10);
  });

  it('was split before tuning, and the halves share no text', () => {
    const { tuning, heldOut } = realSplit();
    expect(heldOut.length).toBeGreaterThanOrEqual(200);
    const seen = new Set(tuning.map((i) => i.text));
    for (const i of heldOut) expect(seen.has(i.text)).toBe(false);
  });

  it('has a fresh held-out set, mined apart, sharing no text with the first corpus', () => {
    const fresh = freshHeldOut();
    expect(fresh.length).toBeGreaterThanOrEqual(300);
    expect(fresh.length - fresh.filter((i) => i.labels.length).length).toBeGreaterThanOrEqual(
      fresh.filter((i) => i.labels.length).length,
    );
    const first = new Set(items.map((i) => i.text.toLowerCase().replace(/\s+/g, ' ').trim()));
    for (const i of fresh) expect(first.has(i.text.toLowerCase().replace(/\s+/g, ' ').trim()), i.id).toBe(false);
  });

  // Each later set: big enough, at least as many hard negatives as positives, every language, and no text of a set
  // before it (a repeat would have been read).
  const norm = (t: string) => t.toLowerCase().replace(/\s+/g, ' ').trim();
  // In the order they were mined; each set is checked against every one before it.
  const MINED = [
    () => items,
    freshHeldOut,
    thirdHeldOut,
    fourthHeldOut,
    fifthHeldOut,
    sixthHeldOut,
    seventhHeldOut,
    eighthHeldOut,
    ninthHeldOut,
    tenthHeldOut,
    eleventhHeldOut,
    twelfthHeldOut,
    thirteenthHeldOut,
    fourteenthHeldOut,
    fifteenthHeldOut,
    sixteenthHeldOut,
    seventeenthHeldOut,
    eighteenthHeldOut,
    nineteenthHeldOut,
    twentiethHeldOut,
    twentyFirstHeldOut,
    twentySecondHeldOut,
    twentyThirdHeldOut,
    twentyFourthHeldOut,
    twentyFifthHeldOut,
    twentySixthHeldOut,
    twentySeventhHeldOut,
    twentyEighthHeldOut,
    twentyNinthHeldOut,
    thirtiethHeldOut,
    thirtyFirstHeldOut,
    thirtySecondHeldOut,
    thirtyThirdHeldOut,
    thirtyFourthHeldOut,
    thirtyFifthHeldOut,
  ];
  const before = (set: (typeof MINED)[number]) => MINED.slice(0, MINED.indexOf(set));
  it.each([
    ['third', thirdHeldOut, 250, 0, 0, before(thirdHeldOut)],
    ['fourth', fourthHeldOut, 250, 0, 40, before(fourthHeldOut)],
    ['fifth', fifthHeldOut, 300, 100, 50, before(fifthHeldOut)],
    ['sixth', sixthHeldOut, 350, 120, 45, before(sixthHeldOut)],
    ['seventh', seventhHeldOut, 250, 90, 40, before(seventhHeldOut)],
    ['eighth', eighthHeldOut, 300, 70, 40, before(eighthHeldOut)],
    ['ninth', ninthHeldOut, 300, 70, 50, before(ninthHeldOut)],
    ['tenth', tenthHeldOut, 300, 100, 50, before(tenthHeldOut)],
    ['eleventh', eleventhHeldOut, 300, 120, 40, before(eleventhHeldOut)],
    ['twelfth', twelfthHeldOut, 180, 60, 25, before(twelfthHeldOut)],
    ['thirteenth', thirteenthHeldOut, 140, 60, 20, before(thirteenthHeldOut)],
    // (the fourteenth has 107 hard negatives for 110 labelled passages: mailing-list spam is mostly requests; the
    // eight held-out sets together keep 1,276 negatives for 726 labelled. Since its second labelling and policy v2.3 in
    // the twenty-fourth session: 102 for 115 — "e-mail me" in 419 mail is move-off-platform)
    ['fourteenth', fourteenthHeldOut, 210, 100, 20, before(fourteenthHeldOut), 0.88],
    ['fifteenth', fifteenthHeldOut, 200, 40, 20, before(fifteenthHeldOut)],
    // (the sixteenth: 270 passages, 127 labelled; Spanish 37 and French 41, mostly narrations and notices)
    ['sixteenth', sixteenthHeldOut, 260, 120, 35, before(sixteenthHeldOut)],
    // (the seventeenth: 284 passages, 108 labelled; en 93, de 61, fr 49, es 42, pt 39)
    ['seventeenth', seventeenthHeldOut, 280, 100, 35, before(seventeenthHeldOut)],
    // (the eighteenth: 302 passages, 85 labelled; en 119, es 52, de 51, fr 41, pt 39)
    ['eighteenth', eighteenthHeldOut, 300, 80, 35, before(eighteenthHeldOut)],
    // (the nineteenth: 318 passages, 75 labelled; pt 87, en 72, de 68, fr 50, es 41; 64 labelled after its second,
    // blind labelling and policy v2.2 — recruiters' referral asks — in the twenty-fourth session)
    ['nineteenth', nineteenthHeldOut, 310, 60, 40, before(nineteenthHeldOut)],
    // (the twentieth: 264 passages, 86 labelled; es 58, en 54, pt 54, fr 51, de 47)
    ['twentieth', twentiethHeldOut, 260, 80, 45, before(twentiethHeldOut)],
    // (the twenty-first: 288 passages, 96 labelled after its second labelling; en 97, es 61, pt 48, fr 45, de 37)
    ['twenty-first', twentyFirstHeldOut, 280, 90, 35, before(twentyFirstHeldOut)],
    // (the twenty-second: 222 passages, 66 labelled after its second labelling; pt 52, en 47, es 47, de 39, fr 37 — Spanish text with requests is
    // close to exhausted: 2 labelled)
    ['twenty-second', twentySecondHeldOut, 220, 60, 35, before(twentySecondHeldOut)],
    // (the twenty-third: 252 passages, 95 labelled after its second labelling; en 58, pt 58, es 55, de 46, fr 35 — every
    // language with 12 or more labelled)
    ['twenty-third', twentyThirdHeldOut, 250, 90, 35, before(twentyThirdHeldOut)],
    // (the twenty-fourth: 201 passages, 95 labelled after its second labelling; en 75, de 33, pt 32, fr 31, es 30 — every
    // language with 12 or more labelled)
    ['twenty-fourth', twentyFourthHeldOut, 200, 90, 30, before(twentyFourthHeldOut)],
    // (the twenty-fifth: 206 passages, 83 labelled after its second labelling; en 59, es 43, pt 41, de 32, fr 31 — every
    // language with 10 or more labelled)
    ['twenty-fifth', twentyFifthHeldOut, 200, 80, 30, before(twentyFifthHeldOut)],
    // (the twenty-sixth: 235 passages, 102 labelled after its second labelling; en 86, pt 42, de 40, es 36, fr 31 — every
    // language with 10 or more labelled)
    ['twenty-sixth', twentySixthHeldOut, 230, 95, 30, before(twentySixthHeldOut)],
    // (the twenty-seventh: 180 passages, 77 labelled after its second labelling; en 61, pt 32, es 30, fr 29, de 28 — every
    // language with 10 or more labelled; no ship-equipment, identity-rental, avoids-video or remote-access request found new)
    ['twenty-seventh', twentySeventhHeldOut, 180, 75, 28, before(twentySeventhHeldOut)],
    // (the twenty-eighth: 180 passages, 77 labelled after its second labelling; en 54, pt 39, es 30, fr 30, de 27 — every
    // language with 8 or more labelled; the rare kinds found only in text earlier sets hold)
    ['twenty-eighth', twentyEighthHeldOut, 180, 75, 27, before(twentyEighthHeldOut)],
    // (the twenty-ninth: 100 passages, 39 labelled after its second labelling; en 42, pt 19, es 17, de 11, fr 11 — smaller
    // than asked: about 60 % of the sources the search returned were already cited; no German passage with a request)
    ['twenty-ninth', twentyNinthHeldOut, 100, 39, 11, before(twentyNinthHeldOut)],
    // (the thirtieth: 60 passages, 16 labelled, both labellings agreeing; en 26, de 12, pt 11, fr 6, es 5 — much smaller than
    // asked: mined from data files in public repositories, most of which hold no scraped text)
    ['thirtieth', thirtiethHeldOut, 60, 16, 5, before(thirtiethHeldOut)],
    // (the thirty-first: 130 passages, 55 labelled after its second labelling and a third reader; de 33, es 33, pt 26, fr 25,
    // en 13 — smaller than asked: the stored pages and issue threads are cited at their centre)
    ['thirty-first', thirtyFirstHeldOut, 130, 55, 13, before(thirtyFirstHeldOut)],
    // (the thirty-second: 120 passages, 43 labelled after its second labelling and a third reader; pt 36, fr 27, de 26, es 20,
    // en 11 — smaller than asked: only move-off, prepayment, alt-payment and avoids-video requests were found uncited)
    ['thirty-second', thirtySecondHeldOut, 120, 43, 11, before(thirtySecondHeldOut)],
    // (the thirty-third: 100 passages, 9 labelled after its second labelling and a third reader; de 31, en 28, pt 16, es 13,
    // fr 12 — mostly hard negatives: the hiring text nobody had cited holds few requests)
    ['thirty-third', thirtyThirdHeldOut, 100, 9, 12, before(thirtyThirdHeldOut)],
    // (the thirty-fourth: 42 passages, 13 labelled, both labellings agreeing; en 22, de 8, es 4, fr 4, pt 4 — aimed at the rare
    // requests and much smaller than asked: the real text the search tools return for them is already cited)
    ['thirty-fourth', thirtyFourthHeldOut, 42, 13, 4, before(thirtyFourthHeldOut)],
    // (the thirty-fifth: 87 passages, 3 labelled, both labellings agreeing; en 22, fr 18, de 17, es 17, pt 13 — much smaller than
    // asked and almost all hard negatives: every source the search tools return that holds a request is cited already)
    ['thirty-fifth', thirtyFifthHeldOut, 87, 3, 13, before(thirtyFifthHeldOut)],
  ] as const)(
    'has a %s held-out set, mined apart, sharing no text with the sets before it',
    (_, load, size, minPositives, perLanguage, earlier, negativesPerPositive: number = 1) => {
      const set = load();
      expect(set.length).toBeGreaterThanOrEqual(size);
      const positives = set.filter((i) => i.labels.length).length;
      expect(positives).toBeGreaterThanOrEqual(minPositives);
      expect(set.length - positives).toBeGreaterThanOrEqual(positives * negativesPerPositive);
      for (const lang of LANGS)
        expect(set.filter((i) => i.lang === lang).length, lang).toBeGreaterThanOrEqual(perLanguage);
      const before = new Set(earlier.flatMap((f) => f()).map((i) => norm(i.text)));
      for (const i of set) expect(before.has(norm(i.text)), i.id).toBe(false);
    },
  );

  // Measured 2026-12-01 (eighth session), findings graded into red flags and notes (lib/rules/grade.ts; the
  // grading was chosen on the tuning half and the held-out half). Red flags (precision / recall), then every
  // finding with the notes: tuning 0.97 / 0.44, 0.90 / 0.83; held-out half 0.98 / 0.47, 0.81 / 0.60; fresh
  // 0.87 / 0.21, 0.65 / 0.49; third 0.91 / 0.42, 0.71 / 0.70; fourth 0.84 / 0.33, 0.68 / 0.57; fifth (mined after
  // the grading was fixed, scored once) 0.97 / 0.25, 0.71 / 0.56. Ninth session: the fresh set was read to widen
  // the rules (0.88 / 0.23, 0.75 / 0.67 after), so "tuning" is now the tuning half and the fresh set together
  // (0.96 / 0.41, 0.88 / 0.81). The sixth set, mined that session and scored once after the session's rule
  // changes: 0.91 / 0.23, 0.76 / 0.37 (prepayment terms of vendors: 6 of 52 found). Then payment terms ordered
  // before the service (lib/rules/prepayment-pressure.ts ORDERED_TERMS), by totals over the five sets still held
  // out: recall 0.548 -> 0.570 at the same precision (0.733 -> 0.735); the held-out half lost a red flag to it
  // (0.98 -> 0.96), the sixth set 0.92 / 0.24, 0.78 / 0.42. Then a person's own mailbox or number given on its own
  // (move-off-platform): five sets 0.570 -> 0.596 recall, 0.735 -> 0.742 precision, red flags 184/15 -> 200/16; the
  // fresh set (read) lost a red flag to a PayPal address on the line below "use PayPal ... with my email". Then an
  // invitation in which the writer names themselves ("add me", "escríbeme") made a red flag (grade.ts `writer`):
  // red flags over the five sets 200/16 -> 250/22, red-flag recall 0.37 -> 0.46, the sixth set's 35/3 -> 41/6.
  // After a fresh-eyes review: a mailbox or number only given (a signature) is a note that says so, not a red flag;
  // narrations ("someone contacted me on Telegram asking me to pay") and refusals ("I don't accept PayPal outside
  // the platform") are read as such: red flags 235/21, recall with notes 0.594.
  // Tenth session: the seventh set (mined then, by a miner who never ran the rules) scored once, unseen, before
  // any rule change it could inform: red flags 36/6 (0.86 / 0.39), with notes 0.77 / 0.65 (prepayment: 2 of 27
  // red flags). The sixth set was then read to widen the rules (0.87 / 0.28, 0.79 / 0.44 before) and joined the
  // tuning text (0.95 / 0.50, 0.87 / 0.75 with it). Its deposit terms, fees and polite asks for a number, by totals
  // over the five sets held out: red flags 232/21 -> 234/21, notes 89/92 -> 92/96, recall with notes 0.648 -> 0.659,
  // precision 0.740 -> 0.736 (the fourth set's 0.69 -> 0.684: notes on terms that were not asked of the reader).
  // Thirteenth session: the seventh set was read to widen the rules (before: red flags 39/6, notes 24/13, missed 30;
  // after: 43/4, 37/13, 13) and joined the tuning text; the eighth set, mined that session by a miner who never ran
  // the rules, was scored once after the session's first changes: red flags 26/4 (0.87 / 0.33), with notes 0.72 /
  // 0.55 (vendors' deposit terms again: 25 of 48 found, 10 as red flags). After the session's later changes and two
  // reviews' fixes: the five held-out sets 230/18 red flags (0.93 / 0.48), with notes 0.74 / 0.65; tuning (the seventh
  // set included) 0.96 / 0.53, 0.87 / 0.81. Fourteenth session: the eighth set was read too (before: red flags 26/4,
  // notes 18/11, missed 34) and joined the tuning text (0.96 / 0.52, 0.87 / 0.79 with it); a ninth was mined by a
  // miner who never ran the rules and scored once after the session's first changes: red flags 21/11 (0.66 / 0.26),
  // with notes 0.65 / 0.57 — the lowest red-flag precision of any set (its deposit terms come with their negatives).
  // It was then read to widen the rules and joined the tuning text (after: red flags 25/3, with notes 0.76 / 0.78;
  // tuning 0.96 / 0.50, 0.86 / 0.81 with it); a tenth was mined to take its place, and scored once after the
  // session's changes: red flags 27/6 (0.82 / 0.23), with notes 0.70 / 0.43 (with the rules before the session:
  // 25/5, 0.68 / 0.39). Fifteenth session: an eleventh set, mined by a miner who never ran the rules, scored once
  // (red flags 31/13, 0.70 / 0.23; with notes 0.70 / 0.56 — artists' "PayPal only" terms read as alternative payment),
  // then read to widen the rules and joined the tuning text (tuning 0.94 / 0.48, 0.85 / 0.79 with it); a twelfth was
  // mined to take its place (187 passages, 66 labelled: the stored corpora are close to exhausted), scored once after
  // the session's changes: red flags 34/4 (0.89 / 0.52), with notes 0.83 / 0.73 (with the rules at the session's
  // start: 34/4, 0.82 / 0.74). Sixteenth session: the fourth, fifth, tenth and twelfth sets (labelled once until then)
  // were labelled a second time, blind, and a deciding reader settled the 50 of 1,107 passages the two readings gave
  // differently (MINING.md): 39 changed labels. Scored with the same rules, the six held-out sets went from red flags
  // 265/22, notes 113/68, missed 210 to 268/19, 114/67, 213 (the twelfth 0.92 / 0.52 -> 0.92 / 0.49).
  // A thirteenth set, mined that session from repositories of real phishing mails, scam reports and SMS no set had
  // used (148 passages, 63 labelled), scored once after the session's rule changes: red flags 18/6 (0.75 / 0.27), with
  // notes 0.68 / 0.41 — the same with the rules of the session's start.
  // Seventeenth session: a fourteenth set, mined from GitHub archives of public mailing lists (the spam that reached
  // them and developers' own posts; 217 passages, 110 labelled), scored once after the session's rule changes: red
  // flags 63/7 (0.90 / 0.50), with notes 0.87 / 0.61 — the same with the rules of the session's start.
  // Eighteenth session: a fifteenth set, mined from marketplace job-post scrapes, freelancers' proposal templates and
  // contact pages, issue threads and forum pages no set had used (201 passages, 45 labelled), scored once after the
  // session's rule changes: red flags 26/2 (0.93 / 0.57), with notes 0.73 / 0.76 (with the rules of the session's start:
  // 23/1, 0.96 / 0.50, with notes 0.73 / 0.76).
  // Eighteenth session: a prepayment finding whose asking sentence names the sum or share (not asked as a question, not
  // told as what is usual) is a red flag, no longer a note — red-flag recall up on every set (held-out red flags 354/32
  // -> 394/38), red-flag precision down on the third (0.91 -> 0.89) and fifth (0.97 -> 0.96) sets.
  // Twentieth session: the tenth set, held out since the fourteenth, was read to widen the rules (before: red flags
  // 39/5, notes 15/13, missed 67; after: 45/2, 25/13, 51) and joined the tuning text; the eight sets still held out
  // went from red flags 384/37, notes 91/68, missed 237 to 384/35, 92/68, 236. A sixteenth set, mined that session from
  // mailing-list archives, SMS and phishing collections and a scam-report site no set had used (270 passages, 127
  // labelled), scored once after the session's first changes: red flags 57/9 (0.86 / 0.35), with notes 0.82 / 0.40 (with
  // the rules of the session's start: 56/9, notes 7/6, 0.81 / 0.39).
  // Twenty-first session: the thirteenth set, the held-out set with the most wrong red flags for its size, was read to
  // widen the rules (before: red flags 20/7, notes 9/6, missed 37) and joined the tuning text. A seventeenth set, mined
  // that session from mailing-list archives and honeypot mails no set had read, scam reports, SMS collections and
  // vendors' pages (284 passages, 108 labelled), scored once after the session's first changes: red flags 56/8 (0.875 /
  // 0.45), notes 12/11, missed 56, with notes 0.78 / 0.55 — the same with the rules of the session's start.
  // Twenty-second session: the sixteenth set, the held-out set with the most missed requests, was read to widen the
  // rules (before: red flags 77/5, notes 7/6, missed 77) and joined the tuning text. An eighteenth set, mined that
  // session from mailing-list archives no set had read, honeypot mails, Spanish IT news, fraud reports, an account-rental
  // spam tool's templates and job posts (302 passages, 85 labelled), scored once after the session's rule changes: red
  // flags 48/19 (0.72 / 0.49), notes 10/17, missed 40 (with the rules of the session's start: 46/19, 9/15, 43).
  // Twenty-third session: the eighteenth set, the held-out set with the most wrong red flags, was read (six passages
  // whose webmail or named person's address the first labelling had missed got move-off-platform by rule 12: then 54/13)
  // and joined the tuning text; its classes (the reader's own address in a mail, a story of being contacted, a fake
  // payout's balance, the writer's side paying ahead, the reader's unused marketplace account, a dead client's surname)
  // took it to 59/5, notes 11/14, missed 34. The eight sets still held out: 429/35, notes 101/76, missed 240 ->
  // 430/36, 103/73, 237. A nineteenth set, mined that session from job posts kept in a freelance bot's history and
  // marketplace scrapes, recruiters' referral asks, French cover letters and scam reports, mobile-money SMS and list mails
  // (318 passages, 75 labelled), scored once after the session's rule changes: red flags 25/4 (0.86 / 0.29), notes 14/6,
  // missed 47 — the same with the rules of the session's start (its referral asks, "pay this other M-Pesa number" and
  // money-app asks: 32 of the 47 missed).
  // Twenty-fourth session: the fourteenth, seventeenth and nineteenth sets were labelled a second time, blind, and a
  // deciding reader settled the disagreements (MINING.md); policy v2.2 (a recruiter's referral ask is not
  // recommends-more-workers) and v2.3 (the writer inviting contact by e-mail is move-off-platform, address printed or
  // not) were applied to every held-out set by readers blind to the rules. A twentieth set (264 passages, 86 labelled:
  // beta.gouv freelance posts, an agency's pages, mobile-money SMS, list mails) was scored once: red flags 60/7.
  // Twenty-fifth session: the fifteenth and twentieth sets were labelled a second time, blind (3 and 5 records changed),
  // and policy v2.3 applied to the twentieth (7 more). The seventeenth set, the held-out set with the most wrong red
  // flags and missed requests, was read (before: red flags 61/9, notes 16/9, missed 62) and joined the tuning text.
  // A twenty-first set (288 passages, 94 labelled: smishing SMS, list mails, IT news, job posts, freelancers' terms) was
  // scored once after the session's rule changes: red flags 57/5. Then the twentieth, with the most wrong prepayment red
  // flags, was read (before: 60/7, notes 7/3, missed 53) and a twenty-second set (222 passages, 67 labelled) scored once:
  // red flags 30/2.
  const SETS: Record<string, () => ReturnType<typeof asLabelled>> = {
    tuning: () => asLabelled(tuningText()),
    'held-out half': () => asLabelled(realSplit().heldOut),
    fresh: () => asLabelled(freshHeldOut()),
    third: () => asLabelled(thirdHeldOut()),
    fourth: () => asLabelled(fourthHeldOut()),
    fifth: () => asLabelled(fifthHeldOut()),
    sixth: () => asLabelled(sixthHeldOut()),
    seventh: () => asLabelled(seventhHeldOut()),
    eighth: () => asLabelled(eighthHeldOut()),
    ninth: () => asLabelled(ninthHeldOut()),
    tenth: () => asLabelled(tenthHeldOut()),
    eleventh: () => asLabelled(eleventhHeldOut()),
    twelfth: () => asLabelled(twelfthHeldOut()),
    thirteenth: () => asLabelled(thirteenthHeldOut()),
    fourteenth: () => asLabelled(fourteenthHeldOut()),
    fifteenth: () => asLabelled(fifteenthHeldOut()),
    sixteenth: () => asLabelled(sixteenthHeldOut()),
    seventeenth: () => asLabelled(seventeenthHeldOut()),
    eighteenth: () => asLabelled(eighteenthHeldOut()),
    nineteenth: () => asLabelled(nineteenthHeldOut()),
    twentieth: () => asLabelled(twentiethHeldOut()),
    'twenty-first': () => asLabelled(twentyFirstHeldOut()),
    'twenty-second': () => asLabelled(twentySecondHeldOut()),
    'twenty-third': () => asLabelled(twentyThirdHeldOut()),
    'twenty-fourth': () => asLabelled(twentyFourthHeldOut()),
    'twenty-fifth': () => asLabelled(twentyFifthHeldOut()),
    'twenty-sixth': () => asLabelled(twentySixthHeldOut()),
    'twenty-seventh': () => asLabelled(twentySeventhHeldOut()),
    'twenty-eighth': () => asLabelled(twentyEighthHeldOut()),
    'twenty-ninth': () => asLabelled(twentyNinthHeldOut()),
    thirtieth: () => asLabelled(thirtiethHeldOut()),
    'thirty-first': () => asLabelled(thirtyFirstHeldOut()),
    'thirty-second': () => asLabelled(thirtySecondHeldOut()),
    'thirty-third': () => asLabelled(thirtyThirdHeldOut()),
    'thirty-fourth': () => asLabelled(thirtyFourthHeldOut()),
    'thirty-fifth': () => asLabelled(thirtyFifthHeldOut()),
  };
  it.each([
    // (tuning with the tenth set in it since the twentieth session: 0.953 / 0.568, 0.884 / 0.787; with the eighteenth
    // since the twenty-third, its mails' identity pitches mostly missed: 0.955 / 0.574, 0.881 / 0.777)
    // (with the seventeenth and twentieth since the twenty-fifth: 0.965 / 0.574, 0.891 / 0.767; with the third since the
    // twenty-sixth: 0.965 / 0.578, 0.889 / 0.767)
    ['tuning', 0.94, 0.56, 0.85, 0.76],
    // (thirty-seventh session: policy v2.11 applied to the earlier sets — four crypto labels of the first corpus taken off as
    // one way of several, rule 55 — 0.922 / 0.567, 0.843 / 0.683)
    ['held-out half', 0.92, 0.56, 0.79, 0.6],
    ['fresh', 0.9, 0.53, 0.73, 0.66],
    // (read in the twenty-sixth session: red flags 68/8, notes 6/9, missed 19 before; 72/2, 8/11, 13 after: 0.973 / 0.774,
    // 0.861 / 0.860)
    ['third', 0.95, 0.75, 0.84, 0.84],
    // (0.936 / 0.537 with policy v2.3's labels, twenty-fourth session)
    ['fourth', 0.86, 0.53, 0.68, 0.63],
    // (thirty-seventh session: three labels gained under policy v2.11 — 0.958 / 0.519)
    ['fifth', 0.95, 0.51, 0.71, 0.59],
    ['sixth', 0.88, 0.42, 0.82, 0.6],
    // (0.947 / 0.574, 0.894 / 0.894 once policy v2.3 labelled "I just sent you an email" move-off-platform)
    ['seventh', 0.91, 0.57, 0.82, 0.86],
    ['eighth', 0.86, 0.44, 0.73, 0.55],
    // (thirty-fourth session: 0.981 / 0.570, 0.869 / 0.785 — eleven deposit clauses labelled prepayment by the policy applied
    // blind to every set)
    ['ninth', 0.89, 0.56, 0.75, 0.77],
    ['tenth', 0.95, 0.37, 0.82, 0.57],
    ['eleventh', 0.73, 0.44, 0.73, 0.56],
    ['twelfth', 0.89, 0.52, 0.82, 0.68],
    // (read in the twenty-first session: 0.875 / 0.424, 0.811 / 0.652 after)
    ['thirteenth', 0.86, 0.41, 0.8, 0.64],
    ['fourteenth', 0.89, 0.5, 0.85, 0.6],
    ['fifteenth', 0.92, 0.52, 0.72, 0.76],
    // (0.939 / 0.478, 0.884 / 0.522 after the twenty-first session's changes)
    ['sixteenth', 0.92, 0.46, 0.87, 0.51],
    // (0.871 / 0.439, with notes 0.811 / 0.554 after its second labelling, twenty-fourth session; read in the twenty-fifth:
    // red flags 61/9, notes 16/9, missed 62 before; 65/3, 18/9, 56 after: 0.956 / 0.468, 0.874 / 0.597)
    // (twenty-seventh session, its advance-fee pitches widened on the tuning text: red flags 73/4, notes 25/7, missed 41 —
    // 0.948 / 0.525, 0.899 / 0.705: one wrong note now backed by a right identity red flag in the same mail)
    ['seventeenth', 0.94, 0.52, 0.89, 0.7],
    // (scored once, twenty-second session: 0.716 / 0.490, with notes 0.617 / 0.592; rules of the session's start 0.708 / 0.469)
    // (read in the twenty-third session, six labels corrected by rule 12: 0.922 / 0.567, 0.787 / 0.673 after)
    ['eighteenth', 0.9, 0.55, 0.77, 0.66],
    // (scored once, twenty-third session: 0.862 / 0.291, with notes 0.796 / 0.453 — the same with the rules of its start)
    ['nineteenth', 0.86, 0.29, 0.79, 0.45],
    // (scored once, twenty-fourth session, after its rule changes: red flags 60/7, 0.896 / 0.536, notes 7/3, missed 45,
    // with notes 0.870 / 0.598 — the same with the rules of the session's start; after its second labelling and policy
    // v2.3 in the twenty-fifth session, 120 requests instead of 112: 0.896 / 0.500, 0.870 / 0.558)
    ['twentieth', 0.89, 0.5, 0.86, 0.55],
    // (scored once, twenty-fifth session, after its rule changes: red flags 57/5, 0.919 / 0.523, notes 9/4, missed 43, with
    // notes 0.880 / 0.606; with the rules of the session's start 56/5, notes 10/4)
    // (after its second labelling in the same session, 115 requests: 0.919 / 0.496, 0.880 / 0.574; read in the thirty-second
    // session to widen the rules — red flags 60/4, notes 7/4, missed 48 before)
    ['twenty-first', 0.91, 0.49, 0.88, 0.57],
    // (scored once, twenty-fifth session, after its rule changes: red flags 30/2, 0.938 / 0.417, notes 12/2, missed 30, with
    // notes 0.913 / 0.583 — the same with the rules of the session's start)
    // (twenty-seventh session, a named person's first.last address at a government's domain read as theirs: red flags 33/3,
    // 0.917 / 0.465, notes 12/2, missed 26, with notes 0.900 / 0.634)
    // (thirty-fourth session: 0.923 / 0.507, 0.865 / 0.634 — one deposit label added, one taken off by the policy on deposit
    // clauses applied blind)
    // (fortieth session: 0.625 with notes — one phone consultation relabelled move-off by policy v2.14, applied blind)
    // (fifty-fifth session, payment ahead made a condition read as a red flag: red flags 37/4, 0.902 / 0.514, with notes
    // 0.868 / 0.639 — one more right and one more wrong red flag, by totals)
    ['twenty-second', 0.9, 0.5, 0.86, 0.63],
    // (scored once, twenty-sixth session, after its rule changes: red flags 45/5, 0.900 / 0.446, notes 11/4, missed 45, with
    // notes 0.862 / 0.554 — the same with the rules of the session's start; after its second labelling in the same session,
    // 103 requests: 0.900 / 0.437, 0.862 / 0.544)
    ['twenty-third', 0.9, 0.43, 0.86, 0.54],
    // (scored once, twenty-seventh session, after its rule changes: red flags 69/2, 0.972 / 0.616, notes 8/6, missed 35, with
    // notes 0.906 / 0.688 — the same with the rules of the session's start)
    ['twenty-fourth', 0.97, 0.61, 0.9, 0.68],
    // (scored once, twenty-ninth session, at wiring: red flags 34/2, 0.944 / 0.370, notes 18/0, missed 40, with notes
    // 0.963 / 0.565 — the same with the rules of the session's start)
    ['twenty-fifth', 0.94, 0.36, 0.96, 0.56],
    // (scored once, thirtieth session, at wiring: red flags 59/7, 0.894 / 0.522, notes 20/7, missed 34, with notes
    // 0.849 / 0.699 — the same with the rules of the session's start; read in the thirty-third session to widen the rules —
    // red flags 60/7, notes 20/7, missed 33 before)
    ['twenty-sixth', 0.89, 0.52, 0.84, 0.69],
    // (scored once, thirty-second session, at wiring: red flags 40/9, 0.816 / 0.500, notes 16/6, missed 24, with notes
    // 0.789 / 0.700 — the same with the rules of the session's start; read in the thirty-fourth session to widen the rules —
    // red flags 40/9, notes 16/6, missed 24 before; after: 50/1, notes 18/5, missed 13 — 0.980 / 0.617, with notes
    // 0.919 / 0.840, h27-pages-113 relabelled by policy v2.9 rule 44; 0.980 / 0.581, 0.920 / 0.802 once five more deposit
    // clauses were labelled by the policy applied blind to every set)
    // (0.785 with notes once policy v2.12 labelled three rental and booking pages' deposits due at pick-up or arrival:
    // thirty-eighth session)
    ['twenty-seventh', 0.98, 0.58, 0.91, 0.78],
    // (scored once, thirty-third session, at wiring: red flags 39/0, 1.000 / 0.488, notes 12/6, missed 29, with notes
    // 0.895 / 0.638 — with the rules of the session's start 38/0, notes 12/6, missed 30)
    ['twenty-eighth', 1, 0.48, 0.89, 0.63],
    // (scored once, thirty-fourth session, at wiring: red flags 24/5, 0.828 / 0.585, notes 4/6, missed 13, with notes
    // 0.718 / 0.683 — the same red flags and misses with the rules of the session's start)
    ['twenty-ninth', 0.82, 0.58, 0.71, 0.68],
    // (scored once, thirty-fifth session, at wiring: red flags 4/2, notes 3/3, missed 11 — the same with the rules of the
    // session's start)
    ['thirtieth', 0.66, 0.22, 0.58, 0.38],
    // (scored once, thirty-sixth session, at wiring: red flags 22/4, 0.846 / 0.400, notes 4/7, missed 29, with notes 0.703 /
    // 0.473 — the same with the rules of the session's start)
    // (0.393 / 0.464 once policy v2.12 labelled h31-code-023, lessons "vía Skype", move-off-platform: thirty-eighth session)
    // (forty-third session: red flags 24/5, 0.828 / 0.429, notes 6/5, missed 26, with notes 0.750 / 0.536 — a chat app named as
    // the channel of the dealings, and a split paid at the order, read; forty-fourth session: red flags 25/6, 0.806 / 0.446, notes
    // 5/4, missed 26, with notes 0.750 / 0.536 — one note became a right red flag and one a wrong red flag, by the Spanish and
    // Portuguese writer's words and the review's readings, by totals only)
    ['thirty-first', 0.8, 0.42, 0.75, 0.53],
    // (scored once, thirty-eighth session, at wiring: red flags 12/2, 0.857 / 0.250, notes 5/6, missed 31, with notes 0.680 /
    // 0.354 — the same with the rules of the session's start; 0.245 / 0.347 once policy v2.12 labelled h32-data-043, a
    // business's printed landline, move-off-platform)
    ['thirty-second', 0.85, 0.24, 0.68, 0.34],
    // (scored once, thirty-ninth session, at wiring: red flags 4/5, 0.444 / 0.444, notes 0/2, missed 5, with notes 0.364 /
    // 0.444 — the same with the rules of the session's start; by rule move-off 1/3, prepayment 2/1 and a wrong note, alt-payment
    // 0/1, remote access 1/0, a wrong crypto note: on hiring text nobody had cited, most of it without a request, five red flags
    // of nine were wrong)
    ['thirty-third', 0.44, 0.44, 0.36, 0.44],
    // (scored once, forty-third session, at wiring: red flags 2/1, 0.667 / 0.133, notes 1/1, missed 12, with notes 0.600 / 0.200
    // — the same with the rules of the session's start; by rule recommends-more-workers 1 of 7 found, avoids-video 0 of 3 (a wrong
    // note), move-off 0 of 3 and a wrong red flag, remote access 2 of 2: the rare requests, as agencies and freelancers' pages write
    // them, are mostly missed)
    ['thirty-fourth', 0.66, 0.13, 0.6, 0.2],
    // (scored once, fifty-second session, at wiring: red flags 0/2, notes 3/3, missed 1 — 0 / 0, with notes 0.375 / 0.750 — the
    // same with the rules of the session's start; by rule move-off 0/2 and 2 right notes, prepayment a right note and 3 wrong: on
    // hiring text nobody had cited, almost all without a request, both red flags were wrong)
    ['thirty-fifth', 0, 0, 0.37, 0.75],
  ])(
    'keeps the measured figures on %s: red flags ≥ %s / %s, with notes ≥ %s / %s (totals only)',
    (name, flagPrecision, flagRecall, precision, recall) => {
      const o = corpusMetrics(SETS[name]()).overall;
      const requests = o.tp + o.fn;
      expect(o.flags.tp / (o.flags.tp + o.flags.fp), name).toBeGreaterThanOrEqual(flagPrecision);
      expect(o.flags.tp / requests, name).toBeGreaterThanOrEqual(flagRecall);
      expect(o.precision, name).toBeGreaterThanOrEqual(precision);
      expect(o.recall, name).toBeGreaterThanOrEqual(recall);
    },
  );
});
