/**
 * Cryptocurrency addresses in text, each confirmed by its checksum or encoding so that random strings do
 * not match: EVM (`0x` + 40 hex; EIP-55 checksum when mixed case), Bitcoin (base58check P2PKH/P2SH and
 * bech32/bech32m segwit), Tron (base58check, version byte 0x41), Solana (base58, 32 bytes — no checksum
 * exists, so only next to a wallet word). Codecs and hashes from @scure/base and @noble/hashes (audited).
 */
import { keccak_256 } from '@noble/hashes/sha3.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { base58, base58check, bech32, bech32m } from '@scure/base';

export type WalletKind = 'EVM' | 'Bitcoin' | 'Tron' | 'Solana';
export interface WalletMatch {
  kind: WalletKind;
  value: string;
}

const b58check = base58check(sha256);
const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');

export function isEvmAddress(a: string): boolean {
  if (!/^0x[0-9a-fA-F]{40}$/.test(a)) return false;
  const body = a.slice(2);
  if (body === body.toLowerCase() || body === body.toUpperCase()) return true; // no checksum to test
  const hash = hex(keccak_256(new TextEncoder().encode(body.toLowerCase())));
  return [...body].every((c, i) => (/[0-9]/.test(c) ? true : parseInt(hash[i], 16) >= 8 === (c === c.toUpperCase())));
}

export function isBitcoinAddress(a: string): boolean {
  try {
    if (/^bc1/i.test(a)) {
      const lower = a.toLowerCase();
      const decoded =
        lower[3] === 'q'
          ? bech32.decode(lower as `${string}1${string}`)
          : bech32m.decode(lower as `${string}1${string}`);
      return decoded.prefix === 'bc';
    }
    const payload = b58check.decode(a);
    return payload.length === 21 && (payload[0] === 0x00 || payload[0] === 0x05);
  } catch {
    return false;
  }
}

export function isTronAddress(a: string): boolean {
  try {
    const payload = b58check.decode(a);
    return payload.length === 21 && payload[0] === 0x41;
  } catch {
    return false;
  }
}

export function isSolanaAddress(a: string): boolean {
  try {
    return base58.decode(a).length === 32;
  } catch {
    return false;
  }
}

const CANDIDATES: [WalletKind, RegExp, (a: string) => boolean][] = [
  ['EVM', /\b0x[0-9a-fA-F]{40}\b/g, isEvmAddress],
  ['Bitcoin', /\bbc1[02-9ac-hj-np-z]{11,71}\b/gi, isBitcoinAddress],
  ['Bitcoin', /\b[13][1-9A-HJ-NP-Za-km-z]{25,34}\b/g, isBitcoinAddress],
  ['Tron', /\bT[1-9A-HJ-NP-Za-km-z]{33}\b/g, isTronAddress],
];
const SOLANA = /\b[1-9A-HJ-NP-Za-km-z]{32,44}\b/g;
const SOLANA_CONTEXT = /\b(?:solana|sol|phantom|wallet|address|adresse)\b/i;

export function findWallets(text: string): WalletMatch[] {
  const out: WalletMatch[] = [];
  const seen = new Set<string>();
  for (const [kind, re, valid] of CANDIDATES) {
    for (const m of text.matchAll(re)) {
      if (!seen.has(m[0]) && valid(m[0])) {
        seen.add(m[0]);
        out.push({ kind, value: m[0] });
      }
    }
  }
  // Solana addresses have no checksum: count one only when the text speaks of a wallet or Solana.
  if (SOLANA_CONTEXT.test(text)) {
    for (const m of text.matchAll(SOLANA)) {
      if (!seen.has(m[0]) && /\d/.test(m[0]) && /[a-z]/.test(m[0]) && /[A-Z]/.test(m[0]) && isSolanaAddress(m[0])) {
        seen.add(m[0]);
        out.push({ kind: 'Solana', value: m[0] });
      }
    }
  }
  return out;
}
