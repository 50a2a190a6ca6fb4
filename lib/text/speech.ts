/**
 * Who speaks to whom, and how: the reading of a sentence that a message rule found its concepts in.
 *
 * A red flag in a message is a request from the writer to the reader ("pay me in USDT", "add me on
 * Telegram", "install AnyDesk"). The same words also appear where nobody asks anything of the reader:
 * - reported speech and stories ("she asked me to pay in crypto", "the scammers contact you via WhatsApp",
 *   "Knoot had companies ship laptops to his address", "I downloaded AnyDesk and it crashes");
 * - negated clauses, with the negation far before the words ("I would never, whatever happens, ask you to
 *   pay in crypto") or, in German, after them ("ich zahle dafür nicht in Bitcoin"), but only within their
 *   own clause ("not on Upwork but on Telegram": Telegram is still asked for);
 * - questions: "can you call me on WhatsApp?" invites, "do you have Telegram?" only asks — weak evidence.
 * All of this is read from the clause around each concept, in five languages, with small word lists: no
 * model, nothing leaves the machine, and a finding can say which words made it.
 */
import { ownCopy } from './own-copy';
import { COIN, DEVICE, MARKETPLACE, PERSON_WORDS, PLATFORM_WORD } from './lexicon';
import { asciiFirst } from './ascii-first';
import { lessCode } from './regexp-code';
import { wordsAhead } from './required-words';

const L = 'a-zA-Z0-9À-ÖØ-öø-ÿœŒß';

/** Words that negate what follows them in their clause. */
const NEGATORS = new Set(
  (
    "no not never dont don’t don't doesnt doesn’t doesn't didn’t didn't won’t won't wont cannot can't can’t cant nothing nor neither n't declined refused decline declines refuse refuses " +
    'kein keine keinen keinem keiner keines nicht niemals nie nichts ' +
    'nunca jamás jamas nada ningún ninguna ninguno rechazo rechazamos ' +
    'ne pas jamais rien aucun aucune lehnen lehne lehnt ' +
    'não nao nem nenhum nenhuma recuso recusamos'
  ).split(' '),
);

// Negations that do not negate what follows ("don't hesitate to contact me on WhatsApp", "no worries"); French
// "ne … que" restricts ("ne commencera qu'après encaissement de l'acompte": only after), it refuses nothing.
const IDIOMS = new RegExp(
  lessCode(
    String.raw`(?<![${L}])(?:do(?:n[’']?t| not) (?:hesitate|mind|worry)|no (?:worries|problem|pressure|rush|matter)|(?:at|for) no (?:extra |additional )?(?:cost|charge)|no (?:extra|additional) (?:cost|charge)|sin (?:costo|coste|cargo) (?:adicional|extra)|sans (?:frais|coût) supplémentaires?|sem (?:custo|cobrança) adicional|ohne (?:aufpreis|mehrkosten|zusatzkosten|extrakosten)|not (?:sure|only|just)|never mind|why (?:do(?:n[’']?t| not)|not|wo(?:n[’']?t|uld(?:n[’']?t| not))|ca(?:n[’']?t|nnot))|(?:ca|could|would|wo)n[’']?t (?:you|u)(?=[^?\n]{0,120}\?)|(?:warum|wieso|weshalb) (?:\p{L}+ ){0,4}?nicht(?=[^?\n]{0,120}\?)|(?:könntest|könnten|kannst|können|würdest|würden) (?:du|sie) (?:\p{L}+ ){0,3}?nicht(?=[^?\n]{0,120}\?)|(?:por ?qu[eé]|pq) (?:(?:tú|tu|usted|você|voce|vc) )?(?:no|não|nao)|pourquoi (?:ne |n[’'])?(?:(?:\p{L}|[’'])+ ){0,3}?pas|if not|whether or not|n[’']hésite[zr]? pas|ne vous inquiétez pas|pas de (?:souci|problème)|no (?:dude|dudes|dudéis|te preocupes|se preocupe|hay problema)|sin problema|não (?:hesite|se preocupe|tem problema)|sem problema|zöger\p{L}* (?:sie |du )?nicht|kein problem|keine sorge|nicht nur|(?:sofern|soweit|wenn|falls) nichts? (?:anders|anderes|abweichendes)|nichts? (?:anders|anderes) (?:vereinbart|angegeben|bestimmt|geregelt|abgemacht|ausgemacht)|no (?:me )?(?:queda|tengo|hay) (?:\p{L}+ )?(?:más )?(?:remedio|opción) que|have no (?:choice|option) but|n[’']ai pas (?:d[’']autre )?choix|não tenho (?:outra )?(?:escolha|opção)|ne (?:(?!(?:pas|jamais|plus|rien|aucun\p{L}*|guère|personne)\s)\p{L}+ ){1,4}?qu(?:e|(?=[’'])))(?![${L}])`.replaceAll(
      String.raw`\p{L}`,
      `[${L}]`,
    ),
  ),
  'gi',
);

// A name and the things of it refused: "add no Telegram links", "no WhatsApp groups please" ("no" is a negation here,
// not Portuguese "in the", which a place or a messenger follows: "me chama no Telegram").
const NO_NAMED_THINGS = new RegExp(
  `^no\\s+(?!(?:upwork|fiverr|freelancer|linkedin|workana|malt|toptal|guru|peopleperhour)(?![${L}]))[${L}]+\\s+(?:links?|groups?|bots?|calls?|messages?|invites?|invitations?|channels?|handles?|numbers?|contacts?|chats?|dms?|spam|ads?|servers?|ids?|usernames?)(?![${L}])`,
  'i',
);
// Clause boundaries: a semicolon or colon, a contrastive conjunction ("but", "aber", "sondern", "pero",
// "sino", "mais", "mas", "porém", "instead"), a comma before a new subject or an imperative (also one with its
// pronoun attached: "agrégame", "écris-moi", "mándamelos" — "Para que no se pierdan los mensajes, agrégame en Discord"; "Das geht
// hier nicht, schick mir die Dateien per WhatsApp" (forty-fifth session); "hire", and the
// German formal one, "beauftragen Sie": "I can't use this account, hire me on my new account" — thirty-first session); a place
// refused at the start, "Not here, on WhatsApp please", "Pas ici, sur WhatsApp stp" (the forty-fifth session's left-overs);
// "therefore / thus / hence" after a comma: "I tried to get an account from your country …, therefore use the below account details
// to transfer the fee" (the ask was read as the past deed's; the tuning text, forty-eighth session — "use" alone was tried and taken
// out: "We will never ask you to pay a fee, use crypto or move to Telegram" lost its "never" for the rest of the list).
const BOUNDARY = new RegExp(
  lessCode(
    // (a condition that opens the sentence ends at its comma: "Se não for problema, prefiro receber em cripto" — its
    // "não" stays in it; "…, auch wenn Bewerber fragen, grundsätzlich nicht" keeps its "nicht" for the whole sentence.
    // The comma first, then the look back: looked back from every character, it cost a tenth of the message rules' time.
    // A conjunction's spaces are tried from the first of them only — from inside a run of spaces "\s+" ran to its end
    // at every one, quadratic (13 s for 100 KB of spaces after a sentence); a match can start inside a run only where
    // the last match, " - ", ended in it. A word with an accent and "me" or "nos" joined is taken whole (the look-ahead
    // and "\1" cannot give back letters) and then looked back over: "[\p{L}]*[áéíóú][\p{L}]*" tried every accent
    // with every ending, quadratic in the word — 2.4 s for a 50 KB word after a comma)
    String.raw`,(?<=^\s*(?:not here|pas ici|aqu[ií] no|no aqu[ií]|nicht hier|hier nicht|aqui não|não aqui|aqui no),)\s*|,(?<=(?:^\s*[¿¡"“]?\s*|[:;•–—] {0,2}[¿¡"“]?)(?:if|in case|in the event that|se|si|caso|no caso de|en caso de(?: que)?|au cas où|dans le cas où|wenn|falls|sofern|im falle?,? dass)\s[^,;.!?\n]{1,90},)\s*|[;:•–—]|\s-\s|(?<![\s,])\s+(?=(?:so|also|así que|entonces|então|alors|donc|daher|deshalb)\s+(?:better\s+|mejor\s+|melhor\s+|plutôt\s+|lieber\s+)?(?:please|pls|plz|kindly|just|add|contact|write|text|message|call|send|ship|mail|pay|dm|reach|hit|ping|bitte|schick|schreib|ruf|por favor|agr[eé]game|escr[ií]beme|m[aá]ndame|manda|me chama|chama|me adiciona|stp|svp|écris|ajoute|envoie|contacte)(?![${L}]))|,?(?:(?<!\s)|(?<=\s-\s))\s+(?:but|however|instead|though|although|aber|sondern|jedoch|doch|pero|sino|aunque|mais|cependant|mas|porém|contudo|only to)\s+|,\s*(?=(?:weil|denn|obwohl|because|since|porque|parce que|car|pois|puisque|ya que|damit|so that)\s)|,\s*(?=(?:therefore|thus|hence)\s)|,\s*(?=(?:and |so |then |und |y |et |e |also |así que |entonces |então |alors |donc |daher |deshalb )?(?:better |mejor |melhor |plutôt |lieber )?(?:otherwise|or else|else|sonst|andernfalls|si no|sinon|senão|maybe|perhaps|vielleicht|quizás|quizas|tal vez|peut-être|talvez|feel free|kindly|only|nur|solo|sólo|solamente|seulement|uniquement|só|somente|apenas|dm|drop|hit|reach|email|mail|(?:whats ?app|telegram|signal|skype|viber|discord|wa|tg) me(?!\s+(?:is|was|isn[’']t|wasn[’']t|would|will|won[’']t|does|doesn[’']t|not))|i|i[’']m|i[’']ll|i[’']d|we|you|he|she|they|please|pls|plz|just|add|contact|write|text|message|call|send|ship|deliver|forward|pay|ping|hire|invite|book|(?:beauftragen|schicken|senden|überweisen|zahlen|kontaktieren|schreiben|nutzen|buchen|installieren|rufen|fügen|engagieren|stellen) sie|ich|wir|du|sie|er|bitte|yo|él|ella|te|por favor|je|j[’']|nous|vous|il|elle|eu|você|voce|ele|ela|me|por favor|did|do|does|can|could|would|are|is|¿?(?:puedes|puede|podrías|podría|podés)|(?:pode|poderia|pouvez|peux|pourriez|kannst|können|könnten|könntest|tu)|schreib|schick|stell|sende|gib|ruf|melde|meld|kontaktier|install|download|instala|installe|installez|installiere|installier|descarga|descargue|télécharge|téléchargez|baixa|baixe|let[’']?s|lass|lasst|vamos|pode|fala|chama|manda|entra|envia|escreve|liga|adiciona|(?=([${L}]*))\1(?<=[áéíóú][${L}]*(?:(?:me|nos|se)(?:l[oa]s?)?|l[oa]s?))|agregame|escribime|escribeme|contactame|llamame|mandame|pasame|hablame|[${L}]+-(?:moi|nous|le|la|les|lui))(?![${L}]))`,
  ),
  'gi',
);

