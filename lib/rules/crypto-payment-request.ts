/** G1 red flags and mitigations: asks to be paid in virtual currency, or gives a wallet address. */
import { cryptoPaymentSentences } from '../text/crypto';
import { requests } from '../text/message';
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

// Words one of the patterns needs: a text without any is not examined further.
// Covers every coin name of lib/text/crypto.ts and COIN above; short ones as whole words ("method" is not ETH).
const GATE =
  /crypto|krypto|bitcoin|\bbtc\b|usdt|tether|usdc|\beth(?:ereum)?\b|\b(?:trc|erc|bep)-?20\b|solana|\bsol\b|\btron\b|\btrx\b|binance|wallet|adresse|address|monero|\bxmr\b|doge|litecoin|\bltc\b|stablecoin/i;

export const rule: MessageRule = {
  id: 'crypto-payment-request',
  kind: 'message',
  group: 'payment',
  check({ message }) {
    const named = GATE.test(message.text);
    const quoted = [
      ...new Set([
        ...(named ? cryptoPaymentSentences(message.sentences) : []),
        ...requests(message, WALLET_ASKS, { gate: GATE }),
      ]),
    ];
    for (const w of findWallets(message.text)) {
      const s = message.sentences.find((x) => x.includes(w.value));
      if (s && !quoted.includes(s)) quoted.push(s);
    }
    if (!quoted.length) return undefined;
    return messageFinding(rule.id, 'high', quoted, [
      'G1 Red flag indicators (payment in virtual currency)',
      'G1 Potential mitigation measures (avoid payments in virtual currency)',
    ]);
  },
};
