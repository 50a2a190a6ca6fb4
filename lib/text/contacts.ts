/**
 * Finds ways to reach someone outside a marketplace in free text: messenger handles and links, e-mail
 * addresses and phone numbers (libphonenumber-js finds and validates numbers, with the profile's country as
 * the default for national formats). A bare mention ("I build Telegram bots") is not a contact.
 */
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import { WHATSAPP_NAMES } from './lexicon';

export type ContactKind = 'Telegram' | 'WhatsApp' | 'Discord' | 'Skype' | 'Signal' | 'WeChat' | 'E-mail' | 'Phone';

export interface Contact {
  kind: ContactKind;
  value: string;
}

const HANDLE = '@?[A-Za-z0-9_.]{3,32}';
// "Telegram: @x", "wechat id: dev_lee88", "discord username is x".
// (Each run of spaces has one way to be read: "telegram" and 50 KB of spaces took seconds; so have WhatsApp's and
// Skype's below, whose "\s*[:-]?\s*" split a run of spaces both ways: 1.2 s for "skype" and 20 KB of tabs.)
const SEP = String.raw`\s*(?:(?:id|user\s?name|handle)\s*)?(?:(?:[:\-–—=]|\bis\b|\bat\b|\bme\b|\bon\b)\s*)?`;

// Each pattern with the words (lower case) one of which every match holds, where it has such words: a text without
// them is not scanned with it (the patterns read ASCII letters only: no other letter is one of these ignoring case).
// (Two patterns in a row with the same words share the list: the text is looked through for them once.)
const TELEGRAM_WORDS = ['telegram', 'tg'];
const DISCORD_WORDS = ['discord'];
const PATTERNS: [ContactKind, RegExp, needs?: readonly string[]][] = [
  ['Telegram', /\b(?:t|telegram)\.me\/[A-Za-z0-9_]{4,32}\b/gi, ['.me/']],
  ['Telegram', new RegExp(String.raw`\b(?:telegram|tg)${SEP}(@[A-Za-z0-9_]{4,32})`, 'gi'), TELEGRAM_WORDS],
  // Without its "@" after the messenger's name ("Telegram: mika7el", "contact on telegram jerome031."): a name
  // Telegram would take (a letter first, 5–32 letters, digits or "_") with a digit or "_" in it, which words are not,
  // and not the start of an address ("telegram: bot.api2.example.com"); names from code are left out (CODE_NAME).
  [
    'Telegram',
    new RegExp(String.raw`\b(?:telegram|tg)${SEP}([A-Za-z](?=[A-Za-z_]*[0-9_])[A-Za-z0-9_]{4,31})(?![\w@]|\.\w)`, 'gi'),
    TELEGRAM_WORDS,
  ],
  ['WhatsApp', /\bwa\.me\/\+?\d{6,15}\b/gi, ['wa.me/']],
  // Also as people shorten it ("chama no whats 7595…", "zap: 11 9…", "wpp (85) 98…"), the number's area code in brackets.
  [
    'WhatsApp',
    new RegExp(
      String.raw`\b(?:${WHATSAPP_NAMES}|wa)\s*(?:(?:[:\-–—]|\bat\b|\bon\b)\s*)?(\(?\+?\d[\d\s().-]{6,18}\d)`,
      'gi',
    ),
  ],
  ['Discord', /\bdiscord(?:app)?\.(?:gg|com\/users|com\/invite)\/[A-Za-z0-9_]{2,32}\b/gi, DISCORD_WORDS],
  ['Discord', new RegExp(String.raw`\bdiscord${SEP}(${HANDLE}(?:#\d{4})?)`, 'gi'), DISCORD_WORDS],
  ['Skype', /\bskype\s*(?:[:\-–—]\s*)?((?:live:)?[A-Za-z0-9_.,-]{5,40})/gi, ['skype']],
  ['Signal', /\bsignal\s*[:\-–—]\s*(\+?\d[\d\s().-]{6,18}\d)/gi, ['signal']],
  ['WeChat', new RegExp(String.raw`\b(?:wechat|weixin)${SEP}(${HANDLE})`, 'gi'), ['wechat', 'weixin']],
  ['E-mail', /\b[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,24}\b/g],
];