// Words only Portuguese has among the five languages: where they are, "no" is "in the".
const PORTUGUESE = new RegExp(
  `(?<![${L}])(?:você|voce|vc|uma|meu|minha|podes|responde-me|não|nao|obrigad[oa]|olá|oi|pra|seu|sua|isso|também|tudo|gostaria|poderia|mensagem|zap|chama\\p{L}*|manda|fala|adiciona|passa|quiser|conversar|conversa|falar|beleza|valeu|abraço|pode|posso|vou|início|mês|deverá|deverão|às|aos|pelo|pela|são|através|serviço|pagamento|quando|lá|add no (?:tg|whats\\p{L}*|wpp|zap|insta))(?![${L}])`.replaceAll(
    '\\p{L}',
    `[${L}]`,
  ),
  'i',
);

/**
 * What a sentence's reading needs, computed once per sentence (rules share sentences) and in parts, each
 * behind a cheap first look: most sentences hold no negating word and no verb of telling.
 */
interface Reading {
  /** Clause bounds: start, end, start, end … (made when first needed). */
  clauses?: number[];
  /** Per clause, the clause its negations are read from (made when first needed). */
  carried?: number[];
  /** Offsets of negating words (idioms and the Portuguese "no" left out), and of German clause-final ones. */
  negators: number[];
  after: number[];
  /** Where verbs of avoiding end: they negate their object right after them ("avoid upfront payments"). */
  avoids: number[];
  /** Where "without", "ohne" … end: they negate the next two words at most. */
  withouts: number[];
  words: string[];
  voice?: {
    /** Per clause: told (reported speech), a past deed of the writer's. */
    told: boolean[];
    did: boolean[];
    /** Where the first frame of reported speech ends (it covers what follows), or Infinity. */
    toldEnd: number;
    advice: boolean;
    /** Where a frame relaying a request to the reader ends (-1: none, or the sentence is a question), read when first asked. */
    relayedEnd?: number;
  };
}

const readings = new Map<string, Reading>();
let readChars = 0;
const LONG_SENTENCE = 2000;
const longReadings = new Map<string, Reading>();

/** The lower-case words of a sentence with their offsets (a loop over char codes: many sentences are read). */
function tokenize(s: string): { words: string[]; at: number[] } {
  const words: string[] = [];
  const at: number[] = [];
  let start = -1;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 32;
    const letter =
      (c >= 97 && c <= 122) ||
      (c >= 65 && c <= 90) ||
      (c >= 48 && c <= 57) ||
      (c >= 192 && c <= 255 && c !== 215 && c !== 247) ||
      c === 339 ||
      c === 338 ||
      c === 39 ||
      c === 8217;
    if (letter) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      words.push(s.slice(start, i).toLowerCase());
      at.push(start);
      start = -1;
    }
  }
  return { words, at };
}

const NE_PAIR = new RegExp(
  String.raw`^ne\s+(?:(?:[^\s.;:!?]+\s+){0,5}?(?:pas|plus|jamais|rien|aucun[${L}]*|aucunement|nullement|guère|personne|point|ni)|(?:(?:me|te|se|nous|vous|le|la|les|lui|leur|y|en)\s+)*(?:peux|peut|pouvons|pouvez|peuvent|pourrais|pourrait|pourrions|pourriez|saurais|saurait|saurions|sauriez|sais|sait|ose|oses|osons|osez|osent|cesse|cesses|cessez|cessent))(?![${L}])`,
  'i',
);
const isNegator = (w: string) => NEGATORS.has(w) || w.endsWith("n't") || w.endsWith('n’t');

// Where what is avoided ends and a request begins: a fee, a pronoun, a marketplace ("to avoid fees message me on
// WhatsApp", "para evitar comisiones escríbeme", "avoid Upwork, text me").
const AVOID_STOPS = String.raw`me|mir|mich|moi|you|te|if|si|se|wenn|fees?|frais|comisi[oó]n(?:es)?|comiss(?:ão|ões)|taxas?|gebühr[${L}]*|tarifas?|commissions?|upwork|fiverr|freelancer|platform|plataforma|plateforme|plattform`;
// Verbs of avoiding (and German "ungern", reluctantly) that negate only their object, the next few words: "avoid
// upfront payments", "ich antworte ungern per WhatsApp, schreib mir lieber eine Mail" (the mail is asked), "évitez les
// paiements en crypto", "evite pagamentos antecipados", "ich verzichte auf Vorkasse" — but not a later part ("avoid the
// fees, pay me in USDT"; "to avoid fees by paying me in USDT" gives a reason, it refuses nothing). German "lehnen Sie …
// ab" (turn down) is a negator of its whole clause, as "nicht" is: its object is often a list ("Schecks, Gutscheine,
// Kryptowährungen").
const AVOIDING = new Set(
  'avoid avoids avoiding évitez éviter évite évitons evita evitar evite eviten evitem evitá ungern verzichte vermeide meide'.split(
    ' ',
  ),
);
// German puts the infinitive last: "Vorkasse vermeiden", "sollte auf Vorkasse verzichten", "Kryptowährungen ablehnen"
// negate what comes before them in their clause, unless they close a purpose ("um Gebühren zu vermeiden"); before "Sie"
// or "du" they are imperatives whose object follows ("vermeiden Sie Gebühren").
const IMPERATIVE_SUBJECT = new Set(['sie', 'du', 'ihr', 'wir']);
const AVOIDED_BEFORE = new Set('vermeiden vermeidet verzichten verzichtet ablehnen ablehnt meiden meidet'.split(' '));
// "without", "ohne", "sin", "sans", "sem" take their object only, the next two words ("alles ohne Vorauszahlung", "sin
// anticipo"): "without hesitation, write me on WhatsApp" and "sin compromiso por WhatsApp" still ask.
/** Words of "without": they negate the few words after them. */
export const WITHOUT_WORDS = new Set('without ohne sin sans sem'.split(' '));
const WITHOUT_GAP = new RegExp(
  `^(?:\\s+(?!(?:on|via|over|by|through|in|at|auf|über|per|bei|por|en|vía|par|sur|pelo|pela|no|na|em|com|con|avec|mit|hesitation|zögern|dudar|hésiter|hesitar|compromiso|engagement|compromisso|verpflichtung|obligation|embargo|dúvida|duda|doute|zweifel|doubt|delay|demora|umwege|attendre|problem|problema|problème|falta|${AVOID_STOPS})(?![${L}]))[${L}’']+){0,2}\\s+$`,
  'i',
);
/** Whether the text between an avoiding verb and a concept is its object: at most four words, no punctuation and no
 * word that starts a new part ("avoid Upwork fees by paying me in USDT" avoids the fees, not the USDT). */
const OBJECT_GAP = new RegExp(
  `^(?:\\s+(?!(?:by|to|and|then|so|while|via|through|par|pour|en|et|para|por|y|e|com|pelo|pela|und|um|durch|${AVOID_STOPS})(?![${L}]))[${L}’']+){0,4}\\s+$`,
  'i',
);
const NONE: number[] = [];

// The last sentence read: a rule asks negation and voice of the same sentence concept by concept.
let lastText: string | undefined;
let lastReading: Reading | undefined;

