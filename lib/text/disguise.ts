/**
 * Names written so that a marketplace's message filter misses them — "T e l e g r a m", "Теlegram" with
 * Cyrillic letters, "wh@tsapp", "te1egram", "the blue app with the paper plane" — read back as the name they
 * stand for. The rules read a copy of the message with the names restored; what they quote is the page's own
 * text (lib/text/message.ts maps each sentence back), and a finding says which words were read as what.
 *
 * Only names a rule asks about are restored (messengers, remote-desktop tools, payment services, coins, webmail),
 * and only where the letters of one of them stand in a row with nothing but separators between them: ordinary
 * words never change. A spelling with one space or hyphen ("whats app", "team viewer") is read the same way but
 * is not a disguise; a name spelled letter by letter, with look-alike letters or digits, or described, is.
 */

/** One name read back: the page's words and the name they were read as. */
export interface Disguise {
  shown: string;
  word: string;
  /** Deliberately hidden (letters spaced out, look-alikes, a description), not only split in two. */
  disguised: boolean;
}

const NAMES = [
  'Telegram',
  'WhatsApp',
  'Signal',
  'Skype',
  'Discord',
  'WeChat',
  'Viber',
  'Threema',
  'Wickr',
  'AnyDesk',
  'TeamViewer',
  'RustDesk',
  'UltraViewer',
  'PayPal',
  'Payoneer',
  'Zelle',
  'Venmo',
  'CashApp',
  'Revolut',
  'Binance',
  'Bitcoin',
  'USDT',
  'Tether',
  'Ethereum',
  'crypto',
  'Gmail',
  'Hotmail',
  'ProtonMail',
];

