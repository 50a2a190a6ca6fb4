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

// Letters and what is written for them: Cyrillic and Greek look-alikes, digits and signs.
const LOOK_ALIKE: Record<string, string> = {
  a: 'aаα4@',
  b: 'bвь8',
  c: 'cсϲ¢',
  d: 'dԁ',
  e: 'eеεё3€',
  g: 'gɡ9',
  h: 'hһн',
  i: 'iіιı1!|',
  k: 'kкκ',
  l: 'lӏ1|!ı',
  m: 'mм',
  n: 'nп',
  o: 'oоο0',
  p: 'pрρ',
  r: 'rг',
  s: 'sѕ5$',
  t: 'tтτ7+',
  u: 'uυ',
  v: 'vνѵ',
  w: 'wѡ',
  x: 'xхχ',
  y: 'yуγ',
  z: 'z2',
};
const escape = (s: string) => s.replace(/[\\\]^-]/g, '\\$&');
const letter = (c: string) => `[${escape(LOOK_ALIKE[c] ?? c)}]`;
// Between two letters of a name: nothing, or one to three separators (no line break: a line is a sentence).
const SEP = String.raw`[ \t.\-_*·•|+~,'’/\\]{0,3}`;
const SPELLED = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${NAMES.map((n) => [...n.toLowerCase()].map(letter).join(SEP)).join('|')})(?![\\p{L}\\p{N}])`,
  'giu',
);

// "the blue app with the paper plane", "die App mit dem Papierflieger", "o app do aviãozinho de papel".
const PAPER_PLANE =
  /(?:(?:the|that|die|der|la|el|o|a) )?(?:(?:blue|blaue\p{L}*|bleue?|azul) )?(?:(?:app|messenger|application|aplicación|aplicativo|appli|appli\p{L}*) )?(?:with|mit|avec|con|com|do|de) (?:(?:the|a|dem|einem|l[’']|un|une|el|o|um) ?)?(?:little |kleinen |petit |pequeño |)(?:paper[ -]?plane|papierflieger|avion en papier|avion de papier|avión de papel|avioncito de papel|avião(?:zinho)? de papel)(?: (?:icon|logo|symbol))?|paper[ -]?plane app/giu;

// Where something may be spelled around a filter (plain character classes: with Unicode property classes
// these tests cost a fifth of the message rules' time). A Greek or Cyrillic letter (a word mixing scripts is
// looked for then), a sign between letters, four letters spaced out, a name split in two.
const GREEK_OR_CYRILLIC = /[\u0370-\u03ff\u0400-\u04ff]/;
const MIXED_SCRIPT =
  /\p{Script=Latin}[\p{Script=Cyrillic}\p{Script=Greek}]|[\p{Script=Cyrillic}\p{Script=Greek}]\p{Script=Latin}/gu;
const SIGN_IN_WORD = /[a-z][0-9@$€|!+¢][a-z]/gi;
const S = String.raw`[ \t.\-_*·•|+~,'’/\\]`;
const SPACED = new RegExp(String.raw`(?:^|${S})[a-z](?:${S}{1,3}[a-z]){3,}(?![a-z0-9])`, 'gi');
// Names split in two ("tele gram", "pay pal"); "we chat" and "sig nal" are ordinary words apart.
const SPLIT = new RegExp(
  String.raw`(?:^|[^a-z])(?:tele|what[’']?s|sky|any|team|rust|ultra|pay|bit|cash|proton|hot|g|dis|crypt|us|teth|ether)${S}{1,3}(?:gram|app|pe|desk|viewer|pal|oneer|coin|mail|cord|o|dt|er|eum)(?![a-z])`,
  'gi',
);
const DESCRIBED =
  /paper[ -]?plane|papierflieger|avion (?:en|de) papier|avi[oó]n(?:cito)? de papel|avião(?:zinho)? de papel/i;

const plain = (s: string) => s.toLowerCase();

// Signs and look-alikes inside a word, spaced letters, split names: where to look (global copies of the tests).
const SUSPECTS = [SIGN_IN_WORD, SPACED, SPLIT];
const space = (c: number) => c === 32 || c === 10 || c === 9 || c === 13 || c === 160;
// A word longer than this with a sign inside is an address, a wallet or a link, not a name.
const LONGEST = 24;

/** Stretches of the text to look for names in: each suspect widened to the words around it, merged. */
function regions(text: string): [number, number][] {
  const found: [number, number][] = [];
  for (const re of GREEK_OR_CYRILLIC.test(text) ? [MIXED_SCRIPT, ...SUSPECTS] : SUSPECTS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      let from = m.index;
      let to = m.index + m[0].length;
      while (from > 0 && !space(text.charCodeAt(from - 1)) && m.index - from <= LONGEST) from--;
      while (to < text.length && !space(text.charCodeAt(to)) && to - m.index <= LONGEST) to++;
      // On from the end of the word: a wallet has a sign between letters every few characters.
      re.lastIndex = Math.max(re.lastIndex, to);
      if ((re === SIGN_IN_WORD || re === MIXED_SCRIPT) && to - from > LONGEST) continue;
      // An e-mail address ("wh@tsapp" has no dot after its sign).
      if (re === SIGN_IN_WORD && text[m.index + 1] === '@' && text.lastIndexOf('.', to) > m.index) continue;
      found.push([from, to]);
    }
  }
  found.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of found) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push(r);
  }
  return merged;
}
const separators = (s: string) => (s.match(/[ \t.\-_*·•|+~,'’/\\]+/g) ?? []).length;

/**
 * The text with each name written around a filter read back, and what was read; undefined when nothing was
 * (most messages: the cheap tests above fail).
 */
export function readDisguises(
  text: string,
): { text: string; found: Disguise[]; edits: { from: number; to: number; length: number }[] } | undefined {
  const edits: { from: number; to: number; word: string; disguised: boolean }[] = [];
  if (DESCRIBED.test(text))
    for (const m of text.matchAll(PAPER_PLANE))
      edits.push({ from: m.index, to: m.index + m[0].length, word: 'Telegram', disguised: true });
  // The names are looked for only where something looks spelled around a filter: a word with a look-alike
  // letter or a sign inside, letters spaced out, a name split in two. (Over whole messages the look-up cost a
  // quarter of the message rules' time: e-mail addresses and wallets have signs inside words.)
  for (const [from, to] of regions(text)) {
    // On the stretch alone: a search from there would run on to the end of the message.
    for (const m of text.slice(from, to).matchAll(SPELLED)) {
      const at = from + m.index;
      const shown = m[0];
      const name = nameOf(shown);
      if (!name || plain(shown) === plain(name)) continue;
      // A character not in a-z after lower-casing is a look-alike.
      const lookAlike = [...shown.toLowerCase()].some((c) => !/[a-z \t.\-_*·•|+~,'’/\\]/.test(c));
      // "what's app" and "team viewer" are spellings; "t-e-l-e-g-r-a-m" is not.
      const disguised = lookAlike || separators(shown) >= 3;
      // "we chat" is two ordinary words; "pay, pal" is punctuation between two.
      if (!disguised && (name === 'WeChat' || /[\t*·•|+~,/\\]/.test(shown))) continue;
      if (edits.some((e) => at < e.to && at + shown.length > e.from)) continue;
      edits.push({ from: at, to: at + shown.length, word: name, disguised });
    }
  }
  if (!edits.length) return undefined;
  edits.sort((a, b) => a.from - b.from);
  let out = '';
  let at = 0;
  const placed: { from: number; to: number; length: number }[] = [];
  for (const e of edits) {
    out += text.slice(at, e.from);
    placed.push({ from: e.from, to: e.to, length: e.word.length });
    out += e.word;
    at = e.to;
  }
  out += text.slice(at);
  return {
    text: out,
    found: edits.map((e) => ({ shown: text.slice(e.from, e.to), word: e.word, disguised: e.disguised })),
    edits: placed,
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