function read(given: string): Reading {
  if (given === lastText) return lastReading!;
  const long = given.length > LONG_SENTENCE;
  let r = (long ? longReadings : readings).get(given);
  if (r) {
    lastText = given;
    lastReading = r;
    return r;
  }
  // A copy of the sentence to read and keep (lib/text/own-copy.ts; its longer words are slices of the copy then). A long
  // sentence is kept as it is, a few of them: looking a copy up compares all its characters, at every concept it holds.
  const s = long ? given : ownCopy(given);
  let negators = NONE;
  let after = NONE;
  let avoids = NONE;
  let withouts = NONE;
  const t = tokenize(s);
  if (t.words.some((w) => isNegator(w) || AVOIDING.has(w) || AVOIDED_BEFORE.has(w) || WITHOUT_WORDS.has(w))) {
    negators = [];
    after = [];
    avoids = [];
    withouts = [];
    const idioms: number[] = [];
    IDIOMS.lastIndex = 0;
    for (let m = IDIOMS.exec(s); m; m = IDIOMS.exec(s)) idioms.push(m.index, m.index + m[0].length);
    // (asked word by word from the start: one walk over the idioms, not one for each negating word)
    let ik = 0;
    const inIdiom = (i: number) => {
      while (ik < idioms.length && idioms[ik + 1] <= i) ik += 2;
      return ik < idioms.length && i >= idioms[ik];
    };
    const portuguese = PORTUGUESE.test(s);
    t.words.forEach((w, k) => {
      const i = t.at[k];
      if (AVOIDING.has(w)) {
        avoids.push(i + w.length);
        return;
      }
      if (WITHOUT_WORDS.has(w)) {
        withouts.push(i + w.length);
        return;
      }
      if (AVOIDED_BEFORE.has(w)) {
        // ("um Gebühren zu vermeiden" is a purpose; "vermeiden Sie Gebühren" an imperative: its object follows)
        if (t.words[k - 1] !== 'zu' && !IMPERATIVE_SUBJECT.has(t.words[k + 1] ?? '')) after.push(i);
        else if (t.words[k - 1] !== 'zu') avoids.push(i + w.length);
        return;
      }
      if (!isNegator(w) || inIdiom(i)) return;
      // French "ne" negates with its pair ("ne … pas", "ne … jamais"); without one it is colloquial German "ne"
      // ("eine": "brauch ne Anzahlung vor Start").
      if (w === 'ne' && !NE_PAIR.test(s.slice(i, i + 80))) return;
      // Portuguese "no" is "in the" ("me chama no telegram"); before a capitalised name it is a place.
      // ("no Telegram links", "no WhatsApp groups": a name and what of it is refused, in English — not a place)
      if (
        w === 'no' &&
        (portuguese || (/^no\s+[A-ZÀ-ÖØ-Þ]/.test(s.slice(i, i + 5)) && !NO_NAMED_THINGS.test(s.slice(i, i + 60))))
      )
        return;
      // "I decline calls on WhatsApp" refuses; told to the reader ("decline the offer and pay me in USDT") it asks
      // for what follows, and "el rechazo" is a noun ("para evitar el rechazo, envíame …").
      if (REFUSING.has(w) && !REFUSER.test(s.slice(Math.max(0, i - 30), i))) return;
      if (w.startsWith('lehn') && !/(?<![a-zäöüß])ab(?![a-zäöüß])/i.test(s.slice(i))) return;
      if (
        w === 'rechazo' &&
        /(?:^|\s)(?:el|un|del|al|su|mi|tu|este|ese|ningún|cualquier)\s+$/i.test(s.slice(Math.max(0, i - 20), i))
      )
        return;
      // "not via Upwork but in USDT", "nicht über Upwork, sondern in Bitcoin": the negation takes only the way
      // it names (up to the "but"); the verb before it is still asked for, with what comes after the "but".
      // "in USDT, nicht über Upwork", "by Wise, not through Upwork": set after what is asked, the negation takes only the
      // marketplace it names (German "nicht" would otherwise negate what stands before it).
      if (/,\s*$/.test(s.slice(Math.max(0, i - 3), i)) && PLATFORM_WAY.test(s.slice(i + w.length, i + w.length + 60)))
        return;
      const only = onlyTheWay(s, i + w.length);
      if (only >= 0) {
        negators.push(only);
        return;
      }
      negators.push(i);
      // German puts "nicht" after the verb at the end of a clause ("ich zahle dafür nicht in Bitcoin").
      // ("in USDT, nicht per Überweisung": set after a comma, with words after it, it takes what follows it, not the request
      // before — thirty-fifth session; "Krypto nehme ich, ehrlich gesagt, nicht." still refuses)
      if (
        (w === 'nicht' || w === 'niemals' || w === 'nie') &&
        !(/,\s*$/.test(s.slice(Math.max(0, i - 3), i)) && /^\s+[\p{L}\d]/u.test(s.slice(i + w.length)))
      )
        after.push(i);
    });
    // "… are no longer supported", "… is not allowed": a policy that rules out what comes before it.
    POLICY_NEGATION.lastIndex = 0;
    for (let m = POLICY_NEGATION.exec(s); m; m = POLICY_NEGATION.exec(s)) after.push(m.index);
  }
  // (in order, so that a concept's clause, its negators and its avoiding verbs are found by halving, not by walking every
  // one: a sentence of thousands of "avoid … usdt" made each of its matches walk all of them — a hostile-input probe of the
  // thirty-sixth session)
  const ascending = (a: number, b: number) => a - b;
  negators.sort(ascending);
  after.sort(ascending);
  r = { negators, after, avoids, withouts, words: t.words };
  // (at most 4,096 sentences and a million characters kept, and 8 long ones: a few megabytes however long the messages are)
  if (long) {
    if (longReadings.size >= 8) longReadings.clear();
    longReadings.set(s, r);
  } else {
    readChars += s.length;
    if (readings.size > 4096 || readChars > 1_000_000) {
      readings.clear();
      readChars = s.length;
    }
    readings.set(s, r);
  }
  lastText = given;
  lastReading = r;
  return r;
}

// The prepositions that name a way: "via", "über", "por", "par", "pelo" …
const WAY = String.raw`(?:via|through|over|on|in|by|with|at|über|per|mit|auf|bei|por|en|con|a través de|par|sur|avec|pelo|pela|no|na|em|com)`;
// A negated way set against another by "but": "don't pay me through Upwork but in USDT", "nicht über Upwork,
// sondern", "no me pagues por Upwork sino", "pas via Malt mais", "não me pague pelo Upwork, mas". The way is a
// marketplace, a channel or a means of paying; at most three words (the verb, a pronoun) between. Or the place itself: "no por
// aquí sino por whatsapp", "not here but on WhatsApp" (a probe of the forty-sixth session).
const NOT_BUT = new RegExp(
  lessCode(
    String.raw`^\s*(?:[${L}’']+\s+){0,3}?(?:${WAY}\s+(?:[${L}’'.]+\s+){0,2}?(?:${MARKETPLACE}|(?:the |die |der |la |le |el |o |a )?(?:${PLATFORM_WORD}|chat|app)|bank\p{L}*|banco|banque|paypal|payoneer|wise|e-?mail|mail|phone|telegram|whats ?app|skype|discord)|(?:(?:por|über|par)\s+)?(?:here|ici|aquí|aqui|acá|hier))\s*,?\s+(?:but|sondern|sino|mais|mas)\s`.replaceAll(
      String.raw`\p{L}`,
      `[${L}]`,
    ),
  ),
  'i',
);
// The verbs of refusing that negate only after their subject ("I decline", "we politely refuse", "je refuse").
const REFUSING = new Set(['decline', 'declines', 'refuse', 'refuses']);
const REFUSER = new RegExp(
  String.raw`(?<![${L}])(?:i|we|he|she|they|je|nous|on|il|elle|ils|elles)\s+(?:[${L}]+\s+)?$`,
  'i',
);
// A way through the marketplace itself, right after a negation: " über Upwork", " through the platform", " por Upwork".
const PLATFORM_WAY = new RegExp(
  String.raw`^\s+(?:(?:just|only|nur|solo|seulement|só) )?${WAY}\s+(?:(?:the|die|der|la|le|el|o|a) )?(?:${MARKETPLACE}|${PLATFORM_WORD})(?![${L}])`.replaceAll(
    String.raw`\p{L}`,
    `[${L}]`,
  ),
  'i',
);
/** Where a negation at `end` (its word's end) starts if it takes only a way set against another, or -1. */
function onlyTheWay(s: string, end: number): number {
  const m = NOT_BUT.exec(s.slice(end, end + 120));
  if (!m) return -1;
  // The negation starts at the way's preposition (the words before it are the verb and its pronoun).
  const words = WORDS_BEFORE_WAY.exec(m[0]);
  // What is refused named before the way ("don't send me USDT via email but through Upwork", "kein USDT per
  // Mail, sondern …") stays refused: the whole clause is negated.
  if (words && REFUSED_THING.test(words[0])) return -1;
  return end + (words ? words[0].length : 0);
}
const WORDS_BEFORE_WAY = new RegExp(String.raw`^\s*(?:[^\s]+\s+)*?(?=${WAY}\s)`, 'i');
const REFUSED_THING = new RegExp(
  String.raw`(?<![${L}])(?:${COIN}|${DEVICE}|anydesk|teamviewer|rustdesk|ultraviewer)(?![${L}])`.replaceAll(
    String.raw`\p{L}`,
    `[${L}]`,
  ),
  'i',
);

const POLICY_NEGATION = new RegExp(
  String.raw`(?<![${L}])(?:no longer|not (?:supported|allowed|permitted|possible|accepted)|isn[’']t (?:allowed|possible|supported)|aren[’']t (?:allowed|supported)|nicht (?:mehr )?(?:erlaubt|möglich|gestattet|unterstützt)|no (?:está permitido|se permite|es posible)|ya no|não (?:é )?(?:permitido|possível)|não mais|n[’']est pas (?:autorisé|possible|permis)|ne (?:sont|est) plus)(?![${L}])`,
  'gi',
);

// German opens a condition with its verb too ("Kannst du nicht per Überweisung zahlen, schick mir USDT", "Sollte die Zahlung nicht
// eingehen, ist …", "Geht die Zahlung nicht durch, musst du …": the forty-third session's third review) — a sentence that starts
// with the verb, capitalised, its subject after it, and a main clause after the comma that opens with a verb or an adverb, written
// small: not a question ("Ist es nicht riskant, Kunden per WhatsApp zu kontaktieren?"), nor a clause of "wenn", "dass" or a
// pronoun ("Ist nicht nötig, mir deine AnyDesk-ID zu schicken", "Hat nicht funktioniert, dich … zu erreichen": a review of it).
const GERMAN_VERB_FIRST = new RegExp(
  lessCode(
    String.raw`^\s*(?:Sollte|Sollten|Solltest|Kann|Kannst|Können|Klappt|Geht|Gehen|Funktioniert|Ist|Sind|Hast|Hat|Haben|Erfolgt|Erfolgen|Wird|Werden|Willst|Möchtest|Passt) (?:du|Sie|es|das|der|die|ein|eine|ich|wir|ihr|man|dies|dieser|diese|Upwork|\p{Lu}\p{Ll}+)\s[^,;.!?\n]{1,90},\s*(?=\p{Ll})(?!(?:mir|dir|dich|mich|uns|euch|ihm|ihr|ihnen|es|das|die|der|den|dem|ein|eine|einen|einem|einer|deine?[mnrs]?|meine?[mnrs]?|seine?[mnrs]?|ihre?[mnrs]?|unsere?[mnrs]?|eure?[mnrs]?|wenn|dass|ob|wie|weil|als|statt|anstatt|um|zu|und|oder|aber|denn|sondern|so|auch|noch|mit|per|über|auf|für|von|bei|nach|in|an|ohne)(?!\p{L}))`,
  ),
  'u',
);

