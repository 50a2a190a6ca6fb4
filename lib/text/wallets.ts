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

const KINDS: [WalletKind, RegExp, (a: string) => boolean][] = [
  ['EVM', /^0x[0-9a-fA-F]{40}$/, isEvmAddress],
  ['Bitcoin', /^bc1[02-9ac-hj-np-z]{11,71}$/i, isBitcoinAddress],
  ['Bitcoin', /^[13][1-9A-HJ-NP-Za-km-z]{25,34}$/, isBitcoinAddress],
  ['Tron', /^T[1-9A-HJ-NP-Za-km-z]{33}$/, isTronAddress],
];
// Every address is one run of 25 or more letters and digits starting as one of the kinds does (one pass finds
// those runs, each is then classified); Solana's have no fixed start and are looked for only beside a wallet
// word.
const RUN = /\b(?:0x|bc1|BC1|[13T])[0-9A-Za-z]{23,88}\b/g;
const SOLANA = /^[1-9A-HJ-NP-Za-km-z]{32,44}$/;
const SOLANA_CONTEXT = /\b(?:solana|sol|phantom|wallet|address|adresse)\b/i;

// Checksums are pure and costly (Keccak, SHA-256): the same address in a thread that is scanned again after
// each new message is checked once. Bounded: cleared when full.
const checked = new Map<string, WalletKind | null>();
const CHECKED_MAX = 1024;

/** The kind of address a run is, by its shape and checksum, or null. */
function kindOf(run: string): WalletKind | null {
  let kind = checked.get(run);
  if (kind === undefined) {
    kind = KINDS.find(([, re, valid]) => re.test(run) && valid(run))?.[0] ?? null;
    if (checked.size >= CHECKED_MAX) checked.clear();
    checked.set(run, kind);
  }
  return kind;
}

/**
 * The words of `min`–`max` letters and digits that stand alone (as /\b[0-9A-Za-z]{min,max}\b/g finds them: a
 * word of letters, digits and "_" with no "_"), by one walk over the characters: the pattern, tried at every
 * word, cost 3 % of the message rules' time.
 */
function alphanumericRuns(text: string, min: number, max: number): string[] {
  const out: string[] = [];
  let start = -1;
  let underscore = false;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    const alnum = (c >= 48 && c <= 57) || ((c | 0x20) >= 97 && (c | 0x20) <= 122);
    if (alnum || c === 95) {
      if (start < 0) {
        start = i;
        underscore = false;
      }
      if (c === 95) underscore = true;
    } else if (start >= 0) {
      if (!underscore && i - start >= min && i - start <= max) out.push(text.slice(start, i));
      start = -1;
    }
  }
  return out;
}

export function findWallets(text: string): WalletMatch[] {
  const out: WalletMatch[] = [];
  const seen = new Set<string>();
  const runs = [...text.matchAll(RUN)].map((m) => m[0]);
  for (const run of runs) {
    const kind = seen.has(run) ? null : kindOf(run);
    if (kind) {
      seen.add(run);
      out.push({ kind, value: run });
    }
  }
  // Solana addresses have no checksum: count one only when the text speaks of a wallet or Solana.
  if (SOLANA_CONTEXT.test(text)) {
    for (const run of alphanumericRuns(text, 32, 44)) {
      if (
        !seen.has(run) &&
        SOLANA.test(run) &&
        /\d/.test(run) &&
        /[a-z]/.test(run) &&
        /[A-Z]/.test(run) &&
        isSolanaAddress(run)
      ) {
        seen.add(run);
        out.push({ kind: 'Solana', value: run });
      }
    }
  }
  return out;
}