// Letters and what is written for them: Cyrillic and Greek look-alikes, small capitals, digits and signs
// (letters with accents are added below).
const LOOK_ALIKE: Record<string, string> = {
  a: 'aаα4@ᴀ',
  b: 'bвь8ʙ₿',
  c: 'cсϲ¢ᴄ',
  d: 'dԁᴅ',
  e: 'eеεё3€ᴇ',
  g: 'gɡ9ɢ',
  h: 'hһнʜ',
  i: 'iіιı1!|ɪ',
  k: 'kкκᴋ',
  l: 'lӏ1|!ıʟ',
  m: 'mмᴍ',
  n: 'nпɴ',
  o: 'oоο0ᴏ',
  p: 'pрρᴘ',
  r: 'rгʀ',
  s: 'sѕ5$ꜱ',
  t: 'tтτ7+ᴛ',
  u: 'uυᴜ',
  v: 'vνѵᴠ',
  w: 'wѡᴡ',
  x: 'xхχ',
  y: 'yуγʏ',
  z: 'z2ᴢ',
};
// "Tėlėgrȧm": a letter with an accent (Latin-1 to Latin Extended-B, Latin Extended Additional) stands for the
// letter (NFKC has already joined a letter and a combining accent into one character).
for (let c = 0xc0; c <= 0x1eff; c = c === 0x24f ? 0x1e00 : c + 1) {
  const ch = String.fromCharCode(c);
  const base = ch.normalize('NFD')[0]!.toLowerCase();
  const lower = ch.toLowerCase();
  if (base !== lower && LOOK_ALIKE[base] && !LOOK_ALIKE[base].includes(lower)) LOOK_ALIKE[base] += lower;
}
const escape = (s: string) => s.replace(/[\\\]^-]/g, '\\$&');
const letter = (c: string) => `[${escape(LOOK_ALIKE[c] ?? c)}]`;
// What stands between the letters of a name: signs, a line break (letters written one under the other), a
// symbol or an emoji ("T🔹e🔹l🔹e🔹g🔹r🔹a🔹m").
const SEPARATOR = String.raw`(?:[ \t\r\n.\-_*·•|+~,'’/\\\u2190-\u21ff\u2500-\u27bf\u2b00-\u2bff\u{1f000}-\u{1faff}]|\ufe0f|\u200d)`;
// Between two letters of a name: nothing, or one to three separators.
const SEP = `${SEPARATOR}{0,3}`;
const SPELLED = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${NAMES.map((n) => [...n.toLowerCase()].map(letter).join(SEP)).join('|')})(?![\\p{L}\\p{N}])`,
  'giu',
);

// "the blue app with the paper plane", "die App mit dem Papierflieger", "o app do aviãozinho de papel" (from a
// word's start: "travel with the paper plane" has no "el").
const PAPER_PLANE =
  /(?<![\p{L}\p{N}])(?:(?:the|that|die|der|la|el|o|a) )?(?:(?:blue|blaue\p{L}*|bleue?|azul) )?(?:(?:app|messenger|application|aplicación|aplicativo|appli|appli\p{L}*) )?(?:with|mit|avec|con|com|do|de) (?:(?:the|a|dem|einem|l[’']|un|une|el|o|um) ?)?(?:little |kleinen |petit |pequeño |)(?:paper[ -]?(?:air|aero)?plane|papierflieger|avion en papier|avion de papier|avión de papel|avioncito de papel|avião(?:zinho)? de papel)(?: (?:icon|logo|symbol))?|(?<![\p{L}\p{N}])paper[ -]?(?:air|aero)?plane app/giu;

// Where something may be spelled around a filter (plain character classes: with Unicode property classes
// these tests cost a fifth of the message rules' time). A Greek or Cyrillic letter (a word mixing scripts is
// looked for then), a sign between letters, four letters spaced out, a name split in two.
const GREEK_OR_CYRILLIC = /[\u0370-\u03ff\u0400-\u04ff]/;
const MIXED_SCRIPT =
  /\p{Script=Latin}[\p{Script=Cyrillic}\p{Script=Greek}]|[\p{Script=Cyrillic}\p{Script=Greek}]\p{Script=Latin}/gu;
// A word of look-alikes from one script or two ("Ѕкуре", "νеnмо" is mixed): as long as a name.
const GREEK_OR_CYRILLIC_WORD = /(?<![\u0370-\u04ff])[\u0370-\u03ff\u0400-\u04ff]{4,10}(?![\u0370-\u04ff])/g;
// A sign between letters ("te1egram"), or at a word's start or end before or after three letters ("7elegram",
// "₿itcoin", "gmai1"); an e-mail address is skipped below. (The pattern starts at the sign, the rarer character:
// a third of the time of one starting at a letter.)
const SIGN_IN_WORD = /[0-9@$€|!+¢₿](?:(?<=[a-z].)[a-z]|(?<![a-z0-9].)[a-z]{3}|(?<=[a-z]{3}.)(?![a-z0-9]))/gi;
// A letter no Western European language writes (accents as in "Tėlėgrȧm", small capitals "ᴛᴇʟᴇɢʀᴀᴍ"), a
// symbol or an emoji ("T🔹e🔹l🔹e🔹g🔹r🔹a🔹m"). Latin-1's accents ("für", "café") would make every German or
// French word a suspect: a name with those is read where an accent was typed as a combining mark (the marks).
const ODD_IN_WORD = /[\u0100-\u02af\u1d00-\u1eff\ua730-\ua7ff\u2190-\u21ff\u2500-\u27bf\u2b00-\u2bff\ud83c-\ud83e]/g;
// Separators in the tests over the whole text (a line break too: letters written one under the other).
const S = String.raw`[ \t\r\n.\-_*·•|+~,'’/\\]`;
// (From a single letter on: a word boundary and a separator right after it rule out most positions at once.)
const SPACED = new RegExp(String.raw`\b[a-z]${S}{1,3}[a-z](?![a-z0-9])(?:${S}{1,3}[a-z](?![a-z0-9])){2,}`, 'gi');
// Misspelt on purpose, as a filter's list does not have them ("Skhipe", "SKyp" in the Fiverr forum): read as the
// name, not called a disguise (a typo looks the same). Only spellings that are no word of their own.
const MISSPELT: Record<string, string> = {
  skyp: 'Skype',
  skipe: 'Skype',
  skhipe: 'Skype',
  telegrm: 'Telegram',
  teligram: 'Telegram',
  telegarm: 'Telegram',
  tlgrm: 'Telegram',
  tgram: 'Telegram',
  whtsapp: 'WhatsApp',
  whatapp: 'WhatsApp',
  anydsk: 'AnyDesk',
  anydesck: 'AnyDesk',
  anydeks: 'AnyDesk',
  anydesc: 'AnyDesk',
  anidesk: 'AnyDesk',
  enydesk: 'AnyDesk',
  teamveiwer: 'TeamViewer',
  teamviwer: 'TeamViewer',
  temviewer: 'TeamViewer',
  teamvewer: 'TeamViewer',
  teamviewr: 'TeamViewer',
  rustdesck: 'RustDesk',
  ultraveiwer: 'UltraViewer',
};
const MISSPELLINGS = Object.keys(MISSPELT).join('|');
// The names as Russian and Ukrainian write them ("пиши в телеграм"): read as the name in a message in another
// language ("contact me on телеграм"), never called a disguise — in their own language they are just the word.
const IN_CYRILLIC: Record<string, string> = {
  телеграм: 'Telegram',
  телеграмм: 'Telegram',
  ватсап: 'WhatsApp',
  вотсап: 'WhatsApp',
  вацап: 'WhatsApp',
  скайп: 'Skype',
  дискорд: 'Discord',
  вайбер: 'Viber',
  вичат: 'WeChat',
};
const READ_AS: Record<string, string> = { ...MISSPELT, ...IN_CYRILLIC };
const MISSPELLING = new RegExp(`(?<![\\p{L}\\p{N}])(?:${Object.keys(READ_AS).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
// Names split in two ("tele gram", "pay pal"); "we chat" and "sig nal" are ordinary words apart. The misspellings
// above are looked for in the same pass.
const SPLIT = new RegExp(
  String.raw`\b(?:tele${S}{1,3}gram|what[’']?s${S}{1,3}app|sky${S}{1,3}pe|rust${S}{1,3}desk|ultra${S}{1,3}viewer|any${S}{1,3}desk|team${S}{1,3}viewer|pay${S}{1,3}(?:pal|oneer)|bit${S}{1,3}coin|cash${S}{1,3}app|(?:proton|hot|g)${S}{1,3}mail|dis${S}{1,3}cord|crypt${S}{1,3}o|us${S}{1,3}dt|teth${S}{1,3}er|ether${S}{1,3}eum|${MISSPELLINGS})(?![a-z])`,
  'gi',
);
const DESCRIBED =
  /paper[ -]?(?:air|aero)?plane|papierflieger|avion (?:en|de) papier|avi[oó]n(?:cito)? de papel|avião(?:zinho)? de papel/i;

const plain = (s: string) => s.toLowerCase();

// Signs and look-alikes inside a word, spaced letters, split names: where to look (global copies of the tests).
const SUSPECTS = [SIGN_IN_WORD, ODD_IN_WORD, SPACED, SPLIT];
const space = (c: number) => c === 32 || c === 10 || c === 9 || c === 13 || c === 160;
// A word longer than this with a sign inside is an address, a wallet or a link, not a name.
const LONGEST = 24;

/** Stretches of the text to look for names in: each suspect widened to the words around it, merged. */
function regions(text: string, marks: readonly number[]): [number, number][] {
  const found: [number, number][] = [];
  for (const at of marks) {
    // A mark inside the stretch of the marks before it: that stretch goes on from where it stopped (its words reach
    // no further back, and up to there they are no space and no further than the longest word from this mark). A run
    // of 200,000 styled letters widened each of them both ways, 25 ms.
    const last = found[found.length - 1];
    if (last && at <= last[1]) {
      let to = last[1];
      while (to < text.length && !space(text.charCodeAt(to)) && to - at <= LONGEST) to++;
      last[1] = to;
      continue;
    }
    let from = at;
    let to = at;
    while (from > 0 && !space(text.charCodeAt(from - 1)) && at - from <= LONGEST) from--;
    while (to < text.length && !space(text.charCodeAt(to)) && to - at <= LONGEST) to++;
    if (to > from) found.push([from, to]);
  }
  for (const re of GREEK_OR_CYRILLIC.test(text) ? [MIXED_SCRIPT, GREEK_OR_CYRILLIC_WORD, ...SUSPECTS] : SUSPECTS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      let from = m.index;
      let to = m.index + m[0].length;
      while (from > 0 && !space(text.charCodeAt(from - 1)) && m.index - from <= LONGEST) from--;
      while (to < text.length && !space(text.charCodeAt(to)) && to - m.index <= LONGEST) to++;
      // On from the end of the word: a wallet has a sign between letters every few characters.
      re.lastIndex = Math.max(re.lastIndex, to);
      if ((re === SIGN_IN_WORD || re === MIXED_SCRIPT || re === ODD_IN_WORD) && to - from > LONGEST) continue;
      // An e-mail address: a dot and a letter after its "@" ("wh@tsapp." has none; looked for in the word only).
      if (re === SIGN_IN_WORD && EMAIL.test(text.slice(from, to))) continue;
      found.push([from, to]);
    }
  }
  // (Most texts have one stretch or none: nothing to order.)
  if (found.length > 1) found.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of found) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push(r);
  }
  return merged;
}
const EMAIL = /@[^@]*\.[a-z]/i;
const LINK = /(?:[a-z][a-z0-9+.-]*:\/\/|www\.)\S+/gi;
const SEPARATORS = new RegExp(`${SEPARATOR}+`, 'gu');
const separators = (s: string) => (s.match(SEPARATORS) ?? []).length;