/** The clause bounds of a sentence. */
function clausesOf(s: string, r: Reading): number[] {
  if (r.clauses) return r.clauses;
  const clauses: number[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  // (the verb-first condition only where the sentence is no question; the clause after it read as any other)
  const verbFirst = GERMAN_VERB_FIRST.exec(s);
  if (verbFirst && !s.trimEnd().endsWith('?')) {
    const comma = verbFirst[0].lastIndexOf(',');
    clauses.push(0, comma);
    start = BOUNDARY.lastIndex = verbFirst[0].length;
  }
  for (let m = BOUNDARY.exec(s); m; m = BOUNDARY.exec(s)) {
    if (m[0].length === 0) BOUNDARY.lastIndex++;
    if (m.index > start) clauses.push(start, m.index);
    start = m.index + m[0].length;
  }
  clauses.push(start, s.length);
  return (r.clauses = clauses);
}

/** The voice part of a reading (reported speech, past deeds, advice), made when first asked for. */
function voiceOf(s: string, r: Reading): NonNullable<Reading['voice']> {
  if (r.voice) return r.voice;
  // (an elided pronoun is part of its word: "m'écrivait", "m'a" — the verb is looked up without it)
  const telling = r.words.some((w) => TELLING.has(w) || (ELIDED.test(w) && TELLING.has(w.slice(2))));
  const doing = r.words.some((w) => DOING.has(w));
  const advising = r.words.some((w) => ADVISING.has(w) || ADVICE_STEMS.test(w));
  const told: boolean[] = [];
  const did: boolean[] = [];
  if (telling || doing) {
    const clauses = clausesOf(s, r);
    for (let k = 0; k < clauses.length; k += 2) {
      const clause = s.slice(clauses[k], clauses[k + 1]);
      told.push(telling && toldFrame(s, clauses[k], clauses[k + 1]) !== undefined);
      did.push(doing && DID.test(clause));
    }
  }
  let toldEnd = Infinity;
  if (telling) {
    const first = toldFrame(s, 0, s.length);
    const named = NAMED_TOLD.exec(s);
    toldEnd = Math.min(first ?? Infinity, named ? named.index + named[0].length - 1 : Infinity);
  }
  return (r.voice = { told, did, toldEnd, advice: advising && ADVICE.test(s) });
}

// A clause of a negation alone ("Never,", "Nunca,", "Jamais,", "Niemals,", "Eu nunca,") or an aside that changes nothing
// ("whatever happens", "pase lo que pase", "quoi qu'il arrive", "egal was passiert", "aconteça o que acontecer").
const CARRIED = new RegExp(
  String.raw`^(?=\s*[^\s,])\s*(?:(?:(?:i|yo|eu|ich|je)\s+)?(?:never|nunca|jamás|jamais|nie|niemals)\s*,?\s*)?(?:whatever happens|no matter what|pase lo que pase|passe o que passar|aconteça o que acontecer|quoi qu[’']il arrive|egal was (?:passiert|kommt))?\s*,?\s*$`,
  'i',
);

/** The index (in pairs) of the clause holding `at`: the first whose end is after it (the last if none). */
function clauseOf(s: string, r: Reading, at: number): number {
  const clauses = clausesOf(s, r);
  let lo = 0;
  let hi = clauses.length / 2 - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at < clauses[2 * mid + 1]) hi = mid;
    else lo = mid + 1;
  }
  return 2 * lo;
}