// Every pattern above needs one of these: texts without any skip the patterns (content runs per profile).
const MESSENGER_HINT =
  /telegram|t\.me|\btg\b|whats|\bwa\b|wa\.me|\bzap\b|\bwpp\b|\bwsp\b|discord|skype|signal|wechat|weixin|@/i;

const TELEGRAM_BOT = /bot$/i;
// Words that follow "Skype"/"Discord" in ordinary prose and are not handles.
const NOT_HANDLES = /^(?:calls?|meetings?|bots?|servers?|community|interviews?|and|or|for|with|the|integration|api)$/i;
// Names from code after "Telegram" without an "@", as developers' profiles write them ("Telegram bot_api wrapper",
// "Telegram API_ID", "telegram chat_id", "Telegram Mini_Apps", "Telegram: aiogram3"): no person's handle.
const CODE_NAME =
  /(?:^|_)(?:bots?|api|ids?|tokens?|chat|apps?|sdk|webhooks?|hash|keys?|mini|client|lib|url)(?:_|\d|$)|^(?:aiogram|pyrogram|telethon|telegraf|grammy|tdlib)/i;

const ADDRESS = PATTERNS[PATTERNS.length - 1][1];
if (PATTERNS[PATTERNS.length - 1][0] !== 'E-mail') throw new Error('the address pattern is the last');
// The address pattern, tried at one offset (made from it); the characters of an address's name.
const ADDRESS_AT = new RegExp(ADDRESS.source, 'y');
const nameChar = (c: number) =>
  (c >= 97 && c <= 122) ||
  (c >= 65 && c <= 90) ||
  (c >= 48 && c <= 57) ||
  c === 46 ||
  c === 95 ||
  c === 37 ||
  c === 43 ||
  c === 45;

/**
 * The next match of the address pattern (PATTERNS' last) in the text, as its global exec would find it from
 * `lastIndex` — found from each "@" on: a match holds one "@" (no other character of it is one) and starts in the run of
 * name characters right before it. Reads and moves the global pattern's `lastIndex` as exec would.
 */
function nextAddress(text: string): RegExpExecArray | null {
  const re = ADDRESS;
  const addressFrom = re.lastIndex;
  for (let a = text.indexOf('@', addressFrom); a >= 0; a = text.indexOf('@', a + 1)) {
    let p = a;
    while (p > addressFrom && nameChar(text.charCodeAt(p - 1))) p--;
    for (; p < a; p++) {
      ADDRESS_AT.lastIndex = p;
      const m = ADDRESS_AT.exec(text);
      if (m) {
        re.lastIndex = ADDRESS_AT.lastIndex;
        return m;
      }
    }
  }
  re.lastIndex = 0;
  return null;
}

// A "+" or a digit, then 6–18 digits or separators, ending in a digit; not glued to letters or digits. A space may
// follow the "+" as some people type it ("+ 33 7 55 50 14 92").
const PHONE_CANDIDATE = /(?<![\w+])(?:\+ ?)?\d[\d\s()./-]{5,18}\d(?![\w])/g;

/** The ASCII digits of a text, as `s.replace(/\D/g, '')` (a pattern run once for every other character cost more). */
function digitsOf(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) out += s[i];
  }
  return out;
}

/** Whether the text holds one of the words. */
function holdsAny(text: string, words: readonly string[]): boolean {
  for (let i = 0; i < words.length; i++) if (text.includes(words[i])) return true;
  return false;
}

export function findContacts(text: string, country?: string): Contact[] {
  return contactsIn(text, country, false);
}

