/**
 * Offers or requests of payment in cryptocurrency, and wallet addresses, in free text. A sentence counts
 * only when it frames crypto as the way to pay ("I accept payment in USDT", "pay me in BTC"), not when it
 * talks about crypto work ("I build crypto payment gateways") or refuses it ("we never pay in crypto").
 */
import { NEGATION, sentences } from './sentences';

export { findWallets } from './wallets';

const COIN = String.raw`(?:crypto(?:currency|currencies)?|bitcoin|btc|usdt|tether|usdc|stablecoins?|eth(?:ereum)?|binance\s+pay|litecoin|ltc|monero|xmr|solana|trc-?20|erc-?20|bep-?20|tron|trx|dogecoin|doge|krypto(?:währung)?)`;

const PAYMENT_FRAMES = [
  // "payment in USDT", "pay me via bitcoin", "bezahlen Sie mich in Bitcoin", "Bezahlung in Krypto"
  new RegExp(
    String.raw`(?<![\p{L}])(?:pay|paid|payments?|bezahl\p{L}*|zahlung\p{L}*|zahlen)(?:\s+\p{L}+){0,2}?\s+(?:only\s+|nur\s+)?(?:in|via|with|through|by|per|using|mit|über|als)\s+(?:the\s+)?${COIN}(?![\p{L}])`,
    'iu',
  ),
  // "I accept USDT", "we prefer crypto", "ich akzeptiere Bitcoin" — the writer's own terms, not a client's
  new RegExp(
    String.raw`(?<![\p{L}])(?:I|I'd|I’d|we|ich|wir)\s+(?:\p{L}+\s+){0,2}?(?:accept\p{L}*|take|prefer\p{L}*|receive|akzeptier\p{L}*|nehme|bevorzug\p{L}*)(?![\p{L}])[^.\n]{0,40}?(?<![\p{L}])${COIN}(?![\p{L}])`,
    'iu',
  ),
  // "crypto payments accepted", "USDT only"
  new RegExp(
    String.raw`(?<![\p{L}])${COIN}\s+(?:payments?\s+)?(?:accepted|preferred|welcome|only|ok|akzeptiert|bevorzugt)(?![\p{L}])`,
    'iu',
  ),
];

/** Sentences that offer or ask for payment in crypto (not negated); text, or sentences already split. */
// Every coin name of COIN contains one of these: a sentence without any cannot match a frame (cheap check).
const ANY_COIN =
  /crypt|krypt|bitcoin|btc|usd|tether|stablecoin|eth|binance|litecoin|ltc|monero|xmr|solana|sol|trc|erc|bep|tron|trx|doge/i;

export function cryptoPaymentSentences(text: string | string[]): string[] {
  return (typeof text === 'string' ? sentences(text) : text).filter((s) => {
    if (!ANY_COIN.test(s)) return false;
    const frame = PAYMENT_FRAMES.map((re) => re.exec(s)).find(Boolean);
    if (!frame) return false;
    // A negation before the frame ("we never pay in crypto", "no crypto payments") cancels it.
    return !NEGATION.test(s.slice(0, frame.index + frame[0].length));
  });
}
