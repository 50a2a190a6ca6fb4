/**
 * The real message corpus: passages other people wrote and published (scam pitches posted as GitHub issues,
 * messages quoted in forum posts and articles, real cover letters, job posts and support threads), each
 * with its source, labelled by hand (tests/corpus/real/MINING.md says how). Contact details of real people
 * were replaced by invented ones of the same shape.
 *
 * The split into a tuning part and a held-out part is fixed by a hash of each item's id, made before any
 * rule was changed for this corpus: the held-out part is scored by totals only (npm run corpus).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Labelled } from '../messages';

export const LANGS = ['en', 'de', 'es', 'fr', 'pt'] as const;

const Item = z.object({
  id: z.string().min(1),
  text: z.string().min(1),
  lang: z.enum(LANGS),
  labels: z.array(z.string()),
  source: z.string().min(8),
  kind: z.string(),
  writer: z.string(),
  note: z.string().optional(),
});
export type RealItem = z.infer<typeof Item>;

// The folders in the order they were mined: the first corpus (mined/, split by a hash into tuning and held-out halves),
// then the later sets (heldout2/ … heldout35/); a later set leaves out what repeats any folder before it.
const SET_DIRS = ['mined', ...Array.from({ length: 34 }, (_, i) => `heldout${i + 2}`)].map((f) =>
  join(import.meta.dirname, f),
);
const DIR = SET_DIRS[0];
/** A later set's folder by its number ("heldout3/" is the third set). */
const setDir = (n: number) => SET_DIRS[n - 1];

/** FNV-1a of a string: the split must not move when files are reordered or items are added. */
function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

const normal = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * A near-duplicate key: spam is posted again and again with other handles, numbers and addresses (which the
 * miners also replaced by invented ones), so those are masked and the opening compared.
 */
const templateKey = (s: string) =>
  normal(s)
    .replace(/https?:\/\/\S+/g, 'U')
    .replace(/[\w.+-]+@[\w-]+\.[\w.]+/g, 'E')
    .replace(/@\w+/g, 'H')
    .replace(/\d+/g, '0')
    .slice(0, 250);

// Miners replaced real people's wallet addresses by "[wallet]" (MINING.md). The message they copied had an
// address, which the rules read (lib/text/wallets.ts), so a published example address of the coin the text
// names stands in for it: the BIP-173 Bitcoin example, the EIP-55 Ethereum example, the USDT contract on Tron,
// a Monero address from a published validator's tests, the Solana address of tests/wallets.test.ts (2026-12-02: Monero and
// Solana added when the wallets reader learnt them; an EVM address named as such takes the Ethereum example; "Bitcoins" names
// the coin too, since the twenty-seventh session).
const EXAMPLE_ADDRESS = {
  tron: 'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t',
  eth: '0x52908400098527886E0F7030069857D2E4169EE7',
  btc: 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq',
  xmr: '47zQ5LAivg6hNCgijXSEFVLX7mke1bgM6YGLFaANDoJbgXDymcAAZvvMNt2PmMpqEe5qRy2zyfMYXdwpmdyitiFh84xnPG2',
  sol: '9WzDXwBbmkg8ZTbNMqUxvQRAyrZzDsGYdLVL9zYtAWWM',
};
export function withAddress(text: string): string {
  if (!text.includes('[wallet]')) return text;
  // Only where the text names the coin (a WebMoney purse is no crypto address).
  const coin = /\b(?:trc-?20|tron|trx|usdt)\b/i.test(text)
    ? 'tron'
    : /\b(?:eth|ether|ethereum|erc-?20|evm)\b/i.test(text)
      ? 'eth'
      : /\b(?:btc|bitcoins?)\b/i.test(text)
        ? 'btc'
        : /\b(?:xmr|monero)\b/i.test(text)
          ? 'xmr'
          : /\b(?:sol|solana)\b/i.test(text)
            ? 'sol'
            : undefined;
  return coin ? text.replaceAll('[wallet]', EXAMPLE_ADDRESS[coin]) : text;
}