/** The contacts of a text, or (`first`) only the first found: whether there is one needs no more. */
function contactsIn(text: string, country: string | undefined, first: boolean): Contact[] {
  const out: Contact[] = [];
  // Each contact once by its kind and its value ignoring case: the few found so far looked through (a key string
  // hashed in a Set cost more), their values lower-cased beside them.
  const seen: string[] = [];
  const add = (kind: ContactKind, value: string) => {
    const v = value.trim();
    const folded = v.toLowerCase();
    for (let i = 0; i < out.length; i++) if (out[i].kind === kind && seen[i] === folded) return;
    seen.push(folded);
    out.push({ kind, value: v });
  };
  const mentionsAny = MESSENGER_HINT.test(text);
  // An address needs its "@": without one, the address pattern is not run along the text.
  const at = mentionsAny && text.includes('@');
  const lower = mentionsAny ? text.toLowerCase() : '';
  let lastNeeds: readonly string[] | undefined;
  let held = false;
  for (const [kind, re, needs] of mentionsAny ? PATTERNS : []) {
    if (kind === 'E-mail' && !at) continue;
    if (needs && needs !== lastNeeds) {
      lastNeeds = needs;
      held = holdsAny(lower, needs);
    }
    if (needs && !held) continue;
    // exec in a loop, as matchAll would (which makes a copy of the pattern for every call). An address is looked for
    // from its "@" back (the pattern would start at every word of the text).
    re.lastIndex = 0;
    const address = kind === 'E-mail';
    for (let m = address ? nextAddress(text) : re.exec(text); m; m = address ? nextAddress(text) : re.exec(text)) {
      const value = m[1] ?? m[0];
      if (NOT_HANDLES.test(value.charCodeAt(0) === 64 ? value.slice(1) : value)) continue;
      if (kind === 'Telegram' && m[1] && !value.startsWith('@') && CODE_NAME.test(value)) continue;
      // A Telegram bot (its name ends in "bot", as Telegram requires of bots) is a product, not a person to reach.
      if (kind === 'Telegram' && TELEGRAM_BOT.test(value)) continue;
      add(kind, m[0].includes('/') ? m[0] : value);
      if (first) return out;
    }
  }
  // Addresses spelled so that filters miss them ("mika.dev77 (at) gmail (dot) com"), as the address they stand for: a
  // profile's bio gives them as a message does, and the memory compares them with the plain ones.
  if (SPELLED_HINT.test(text)) {
    SPELLED_ADDRESS_ALL.lastIndex = 0;
    for (let m = SPELLED_ADDRESS_ALL.exec(text); m; m = SPELLED_ADDRESS_ALL.exec(text)) {
      const address = unspelled(m[0]);
      if (address) {
        add('E-mail', address);
        if (first) return out;
      }
    }
  }
  // Phone numbers: libphonenumber-js validates each run of digits that could be one (a cheap scan first,
  // so long texts without such runs cost nothing).
  let phonesInMessengers: string[] | undefined;
  PHONE_CANDIDATE.lastIndex = 0;
  for (let m = PHONE_CANDIDATE.exec(text); m; m = PHONE_CANDIDATE.exec(text)) {
    const raw = m[0];
    const digits = digitsOf(raw);
    phonesInMessengers ??= out.map((c) => digitsOf(c.value)).filter((p) => p.length > 5);
    if (phonesInMessengers.some((p) => digits.endsWith(p.slice(-7)))) continue; // already a WhatsApp/Signal number
    if (validPhone(raw, country)) {
      add('Phone', raw);
      if (first) return out;
    }
  }
  return out;
}

/**
 * Whether libphonenumber-js reads a run of digits as a valid number (for the country, if given). Each run is read once
 * (the rules and the grading read the same sentences: parsing a number was 1.4 % of a 1 KB message's time); the map is
 * emptied now and then, as speech.ts's readings.
 */
