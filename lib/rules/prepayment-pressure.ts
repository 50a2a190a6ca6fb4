/** G1 red flags; G3 (repeated prepayment requests): payment before delivery, upfront deposits. */
import { type Combination, concept, cooccurring, phrases } from '../text/cooccur';
import { MONEY, PAY_VERB } from '../text/lexicon';
import { inOrder } from '../text/message';
import { messageFinding } from './finding';
import type { MessageRule } from './types';

const PATTERNS = [
  /\b(?:pay|send|transfer)\b[^.\n]{0,30}\b(?:upfront|up-front|in advance|beforehand|before (?:I|we) (?:start|begin|deliver|send)|before starting|before delivery|a deposit|the deposit|\d{1,3}\s?% (?:upfront|in advance|first|before))/i,
  // "need 50% upfront", "require a deposit": a sum named ("approve your host IP in advance" is no payment).
  /\b(?:need|require|want)\b[^.\n]{0,30}(?:\b(?:a deposit|the deposit|payment|money|half|the (?:full|whole|entire) amount)\b|\d\s?%)[^.\n]{0,30}\b(?:upfront|up-front|in advance|beforehand|before (?:I|we) (?:start|begin|deliver|send)|before starting|before delivery|first)\b/i,
  /\b(?:need|require|want)\b[^.\n]{0,20}\b(?:a|the|an)\s+(?:deposit|advance payment|upfront payment)\b/i,
  /\b(?:upfront|advance|up-front)\s+payment\b/i,
  /\b(?:full|entire|whole)\s+(?:payment|amount)\s+(?:first|now|before)\b/i,
  /\b(?:vorauszahlung|vorkasse|im voraus (?:bezahl\w*|zahl\w*|überweis\w*)|anzahlung\s+(?:vor|bevor))/i,
  // "zahle 50 % im Voraus", "die Hälfte vorab"
  /\b(?:zahl\w*|bezahl\w*|überweis\w*)\b[^.\n]{0,30}\b(?:im voraus|vorab|vorher)\b/i,
  /\b(?:die hälfte|\d{1,3}\s?%)\s+(?:im voraus|vorab)\b/i,
];

// Order-free, five languages: money before the work, and a demand for it (not a deposit someone paid).
const BEFORE = concept(
  String.raw`upfront|up-front|up front|in advance|beforehand|advance|deposit|first payment|before (?:I|we) (?:start|begin|write|do|deliver|send)|before starting|before any|first|vorab|im voraus|vorauszahlung|vorkasse|anzahlung|vorher|zuerst|bevor ich|por adelantado|adelantado|anticipo|por anticipado|primero|antes de empezar|antes de comenzar|acompte|d[’']avance|à l[’']avance|avance|avant de commencer|adiantad[oa]|adiantamento|antecipad[oa]|sinal|antes de começar|primeiro`,
);
const DEMAND = concept(
  String.raw`need|require\p{L}*|must|have to|please|send|can you|could you|or I|today|now|then I|book my time|brauche|benötige|bitte|zahlen sie|sonst|jetzt|fange|lege|necesito|neces[ií]t\p{L}*|por favor|envía|empiezo|il me faut|j[’']ai besoin|besoin|je demande|merci de|envoyez|preciso|mande|come[çc]o`,
);
// Words that are a payment before the work by themselves: "deposit", "Anzahlung", "anticipo", "acompte".
const DEPOSIT = concept(
  String.raw`deposit|advance payment|anzahlung|vorauszahlung|vorkasse|anticipo|adelanto|acompte|adiantamento|pagamento antecipado`,
);
const COMBINATIONS: Combination[] = [
  [DEPOSIT, DEMAND],
  [
    BEFORE,
    concept(PAY_VERB, MONEY, String.raw`\d{1,3}\s?%|half|hälfte|mitad|moitié|metade|total|full amount|gesamt\p{L}*`),
    DEMAND,
  ],
];

// Escrow and milestones are the platform's protection; a deposit for something else is no prepayment.
const PLATFORM = concept(
  String.raw`escrow|milestones?|meilenstein\p{L}*|treuhand|hitos?|jalons?|étapes|etapas|not needed|not required|no need|not how|nicht üblich|nicht nötig|feature|checkout|shop|venue|hosting|client paid|customer paid`,
);

// Words every phrase needs.
const PHRASES = phrases(
  PATTERNS,
  concept(
    String.raw`upfront|up|advance\p{L}*|beforehand|before|deposit\p{L}*|first|full|entire|whole|vorauszahlung|vorkasse|voraus|vorab|vorher|anzahlung\p{L}*|hälfte|\d`,
  ),
);

export const rule: MessageRule = {
  id: 'prepayment-pressure',
  kind: 'message',
  group: 'payment',
  check({ message }) {
    const quoted = inOrder(
      message,
      cooccurring(message, COMBINATIONS, { unless: [PLATFORM] }),
      cooccurring(message, PHRASES, {
        negationAnywhereBefore: true, // Funding a milestone in the platform's escrow is the platform's own protection.
        unless: [
          /\b(?:escrow|fund(?:ed|ing)? the milestone|treuhand)\b/i,
          // Said not to be needed, or a feature to build.
          /\b(?:not needed|not required|no need|nicht nötig|nicht erforderlich|feature|function|funktion\w*|checkout|shop)\b/i,
        ],
      }),
    );
    if (!quoted.length) return undefined;
    return messageFinding(rule.id, 'medium', quoted, [
      'G1 Red flag indicators (payment before delivery)',
      'G3 (repeated prepayment requests)',
    ]);
  },
};