/** A name read back: where it stands in the text given and the name it was read as. */
export interface ReadBack {
  from: number;
  to: number;
  word: string;
}

/**
 * The text with each name written around a filter read back, and what was read; undefined when nothing was
 * (most messages: the cheap tests above fail). `marks`: offsets (ascending) where the page had an invisible
 * character or a styled letter ("𝐓𝐞𝐥𝐞𝐠𝐫𝐚𝐦", NFKC made them plain): a name there is disguised as written.
 */
export function readDisguises(
  text: string,
  marks: readonly number[] = [],
): { text: string; found: Disguise[]; edits: ReadBack[] } | undefined {
  const edits: { from: number; to: number; word: string; disguised: boolean }[] = [];
  if (DESCRIBED.test(text))
    for (const m of text.matchAll(PAPER_PLANE))
      edits.push({ from: m.index, to: m.index + m[0].length, word: 'Telegram', disguised: true });
  const described = edits.length;
  // The names are looked for only where something looks spelled around a filter: a word with a look-alike
  // letter or a sign inside, letters spaced out, a name split in two. (Over whole messages the look-up cost a
  // quarter of the message rules' time: e-mail addresses and wallets have signs inside words.)
  let d = 0;
  let mark = 0;
  // Looked for only once a name is found to read back (most texts with a link have none: the pattern tries every
  // letter of the text).
  let linksFound: number[][] | undefined;
  const inLink = (from: number, to: number) =>
    (linksFound ??=
      text.includes('://') || /www\./i.test(text)
        ? [...text.matchAll(LINK)].map((m) => [m.index, m.index + m[0].length])
        : []).some(([a, b]) => from < b && to > a);
  for (const [from, to] of regions(text, marks)) {
    // On the stretch alone: a search from there would run on to the end of the message.
    const stretch = text.slice(from, to);
    // exec from the stretch's start, as matchAll would (which copies the pattern for every stretch).
    MISSPELLING.lastIndex = 0;
    for (let m = MISSPELLING.exec(stretch); m; m = MISSPELLING.exec(stretch)) {
      const at = from + m.index;
      if (!inLink(at, at + m[0].length))
        edits.push({ from: at, to: at + m[0].length, word: READ_AS[m[0].toLowerCase()]!, disguised: false });
    }
    SPELLED.lastIndex = 0;
    for (let m = SPELLED.exec(stretch); m; m = SPELLED.exec(stretch)) {
      const at = from + m.index;
      const end = at + m[0].length;
      const shown = m[0];
      while (mark < marks.length && marks[mark]! < at) mark++;
      const marked = mark < marks.length && marks[mark]! < end;
      const name = nameOf(shown);
      if (!name || (plain(shown) === plain(name) && !marked)) continue;
      // A look-alike: the letters, separators left out, are not the name's ("te|egram", "Теlеgrаm").
      const lookAlike = shown.toLowerCase().replace(SEPARATORS, '') !== name.toLowerCase();
      // "what's app" and "team viewer" are spellings; "t-e-l-e-g-r-a-m", "Tele⏎gram" are not.
      const disguised = marked || lookAlike || separators(shown) >= 3 || /[\n\r]/.test(shown);
      // "we chat" is two ordinary words; "pay, pal" and "Pay. Pal around" are punctuation between two.
      if (!disguised && (name === 'WeChat' || /[\t*·•|+~,/\\]|\. /.test(shown))) continue;
      // Not in a link: its words are the site's.
      if (inLink(at, end)) continue;
      // Not inside a description read above (those are in order: one pointer walks them).
      while (d < described && edits[d]!.to <= at) d++;
      if (d < described && edits[d]!.from < end) continue;
      edits.push({ from: at, to: end, word: name, disguised });
    }
  }
  if (!edits.length) return undefined;
  edits.sort((a, b) => a.from - b.from);
  let out = '';
  let at = 0;
  for (const e of edits) {
    out += text.slice(at, e.from);
    out += e.word;
    at = e.to;
  }
  out += text.slice(at);
  return {
    text: out,
    found: edits.map((e) => ({ shown: text.slice(e.from, e.to), word: e.word, disguised: e.disguised })),
    edits: edits.map(({ from, to, word }) => ({ from, to, word })),
  };
}

// Which name a match spells: the one whose letter classes match it (the alternation does not say which matched).
const MATCHERS = NAMES.map((n) => ({
  name: n,
  re: new RegExp(`^(?:${[...n.toLowerCase()].map(letter).join(SEP)})$`, 'iu'),
}));
function nameOf(shown: string): string | undefined {
  return MATCHERS.find((m) => m.re.test(shown))?.name;
}
