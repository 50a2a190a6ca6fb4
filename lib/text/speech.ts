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

const L = 'a-zA-Z0-9À-ÖØ-öø-ÿœŒß';
const WORD = new RegExp(`[${L}’']+`, 'g');

/** Words that negate what follows them in their clause. */
const NEGATORS = new Set(
  (
    "no not never dont don’t don't doesnt doesn’t doesn't didn’t didn't won’t won't wont cannot can't can’t cant nothing nor neither n't " +
    'kein keine keinen keinem keiner keines nicht niemals nie nichts ' +
    'nunca jamás jamas nada ningún ninguna ninguno ' +
    'ne pas jamais rien aucun aucune ' +
    'não nao nem nenhum nenhuma'
  ).split(' '),
);

// Negations that do not negate what follows ("don't hesitate to contact me on WhatsApp", "no worries").
const IDIOMS = new RegExp(
  String.raw`(?<![${L}])(?:do(?:n[’']?t| not) (?:hesitate|mind|worry)|no (?:worries|problem|pressure|rush|matter)|not (?:sure|only|just)|never mind|if not|whether or not|n[’']hésite[zr]? pas|ne vous inquiétez pas|pas de (?:souci|problème)|no (?:dude|dudes|dudéis|te preocupes|se preocupe|hay problema)|sin problema|não (?:hesite|se preocupe|tem problema)|sem problema|zöger\p{L}* (?:sie |du )?nicht|kein problem|keine sorge|nicht nur)(?![${L}])`.replaceAll(
    String.raw`\p{L}`,
    `[${L}]`,
  ),
  'gi',
);

// Clause boundaries: a semicolon or colon, a contrastive conjunction ("but", "aber", "sondern", "pero",
// "sino", "mais", "mas", "porém", "instead"), a comma before a new subject or an imperative.
const BOUNDARY = new RegExp(
  String.raw`[;:•–—]|\s-\s|,?\s+(?:but|however|instead|though|although|aber|sondern|jedoch|doch|pero|sino|aunque|mais|cependant|mas|porém|contudo|only to)\s+|,\s*(?=(?:and |so |then |und |y |et |e )?(?:i|i[’']m|i[’']ll|i[’']d|we|you|he|she|they|please|pls|plz|just|add|contact|write|text|message|call|send|pay|ping|ich|wir|du|sie|er|bitte|yo|él|ella|te|por favor|je|j[’']|nous|vous|il|elle|eu|você|voce|ele|ela|me|por favor)(?![${L}]))`,
  'gi',
);

// Words only Portuguese has among the five languages: where they are, "no" is "in the".
const PORTUGUESE = new RegExp(
  `(?<![${L}])(?:você|voce|vc|uma|meu|minha|não|nao|obrigad[oa]|olá|oi|pra|seu|sua|isso|também|tudo|gostaria|poderia|mensagem|zap|chama\\p{L}*|manda|fala|adiciona|passa)(?![${L}])`.replaceAll(
    '\\p{L}',
    `[${L}]`,
  ),
  'i',
);

/** Start and end of the clause holding `at`. */
export function clauseAt(s: string, at: number): [number, number] {
  let start = 0;
  let end = s.length;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(s); m; m = BOUNDARY.exec(s)) {
    if (m[0].length === 0) BOUNDARY.lastIndex++;
    const b = m.index;
    if (b + m[0].length <= at) start = b + m[0].length;
    else if (b > at) {
      end = b;
      break;
    }
  }
  return [start, end];
}

/** Words of a text with their offsets. */
function words(text: string, from: number): { w: string; i: number }[] {
  const out: { w: string; i: number }[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) out.push({ w: m[0].toLowerCase(), i: from + m.index });
  return out;
}

/** Whether the concept at `at` is negated within its clause: any negator before it, or German "nicht" after. */
export function negatedInClause(s: string, at: number): boolean {
  const [start, end] = clauseAt(s, at);
  const clause = s.slice(start, end);
  const idioms: [number, number][] = [];
  IDIOMS.lastIndex = 0;
  for (let m = IDIOMS.exec(clause); m; m = IDIOMS.exec(clause))
    idioms.push([start + m.index, start + m.index + m[0].length]);
  const inIdiom = (i: number) => idioms.some(([a, b]) => i >= a && i < b);
  for (const { w, i } of words(clause, start)) {
    if (inIdiom(i) || !(NEGATORS.has(w) || w.endsWith("n't") || w.endsWith('n’t'))) continue;
    if (i < at) {
      // Portuguese "no" is "in the" ("me chama no telegram"); before a capitalised name it is a place.
      if (w === 'no' && (/^no\s+[A-ZÀ-ÖØ-Þ]/.test(s.slice(i)) || PORTUGUESE.test(s))) continue;
      return true;
    }
    // German puts "nicht"/"kein" after the verb at the end of a clause ("ich zahle dafür nicht in Bitcoin").
    if (i > at && (w === 'nicht' || w === 'niemals' || w === 'nie')) return true;
  }
  return false;
}

