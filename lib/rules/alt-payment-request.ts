/**
 * G3; G1 (payment services): asks to be paid some other way than a bank account in their own name — gift
 * cards, a third person's account, a company that is not theirs, a payment service "instead of" the bank.
 */
import { type Combination, concept, cooccurring, phrases } from '../text/cooccur';
import { MONEY, PAY_VERB, RECEIVE, RELATION, RELATION_ACCOUNT, TO_RELATION } from '../text/lexicon';
import { inOrder } from '../text/message';
import { messageFinding } from './finding';
import type { MessageRule } from './types';

const PAY = String.raw`(?:pay|send|transfer|wire|deposit|payment|zahl\p{L}*|überweis\p{L}*|schick\p{L}*|bezahl\p{L}*)`;
// A word start that also knows umlauts (\b does not: "überweisen").
const W = String.raw`(?<![\p{L}])`;
const PATTERNS = [
  new RegExp(
    String.raw`${W}${PAY}(?![\p{L}])[^.\n]{0,40}(?:gift ?cards?|steam cards?|amazon cards?|itunes cards?|gutschein\p{L}*|geschenkkarte\p{L}*)`,
    'iu',
  ),
  new RegExp(
    String.raw`${W}(?:gift ?cards?|gutschein\p{L}*|geschenkkarte\p{L}*)(?![\p{L}])[^.\n]{0,30}(?:als|as)\s+(?:bezahlung|zahlung|payment)`,
    'iu',
  ),
  // Someone else's account, where the sentence is about paying.
  new RegExp(
    String.raw`${W}${PAY}(?![\p{L}])[^.\n]{0,40}\bmy\s+(?:friend|brother|sister|cousin|uncle|relative|partner|wife|husband|mother|father|colleague)[’']?s?\s+(?:bank\s+)?(?:account|card|paypal)`,
    'iu',
  ),
  new RegExp(
    String.raw`${W}${PAY}(?![\p{L}])[^\n]*\b(?:account|konto)\s+(?:of|in the name of|under the name of|auf den namen)\s+(?:my|meine[sr]?)\s+\w+|\b(?:account|konto)\s+(?:of|in the name of|under the name of|auf den namen)\s+(?:my|meine[sr]?)\s+\w+[^\n]*${W}${PAY}`,
    'iu',
  ),
  new RegExp(
    String.raw`\b(?:auf das|aufs|an das)\s+konto\s+(?:meine[sr]?)\s+(?:freund\w*|bruder\w*|brüder\w*|schwester|cousin\w*|onkel\w*|partner\w*|frau|mannes|mutter|vater\w*)`,
    'i',
  ),
  new RegExp(String.raw`\b(?:not|isn[’']t|is not)\s+in my (?:own )?name\b`, 'i'),
  new RegExp(
    String.raw`\b(?:payoneer|wise|paypal|wechat pay|alipay|western union|moneygram|skrill|cash ?app)\b[^.\n]{0,40}\b(?:instead of|rather than|not)\s+(?:a\s+|the\s+|my\s+)?bank`,
    'i',
  ),
  new RegExp(
    String.raw`\b(?:instead of|rather than)\s+(?:a\s+|the\s+|my\s+)?bank(?: transfer| account)?\b[^.\n]{0,40}\b(?:payoneer|wise|paypal|wechat pay|alipay|western union|moneygram|skrill|cash ?app)\b`,
    'i',
  ),
  new RegExp(
    String.raw`\b(?:statt|anstatt)\s+(?:einer\s+|der\s+)?(?:bank\p{L}*|überweisung)[^.\n]{0,40}\b(?:payoneer|wise|paypal|western union|alipay)\b`,
    'iu',
  ),
];

// "transfer the fee to my cousin", "send the money to my father" — paid to another person
const TO_RELATIVE = [
  /(?:^|\s)(?:pay|send|transfer|wire|überweis\w*|schick\w*)\s+(?:(?:the|my|your|this|das|die|den|mein\w*)\s+)?(?:money|fee|payment|funds|amount|salary|invoice|geld|honorar|betrag|gehalt|zahlung)\s+(?:to|an)\s+(?:my|meine[mn]?)\s+(?:friend|brother|sister|cousin|uncle|aunt|relative|partner|wife|husband|mother|father|colleague|neighbou?r|freund\w*|bruder|schwester|onkel|tante|vater|mutter|frau|mann|nachbar\w*)/i,
];

// Order-free, five languages: money paid to someone close ("Envía el dinero a mi primo", "payer mon frère"),
// or into their account ("use my cousin's PayPal", "na conta da minha esposa"), or received by them for the
// writer; gift cards as payment.
const PAYING = concept(PAY_VERB, MONEY, String.raw`use|usa|usar|utilis\p{L}*|nutz\p{L}*|geht`);
const COMBINATIONS: Combination[] = [
  [concept(TO_RELATION), concept(PAY_VERB, MONEY)],
  [concept(RELATION_ACCOUNT), PAYING],
  [concept(...RELATION), concept(RECEIVE), concept(MONEY)],
  [
    concept(
      String.raw`gift ?cards?|steam cards?|amazon cards?|itunes cards?|gutschein\p{L}*|geschenkkarte\p{L}*|tarjetas? de regalo|cartes? cadeaux?|cartões? (?:de )?presente|vale-presente`,
    ),
    concept(PAY_VERB, MONEY),
  ],
];

// Words every phrase needs.
const PHRASES = phrases(
  PATTERNS,
  concept(
    String.raw`gift\p{L}*|gutschein\p{L}*|geschenk\p{L}*|steam|amazon|itunes|account\p{L}*|konto\p{L}*|name|payoneer|wise|paypal|wechat|alipay|western|moneygram|skrill|cash\p{L}*`,
  ),
);

const TO_RELATIVE_PHRASES = phrases(TO_RELATIVE, concept(MONEY));

// Telling what happened is no request: "I gave all of the money to my friend" (a real fortune cookie).
const STORY =
  /\b(?:I|we|he|she|they)\s+(?:\w+\s+)?(?:gave|paid|sent|transferred|wired|lent|owed)\b|\bich\s+habe\b[^.\n]{0,40}\b(?:gegeben|bezahlt|überwiesen|geschickt)\b/i;

// Sending an offer or a contract to a friend's account is account-switch-request's, unless money is named.
const NOT_MONEY =
  /^(?!.*\b(?:money|fee|fees|payment|funds|amount|salary|invoice|geld|honorar|betrag|zahlung)\b).*\b(?:offer|contract|invit\w*|proposal|angebot|vertrag|einladung)\b/i;

export const rule: MessageRule = {
  id: 'alt-payment-request',
  kind: 'message',
  group: 'payment',
  check({ message }) {
    const quoted = inOrder(
      message,
      cooccurring(message, PHRASES, { negationIsPattern: true, unless: [NOT_MONEY] }),
      cooccurring(message, TO_RELATIVE_PHRASES, { negationIsPattern: true }),
      cooccurring(message, COMBINATIONS, { unless: [STORY] }),
    );
    if (!quoted.length) return undefined;
    return messageFinding(rule.id, 'high', quoted, [
      'G3 (payment to accounts not in the freelancer’s name)',
      'G1 Red flag indicators (payment services)',
    ]);
  },
};