/** The first index of the ascending `xs` whose value is at least `v` (xs.length if none). */
function firstAtLeast(xs: readonly number[], v: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Per clause (in pairs), the clause a negation carries from: itself, or an earlier one that is only a negation or an aside. */
function carriedFrom(s: string, r: Reading): number[] {
  if (r.carried) return r.carried;
  const clauses = clausesOf(s, r);
  const from: number[] = [0];
  for (let k = 2; k < clauses.length; k += 2)
    from.push(CARRIED.test(s.slice(clauses[k - 2], clauses[k - 1])) ? from[k / 2 - 1] : k);
  return (r.carried = from);
}

/** Whether the concept at `at` is negated within its clause: any negator before it, or German "nicht" after. */
export function negatedInClause(s: string, at: number): boolean {
  const r = read(s);
  for (let j = firstAtLeast(r.avoids, at - 59); j < r.avoids.length && r.avoids[j] < at; j++)
    if (OBJECT_GAP.test(s.slice(r.avoids[j], at))) return true;
  for (let j = firstAtLeast(r.withouts, at - 39); j < r.withouts.length && r.withouts[j] < at; j++)
    if (WITHOUT_GAP.test(s.slice(r.withouts[j], at))) return true;
  if (!r.negators.length && !r.after.length) return false;
  const k = clauseOf(s, r, at);
  const end = r.clauses![k + 1];
  // (a clause that is only a negation or a "whatever happens" aside carries on into the next: "Nunca, pase lo que pase,
  // te pediría que me pagues en cripto" — the comma before "te" ended the clause, and its "nunca" with it)
  const start = r.clauses![carriedFrom(s, r)[k / 2]];
  const n = firstAtLeast(r.negators, start);
  if (n < r.negators.length && r.negators[n] < at) return true;
  const a = firstAtLeast(r.after, at + 1);
  return a < r.after.length && r.after[a] < end;
}

// (French "il" before "sera", "est", "faut" is impersonal — "il vous sera demandé 25 % d'acompte" asks —, not a person: twenty-
// seventh session)
// Someone else's words or deeds, told: "she asked me to", "he wanted my WeChat", "the client gave me a
// Telegram link", "scammers contact you via WhatsApp", "er hat mich gebeten", "me pidió", "il m'a demandé".
const THIRD = String.raw`(?:he|she|they|him|her|them|(?:your|my|the) (?:boss|manager|ceo|supervisor|colleague|coworker)|(?:my|our|the) (?:last|previous|former|old|other|first) (?:client|customer|employer|recruiter|freelancer|developer|contractor|designer|agency)s?|(?:mon|ma|notre) (?:ancien|ancienne|précédent|précédente|dernier|dernière) (?:prestataire|freelance|client|cliente|développeur|développeuse|fournisseur)|(?:mi|nuestro|nuestra) (?:anterior|antiguo|antigua|último|última) (?:freelancer|proveedor|proveedora|cliente|desarrollador|desarrolladora)|(?:meu|minha|nosso|nossa) (?:antigo|antiga|último|última|ex-)\s?(?:freelancer|cliente|fornecedor|fornecedora|desenvolvedor|desenvolvedora|prestador)|(?:mein|meine|unser|unsere) (?:früherer|frühere|letzter|letzte|alter|alte|ehemaliger|ehemalige|voriger|vorige) (?:freelancer|kunde|kundin|dienstleister|entwickler|entwicklerin|auftraggeber)|the (?:client|recruiter|scammer|candidate|employer|guy|man|woman|person|applicant|company|interviewer|buyer|seller|hr|freelancer|developer|user|caller|agent|fraudster|operative|middleman|worker|victim|hacker|criminal|attacker|student|customer|participant|member|sms|message|e-?mail|text)s?|(?:a|each|every|all) (?:candidate|student|client|customer|applicant|participant)s?|someone|somebody|a (?:person|man|woman|guy|recruiter|stranger|company)|people|(?:tem|há|hay) gente|alguien|alguém|jemand|the (?:[${L}]+ )?(?:workers|facilitators|operatives|technicians|criminals|scammers|fraudsters|hackers)|(?:north korean|it) workers|facilitators|(?:os )?(?:bandidos|criminosos|golpistas)|(?:le|la|un|une) fau(?:x|sse) [${L}]+|(?:el|la|o|a) fals[oa] [${L}]+|(?:der|die) falschen? [${L}]+|die (?:person|opfer)|opfer|el (?:sms|mensaje)|a mensagem|o sms|le (?:sms|message)|companies|north koreans?|who|la personne|une personne|cette personne|le fraudeur|l[’']escroc|quelqu[’']un|un recruteur|une recruteuse|un client|une cliente|un inconnu|un arnaqueur|une entreprise|o (?:falso )?(?:cliente|freelancer|contratante|golpista)|a pessoa|er|der (?:kunde|bewerber|betrüger|anrufer|täter|verbraucher)|die (?:betrüger|täter|anrufer|verbraucher|kriminellen)|él|ella|ellos|ellas|el cliente|il(?!\s(?:vous |nous |me |te |lui |leur )?(?:sera|serait|est|faut|suffit)(?![${L}]))|elle|ils|elles|le client|ele|ela|eles|elas|o cliente)`;
const TOLD = new RegExp(
  lessCode(
    String.raw`(?<![${L}])(?:${THIRD}\s+(?:[${L}’']+\s+){0,6}?(?:ask|asked|asks|asking|wanted|wants|said|says|wrote(?: to (?:me|us|him|her|them))?|writes(?: to (?:me|us|him|her|them))?|told|tells|offered|offers|offering|gave|give|gives|sent|sends|insisted|insists|requested|requests|suggested|suggests|claimed|claims|had|kept|keeps|tried|tries|refused|refuses|avoided|avoids|demanded|demands|mentioned|proposed|(?<!(?:my|our) (?:boss|manager|ceo|supervisor|colleague|coworker|partner|assistant|team|team lead|recruiter|hr|pm|project manager) (?:can|will|could|would|may|shall) )contact|contacts|contacted|hat|hatte|wollte|sagte|bat|fragte|schrieb|schickte|bot|boten|pidió|dijo|ofreci[óo]|ofrecieron|ofereceu|ofereceram|oferecendo|ofreciendo|a offert|ont offert|offrait|quería|quiso|envió|escribió|(?:ont|avait|avaient)(?! été)|voulait|disait|demand[${L}]*|contactent|appellent|propose|aborde|contacte|envoie|a (?:pris|installé|demandé|dit|proposé|envoyé)|pediu|disse|queria|mandou|enviou|escreveu|pede|resolve|diz|manda|começa|terá|orienta|orientou|induz|induziu|convence|convenceu|used(?! to)|paid|bieten|erzählen|behaupten|installs|asks|should|bittet|verlangt|fordert|indica|dice|says|states)|werden (?:die )?(?:opfer|sie|kunden) [${L}\s]{0,40}gedrängt|(?:wants|asks|tells|expects|needs|wanted) (?:me|us) to|me demande|me pide|me pede|bittet mich|te (?:piden|pide|pida|pidan|pedirá|pedirán|contactan|ofrecen|solicitan|dicen|escriben)|vous (?:demandent|contactent|proposent)|they (?:ask|contact|offer|tell) you|te (?:pedem|oferecem)|bitten dich|kontaktieren dich|(?:asked|told|wanted|forced|pressured|convinced|instructed|begged|contacted|messaged|texted|approached|emailed|e-mailed|asking|telling|urging|pressuring) (?:me|us|him|her|them|the freelancer|freelancers)|(?:wrote|reached out|came) to (?:me|us)|(?:was|were|got|been|being|(?:you[’']ll|you will|you[’']re|you are) be) (?:asked|told|offered|contacted|instructed|approached)|(?:clients|recruiters|customers|employers|scammers|they) (?:often |usually |always |sometimes |will |tend to )*(?:ask|tell|want) (?:me|you|us) to|(?:everyone|everybody|every client|all (?:the )?clients) (?:here |there |always |now )?(?:asks|tells|wants|expects) (?:me|you|us) to|(?:alle|jeder) (?:hier )?(?:wollen|will|möchten|möchte),? dass (?:du|sie|ich|wir)|(?:todos|todo el mundo) (?:aquí )?(?:quieren|quiere) que|tout le monde (?:ici )?veut que|todo (?:mundo|o mundo) (?:aqui )?quer que|dirán que|(?:te|le|les|nos) (?:van|va) a (?:pedir|solicitar|decir|exigir)|(?:vont|va) (?:vous|te) (?:demander|dire|proposer)|(?:wollte|wollten),? dass (?:ich|wir)|(?:quería|querían|queria|queriam) que(?: yo| eu| nós)?|voulai(?:t|ent) que (?:je|j[’']|nous)|les (?:piden|pide|solicitan) que|se les (?:solicita|pide)|vous demanderont|te pedirán que|(?:le|les|lhe|lhes) (?:pedirán|pedirão)|vão (?:te |lhe |lhes )?pedir|(?:they|scammers|fraudsters) (?:will|would|may|might) (?:then )?(?:ask|tell|want|instruct)|(?<!wir )werden (?:sie|dich|ihnen|euch) (?:[${L}]+ ){0,2}?(?:bitten|auffordern)|(?:foi|foram|é|são|fue|fueron|was|were) (?:orientad|induzid|convencid|instru[ií]d|inducid|persuad)[${L}]*|soll(?:en)? (?:[${L}]+ ){0,4}(?:installiert|heruntergeladen|eingerichtet) werden|ich musste|man verband|bat mich|erhielt ich|asked (?:if|whether)|me pidi[óo]|me pidieron|me dijo|me dijeron|me (?:invitaba|invitaban|invitó|invitaron|ped[ií]an|dec[ií]an|escrib[ií]an|mandaban|propon[ií]an|propuso|propusieron|ofrec[ií]an)|(?:otras veces |a veces |siempre )?me (?:escriben|contactan|llaman)|(?:às vezes )?me (?:escrevem|contatam|ligam)|(?:clients|customers|people) (?:usually |often |sometimes |also )?(?:write|message|text|contact|call) me|me (?:convidou|convidaram|convidava|convidavam|pediam|diziam|mandavam|propunham|ofereciam)|m[’'](?:invitait|invitaient|ont invité|a invité|écrivait|écrivaient|a écrit|ont écrit|envoyait|envoyaient|a contacté|ont contacté|appelait|appelaient)|me (?:contactait|contactaient|demandait|demandaient|proposait|proposaient)|(?:invited|kept inviting) (?:me|us)|m[’']a demandé|m[’']ont demandé|m[’'](?:a|ont) proposé|m[’'](?:a|ont) offert|me ofreci[óo]|me ofrecieron|me ofereceu|me ofereceram|(?:bot|boten) mir|me propuso|me propusieron|me propôs|me propuseram|hat mir angeboten|haben mir angeboten|me pediu|me pediram|me disse|hat mich gebeten|haben mich gebeten|wurde(?:n)? (?:sie|er|ich|wir) [${L}\s]{0,40}kontaktiert|hieß es|hiess es|soll(?:en)? (?:der|die|das) (?:verbraucher|opfer|kunde|kunden|nutzer)|sollen sie|(?:dijo|dec[ií]a|ha dicho|a dit|disait|falou|disse|dizia) (?:el|la|le|o|a) (?:tipo|t[ií]o|gars|mec|type|cara|cliente|client|chef|jefe|chefe|recruiter|reclutador|recruteur|recrutador)|o cara (?:falou|disse)|(?:hat|hatte|sagte) (?:der|die) (?:typ|kerl|mann|kunde|kundin|chef|chefin|recruiter[${L}]*)(?: gesagt)?|(?:clients|customers|recruiters|employers|buyers|people) (?:often |usually |sometimes |always |also |keep )*ask(?:ed|s)? (?:me |us )?(?:if|whether)|(?:clientes|reclutadores|compradores|recrutadores|pessoas|gente) (?:a veces |às vezes |siempre |sempre |muchas veces |muitas vezes )?(?:me |nos )?(?:preguntan|preguntaban|perguntam|perguntavam|perguntaram) (?:a veces |às vezes |siempre |sempre )?(?:si|se)|me (?:preguntan|preguntaban|han preguntado|perguntam|perguntavam|perguntaram) (?:si|se)|(?:clients|recruteurs|gens) (?:me |nous )?(?:demandent|demandaient|ont demandé) (?:souvent |parfois |toujours )?(?:si|s[’'])|(?:kunden|auftraggeber|recruiter|leute) (?:[${L}]+ ){0,2}?(?:fragen|fragten|wollen wissen)(?: mich| uns)?(?: oft| manchmal| immer| öfter)?,? ob|(?:l[’']|les |lui |leur )(?:ai|avons) (?:contacté|appelé|écrit)[${L}]*|(?:lo|la|los|las|le|les) (?:contacté|llamé|escribí)|(?:contatei|contactei|liguei para|liguei pra|escrevi para|escrevi pra) (?:ele|ela|eles|elas)|(?:ich habe|hab|habe) (?:ihn|sie|ihm|ihr) (?:[${L}]+ ){0,3}?(?:kontaktiert|angerufen|angeschrieben|geschrieben))(?![${L}])`,
  ),
  // (global: toldFrame walks its frames one after another)
  'gi',
);
// The told frame's subject, where the frame starts with one: "the company" in "the company sends", "him" in "him as you
// contact".
const THIRD_FIRST = new RegExp(String.raw`^${THIRD}(?![${L}])`, 'i');
// A frame whose verb has the writer or the reader as its subject ("TEXT HIM AS YOU CONTACT HIM": "him" is the object of
// "text", "contact" the reader's): no third person telling anything.
const OWN_VERB = new RegExp(String.raw`(?<![${L}])(?:you|u|i|we)\s+[${L}’']+$`, 'i');
// A frame that qualifies a thing named right before it, a relative clause with its "that" left out or not ("Please
// have the laptop the company sends delivered to my uncle", "the equipment that they ship"): it tells nothing of the
// sentence, whose request stands around it.
const GIVING_VERB = new RegExp(String.raw`(?<![${L}])(?:sent|sends|gave|give|gives|offered|offers)$`, 'i');
const THING_BEFORE = new RegExp(
  String.raw`(?<![${L}])(?:the|a|an|this|that|these|those|my|your|our|any)\s+(?:[${L}]+\s+)?(?:${DEVICE}|packages?|parcels?|documents?|box(?:es)?)\s+(?:(?:that|which)\s+)?$`,
  'i',
);
// (French impersonal "on" tells what others ask in a subordinate clause — "puisqu'on vous demande de prêter votre compte",
// "quand on vous demande" — while a business's own "On vous demande un acompte" asks; Spanish "te indiquen", "te digan"
// as "te dicen": twenty-ninth session, the tuning text. A pattern of its own beside TOLD, whose checked verdict stands.)
const TOLD_IMPERSONAL = new RegExp(
  lessCode(
    String.raw`(?<![${L}])(?:(?:(?:puisqu|lorsqu|qu)[’']on|(?:quand|si|dès qu[’']|parce qu[’']) ?on) (?:vous|te|nous|leur|lui) (?:demande|propose|dit|contacte|écrit|envoie|invite)|te (?:digan|indican|indiquen))(?![${L}])`,
  ),
  'i',
);
/** Where the first told frame between `from` and `to` ends, leaving out frames that are no third person's telling. */
function toldFrame(s: string, from: number, to: number): number | undefined {
  const clause = s.slice(from, to);
  const impersonal = TOLD_IMPERSONAL.exec(clause);
  const told = toldFrameOf(s, from, clause);
  if (!impersonal) return told;
  const end = from + impersonal.index + impersonal[0].length;
  return told === undefined || end < told ? end : told;
}
function toldFrameOf(s: string, from: number, clause: string): number | undefined {
  TOLD.lastIndex = 0;
  for (let m = TOLD.exec(clause); m; m = TOLD.exec(clause)) {
    const frame = m[0];
    const own =
      THIRD_FIRST.test(frame) &&
      (OWN_VERB.test(frame) ||
        (GIVING_VERB.test(frame) && THING_BEFORE.test(s.slice(Math.max(0, from + m.index - 60), from + m.index))));
    if (!own) return from + m.index + frame.length;
    TOLD.lastIndex = m.index + 1;
  }
  return undefined;
}

// A named person's deeds: "Knoot had companies ship laptops to his address" (case matters: a name; not a sentence's first word
// that is none: "That said, my WhatsApp is …", a review of the forty-fifth session).
const NAMED_TOLD = asciiFirst(
  /(?<![\p{L}])(?!(?:That|This|It|What|Which|Having|Needless|Enough|Nothing|Everything|All|As|So)\s)\p{Lu}\p{Ll}+\s+(?:had|asked|told|wanted|said|offered|insisted|sent|gave|hat|hatte|bat|pidió|dijo|a demandé|pediu|disse)(?![\p{L}])/u,
);

// The words TOLD and NAMED_TOLD end in, DID's and ADVICE's: without one, the pattern cannot match (a
// look-up per word instead of a scan per pattern).
const TELLING = new Set(
  (
    'ask asked asks asking wanted wants said says wrote writes told tells offered offers offering gave give gives sent sends ' +
    'insisted insists requested requests suggested suggests claimed claims had kept keeps tried tries refused ' +
    'refuses avoided avoids demanded demands mentioned proposed contact contacts contacted installs forced ' +
    'pressured convinced instructed begged expects needs was were got been being if whether ' +
    'hat hatte wollte sagte bat fragte schrieb schickte gebeten musste verband erhielt kontaktiert hieß hiess ' +
    'pidió pidio pidieron dijo dijeron quería quiso envió escribió ofreció ofrecio ofrecieron ofereceu ofereceram oferecendo ofreciendo bot boten offert offrait ' +
    'ont avait avaient voulait disait demande demandent demandé contactent appellent propose aborde contacte ' +
    'envoie pris installé dit proposé envoyé ' +
    'pediu pediram disse queria mandou enviou escreveu pede resolve diz manda começa terá bieten erzählen behaupten soll sollen ' +
    'should must shall bittet verlangt fordert gedrängt indica dice states paid bezahlt gezahlt demande pide piden contactan ofrecen solicitan dicen escriben demandent contactent proposent tell pedem oferecem bitten kontaktieren ' +
    'want wollten querían queriam voulaient demander digan indican indiquen invite dirán solicita demanderont pedirán pedirá pida pidan messaged texted approached emailed e-mailed telling urging pressuring wrote reached came orienta orientou induz induziu convence convenceu used paid foi foram fue fueron werden ' +
    'invitaba invitaban invitó invitaron pedían pedian decían decian escribían escribian mandaban proponían proponian propuso propusieron ofrecían ofrecian convidou convidaram convidava convidavam pediam diziam mandavam propunham ofereciam invitait invitaient invité écrivait écrivaient écrit envoyait envoyaient contacté appelait appelaient contactait contactaient demandait demandaient proposait proposaient invited inviting pedirão pedir instruct auffordern llaman escrevem contatam ligam clients customers people ' +
    'si se ob preguntan preguntaban preguntado perguntam perguntavam perguntaram llamé escribí contatei contactei ele ela eles elas angerufen angeschrieben geschrieben appelé'
  ).split(' '),
);
const ELIDED = /^[a-z][’']/;
const DOING = new Set(
  (
    'downloaded installed received recieved got had used tried was were did bought sold paid sent lost found ' +
    'opened showed noticed checked realized realised recebi recibí reçu erhalten installiert dû musste tuve tive'
  ).split(' '),
);
const ADVISING = new Set(
  'requests request beware careful aware assured never nobody nie niemals jamais nunca aucun aucune nenhum nenhuma ninguém ningún ninguna nadie kein keine trust confia confiança confiance confianza vertrauenswürdige vertrauenswürdigen vertrauenswürdig watch red warning if vorsicht achtung abzocke cuidado méfiez warnsignal warnzeichen alarmzeichen wenn falls si se'.split(
    ' ',
  ),
);
const ADVICE_STEMS = /^(?:scam|fraud|betrüg|betrug|estaf|escroc|arnaq|golp)/;

// Advice and warnings about such requests, not requests: "scammers will ask you …", "if someone asks you to".
const ADVICE = new RegExp(
  lessCode(
    String.raw`(?<![${L}])(?:requests? (?:to|for)|rest assured|(?:someone|somebody|people|those) you (?:know and )?trust|confia na pessoa|pessoa de confiança|personne de confiance|persona de confianza|vertrauenswürdig\p{L}*|scam|scams|scammer\p{L}*|fraud\p{L}*|fraudulent|beware|be careful|be aware|watch out|red flags?|warning|if (?:someone|anyone|somebody|a client|a recruiter|they|he|she|the client|a candidate) (?:[${L}]+ ){0,2}?(?:asks?|asked|requests?|wants? (?:you|u)|offers?|tells?|sends?|contacts?|messages?|pressures?|insists?|says?|pushes|claims?)|(?:wenn|falls) (?:jemand|ein (?:kunde|auftraggeber)) (?:\p{L}+ ){0,2}?(?:bittet|verlangt|fordert|fragt|anbietet|schreibt|kontaktiert)|(?:wenn|falls) (?:jemand|dein\p{L}* \p{L}+|ihr\p{L}* \p{L}+) (?:möchte|will|verlangt),? dass|si (?:alguien|un cliente|tu \p{L}+|su \p{L}+) (?:quiere|necesita|pide) que|si (?:quelqu[’']un|un client|votre \p{L}+|ton \p{L}+|ta \p{L}+) (?:veut|souhaite|demande|vous demande) (?:que|de)|se (?:alguém|algum cliente|um cliente|seu \p{L}+|sua \p{L}+|teu \p{L}+|tua \p{L}+) (?:quiser|pedir|precisar|quer|pede) que|if (?:your|ur) (?:boss|client|manager|employer|recruiter|customer|supervisor) (?:\p{L}+ ){0,2}?(?:wants?|asks?|tells?|needs?) (?:you|u)|(?:will|would|should|shall) never (?:ask|tell|request|require|want|pressure|force) (?:you|u)|(?:nenhum|nenhuma|ninguém) (?:\p{L}+ ){0,3}?(?:vai|irá|vão) (?:te |lhe )?pedir|(?:ningún|ninguna|nadie) (?:\p{L}+ ){0,3}?(?:te |le )?(?:va a pedir|pedirá)|(?:kein|keine) (?:\p{L}+ ){0,3}?(?:wird|werden) (?:sie|dich) (?:\p{L}+ )?(?:bitten|auffordern)|(?:nobody|no one|no-one|no (?:real |legitimate |serious |honest )?(?:employer|client|company|recruiter)) (?:will|would|should) (?:ever )?(?:ask|tell|request|require|want) (?:you|u)|(?:verlangen|verlangt|fordern|fordert|bitten|bittet) (?:sie )?(?:nie|niemals),? dass|aucun\p{L}* (?:\p{L}+ ){0,3}?ne (?:vous|te) demandera|(?:ne )?(?:vous|te) demandera(?:nt)? jamais|nunca (?:te|le|lhe) (?:pedirá|pedirán|vai pedir|vão pedir)|si (?:alguien|un cliente) (?:\p{L}+ ){0,2}?(?:pide|solicita|exige|ofrece|escribe|contacta)|si (?:quelqu[’']un|un client) (?:\p{L}+ ){0,2}?(?:demande|exige|propose|offre|écrit|contacte)|se (?:alguém|algum cliente|um cliente) (?:\p{L}+ ){0,2}?(?:pedir|solicitar|exigir|oferecer|escrever|contatar)|betrüger\p{L}*|betrug\p{L}*|vorsicht|achtung|abzocke|warnsignal\p{L}*|warnzeichen|alarmzeichen|estaf\p{L}*|fraude\p{L}*|cuidado|escroc\p{L}*|arnaque\p{L}*|arnaqueur\p{L}*|fraudeur\p{L}*|méfiez|golpe\p{L}*|golpista\p{L}*|fraudador\p{L}*)(?![${L}])`.replaceAll(
      String.raw`\p{L}`,
      `[${L}]`,
    ),
  ),
  'i',
);
// The writer telling what they did (past): "I downloaded AnyDesk", "I was able to install", "Recebi" — not "paid" after
// "get" or "be" ("Can I get paid in USDT?", "I'd like to be paid in BTC": a passive to come; fortieth session), nor the polite
// past of asking ("I was wondering if I could get your number?", "I was hoping you could pay in USDT": forty-second session; not
// "I was about to send you my Telegram, then …", "I was wondering whether to move my clients to WhatsApp; I decided against it",
// "Back in 2021 I was wondering if I could get paid in USDT": a year or "last year" before it keeps it a story).
const DID = new RegExp(
  lessCode(
    String.raw`(?<![${L}])(?!(?<=(?:once|as soon as|after|when|until|till|unless|if)\s+)(?:i|we)\s+have\s)(?:i|we)\s+(?:[${L}’']+\s+){0,2}?(?:downloaded|installed|received|recieved|got|had|used|tried|(?:was|were)(?:(?<=(?:(?:back in|in|since) (?:19|20)\d\d|last (?:year|month|week|time)|years? ago|months? ago)[^.!?;\n]{0,60})|(?! (?:just |really |also )?(?:wondering|hoping) (?:(?:if|whether|that) )?(?:(?:i|we) (?:could|can|might|may)|you)(?![${L}])))|did|bought|sold|paid(?<!(?:get|gets|getting|be|being)\s+paid)|sent|lost|found|opened|showed|noticed|checked|realized|realised)(?![${L}])|(?<![${L}])(?:recebi|recibí|compré|comprei|j[’']ai acheté|ich habe (?:[${L}]+\s+){0,3}gekauft|j[’']ai reçu|j[’']ai dû|tuve que|tive que|ich habe (?:[${L}]+\s+){0,3}erhalten|ich habe (?:[${L}]+\s+){0,3}installiert)(?![${L}])`,
  ),
  'i',
);

export type Voice = 'request' | 'reported' | 'advice' | 'past';

// A clause that opens with a request to the reader: "please …", "so let's …", "add me …", "escríbeme …", "forward it …" ("Once the
// company sends the laptop, forward it to my cousin": the forty-fifth session's left-overs).
const REQUEST_OPENING = new RegExp(
  String.raw`^[\s,;:–—-]*(?:and |so |then |but |und |also |y |entonces |et |alors |donc |e |então )?(?:just |simply |then |also )?(?:(?:can|could|would|will) (?:you|u) (?:please |kindly |just )?(?=\S)|i need you to |i[’']d like you to )?(?:please|pls|kindly|let[’']?s|let us|(?:can|could|shall) we|passons|parlons|continuons|discutons|add me|contact me|write (?:to )?me|text me|message me|call me|email me|e-mail me|ping me|dm me|reach me|bitte|schreib(?:en sie)? mir|kontaktier(?:en sie)? mich|ruf(?:en sie)? mich|escr[ií]beme|cont[aá]ctame|agr[eé]game|a[ñn][aá]deme|ll[aá]mame|p[aá]game|p[aá]gueme|pague-me|payez-moi|paie-moi|paye-moi|por favor|écrivez-moi|écris-moi|contactez-moi|ajoutez-moi|me chama|me adiciona|me manda|fala comigo|ajoute-moi|appelle-moi|envoie-moi|agr[eé]game|escr[ií]beme|m[aá]ndame|schreib mir|(?:forward|ship|send|deliver|bring|hand|mail|post|give|pay|transfer|wire|install)\s+(?:it|them|this|that|the|me|us)|(?:schick|sende|leite|gib|zahl|überweis)(?:e|en sie)?\s+(?:es|sie|ihn|das|den|die|mir|uns))(?![${L}])`,
  'i',
);
/**
 * Whether the words at `at`, after a reported frame that ends at `frameEnd`, stand in a part that opens with a request: the
 * opening's own words too where it names what is asked ("…, forward it to my cousin", "…, add me there"), not a "please" alone
 * ("The client asked me to move to WhatsApp, please keep everything here": the words after it).
 */
function asksInOwnClause(s: string, at: number, frameEnd: number): boolean {
  // The part after the last comma, colon or dash between the frame's end and the words — with words of the
  // told-of clause before that separator: right after "he told me:" or "she said," comes the quoted speech itself.
  let start = -1;
  for (let i = at - 1; i >= frameEnd && start < 0; i--) if (SEPARATOR.has(s[i])) start = i + 1;
  if (start < 0 || !TOLD_WORDS.test(s.slice(frameEnd, start - 1))) return false;
  const opening = REQUEST_OPENING.exec(s.slice(start, Math.max(at + 1, start + 48)));
  // (a verb with its object, "add me", "forward it", asks with its own words; "please" alone only for the words after it)
  return !!opening && (at >= start + opening[0].length || !POLITE_ONLY.test(opening[0]));
}
const POLITE_ONLY = new RegExp(
  `^[\\s,;:–—-]*(?:(?:and|so|then|but|und|also|y|entonces|et|alors|donc|e|então) )?(?:just |simply |then |also )?(?:(?:can|could|would|will) (?:you|u) )?(?:please|pls|kindly|let[’']?s|let us|bitte|por favor|(?:can|could|shall) we)$`,
  'i',
);
// A word of the told-of clause beyond its pronouns ("told me —" is the frame alone).
const TOLD_WORDS = new RegExp(
  `(?<![${L}])(?!(?:me|us|him|her|them|you|mir|mich|uns|ihm|ihr|ihnen|le|les|lui|leur|lhe|lhes|te|nos|vous|moi)(?![${L}]))[${L}]{2,}`,
  'i',
);
const SEPARATOR = new Set([',', ';', ':', '–', '—']);

/**
 * Whether the words at `at` stand in a request of the writer's own that a told frame only follows after a comma, the frame
 * with what it tells after it ("Please pay me in USDT, my bank told me they block transfers from Upwork"): the frame tells
 * why, it does not quote the request. A frame that ends the clause may close a quotation ("Send the laptop to my cousin, the
 * guy said.", "Pay me in USDT, the freelancer said, or there's no deal"): still reported.
 */
function asksBeforeFrame(s: string, r: Reading, at: number, k: number): boolean {
  const clauses = clausesOf(s, r);
  const from = clauses[2 * k];
  const to = clauses[2 * k + 1];
  // (a comma, or a word giving the reason: "Add me on Telegram since my client told me he prefers it")
  REASON_BREAK.lastIndex = at;
  const reason = REASON_BREAK.exec(s);
  if (!reason || reason.index >= to) return false;
  let start = from;
  for (let i = at - 1; i >= from; i--)
    if (SEPARATOR.has(s[i])) {
      start = i + 1;
      break;
    }
  if (!REQUEST_OPENING.test(s.slice(start, Math.max(at + 1, start + 48)))) return false;
  if (toldFrame(s, start, reason.index) !== undefined) return false;
  const after = reason.index + reason[0].length;
  const end = toldFrame(s, after, to);
  return end !== undefined && WRITERS_SOURCE.test(s.slice(after, end)) && TELLS_ON.test(s.slice(end, to));
}
const REASON_BREAK = /,|\s(?:since|because|cause|as|porque|ya que|car|parce que|weil|da|pois)\s/gi;
// Whom the writer cites for a reason: their own people, the marketplace, a bank ("my bank told me", "my accountant said", "Upwork
// said") — not the one told of in a story ("…, the guy told me it's standard. Obviously I said no", "…, the recruiter said it's how
// they verify candidates": a second review of the forty-seventh session).
const WRITERS_SOURCE = new RegExp(
  `^\\s*(?:my|our|mi|mis|nuestr[oa]s?|mon|ma|mes|notre|nos|meu|minha|meus|minhas|nosso|nossa|mein\\p{L}*|unser\\p{L}*|upwork|fiverr|freelancer|paypal|payoneer|wise|the bank|the platform|hr|the office|the courier|the carrier|the post office|the doctor|the hospital|the company|the agency|(?:upwork |fiverr )?support|the landlord|the building)(?![${L}])`.replaceAll(
    '\\p{L}',
    `[${L}]`,
  ),
  'i',
);
// What the frame tells, right after it, opened by its subject or "that" ("told me they block …", "said it's fine"): not "the guy
// said, or …" (a frame set between commas quotes), nor a frame that ends in when or how it was said ("the recruiter told me
// yesterday", "the email said in bold", "the guy told me on the call" — a review of the forty-seventh session).
const TELLS_ON = new RegExp(
  `^\\s+(?:(?:me|us|him|her|them)\\s+)?(?:(?:that|it|it[’']?s|that[’']?s|they|they[’']re|there|there[’']s|he|he[’']ll|she|we|this|these|upwork|fiverr|freelancer|paypal|payoneer|wise|que|dass|es|sie|ils|elles|ça|c[’']est|eles|elas|isso|ellos)(?![${L}])|(?:[${L}]+\\s+){1,3}?(?:is|are|was|were|will|would|can|could|cannot|can[’']?t|has|have|had|does|doesn[’']?t|don[’']?t|isn[’']?t|aren[’']?t|won[’']?t|should|must|wants?|needs?)(?![${L}]))`,
  'i',
);

/** How the clause around `at` speaks: a request (or offer) to the reader, or a report, advice or past deed. */
/**
 * Whether clause `k` is quoted by a told frame that opens the next clause after a comma and says nothing more ("Add me on Telegram,
 * he wrote, and then he blocked me", "Pay me in USDT, she said."): the clause before it is the told words. A frame that goes on
 * with what it tells ("…, he said it's faster") tells why, and leaves the clause the writer's (asksBeforeFrame).
 */
function quotedBeforeFrame(s: string, r: Reading, k: number): boolean {
  const clauses = clausesOf(s, r);
  const from = clauses[2 * k + 2];
  const to = clauses[2 * k + 3];
  if (!s.slice(clauses[2 * k + 1], from).includes(',')) return false;
  const end = toldFrame(s, from, to);
  return end !== undefined && FRAME_ONLY.test(s.slice(from, end)) && !TELLS_ON.test(s.slice(end, to));
}
// A frame of a few words at most: "he wrote", "the guy told me", "my last client said".
const FRAME_ONLY = new RegExp(`^\\s*(?:[${L}’']+\\s+){0,4}[${L}’']+\\s*$`);

// The one who relays it: in English someone named by role ("my", "our", "the" and up to three words), not "they", scammers,
// someone, people or clients in general; in the other languages, not the reader's own ("¿Tu cliente quiere que …? Huye.").
const BY_A_ROLE = String.raw`(?<=(?<![${L}])(?:my|our|your|the|mr\.?|mrs\.?|ms\.?|dr\.?)\s{1,3}(?:[${L}’'.-]{1,30}\s{1,3}){0,3}[${L}]{0,20})(?<!(?:they|scammers?|fraudsters?|someone|somebody|anyone|people|criminals?|hackers?|recruiters|clients)\s{1,3}[${L}]{0,20})`;
const NOT_THE_READERS = String.raw`(?<!(?:your|tu|su|votre|ton|seu|sua|teu|tua|dein[${L}]{0,2}|ihr[${L}]{0,2})\s{1,3}[${L}]{1,20}\s{1,3})`;
// The frame of a request relayed to the reader, its subject someone named by role (not "they", "scammers", "someone"), its verb in
// the present or the perfect.
const RELAYED = new RegExp(
  // (the verb first, the subject looked behind it over a bounded span: a subject's few words tried from every article ran long
  // over runs of short words — the ReDoS fuzz)
  String.raw`(?<![${L}])(?:wants|needs|asks|requests|expects|would like|has asked|has instructed|has requested|is asking|instructs|requires|insists that|asked that|requested that)${BY_A_ROLE} (?:you|u)(?: to| that)?(?![${L}])|(?<![${L}])(?:asked|told|has asked|wants|wanted|would like)${BY_A_ROLE} (?:me|us) to (?:tell|ask|remind|let) (?:you|u)(?: know)?(?: to| that)?(?![${L}])|(?<![${L}])(?:he|she)\s{1,3}(?:wants|needs|would like) (?:you|u) to(?![${L}])|(?<![${L}])(?:hat|haben) (?:mich|uns) gebeten,? (?:ihnen|dir|euch) (?:zu sagen|auszurichten|mitzuteilen),? dass(?![${L}])|(?<![${L}])bittet (?:sie|dich)(?![${L}])|(?<![${L}])(?:me|nos) pidi(?:ó|o|eron) que (?:te|le|les) (?:dijera|diga|comunicara|avisara|dijese)(?: que)?(?![${L}])|(?<![${L}])m[’'](?:a|ont) demandé de (?:vous|te) dire (?:que|de|d[’'])|(?<![${L}])(?:hat|haben) (?:sie|dich|euch) (?:[${L}]{1,30} ){0,3}?(?:angewiesen|gebeten|aufgefordert)(?![${L}])|(?<![${L}])${NOT_THE_READERS}(?:möchte|will|wünscht|hätte gerne?),? dass (?:sie|du)(?![${L}])|(?<![${L}])${NOT_THE_READERS}(?:veut|souhaite|voudrait|aimerait|demande) que (?:vous|tu)(?![${L}])|(?<![${L}])vous demande de(?![${L}])|(?<![${L}])${NOT_THE_READERS}(?:quer|pede|pediu|precisa) que (?:você|voce|vc|o senhor|a senhora)(?![${L}])|(?<![${L}])${NOT_THE_READERS}(?:quiere|necesita|necesitamos|pide|desea) que (?:usted|tú)(?![${L}])|(?<![${L}])${NOT_THE_READERS}(?:dice|dijo) que (?:le |me |nos )?(?:mandes|envíes|pagues|escribas|instales|pases|agregues|llames|transfieras)(?![${L}])|(?<![${L}])(?:disse|diz) que (?:você|vc) (?:deve|precisa|tem que)(?![${L}])|(?<![${L}])(?:hat|hätte) gesagt,? (?:du sollst|sie sollen)(?![${L}])|(?<![${L}])(?:says|said)(?<=(?<![${L}])(?:(?:my|our|the)\s{1,3}(?:[${L}’'.-]{1,30}\s{1,3}){0,3}|(?:he|she)\s{1,3})[${L}]{0,20}) (?:that )?(?:you|u) (?:should|need to|have to|must)(?![${L}])`,
  'i',
);
const QUESTIONED = /\?\s*$/;
/** Where the sentence's frame relaying a request to the reader ends, once per sentence (-1: none, or the sentence is a question). */
function relayedEnd(s: string, v: NonNullable<Reading['voice']>): number {
  if (v.relayedEnd === undefined) {
    const m = QUESTIONED.test(s) ? null : RELAYED.exec(s);
    v.relayedEnd = m ? m.index + m[0].length : -1;
  }
  return v.relayedEnd;
}

/** Where the sentence's first told frame ends ("she asked me to"), or Infinity where it has none. */
export function toldFrameEnd(s: string): number {
  return voiceOf(s, read(s)).toldEnd;
}

export function voiceAt(s: string, at: number): Voice {
  const r = read(s);
  const v = voiceOf(s, r);
  // A request relayed to the reader is the writer's to pass on: "My boss wants you to add him on WhatsApp, his number is …", "Die
  // Bankleitung hat Sie angewiesen, die Zahlung an den Vertreter … zu leisten" (the forty-seventh session's left-overs; the tuning
  // text's 419 letter) — not a question about it, advice, someone in general, or what was asked of the reader before.
  // (a frame that runs on over the asked words counts too: "The client needs you to give him remote access" — its told frame ends
  // after "give", a review of the forty-ninth session)
  if ((v.toldEnd <= at || v.told.includes(true)) && !v.advice) {
    const end = relayedEnd(s, v);
    if (end >= 0 && end <= at) return 'request';
  }
  // A frame of reported speech before the words ("she said the phone webcam was broken", "the client
  // wanted to chat on Skype – not video, just text") covers what follows it in the sentence.
  // … but not a later clause that turns to the reader with a request of its own ("Our team lead kept inviting me
  // to bring devs over, so let's talk on Telegram: @x").
  const own = v.toldEnd <= at && asksInOwnClause(s, at, v.toldEnd);
  if (v.toldEnd <= at && !own) return 'reported';
  if (v.told.length || v.did.length) {
    const k = clauseOf(s, r, at) / 2;
    if (v.told[k] && !own && !asksBeforeFrame(s, r, at, k)) return 'reported';
    if (v.told[k + 1] && quotedBeforeFrame(s, r, k)) return 'reported';
    if (!v.advice && v.did[k]) return 'past';
  }
  if (v.advice) return 'advice';
  return 'request';
}

// A question that only asks whether the reader uses something: "do you have Telegram?", "are you on
// WhatsApp by any chance?", "você tem WhatsApp?", "hast du Discord?", "avez-vous Skype ?". An invitation
// asked as a question ("can you add me on Telegram?", "me chama no zap?") is a request.
const AVAILABILITY = wordsAhead(
  new RegExp(
    String.raw`(?<![${L}])(?:do (?:you|u) (?:perhaps |maybe |also |still |by any chance )?(?:have|use|got)|are (?:you|u) (?:also |perhaps |still )?(?:on|using|available on)|have you got|is there (?:a|an|any)|hast du|haben sie|bist du (?:auf|bei)|sind sie (?:auf|bei)|nutzt du|nutzen sie|tienes|tiene usted|usas|estás en|avez-vous|as-tu|tu as|vous avez|utilisez-vous|você tem|voce tem|vc tem|tem (?:algum|whats|telegram|discord|zap)|usa (?:o )?(?:whats|telegram|discord))(?![${L}])`,
    'i',
  ),
);

/** Whether the sentence only asks if the reader has or uses something (weak evidence, a note). */
export function asksAvailability(s: string): boolean {
  return s.trimEnd().endsWith('?') && AVAILABILITY.test(s);
}

// The writer or the reader named: a request is made by one of them to the other.
const FIRST_OR_SECOND = new RegExp(
  String.raw`(?<![${L}])(?:${PERSON_WORDS.replaceAll(String.raw`\p{L}`, `[${L}]`)})(?![${L}])`,
  'i',
);
// Someone else doing it, as the subject: "they", "the scammers", "los delincuentes", "ele descobriu". Not words
// that stand in requests too: objects and possessives ("contact her", "his address"), quantities ("many clients
// use it", "pay some of the fee"), or an impersonal subject ("il faut installer AnyDesk").
const THIRD_PERSON = new RegExp(
  String.raw`(?<![${L}])(?:they|he|she|scammers?|fraudsters?|criminals?|the person|ellos|ellas|delincuentes|estafadores|ils|elles|escrocs?|arnaqueurs?|eles|elas|ele|ela|golpistas|criminosos|betrüger|täter|kriminelle)(?![${L}])`,
  'i',
);

/** Whether a sentence names its writer or its reader (a how-to, a price list or an article may name neither). */
export const personal = (s: string): boolean => FIRST_OR_SECOND.test(s);

/**
 * Whether a sentence tells of what others do, naming neither the writer nor the reader ("They tend to shift the
 * conversation to Telegram", "ele descobriu um mercado de aluguel de contas"): an account, as articles about
 * scams give them, not a request made to the reader.
 */
export function narrates(s: string): boolean {
  return (THIRD_PERSON.test(s) || HABITUAL.test(s)) && !FIRST_OR_SECOND.test(s) && !IMPERATIVE_OPENING.test(s);
}
// A sentence that opens by telling the reader to do something names the reader all the same: "Please send the payment to his
// wife, her PayPal is below, he can't access Upwork" (a review of the fiftieth session: left out as a story about others).
const IMPERATIVE_OPENING = new RegExp(
  String.raw`^[\s"“'‘(*•-]*(?:(?:please|pls|plz|kindly|bitte|por favor|veuillez|merci de)[\s,]+)?(?:send|pay|transfer|wire|forward|ship|deposit|make the payment|sende|senden sie|schick|schicken sie|zahl|zahlen sie|überweis[${L}]*|env[ií]a|env[ií]e|env[ií]alo|env[ií]ala|paga|pague|transfiere|transfiera|envoyez|envoie|payez|paie|virez|envie|transfira|deposite|deposita|hire|contrata|contrate|contr[aá]tal[oa]s?|embauchez|engagez|stellen sie)(?![${L}])`,
  'i',
);
// What people of a kind usually do, as advice gives it: "clients usually pay 50 % upfront", "los clientes suelen
// pagar por adelantado", "Kunden zahlen meist im Voraus".
const HABITUAL = new RegExp(
  String.raw`(?<![${L}])(?:(?:most |many |some )?(?:clients|customers|buyers|sellers|freelancers|agencies|companies|businesses|people|contractors|developers|designers)\s+(?:[${L}]+\s+)?(?:usually|typically|generally|normally|often|commonly|tend to|mostly)|(?:kunden|auftraggeber|freelancer|firmen|agenturen)\s+(?:[${L}]+\s+)?(?:meist|meistens|normalerweise|üblicherweise|oft|häufig|in der regel)|(?:los |las )?(?:clientes|empresas|freelancers|agencias)\s+(?:[${L}]+\s+)?(?:suelen|normalmente|generalmente|habitualmente|a menudo)|(?:les )?(?:clients|entreprises|freelances|agences)\s+(?:[${L}]+\s+)?(?:généralement|habituellement|souvent|en général|ont l[’']habitude)|(?:os )?(?:clientes|empresas|freelancers|agências)\s+(?:[${L}]+\s+)?(?:costumam|geralmente|normalmente|muitas vezes))(?![${L}])`,
  'i',
);