function readDir(dir: string): RealItem[] {
  const all: RealItem[] = [];
  if (!existsSync(dir)) return all;
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()) {
    const lines = readFileSync(join(dir, file), 'utf8').split('\n');
    lines.forEach((line, i) => {
      if (!line.trim()) return;
      const parsed = Item.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.error.message}`);
      all.push(parsed.data);
    });
  }
  return all;
}

/**
 * Every record of every file of every set, as written (text and source only; not validated, nothing left out): what the
 * measured benign text in bench/ must not repeat, in text or in source.
 */
export function everyRecord(): { text: string; source: string }[] {
  const root = import.meta.dirname;
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) =>
      readFileSync(join(root, f), 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l) as { text: string; source: string }),
    );
}

/** Every item of every file, validated, each text once (of a template posted twice, one copy). */
export function realItems(): RealItem[] {
  const all = readDir(DIR);
  // Of copies that fall on both sides of the split, the tuning copy is kept: its twin was seen.
  const groups = new Map<string, RealItem[]>();
  for (const item of all) {
    const key = templateKey(item.text);
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  const kept = new Set<RealItem>();
  for (const group of groups.values()) kept.add(group.find((i) => !isHeldOut(i)) ?? group[0]);
  return all.filter((i) => kept.has(i));
}

// Texts read while the split was still by id (one miner renumbered its ids afterwards): kept in tuning.
const READ: { starts: string[] } = JSON.parse(
  readFileSync(join(import.meta.dirname, 'read-before-split.json'), 'utf8'),
);
const readBefore = new Set(READ.starts);

/**
 * Half the items tune the rules; the other half, by the hash of their text (ids may be renumbered), is held
 * out — except texts already read before the split was fixed, and the later mining rounds (ids "t4…" to
 * "t9…"), mined after the held-out half had been scored, for tuning only.
 */
export const isHeldOut = (item: RealItem) =>
  !/^t[4-9]/.test(item.id) &&
  !readBefore.has(item.text.trim().slice(0, 50)) &&
  fnv(`split-2026-12-01:${normal(item.text)}`) % 2 === 0;

/** The items as the rules read them (with an example address where a wallet was removed); the split is by the text as mined. */
export const asLabelled = (items: readonly RealItem[]): Labelled[] => items.map((i) => [withAddress(i.text), i.labels]);

export function realSplit(): { tuning: RealItem[]; heldOut: RealItem[] } {
  const all = realItems();
  return { tuning: all.filter((i) => !isHeldOut(i)), heldOut: all.filter(isHeldOut) };
}

/**
 * The fresh held-out set (heldout2/): mined after the first held-out half had been scored three times, by a
 * miner who never ran the rules, and scored by totals only. A text that repeats one of the first corpus (same
 * template) is left out: its twin may have been read.
 */
export function freshHeldOut(): RealItem[] {
  const seen = new Set(readDir(DIR).map((i) => templateKey(i.text)));
  const kept = new Map<string, RealItem>();
  for (const item of readDir(setDir(2))) {
    const key = templateKey(item.text);
    if (!seen.has(key) && !kept.has(key)) kept.set(key, item);
  }
  return [...kept.values()];
}

/** The items of a later held-out folder that repeat none of the earlier folders' texts (same template), each once. */
function laterSet(dir: string): RealItem[] {
  const seen = new Set(
    SET_DIRS.slice(0, SET_DIRS.indexOf(dir))
      .flatMap(readDir)
      .map((i) => templateKey(i.text)),
  );
  const kept = new Map<string, RealItem>();
  for (const item of readDir(dir)) {
    const key = templateKey(item.text);
    if (!seen.has(key) && !kept.has(key)) kept.set(key, item);
  }
  return [...kept.values()];
}

/**
 * The third held-out set (heldout3/): mined on 2026-12-01 while the sixth and seventh tuning rounds were mined,
 * by a miner who never ran the rules; scored once at the end of that day, by totals only until the twenty-sixth session,
 * which read it (tuningText). A text that repeats one of the first corpus or of the fresh set (same template) is left out.
 */
export const thirdHeldOut = (): RealItem[] => laterSet(setDir(3));

/**
 * The fourth held-out set (heldout4/): mined on the seventh session's day under labelling policy v2 (MINING.md)
 * by a miner who never ran the rules, while the other sets were relabelled; scored by totals only. A text that
 * repeats an earlier set (same template) is left out.
 */
export const fourthHeldOut = (): RealItem[] => laterSet(setDir(4));

/**
 * The fifth held-out set (heldout5/): mined in the eighth session, after message findings were graded into red
 * flags and notes (lib/rules/grade.ts, chosen on the tuning and the first held-out half), by a miner who never ran
 * the rules; the grading's blind measurement. A text that repeats an earlier set (same template) is left out.
 */
export const fifthHeldOut = (): RealItem[] => laterSet(setDir(5));

/**
 * The sixth held-out set (heldout6/): mined in the ninth session by a miner who never ran the rules, while the
 * fresh set was read to widen them; scored once that session after the rule changes, by totals only. A text that
 * repeats an earlier set (same template) is left out.
 */
export const sixthHeldOut = (): RealItem[] => laterSet(setDir(6));

/**
 * The seventh held-out set (heldout7/): mined in the tenth session by a miner who never ran the rules, while the
 * sixth set was read to widen them; scored once, unseen, before any rule change it could inform. A text that
 * repeats an earlier set (same template) is left out.
 */
export const seventhHeldOut = (): RealItem[] => laterSet(setDir(7));

/**
 * The eighth held-out set (heldout8/): mined in the thirteenth session by a miner who never ran the rules, while the
 * seventh set was read to widen them; scored by totals only, then read in the fourteenth session. A text that
 * repeats an earlier set is left out.
 */
export const eighthHeldOut = (): RealItem[] => laterSet(setDir(8));

/**
 * The ninth held-out set (heldout9/): mined in the fourteenth session by a miner who never ran the rules, while the
 * eighth set was read to widen them; scored once by totals, then read in the same session. A text that repeats an
 * earlier set is left out.
 */
export const ninthHeldOut = (): RealItem[] => laterSet(setDir(9));

/**
 * The tenth held-out set (heldout10/): mined in the fourteenth session by a miner who never ran the rules, while the
 * ninth set was read to widen them; scored by totals only until the twentieth session, when it was read to widen the
 * rules (before: red flags 39 / 5, notes 15 / 13, missed 67) while a sixteenth set was mined to take its place. A text
 * that repeats an earlier set is left out.
 */
export const tenthHeldOut = (): RealItem[] => laterSet(setDir(10));

/**
 * The eleventh held-out set (heldout11/): mined in the fifteenth session by a miner who never ran the rules, while the
 * rules were widened on the tuning text; scored once by totals (red flags 31 / 13, with notes 0.70 / 0.56), then read
 * in the same session to widen the rules (its alternative-payment findings: 1 right, 6 wrong red flags), while a twelfth
 * set was mined to take its place. A text that repeats an earlier set is left out.
 */
export const eleventhHeldOut = (): RealItem[] => laterSet(setDir(11));

/**
 * The twelfth held-out set (heldout12/): mined in the fifteenth session by a miner who never ran the rules, while the
 * eleventh was read; scored by totals only. Smaller than the others (187 passages: the stored corpora are close to
 * exhausted for the rare kinds, MINING.md). A text that repeats an earlier set is left out.
 */
export const twelfthHeldOut = (): RealItem[] => laterSet(setDir(12));

/**
 * The thirteenth held-out set (heldout13/): mined in the sixteenth session by a miner who never ran the rules, from
 * GitHub repositories of real phishing mails, scam reports and SMS no earlier set had used (the search corpora being
 * close to exhausted); scored by totals only until the twenty-first session, then read to widen the rules. Smaller still
 * (148 passages). A text that repeats an earlier set is left out.
 */
export const thirteenthHeldOut = (): RealItem[] => laterSet(setDir(13));

/**
 * The fourteenth held-out set (heldout14/): mined in the seventeenth session by a miner who never ran the rules, mostly
 * from GitHub archives of public mailing lists (the spam that reached them, and developers' own posts), which no set had
 * used; scored by totals only. A text that repeats an earlier set is left out.
 */
export const fourteenthHeldOut = (): RealItem[] => laterSet(setDir(14));

/**
 * The fifteenth held-out set (heldout15/): mined in the eighteenth session by a miner who never ran the rules, from
 * marketplace job-post scrapes, freelancers' proposal templates and contact pages, issue threads and forum pages no
 * set had used; mostly hard negatives (201 passages, 45 labelled); scored by totals only.
 */
export const fifteenthHeldOut = (): RealItem[] => laterSet(setDir(15));

/**
 * The sixteenth held-out set (heldout16/): mined in the twentieth session by a miner who never ran the rules, mostly from
 * mailing-list archives, SMS and phishing collections and a scam-report site no set had used (the search corpora's pages
 * and issue threads are exhausted), while the tenth set was read; scored by totals only until the twenty-second session,
 * then read to widen the rules (the held-out set with the most missed requests).
 */
export const sixteenthHeldOut = (): RealItem[] => laterSet(setDir(16));

/**
 * The seventeenth held-out set (heldout17/): mined in the twenty-first session by a miner who never ran the rules, from
 * mailing-list archives and honeypot mails no set had read, scam reports, SMS collections and vendors' pages (escape
 * rooms, workshops, tax advisers' remote-support pages), while the thirteenth set was read; scored by totals only
 * until the twenty-fifth session, which read it (tuningText).
 */
export const seventeenthHeldOut = (): RealItem[] => laterSet(setDir(17));

/**
 * The eighteenth held-out set (heldout18/): mined in the twenty-second session by a miner who never ran the rules, from
 * mailing-list archives no set had read, honeypot mails, Spanish IT news, fraud reports, an account-rental spam tool's
 * templates and marketplace job posts, while the sixteenth set was read; scored once by totals, then read in the
 * twenty-third session (tuning text since).
 */
export const eighteenthHeldOut = (): RealItem[] => laterSet(setDir(18));

/**
 * The nineteenth held-out set (heldout19/): mined in the twenty-third session by a miner who never ran the rules, from
 * job posts kept in a freelance bot's history and marketplace scrapes (German, Portuguese, Spanish, English), recruiters'
 * referral asks, French cover letters and scam reports, mobile-money SMS and list mails, while the eighteenth set was
 * read; scored by totals only.
 */
export const nineteenthHeldOut = (): RealItem[] => laterSet(setDir(19));

/**
 * The twentieth held-out set (heldout20/): mined in the twenty-fourth session by a miner who never ran the rules, from
 * beta.gouv.fr's freelance job posts, an agency's pages and commission terms, Portuguese mobile-money SMS (a smishing
 * collection), list and honeypot mails and GitHub issues asking for Bitcoin; scored by totals only until the twenty-fifth
 * session, which read it (tuningText).
 */
export const twentiethHeldOut = (): RealItem[] => laterSet(setDir(20));

/**
 * The twenty-first held-out set (heldout21/): mined in the twenty-fifth session by a miner who never ran the rules, from
 * Portuguese smishing SMS, list and honeypot mails, Spanish IT news, beta.gouv.fr job posts, freelancers' terms, help
 * pages and issue threads no set had used, while the seventeenth set was read; scored by totals only.
 */
export const twentyFirstHeldOut = (): RealItem[] => laterSet(setDir(21));

/**
 * The twenty-second held-out set (heldout22/): mined in the twenty-fifth session by a miner who never ran the rules, from
 * smishing SMS, list and honeypot mails, freelancers' and agencies' quotes and terms, beta.gouv.fr and recruiters' job
 * posts, while the twentieth set was read; scored by totals only.
 */
export const twentySecondHeldOut = (): RealItem[] => laterSet(setDir(22));

/**
 * The twenty-third held-out set (heldout23/): mined in the twenty-sixth session by a miner who never ran the rules, from
 * an Argentine job board's newer export, a second Workana scrape, freelancermap and beta.gouv.fr posts, freelancers' and
 * studios' terms, smishing SMS, four list archives no set had read and honeypot mails, while the third set was read;
 * scored by totals only.
 */
export const twentyThirdHeldOut = (): RealItem[] => laterSet(setDir(23));

/**
 * The twenty-fourth held-out set (heldout24/): mined in the twenty-seventh session by a miner who never ran the rules, from
 * the search tool's documentation corpus (pastebin pastes and gists of freelancers' and clients' chat, profile pages),
 * six list archives no set had read and contract templates in four languages, while the rules were widened on the tuning
 * text; labelled twice blind, scored once at the session's end by totals only (red flags 69 / 2, notes 8 / 6, missed 35 —
 * the same with the rules of the session's start).
 */
export const twentyFourthHeldOut = (): RealItem[] => laterSet(setDir(24));

/**
 * The twenty-fifth held-out set (heldout25/): mined in the twenty-ninth session by a miner who never ran the rules, mostly
 * from freelancers' and small businesses' own terms pages, pastebin pastes of marketplace chat and four list archives no
 * set had read, while the rules were widened on the tuning text; labelled twice blind (202 of 206 agreed), the four
 * disagreements decided by a third reader; scored once at wiring by totals only.
 */
export const twentyFifthHeldOut = (): RealItem[] => laterSet(setDir(25));

/**
 * The twenty-sixth held-out set (heldout26/): mined in the thirtieth session by a miner who never ran the rules, mostly
 * from freelancers' own profile READMEs, commission sheets and terms pages in trades no set had read, donation pages and
 * help-desk pages, while the rules were widened on the tuning text; labelled twice blind (227 of 235 agreed), the eight
 * disagreements decided by a third reader; scored once at wiring by totals only; read in the thirty-third session
 * (tuningText).
 */
export const twentySixthHeldOut = (): RealItem[] => laterSet(setDir(26));

/**
 * The twenty-seventh held-out set (heldout27/): mined in the thirty-second session by a miner who never ran the rules —
 * deposit terms of trades no set had read (rentals, food trucks, pet-sitters, craft shops, DJs, party halls) in all five
 * languages, profile READMEs, ban appeals and issue threads — while the twenty-first set was read to widen the rules;
 * labelled twice blind (173 of 180 agreed), the seven disagreements decided by a third reader; scored once at wiring by
 * totals only; read in the thirty-fourth session (tuningText).
 */
export const twentySeventhHeldOut = (): RealItem[] => laterSet(setDir(27));

/**
 * The twenty-eighth held-out set (heldout28/): mined in the thirty-third session by a miner who never ran the rules —
 * deposit, booking and shop terms of trades no set had read (make-up artists, photo booths, rentals, halls, shops), device
 * manuals and help pages on remote support, profile READMEs and issue threads; the rare kinds (ship-equipment, identity
 * rental, avoids-video, account switch) found only in text earlier sets hold — while the twenty-sixth set was read; labelled
 * twice blind (166 of 180 agreed), the fourteen disagreements decided by a third reader; scored once at wiring by totals
 * only.
 */
export const twentyEighthHeldOut = (): RealItem[] => laterSet(setDir(28));

/**
 * The twenty-ninth held-out set (heldout29/): mined in the thirty-fourth session by a miner who never ran the rules, asked to
 * lean away from the trades' deposit terms the four sets before it were full of — marketplace and outsourcing pitches,
 * freelancers' terms and contact pages, issue threads, donation pages; smaller than asked (100 passages: about 60 % of the
 * sources the search returned were already cited) — while the twenty-seventh set was read; labelled twice blind (96 of 100
 * agreed), the four disagreements decided by a third reader; scored once at wiring by totals only.
 */
export const twentyNinthHeldOut = (): RealItem[] => laterSet(setDir(29));

/**
 * The thirtieth held-out set (heldout30/): mined in the thirty-fifth session by a miner who never ran the rules, from a source
 * kind no set had used as a whole — scraped or collected data files committed to public repositories (job-board and
 * marketplace scrapes, classified and rental listings, a corpus of public WhatsApp-group messages, a scam-mail sentence corpus,
 * a client–developer chat export); much smaller than asked (60 passages: most scraper repositories commit no output);
 * labelled twice blind (60 of 60 agreed); scored once at wiring by totals only.
 */
export const thirtiethHeldOut = (): RealItem[] => laterSet(setDir(30));

/**
 * The thirty-first held-out set (heldout31/): mined in the thirty-sixth session by a miner who never ran the rules — German,
 * Spanish, Portuguese and French first — from stored web pages (news, advice and business pages), repository files found by
 * code search and repositories fetched whole (public WhatsApp-group messages, scam-mail corpora, shop, agency and help
 * pages); smaller than asked (130 passages); labelled twice blind (120 of 130 agreed, a third reader decided the ten);
 * scored once at wiring by totals only.
 */
export const thirtyFirstHeldOut = (): RealItem[] => laterSet(setDir(31));

/**
 * The thirty-second held-out set (heldout32/): mined in the thirty-eighth session by a miner who never ran the rules — uncited
 * rows of public data files (a job-ad fraud dataset, public WhatsApp-group messages, Mozambican SMS, Portuguese and Spanish
 * job posts, scam reports) and stored pages of small businesses' terms and news; smaller than asked (120 passages); labelled
 * twice blind (113 of 120 agreed, a third reader decided the seven); scored once at wiring by totals only.
 */
export const thirtySecondHeldOut = (): RealItem[] => laterSet(setDir(32));

/**
 * The thirty-third held-out set (heldout33/): mined in the thirty-ninth session by a miner who never ran the rules, leaning to
 * hiring context — Upwork and Workana community threads, freelancers' process pages, proposal and contract templates, job posts
 * (a saved Upwork search page, a GitHub job board, a WhatsApp group), recruitment-scam warnings and help pages; mostly hard
 * negatives (9 of 100 labelled: the stored sources are cited at their centre); labelled twice blind (99 of 100 agreed, a third
 * reader decided the one); scored once at wiring by totals only.
 */
export const thirtyThirdHeldOut = (): RealItem[] => laterSet(setDir(33));

/**
 * The thirty-fourth held-out set (heldout34/): mined in the forty-third session by a miner who never ran the rules, aimed at the
 * rare requests the other sets hold too few of (avoids-video, ship-equipment-elsewhere, account-switch, recommends-more-workers,
 * remote access) and their look-alikes — agencies' offers of developers, freelancers' "no calls" pages, camera bug reports,
 * laptop-return and onboarding pages, remote-support pages; much smaller than asked (42 passages, 13 labelled): the real text
 * the search tools return for these requests is already cited, and none was found new for ship-equipment or account-switch.
 * Labelled twice blind (44 of 44 agreed; two look-alikes left out that bench/benign-advice and bench/benign-web hold); scored
 * once at wiring by totals only.
 */
export const thirtyFourthHeldOut = (): RealItem[] => laterSet(setDir(34));

/**
 * The thirty-fifth held-out set (heldout35/): mined in the fifty-second session by a miner who never ran the rules, asked for
 * marketplace text of every kind in five languages; much smaller than asked and almost all hard negatives (87 passages, 3
 * labelled): every source the search tools return that holds a request is cited already, and what was new was forum narration,
 * advice to freelancers, articles about scams and help pages. Labelled twice blind (87 of 87 agreed); scored once at wiring by
 * totals only.
 */
export const thirtyFifthHeldOut = (): RealItem[] => laterSet(setDir(35));

/**
 * Every item still held out, of every set: what lib/reliability.ts reports. The fresh set (heldout2/) was held
 * out for three sessions; in the ninth it was read to widen the rules (its figures before: red flags 0.87 / 0.21,
 * with notes 0.65 / 0.49), so since then it is tuning text. The sixth (heldout6/), held out in the ninth session,
 * was read in the tenth (before: red flags 0.87 / 0.28, with notes 0.79 / 0.44).
 */
export const allHeldOut = (): RealItem[] => [
  ...realSplit().heldOut,
  ...fourthHeldOut(),
  ...fifthHeldOut(),
  ...twelfthHeldOut(),
  ...fourteenthHeldOut(),
  ...fifteenthHeldOut(),
  ...nineteenthHeldOut(),
  ...twentySecondHeldOut(),
  ...twentyThirdHeldOut(),
  ...twentyFourthHeldOut(),
  ...twentyFifthHeldOut(),
  ...twentyEighthHeldOut(),
  ...twentyNinthHeldOut(),
  ...thirtiethHeldOut(),
  ...thirtyFirstHeldOut(),
  ...thirtySecondHeldOut(),
  ...thirtyThirdHeldOut(),
  ...thirtyFourthHeldOut(),
  ...thirtyFifthHeldOut(),
];

/**
 * The text read to widen the rules: the tuning half and the sets read since (fresh: ninth session; sixth: tenth;
 * seventh: thirteenth, when the eighth set was mined to take its place — its figures before: red flags 39 / 6,
 * notes 24 / 13, missed 30; eighth: fourteenth, when the ninth was mined — before: red flags 26 / 4, notes 18 / 11,
 * missed 34; ninth: fourteenth too, scored once and then read, when a tenth was mined — before: red flags 21 / 11,
 * notes 25 / 14, missed 35; tenth: twentieth — before: red flags 39 / 5, notes 15 / 13, missed 67; thirteenth: twenty-first,
 * the held-out set with the most wrong red flags for its size — before: red flags 20 / 7, notes 9 / 6, missed 37;
 * sixteenth: twenty-second, the held-out set with the most missed requests — before: red flags 77 / 5, notes 7 / 6, missed 77;
 * eighteenth: twenty-third, the held-out set with the most wrong red flags — before: red flags 48 / 19, notes 10 / 17,
 * missed 40; 54 / 13 after six labels the first labelling missed were corrected by rule 12 on reading, MINING.md);
 * seventeenth: twenty-fifth, the held-out set with the most wrong red flags and the most missed requests — before: red
 * flags 61 / 9, notes 16 / 9, missed 62; twentieth: twenty-fifth too, the held-out set with the most wrong prepayment red
 * flags (5 of 10), scored once in the twenty-fourth and relabelled — before: red flags 60 / 7, notes 7 / 3, missed 53;
 * third: twenty-sixth, held out since the first day, the held-out set with the most wrong red flags (8 of the ten sets' 32;
 * prepayment 4 of 9) — before: red flags 68 / 8, notes 6 / 9, missed 19; twenty-first: thirty-second, the held-out set with
 * the most missed requests (48 of 115) — before: red flags 60 / 4, notes 7 / 4, missed 48; twenty-sixth: thirty-third,
 * the held-out set with the most wrong red flags but the freshest (7 of 67) — before: red flags 60 / 7, notes 20 / 7,
 * missed 33; twenty-seventh: thirty-fourth, the held-out set with the most wrong red flags (9 of 49, most of them deposit
 * terms) — before: red flags 40 / 9, notes 16 / 6, missed 24.
 */
export const tuningText = (): RealItem[] => [
  ...realSplit().tuning,
  ...freshHeldOut(),
  ...sixthHeldOut(),
  ...seventhHeldOut(),
  ...eighthHeldOut(),
  ...ninthHeldOut(),
  ...eleventhHeldOut(),
  ...tenthHeldOut(),
  ...thirteenthHeldOut(),
  ...sixteenthHeldOut(),
  ...eighteenthHeldOut(),
  ...seventeenthHeldOut(),
  ...twentiethHeldOut(),
  ...thirdHeldOut(),
  ...twentyFirstHeldOut(),
  ...twentySixthHeldOut(),
  ...twentySeventhHeldOut(),
];
