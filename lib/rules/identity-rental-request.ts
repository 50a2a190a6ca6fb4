/**
 * G1 red flags and "How DPRK IT workers operate"; ROK advisory: asks to borrow or rent an ID, personal data,
 * bank details or a platform account, or needs a "US/EU partner account to bid".
 */
import { type Combination, concept, cooccurring, phrases } from '../text/cooccur';
import { ACCOUNT, MONEY, PAY_VERB } from '../text/lexicon';
import { inOrder } from '../text/message';
import { messageFinding } from './finding';
import type { MessageRule } from './types';

const ITEM = String.raw`(?:id|id card|identity|identification|passport|driver[’']?s licen[sc]e|ssn|social security number|account|bank account|upwork account|freelancer account|profile|personal (?:data|details|information|info)|name and address|credentials)`;
const PATTERNS = [
  new RegExp(
    String.raw`\b(?:rent|borrow|lend|use|share|buy)\b[^.\n]{0,20}\b(?:your|an?|someone[’']?s)\s+(?!own\b)(?:\w+\s+)?${ITEM}\b`,
    'i',
  ),
  new RegExp(
    String.raw`\b(?:pay|give|offer)\s+you\b[^.\n]{0,40}\b(?:for|to)\s+(?:using|use|access|renting|rent|borrow\w*|lend\w*)\b[^.\n]{0,20}\b(?:your|the)\s+(?:\w+\s+)?${ITEM}\b`,
    'i',
  ),
  /\b(?:let|lets|allow|allows)\s+me\s+(?:to\s+)?use\s+(?:your|their|his|her)\s+(?:\w+\s+){0,3}?(?:accounts?|profiles?|identity|id|bank account|name)\b/i,
  /\bneed\s+(?:a|an|your)\s+(?:us|usa|american|european|eu|uk|british|canadian|german)\s+(?:partner|person|citizen|account|profile|resident|identity)\b/i,
  /\b(?:leih\w*|miet\w*|verleih\w*|nutz\w*)\b[^.\n]{0,30}\b(?:dein\w*|ihr\w*)\s+(?:ausweis\w*|personalausweis\w*|konto|bankkonto|account|identität|pass)\b/i,
  // German puts the verb last: "dein Konto mieten", "Ihr Bankkonto nutzen".
  /\b(?:dein\w*|ihr\w*)\s+(?:ausweis\w*|personalausweis\w*|konto|bankkonto|account|identität|pass)\b[^.\n]{0,30}\b(?:leih\w*|miet\w*|nutz\w*|verwend\w*|benutz\w*)/i,
];

// Order-free, five languages: renting or borrowing an identity or account; using someone's for money;
// someone else passing a verification for the writer.
const ITEM_WORDS = String.raw`${ACCOUNT}|id|ids|id card|identity|identities|identification|passport|driver[’']?s licen[sc]e|ssn|social security|name|face|ausweis\p{L}*|personalausweis\p{L}*|identität\p{L}*|pass|identidad\p{L}*|pasaporte|dni|identité\p{L}*|passeport|pièce d[’']identité|identidade\p{L}*|passaporte|cpf|rg`;
const RENTING = concept(
  String.raw`rent\p{L}*|borrow\p{L}*|lend\p{L}*|lease|vermiet\p{L}*|miet\p{L}*|leih\p{L}*|verleih\p{L}*|alquil\p{L}*|prest(?:e|es|en|ar|arme|arle|arías?|ame)|préstam\p{L}*|arriend\p{L}*|lou(?:e|er|ez|es|ons)|prêt(?:er|ez|es|e-moi|ez-moi)|alug\p{L}*|emprest\p{L}*`,
);
const OTHERS_ITEM = concept(
  String.raw`(?:your|their|his|her|someone[’']?s|dein\p{L}*|ihr\p{L}*|sein\p{L}*|tu|su|sus|votre|vos|son|sa|seu|sua|teu|tua)\s+(?:\p{L}+\s+)?(?:${ITEM_WORDS})`,
  String.raw`(?:cuentas?|comptes?|contas?|accounts?)\s+(?:verificad\p{L}*|vérifi\p{L}*|verified)`,
  String.raw`verified\s+(?:${ACCOUNT}|id)`,
  // "a US bank account I could use"
  String.raw`an?\s+(?:us|usa|uk|eu|american|european|british|german|canadian)\s+(?:bank\s+)?(?:account|paypal|card)`,
);
const FOR_MONEY = concept(
  PAY_VERB,
  MONEY,
  String.raw`\d+\s?%|[$€£]\s?\d+|\d+\s?(?:[$€£]|euros?|dollars?|usd)|per month|a month|monthly|profit|share|income|pro monat|monatlich|al mes|cada mes|mensual\p{L}*|par mois|chaque mois|por mês|todo mês|mensal\p{L}*`,
);
const VERIFY = concept(
  String.raw`verification|verify|kyc|identitätsprüfung|verifizierung|verifizier\p{L}*|verificaci[oó]n|verificar|vérification|vérifier|verificação|verificar`,
);
const FOR_ME = concept(
  String.raw`for me|for us|on my behalf|you just|für mich|für uns|por m[ií]|para m[ií]|por nosotros|pour moi|pour nous|por mim|para mim|the face of|ich bezahl\p{L}*|ich zahle|i will pay|i pay|get paid|te pago|je (?:vous |te )?pa\p{L}*|eu pago|pago bem`,
);
const COMBINATIONS: Combination[] = [
  [RENTING, concept(ITEM_WORDS)],
  [
    OTHERS_ITEM,
    concept(String.raw`use|using|nutz\p{L}*|verwend\p{L}*|benutz\p{L}*|usar|utilis\p{L}*|be the face`),
    FOR_MONEY,
  ],
  [VERIFY, FOR_ME],
  [
    concept(
      String.raw`face of|person with a verified|someone from the (?:us|usa|uk|eu)|a (?:us|uk|eu|american|european) citizen`,
    ),
    concept(ACCOUNT),
  ],
];

// Words every phrase needs.
const PHRASES = phrases(
  PATTERNS,
  concept(
    String.raw`rent\p{L}*|borrow\p{L}*|lend\p{L}*|use\p{L}*|using|share\p{L}*|buy\p{L}*|pay\p{L}*|give\p{L}*|offer\p{L}*|need\p{L}*|let|lets|allow\p{L}*|leih\p{L}*|miet\p{L}*|vermiet\p{L}*|verleih\p{L}*|nutz\p{L}*|benutz\p{L}*|verwend\p{L}*`,
  ),
);

export const rule: MessageRule = {
  id: 'identity-rental-request',
  kind: 'message',
  group: 'identity',
  check({ message }) {
    const quoted = inOrder(
      message,
      cooccurring(message, PHRASES, { negationAnywhereBefore: true }),
      // The platform's own checks, and warnings against lending, are not requests.
      cooccurring(message, COMBINATIONS, { unless: [/\b(?:through the platform|own account|kyc flow|upload)\b/i] }),
    );
    if (!quoted.length) return undefined;
    return messageFinding(rule.id, 'high', quoted, [
      'G1 Red flag indicators and How DPRK IT workers operate (renting identities and accounts)',
    ]);
  },
};