// Someone else's words or deeds, told: "she asked me to", "he wanted my WeChat", "the client gave me a
// Telegram link", "scammers contact you via WhatsApp", "er hat mich gebeten", "me pidió", "il m'a demandé".
const THIRD = String.raw`(?:he|she|they|him|her|them|the (?:client|recruiter|scammer|candidate|employer|guy|man|woman|person|applicant|company|interviewer|buyer|seller|hr|freelancer|developer|user|caller|agent|fraudster|operative|middleman|worker|victim|hacker|criminal|attacker)s?|companies|north koreans?|who|la personne|une personne|cette personne|le fraudeur|l[’']escroc|quelqu[’']un|o (?:falso )?(?:cliente|freelancer|contratante|golpista)|a pessoa|er|der (?:kunde|bewerber|betrüger)|die (?:betrüger|täter)|él|ella|ellos|ellas|el cliente|il|elle|ils|elles|le client|ele|ela|eles|elas|o cliente)`;
const TOLD = new RegExp(
  String.raw`(?<![${L}])(?:${THIRD}\s+(?:[${L}’']+\s+){0,2}?(?:asked|asks|asking|wanted|wants|said|says|told|tells|offered|offers|offering|gave|give|gives|sent|sends|insisted|insists|requested|requests|suggested|suggests|claimed|claims|had|kept|keeps|tried|tries|refused|refuses|avoided|avoids|demanded|demands|mentioned|proposed|would|will|may|might|typically|usually|often|then|contact|contacts|contacted|hat|hatte|wollte|sagte|bat|fragte|schrieb|schickte|pidió|dijo|quería|quiso|envió|escribió|a|ont|avait|avaient|voulait|disait|demand[${L}]*|contactent|appellent|propose|aborde|contacte|envoie|a pris|a installé|pediu|disse|queria|mandou|enviou|escreveu|pede|resolve|diz|manda|começa|installs|asks)|(?:wants|asks|tells|expects|needs|wanted) (?:me|us) to|(?:asked|told|wanted|forced|pressured|convinced|instructed|begged) (?:me|us|him|her|them|the freelancer|freelancers)|(?:was|were|got|been|being) (?:asked|told|offered|contacted|instructed|approached)|asked (?:if|whether)|me pidi[óo]|me pidieron|me dijo|me dijeron|m[’']a demandé|m[’']ont demandé|me pediu|me pediram|me disse|hat mich gebeten|haben mich gebeten|wurde(?:n)? (?:sie|er|ich|wir) [${L}\s]{0,40}kontaktiert|hieß es|hiess es)(?![${L}])`,
  'i',
);
// A named person's deeds: "Knoot had companies ship laptops to his address" (case matters: a name).
const NAMED_TOLD =
  /(?<![\p{L}])\p{Lu}\p{Ll}+\s+(?:had|asked|told|wanted|said|offered|insisted|sent|gave|hat|hatte|bat|pidió|dijo|a demandé|pediu|disse)(?![\p{L}])/u;

// Advice and warnings about such requests, not requests: "scammers will ask you …", "if someone asks you to".
const ADVICE = new RegExp(
  String.raw`(?<![${L}])(?:requests? (?:to|for)|scam|scams|scammer\p{L}*|fraud\p{L}*|fraudulent|beware|be careful|be aware|watch out|red flags?|warning|if (?:someone|anyone|somebody|a client|a recruiter|they|he|she|the client|a candidate)|betrüger\p{L}*|betrug\p{L}*|vorsicht|achtung|abzocke|estaf\p{L}*|fraude\p{L}*|cuidado|escroc\p{L}*|arnaque\p{L}*|arnaqueur\p{L}*|fraudeur\p{L}*|méfiez|golpe\p{L}*|golpista\p{L}*|fraudador\p{L}*)(?![${L}])`.replaceAll(
    String.raw`\p{L}`,
    `[${L}]`,
  ),
  'i',
);
// The writer telling what they did (past): "I downloaded AnyDesk", "I was able to install", "Recebi".
const DID = new RegExp(
  String.raw`(?<![${L}])(?:i|we)\s+(?:[${L}’']+\s+){0,2}?(?:downloaded|installed|received|recieved|got|had|used|tried|was|were|did|bought|sold|paid|sent|lost|found|opened|showed|noticed|checked|realized|realised)(?![${L}])|(?<![${L}])(?:recebi|recibí|j[’']ai reçu|ich habe (?:[${L}]+\s+){0,3}erhalten|ich habe (?:[${L}]+\s+){0,3}installiert)(?![${L}])`,
  'i',
);

export type Voice = 'request' | 'reported' | 'advice' | 'past';

/** How the clause around `at` speaks: a request (or offer) to the reader, or a report, advice or past deed. */
export function voiceAt(s: string, at: number): Voice {
  const [start, end] = clauseAt(s, at);
  const clause = s.slice(start, end);
  // A frame of reported speech before the words ("she said the phone webcam was broken", "the client
  // wanted to chat on Skype – not video, just text") covers what follows it in the sentence.
  if (TOLD.test(clause) || TOLD.test(s.slice(0, at)) || NAMED_TOLD.test(s.slice(0, at + 1))) return 'reported';
  if (ADVICE.test(s)) return 'advice';
  if (DID.test(clause)) return 'past';
  return 'request';
}

// A question that only asks whether the reader uses something: "do you have Telegram?", "are you on
// WhatsApp by any chance?", "você tem WhatsApp?", "hast du Discord?", "avez-vous Skype ?". An invitation
// asked as a question ("can you add me on Telegram?", "me chama no zap?") is a request.
const AVAILABILITY = new RegExp(
  String.raw`(?<![${L}])(?:do (?:you|u) (?:perhaps |maybe |also |still |by any chance )?(?:have|use|got)|are (?:you|u) (?:also |perhaps |still )?(?:on|using|available on)|have you got|is there (?:a|an|any)|hast du|haben sie|bist du (?:auf|bei)|sind sie (?:auf|bei)|nutzt du|nutzen sie|tienes|tiene usted|usas|estás en|avez-vous|as-tu|tu as|vous avez|utilisez-vous|você tem|voce tem|vc tem|tem (?:algum|whats|telegram|discord|zap)|usa (?:o )?(?:whats|telegram|discord))(?![${L}])`,
  'i',
);

/** Whether the sentence only asks if the reader has or uses something (weak evidence, a note). */
export function asksAvailability(s: string): boolean {
  return /\?\s*$/.test(s.trim()) && AVAILABILITY.test(s);
}
