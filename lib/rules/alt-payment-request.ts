/**
 * G3; G1 (payment services): asks to be paid some other way than a bank account in their own name — gift
 * cards, a third person's account, a company that is not theirs, a payment service "instead of" the bank.
 */
import { requests } from '../text/message';
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

// Words one of the patterns needs: a text without any is not examined further.
const GATE =
  /gift|gutschein|geschenk|account|konto|name|payoneer|wise|paypal|wechat|alipay|union|moneygram|skrill|cash ?app/i;
// The money-to-a-relative pattern has its own gate: it needs a sum of money named.
const MONEY_GATE = /\b(?:money|fee|payment|funds|amount|salary|invoice|geld|honorar|betrag|gehalt|zahlung)\b/i;

export const rule: MessageRule = {
  id: 'alt-payment-request',
  kind: 'message',
  group: 'payment',
  check({ message }) {
    const quoted = [
      ...new Set([
        ...requests(message, PATTERNS, { gate: GATE, negationIsPattern: true }),
        ...requests(message, TO_RELATIVE, { gate: MONEY_GATE, negationIsPattern: true }),
      ]),
    ];
    if (!quoted.length) return undefined;
    return messageFinding(rule.id, 'high', quoted, [
      'G3 (payment to accounts not in the freelancer’s name)',
      'G1 Red flag indicators (payment services)',
    ]);
  },
};
