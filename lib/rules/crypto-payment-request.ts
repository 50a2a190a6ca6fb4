/** G1 red flags and mitigations: asks to be paid in virtual currency, or gives a wallet address. */
import { PAYMENT_FRAMES } from '../text/crypto';
import { type Combination, concept, cooccurring, phrases } from '../text/cooccur';
import { COIN as LEX_COIN, MONEY, PAY_VERB, RECEIVE } from '../text/lexicon';
import { inOrder } from '../text/message';
import { findWallets } from '../text/wallets';
import { messageFinding } from './finding';
import type { MessageRule } from './types';

const COIN = String.raw`(?:crypto|bitcoin|btc|usdt|tether|usdc|eth(?:ereum)?|trc-?20|erc-?20|bep-?20|solana|sol|tron|binance)`;
const WALLET_ASKS = [
  // "send it to my USDT wallet", "my BTC address is", "schick es an meine Wallet"
  new RegExp(
    String.raw`(?<![\p{L}])(?:send|transfer|pay|deposit|schick\p{L}*|überweis\p{L}*|zahl\p{L}*)(?![\p{L}])[^.\n]{0,40}\b(?:my|meine?n?)\s+(?:${COIN}\s+)?(?:wallet|address|adresse)\b`,
    'iu',
  ),
  new RegExp(String.raw`\bmy\s+${COIN}\s+(?:wallet|address)\b`, 'i'),
  // "Zahl mich bitte in Ethereum aus", "send it as USDT", "kannst du das Geld in USDT schicken?" — an
  // imperative or a question to the reader; work about crypto ("the app can transfer USDT") is neither.
  new RegExp(
    String.raw`^(?:please\s+|bitte\s+)?(?:send|transfer|wire|settle|pay|zahl\p{L}*|überweis\p{L}*|schick\p{L}*)(?![\p{L}])[^.\n]{0,40}?(?<![\p{L}])(?:in|as|with|via|using|per|mit|als)\s+(?:the\s+)?${COIN}(?![\p{L}])`,
    'iu',
  ),
  new RegExp(
    String.raw`(?:\b(?:can|could|would)\s+you|\bkannst\s+du|\bkönnt(?:est|en)?\s+(?:du|sie|ihr)|\bkönnen\s+sie)[^.\n]{0,40}?\s(?:in|as|with|via|using|per|mit|als)\s+(?:the\s+)?${COIN}\b[^.\n]{0,20}?(?:^|\s)(?:send|transfer|wire|pay|schick\w*|überweis\w*|zahl\w*|senden)\b`,
    'i',
  ),
  new RegExp(String.raw`\bmeine\s+${COIN}[- ]?(?:wallet|adresse)\b`, 'i'),
];

// Order-free: a coin and a word of paying in one sentence, in any of the five languages ("pagarme en
// bitcoin", "payé en USDT", "Bezahlung in Ethereum"), unless the sentence is about building payment features.
const COMBINATIONS: Combination[] = [
  // "Please use USDT TRC20": a coin asked for by name.
  [
    concept(String.raw`usdt|usdc|btc|bitcoin|eth|ethereum|tether|trc-?20|erc-?20|bep-?20|litecoin|monero|solana`),
    concept(
      String.raw`please use|kindly use|bitte (?:nutzen|verwenden|benutzen)|por favor us[ae]|utilisez|merci d[’']utiliser`,
    ),
  ],
  [
    concept(LEX_COIN),
    concept(PAY_VERB, MONEY, RECEIVE, String.raw`pay`, String.raw`payable`, String.raw`payout\p{L}*`),
  ],
];
const WORK = concept(
  String.raw`integrat\p{L}*|integrier\p{L}*|integr[ae]\p{L}*|implement\p{L}*|build\p{L}*|built|gebaut|baut|bauen|entwickel\p{L}*|entwickl\p{L}*|develop\p{L}*|desarroll\p{L}*|développ\p{L}*|desenvolv\p{L}*|cre[aá]\p{L}*|gateway|dashboard|modul\p{L}*|module|checkout|sdk|api|apis|app|feature|funktion\p{L}*|shop|onlineshop|tienda|boutique|loja|customers?|clientes|kunden|users|product|experience|erfahrung|experiencia|expérience|experiência|handles|blockchain|exchange|smart contracts?|dapp|startup`,
);

// Paid in a national currency or through the platform: crypto is only being talked about ("Crypto is
// volatile, I prefer to be paid in USD through the platform").
const FIAT = concept(
  String.raw`usd|eur|gbp|chf|dollars?|euros?|pounds|bank transfer|through the platform|via the platform|über die plattform|por la plataforma|par la plateforme|pela plataforma`,
);

// Words every phrase needs: a coin (and for the wallet asks, or a wallet word).
const COIN_WORD = String.raw`crypt\p{L}*|krypt\p{L}*|bitcoin\p{L}*|btc|usd\p{L}*|tether|stablecoin\p{L}*|eth\p{L}*|binance|litecoin|ltc|monero|xmr|solana|sol|trc\p{L}*|erc\p{L}*|bep\p{L}*|tron|trx|doge\p{L}*`;
const WALLET_ASKS_PHRASES = phrases(
  WALLET_ASKS,
  concept(COIN_WORD, String.raw`wallet\p{L}*|address\p{L}*|adresse\p{L}*`),
);
const FRAMES = phrases(PAYMENT_FRAMES, concept(COIN_WORD));

export const rule: MessageRule = {
  id: 'crypto-payment-request',
  kind: 'message',
  group: 'payment',
  check({ message }) {
    const wallets = findWallets(message.text).map((w) => message.sentences.find((s) => s.includes(w.value)) ?? '');
    const quoted = inOrder(
      message,
      // "I accept USDT", "payment in BTC": the frames the profile rule uses, anchored here.
      cooccurring(message, FRAMES, { negationThroughMatch: true }),
      cooccurring(message, WALLET_ASKS_PHRASES, { negationAnywhereBefore: true }),
      cooccurring(message, COMBINATIONS, { unless: [WORK, FIAT] }),
      wallets,
    );
    if (!quoted.length) return undefined;
    return messageFinding(rule.id, 'high', quoted, [
      'G1 Red flag indicators (payment in virtual currency)',
      'G1 Potential mitigation measures (avoid payments in virtual currency)',
    ]);
  },
};
