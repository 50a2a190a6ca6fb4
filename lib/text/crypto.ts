/**
 * Offers or requests of payment in cryptocurrency, and wallet addresses, in free text. A sentence counts
 * only when it frames crypto as the way to pay ("I accept payment in USDT", "pay me in BTC"), not when it
 * talks about crypto work ("I build crypto payment gateways") or refuses it ("we never pay in crypto").
 */
import { NEGATION, sentences } from './sentences';

const COIN = String.raw`(?:crypto(?:currency|currencies)?|bitcoin|btc|usdt|tether|usdc|stablecoins?|eth(?:ereum)?|binance\s+pay|litecoin|ltc|monero|xmr|solana|trc-?20|erc-?20|bep-?20|tron|trx|dogecoin|doge|krypto(?:währung)?)`;

const PAYMENT_FRAMES = [
  // "payment in USDT", "pay me via bitcoin", "Bezahlung in Krypto"
  new RegExp(
    String.raw`\b(?:pay|paid|payments?|bezahl\w*|zahlung\w*|zahlen)\s+(?:me\s+|mir\s+)?(?:only\s+|nur\s+)?(?:in|via|with|through|by|per|using|mit|über|als)\s+(?:the\s+)?${COIN}\b`,
    'i',
  ),
  // "I accept USDT", "accepting crypto payments", "akzeptiere Bitcoin"
  new RegExp(
    String.raw`\b(?:accept\w*|take|taking|prefer\w*|receive|receiving|akzeptier\w*|nehme)\b[^.\n]{0,40}?\b${COIN}\b`,
    'i',
  ),
  // "crypto payments accepted", "USDT only"
  new RegExp(
    String.raw`\b${COIN}\s+(?:payments?\s+)?(?:accepted|preferred|welcome|only|ok|akzeptiert|bevorzugt)\b`,
    'i',
  ),
];

export interface WalletMatch {
  kind: 'EVM' | 'Bitcoin' | 'Tron';
  value: string;
}

const WALLETS: [WalletMatch['kind'], RegExp][] = [
  ['EVM', /\b0x[0-9a-fA-F]{40}\b/g],
  ['Bitcoin', /\bbc1[ac-hj-np-z02-9]{25,87}\b/g],
  ['Bitcoin', /\b[13][1-9A-HJ-NP-Za-km-z]{25,34}\b/g],
  ['Tron', /\bT[1-9A-HJ-NP-Za-km-z]{33}\b/g],
];

/** Sentences that offer or ask for payment in crypto (not negated). */
export function cryptoPaymentSentences(text: string): string[] {
  return sentences(text).filter((s) => {
    const frame = PAYMENT_FRAMES.map((re) => re.exec(s)).find(Boolean);
    if (!frame) return false;
    // A negation before the frame ("we never pay in crypto", "no crypto payments") cancels it.
    return !NEGATION.test(s.slice(0, frame.index + frame[0].length));
  });
}

export function findWallets(text: string): WalletMatch[] {
  const out: WalletMatch[] = [];
  for (const [kind, re] of WALLETS) for (const m of text.matchAll(re)) out.push({ kind, value: m[0] });
  return out;
}
