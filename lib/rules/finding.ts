import { cleanText } from '../text/sentences';
import { currentLocale, setLocale, t, textsVersion, type Locale, type MessageKey } from '../i18n';
import { evidenceText, line, type Evidence } from '../i18n/evidence';
import type { Hit } from '../text/cooccur';
import { StringMemo } from '../text/string-memo';
import type { Finding, Severity } from './types';

/**
 * Builds a finding with its title and advice from the i18n layer (keys `rule.<id>.title|advice`). The evidence
 * is given in no language (lines: lib/i18n/evidence.ts) and written out in the current language when it is
 * first read (most findings are only counted: messages are read by the thousands a second), then kept.
 */
export function finding(
  rule: string,
  severity: Severity,
  lines: Evidence[],
  sources: string[],
  titleKey?: MessageKey,
): Finding {
  const texts = textsOf(rule);
  // Built key by key so `evidence` keeps its place among the keys (the CLI's JSON, the exports) and the
  // finding keeps a fast shape (the accessor is one of two shared ones; an accessor per finding costs more
  // than writing the evidence out).
  const f = { rule, severity, title: titleKey ? t(titleKey) : texts.title } as Finding;
  Object.defineProperty(f, 'evidence', LAZY_EVIDENCE[texts.locale]);
  f.lines = lines;
  f.sources = sources;
  f.advice = texts.advice;
  return f;
}

// Each rule's title and advice keys, made once (a key built for every finding is a new string to hash), and their
// texts in the current language, looked up again only when the language or the catalogue changed (the catalogue is
// a large object: two look-ups in it for every finding cost more than the rest of making it).
interface RuleTexts {
  keys: { title: MessageKey; advice: MessageKey };
  locale: Locale;
  version: number;
  title: string;
  advice: string;
}
const TEXTS = new Map<string, RuleTexts>();
function textsOf(rule: string): RuleTexts {
  let texts = TEXTS.get(rule);
  if (!texts) {
    const keys = { title: `rule.${rule}.title` as MessageKey, advice: `rule.${rule}.advice` as MessageKey };
    texts = { keys, locale: currentLocale(), version: -1, title: '', advice: '' };
    TEXTS.set(rule, texts);
  }
  const locale = currentLocale();
  const version = textsVersion();
  if (texts.locale !== locale || texts.version !== version) {
    texts.locale = locale;
    texts.version = version;
    texts.title = t(texts.keys.title);
    texts.advice = t(texts.keys.advice);
  }
  return texts;
}

/**
 * `evidence` as an own, enumerable accessor that writes the finding's lines out on first read, in the language
 * of the analysis whichever language is current then, and is replaced by the written array: JSON, spreads,
 * structured clones and tests see a plain array.
 */
function lazyEvidence(locale: Locale): PropertyDescriptor {
  return {
    enumerable: true,
    configurable: true,
    get(this: Finding) {
      const evidence = writtenIn(locale, this.lines ?? []);
      keep(this, evidence);
      return evidence;
    },
    set(this: Finding, evidence: string[]) {
      keep(this, evidence);
    },
  };
}

const LAZY_EVIDENCE: Record<Locale, PropertyDescriptor> = { en: lazyEvidence('en'), de: lazyEvidence('de') };

/** Replaces the accessor by the written evidence (a plain property from then on). */
function keep(f: Finding, evidence: string[]): void {
  // A sealed or frozen finding (none are today) writes it out again on each read.
  if (!Object.isSealed(f))
    Object.defineProperty(f, 'evidence', { value: evidence, writable: true, enumerable: true, configurable: true });
}

function writtenIn(locale: Locale, lines: readonly Evidence[]): string[] {
  const reader = currentLocale();
  if (reader === locale) return lines.map(evidenceText);
  setLocale(locale);
  try {
    return lines.map(evidenceText);
  } finally {
    setLocale(reader);
  }
}

// The last profile's text: its rules (and the memory's fingerprint) ask for it one after another. (A weak map by
// profile cost a tenth of a profile's scoring, in look-ups and in garbage collection.)
let last: { p: object; title?: string; bio?: string; text: string } | undefined;

/** Title and bio as one text, without zero-width and bidi-control characters (computed once per profile). */
export function profileText(p: { title?: string; bio?: string }): string {
  if (last && last.p === p && last.title === p.title && last.bio === p.bio) return last.text;
  // (As cleanText([p.title, p.bio].filter(Boolean).join('\n')), without its two arrays.)
  const text = cleanText(p.title && p.bio ? `${p.title}\n${p.bio}` : p.title || p.bio || '');
  last = { p, title: p.title, bio: p.bio, text };
  return text;
}

export function daysBetween(from: string, to: Date): number {
  return Math.floor((to.getTime() - dayStart(from)) / 86_400_000);
}

// Pages repeat the same days (member since, review dates): each is parsed once. Bounded: cleared when full (found
// without hashing the day: lib/text/string-memo.ts).
const DAY_STARTS = new StringMemo<number>(10_000);