function validPhone(raw: string, country: string | undefined): boolean {
  const key = country ? `${country} ${raw}` : raw;
  let valid = phones.get(key);
  if (valid === undefined) {
    valid = !!parsePhoneNumberFromString(raw.replace(/^\+ /, '+'), country as CountryCode | undefined)?.isValid();
    if (phones.size > 4096) phones.clear();
    phones.set(key, valid);
  }
  return valid;
}
const phones = new Map<string, boolean>();

/** Mailboxes of persons (webmail): nobody has an organisation's role address there. */
export const WEBMAIL_HOSTS = String.raw`gmail|googlemail|yahoo|ymail|hotmail|outlook|live|msn|aol|icloud|me|proton(?:mail)?|pm|gmx|web|yandex|mail|qq|163|126|naver|uol|bol|terra|ig|libero|orange|free|wanadoo|laposte|sfr|t-online|freenet|zoho|tutanota`;

/**
 * Addresses written so that filters miss them: "name at gmail dot com", "nameATgmailDotCom", "name(at)web.de",
 * "webpuntoARROBAgmail.com". Runs start only where a run starts (from every letter of a long run they would take
 * quadratic time). Sources, for lib/rules/move-off-platform.ts's concept and for `givesContact`.
 */
export const SPELLED_ADDRESS_SOURCES = [
  String.raw`(?<![\w.+-])[\w.+-]+\s?(?:\(at\)|\[at\]|\{at\}|\(arroba\)|\[arroba\])\s?[\w-]+(?:\s?(?:\.|\(dot\)|\[dot\]|\(punto\)|\(ponto\))\s?[a-z]{2,4})?`,
  String.raw`(?<![\w.+-])[\w.+-]+\s(?:at|arroba|chez)\s(?:${WEBMAIL_HOSTS})\s?(?:dot|punto|ponto|point|\.)\s?[a-z]{2,4}`,
  String.raw`(?<![\w.+-])[a-z0-9._-]+(?:at|arroba)(?:${WEBMAIL_HOSTS})(?:\.|dot|punto|ponto|point)[a-z]{2,4}`,
  // any domain, when both "at" and "dot" are spelled: "marco at mediainvestiga dot com"
  String.raw`(?<![\w.+-])[\w.+-]+\s(?:at|arroba)\s[\w-]{2,30}\s(?:dot|punto|ponto)\s(?:com|org|net|io|dev|de|fr|es|br|pt|co|uk)\b`,
];
/**
 * An address with a space each side of its "@", so that no filter sees it ("emailing me at jen @ orbitzen.co"):
 * read only where a message asks the reader to write there — on its own it is as often a job title ("Senior dev @
 * Vue.js", "experience @ ASP.NET"), so it is no contact given.
 */
