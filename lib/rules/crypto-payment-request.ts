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
  new RegExp(String.raw`\bmeine\s+${COIN}[- ]?(?:wallet|adresse)\b`, 'i'),
];

// Words one of the patterns needs: a text without any is not examined further.
const GATE =
  /crypto|krypto|bitcoin|btc|usdt|tether|usdc|eth|trc|erc|bep|solana|\bsol\b|tron|trx|binance|wallet|monero|xmr|doge|litecoin|stablecoin/i;

export const rule: MessageRule = {
  id: 'crypto-payment-request',
  kind: 'message',
  group: 'payment',
  check({ message }) {
    const quoted = [
      ...new Set([...cryptoPaymentSentences(message.sentences), ...requests(message, WALLET_ASKS, { gate: GATE })]),
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