/** Date.parse of the day at midnight UTC ("2026-03-07T00:00:00Z"), in milliseconds (NaN if it is no day). */
export function dayStart(day: string): number {
  let ms = DAY_STARTS.get(day);
  if (ms === undefined) {
    ms = Date.parse(`${day}T00:00:00Z`);
    DAY_STARTS.set(day, ms);
  }
  return ms;
}

let lastDay: { time: number; day: string } | undefined;

export function isoDay(d: Date): string {
  // Every profile of a run is looked at on the same day.
  const time = d.getTime();
  if (lastDay?.time !== time) lastDay = { time, day: d.toISOString().slice(0, 10) };
  return lastDay.day;
}

/** A quoted sentence as the evidence shows it: at most 200 characters. */
export const shortQuote = (s: string) => (s.length > 200 ? `${s.slice(0, 199)}…` : s);

/**
 * A message finding quoting each sentence that triggered it, with the words that made it (hits from
 * lib/text/cooccur.ts; a plain sentence where a rule found it otherwise, a wallet address). When every
 * sentence is weak evidence (a question whether the reader uses a messenger), it is a note, not a red flag.
 */
// Pronouns, possessives and articles a concept matched ("meines", "your", "mi") say nothing to a reader on their own: listed only
// when nothing else matched (a review of the fiftieth session: "words that matched: “Konto”, “meines”, “gesperrt”").
const FUNCTION_WORDS = new Set(
  (
    'i me my mine we us our you u your ur yours he him his she her they them their the a an ' +
    'ich mich mir mein meine meinen meinem meiner meines wir uns unser unsere du dich dir dein deine deinen deinem deiner deines ' +
    'sie ihr ihre ihren ihrem ihrer ihres der die das den dem des ein eine einen einem einer eines ' +
    'yo me mi mis nosotros nos nuestro nuestra tú tu tus te usted su sus el la los las un una ' +
    'je moi mon ma mes nous notre nos tu toi ton ta tes vous votre vos le la les un une ' +
    'eu mim meu minha meus minhas nós nosso nossa você vc seu sua teu tua o a os as um uma'
  ).split(' '),
);
const shownWords = (words: readonly string[]): readonly string[] => {
  const content = words.filter((w) => !FUNCTION_WORDS.has(w.toLowerCase()));
  return content.length ? content : words;
};

export function messageFinding(
  rule: string,
  severity: Severity,
  found: readonly (Hit | string)[],
  sources: string[],
): Finding {
  const hits = oncePerSentence(
    found.map((h): Hit => (typeof h === 'string' ? { sentence: h, index: -1, words: [], weak: false } : h)),
  );
  // Added to the finding, not spread into a copy (a spread would write the evidence out).
  const f = finding(
    rule,
    severity,
    hits.map((h) =>
      h.words.length
        ? line('evidence.sentenceWords', {
            text: shortQuote(h.sentence),
            words: { list: shownWords(h.words).map((word) => line('evidence.quotedWord', { word })) },
          })
        : line('evidence.sentence', { text: shortQuote(h.sentence) }),
    ),
    sources,
  );
  f.quotes = hits.map((h) => h.sentence);
  if (hits.every((h) => h.weak)) {
    f.note = true;
    if (hits.every((h) => h.given)) noteReasons.set(f, 'given');
    else if (hits.every((h) => h.unnamed)) noteReasons.set(f, 'unnamed');
  }
  return f;
}

// Why a note is one, where its sentences say it (lib/rules/grade.ts writes it out): they only give a contact, asking
// nothing, or they ask for a private talk and name no channel anywhere. Kept beside the finding, not in it, so that
// what is stored and exported keeps its shape.
const noteReasons = new WeakMap<Finding, 'given' | 'unnamed'>();

/** Whether a message note only gives a contact (a signature), as messageFinding made it. */
export const onlyGivesContact = (f: Finding): boolean => noteReasons.get(f) === 'given';

/** Whether a message note only asks for a private talk, naming no channel, as messageFinding made it. */
export const namesNoChannel = (f: Finding): boolean => noteReasons.get(f) === 'unnamed';

/**
 * One hit per sentence: a sentence two of a rule's readings found is quoted once, with the words of both (quoted
 * twice, it counted as "more than one sentence asks for it" and showed the same quote twice). Weak only if both were.
 */
function oncePerSentence(hits: Hit[]): Hit[] {
  if (hits.length < 2) return hits;
  // The same index and sentence, looked up among the hits kept so far (a few: a key string per hit, hashed in a
  // map, cost more than the comparisons), each kept where its sentence was first found.
  let kept: Hit[] | undefined;
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i];
    const list = kept ?? hits;
    const end = kept ? kept.length : i;
    let j = 0;
    while (j < end && (list[j].index !== h.index || list[j].sentence !== h.sentence)) j++;
    if (j === end) {
      kept?.push(h);
      continue;
    }
    kept ??= hits.slice(0, i);
    const first = kept[j];
    kept[j] = {
      ...first,
      words: [...first.words, ...h.words.filter((w) => !first.words.includes(w))],
      weak: first.weak && h.weak,
      given: first.given && h.given,
      unnamed: first.unnamed && h.unnamed,
    };
  }
  return kept ?? hits;
}