export const SPACED_ADDRESS = String.raw`(?<![\w.+-])[\w.+-]+ @ [\w-]{2,30}(?:\.[\w-]{2,30})*\.(?:com|org|co|io|de|fr|es|pt|br|uk|nl|ch|at|be|it|ca|au|me|info|biz|mail)\b`;
const SPELLED_ADDRESS = new RegExp(SPELLED_ADDRESS_SOURCES.join('|'), 'i');
const SPELLED_ADDRESS_ALL = new RegExp(SPELLED_ADDRESS_SOURCES.join('|'), 'gi');
const GLUED_AT = new RegExp(String.raw`(?:at|arroba)(?=(?:${WEBMAIL_HOSTS})(?:\.|dot|punto|ponto|point))`);
const PLAIN_ADDRESS = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/;
/** The address a spelled one stands for ("jo (at) web (dot) de" → "jo@web.de"), or undefined if it is none. */
function unspelled(spelled: string): string | undefined {
  let s = spelled.toLowerCase().replace(/\s*(?:\(at\)|\[at\]|\{at\}|\(arroba\)|\[arroba\])\s*/, '@');
  if (!s.includes('@')) s = s.replace(/\s(?:at|arroba|chez)\s/, '@');
  if (!s.includes('@')) s = s.replace(GLUED_AT, '@');
  s = s
    .replace(/\s*(?:\(dot\)|\[dot\]|\(punto\)|\(ponto\))\s*/g, '.')
    .replace(/\s(?:dot|punto|ponto|point)\s?/g, '.')
    .replace(/(?<=@[a-z0-9-]+)(?:dot|punto|ponto|point)(?=[a-z]{2,4}$)/, '.')
    .replace(/\s+/g, '');
  return PLAIN_ADDRESS.test(s) ? s : undefined;
}
// What every spelled address above holds: "(at)" and the like, " at " (" arroba ", " chez ") before a host and its
// dot, or "at" glued to a webmail host. Looked for first: the address patterns start at every word, run along it
// and back (a twentieth of the grading's time), and most texts hold none of these.
export const SPELLED_HINT = new RegExp(
  String.raw`[([{](?:at|arroba)[)\]}]|\s(?:at|arroba|chez)\s[\w-]{2,30}\s?(?:dot|punto|ponto|point|\.)|(?:at|arroba)(?:${WEBMAIL_HOSTS})`,
  'i',
);
/**
 * A phone number whose digits the page or its publisher masked ("XXX-XXX-XXXX", "+49 XXXXXXXXXXXX", "(555) XXX-XXXX",
 * "07XXX XXXXXX", and as French and Brazilian numbers are written: "06 XX XX XX XX", "(11) 9XXXX-XXXX" — a review of the
 * thirty-second session): published messages are redacted so, and a number given so is still a number given (thirty-second
 * session, the tuning text: "You can reach me at XXX-XXX-XXXX", "Meine WhatsApp-Nummer lautet: +49 XXXXXXXXXXXX"). Read
 * by the move-off rule and its grading only: it is no contact to remember or compare (every masked number is alike).
 * Three X's at least, after a country code, an area code or a leading 0, or in the dashed 3-3-4 form ("xxx xxx xxx", a
 * placeholder for a name, is none of these), and not a format shown ("in the format XXX-XXX-XXXX", "e.g. +49 XXX").
 */
export const MASKED_PHONE = String.raw`(?<![\w+])(?<!(?:format|formato|formats|e\.g\.|z\. ?b\.|ex\.|ej\.|such as|like|like this|as|wie|como|comme)[: ]{1,2})(?:\+ ?\d{1,3}[ .-]?\d{0,4}[ .-]?[Xx]{3,}(?:[ .-][Xx\d]{2,}){0,4}|\(?\d{3}\)?[ .-]?[Xx]{3}[ .-][Xx]{4}|[Xx]{3}-[Xx]{3}-[Xx]{4}|0\d{1,4} ?[Xx]{3,}(?:[ .-][Xx\d]{2,}){0,4}|(?:0|\+ ?\d{1,3} ?)\d(?:[ .][Xx]{2}){4}|\(\d{2}\) ?\d?[Xx]{4,5}[ -]?[Xx]{4})(?![\w])`;
/**
 * A handle in a form only one messenger uses ("devmartin#2231" is Discord's, "live:…" Skype's) — not a reference to an
 * issue, a ticket or an order ("owner/repo#1234", "PR#2231", "Order#5120"). A source: move-off-platform reads it as a
 * concept, the grading as the contact given.
 */
export const TAGGED_HANDLE = String.raw`live:[\w.:-]+|(?<![#\w/])(?!(?:pr|prs|issues?|bugs?|tickets?|tasks?|items?|orders?|invoices?|cases?|refs?|commits?|builds?|jobs?|runs?)#)\w{3,}#\d{4}(?![#\w])`;
// Links that open a chat: "t.me/devtom", "wa.me/4915…".
const CHAT_LINK = /\b(?:t|wa)\.me\//i;

/** Whether a text gives a way to reach someone outside a marketplace: a chat link, a spelled address, a contact. */
export function givesContact(text: string, country?: string): boolean {
  return (
    CHAT_LINK.test(text) ||
    (SPELLED_HINT.test(text) && SPELLED_ADDRESS.test(text)) ||
    contactsIn(text, country, true).length > 0
  );
}
