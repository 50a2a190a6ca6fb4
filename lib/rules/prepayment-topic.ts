/**
 * Asking for a deposit as a topic, for the prepayment notes (lib/rules/grade.ts). Guides for freelancers write about asking
 * for payment ahead — "asking for full payment in advance is common", "Is it normal to ask for a deposit before starting?",
 * "aprender a solicitar un pago por adelantado", "warum du eine Anzahlung nehmen solltest", "Verlangt ihr eine Anzahlung?" —
 * with the asking itself named (an infinitive, a gerund) or put to the reader as the one who would ask: the reader is the
 * one paid, nobody asks the reader to pay (fortieth session: bench/benign-advice). A writer's terms name the writer ("we ask
 * for a 50 % deposit") or set the deposit impersonally ("a 50 % deposit is required"), and a term that someone "may ask for"
 * payment ahead ("la empresa podrá pedir el pago anticipado") stays a term.
 */
import { asciiFirst } from '../text/ascii-first';
import { PLEASE_WORDS, WRITER_WORDS } from '../text/lexicon';

// (the deposit words, shared by the readings below)
const AHEAD_PAY = String.raw`(?:deposits?|upfront|up-front|advance|prepayment|full payment|partial payment|payment|pagos?|anticipos?|adelantos?|acomptes?|avances?|anzahlung|vorauszahlung|vorkasse|sinal|adiantamento|pagamento|entrada)`;
// The asking named, an infinitive or a gerund: "to ask for a deposit", "asking for full payment", "pedir anticipo",
// "solicitar un pago por adelantado", "demander un acompte", "eine Anzahlung zu verlangen".
const ASKING = asciiFirst(
  new RegExp(
    String.raw`(?<![\p{L}])(?:ask|asking|request|requesting|charging|pedir|solicitar|demander|exiger|cobrar)(?: for)?(?: (?:a|an|the|un|una|el|le|la|une|um|uma|o|de|formas))?(?: de pago| \p{L}+)? ${AHEAD_PAY}(?![\p{L}])|(?<![\p{L}])(?:anzahlung|vorauszahlung|vorkasse) (?:zu )?(?:verlangen|nehmen|fordern)(?![\p{L}])`,
    'iu',
  ),
);
// … or the reader as the one who asks: "you need to ask", "du … nehmen solltest", "Verlangt ihr …?", "do you charge a deposit?"
const READER_ASKS = asciiFirst(
  /(?<![\p{L}])(?:verlangt ihr|verlangst du|nimmst du|nehmt ihr|do you (?:ask|charge|require|take|request)|pides|cobras|solicitas|demandez-vous|exigez-vous|você (?:pede|cobra|solicita))(?![\p{L}])/iu,
);
// (someone who may ask for it is a term's: "la empresa podrá pedir el pago anticipado", "we may request a deposit")
const MAY = asciiFirst(
  /(?<![\p{L}])(?:may|can|will|shall|podrá|podrán|puede|pueden|podrá|pourra|pourront|peut|kann|können|wird|poderá|poderão|pode)(?: \p{L}+)? (?:ask|request|charge|pedir|solicitar\p{L}*|demander|exiger|cobrar|verlangen|fordern)(?![\p{L}])/iu,
);
const WRITER = asciiFirst(new RegExp(String.raw`(?<![\p{L}])(?:${WRITER_WORDS}|us|uns)(?![\p{L}])`, 'iu'));

// The asking said to be something — common, normal, a skill, how freelancers work ("asking for full payment in advance is
// common", "Solicitar … es algo que muy pocos freelancers hacen"): a topic. Without it the gerund is a freelancer's own terms,
// the "I" left out ("Requesting payment upfront before starting.", "Asking for payment in advance this time, hope you
// understand": a review of the day's change).
const SAID_TO_BE = asciiFirst(
  /(?<![\p{L}])(?:is|are|was|isn[’']t|seems|remains|protects|helps|ist|sind|war|es|son|era|est|sont|était|é|são|normal|common|üblich|habitual|courant|comum)(?![\p{L}])/iu,
);
// … nor where the sentence still turns to the reader to pay ("Asking for a deposit is standard, so please send it before
// Monday", "Eine Anzahlung zu verlangen ist normal, bitte überweisen Sie sie vor Montag", "merci de le verser avant lundi"),
// says it is required or a must, names a sum, or asks whether asking is possible ("Charging a deposit is required before
// starting", "você precisa pagar 50% antes", "¿Es posible pedir un anticipo del 30 %?": a second review).
const ASKS_THE_READER = asciiFirst(
  new RegExp(
    String.raw`(?<![\p{L}])(?:${PLEASE_WORDS}|could you|can you|would you|send|pay|transfer|wire|überweisen|zahlen sie|senden sie|schicken sie|envía\p{L}*|envie|envoyez|versez|payez|pague|paga|manda|mande|hope you understand|required|requires|mandatory|must|need|needs|muss|müssen|erforderlich|notwendig|debe|deben|necesita\p{L}*|obligatori[oa]|doit|doivent|obligatoire|exigée?|deve|devem|precisa\p{L}*|obrigatóri[oa]|possible|posible|possível|möglich|okay|ok|alright|here|hier|aquí|aqui|ici|this works|how we work|so läuft)(?![\p{L}])|\d`,
    'iu',
  ),
);

/** Whether a sentence talks about asking for payment ahead, or asks the reader whether they do, naming no writer's ask. */
export const askingAheadAsTopic = (s: string): boolean =>
  ((ASKING.test(s) && SAID_TO_BE.test(s)) || READER_ASKS.test(s)) &&
  !MAY.test(s) &&
  !WRITER.test(s) &&
  !ASKS_THE_READER.test(s);
