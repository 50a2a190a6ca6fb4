/**
 * Cryptocurrency addresses in text, each confirmed by its own encoding and checksum so that random strings do
 * not match: EVM (`0x` + 40 hex; EIP-55 checksum when mixed case — USDT and BNB on BSC, Polygon, Arbitrum…),
 * Bitcoin (base58check P2PKH/P2SH and bech32/bech32m segwit), Litecoin (base58check L…/M…, bech32 `ltc1`),
 * Dogecoin (base58check D…/A…/9…), Bitcoin Cash (CashAddr `q…`/`p…`, its own 40-bit checksum), Tron
 * (base58check, version byte 0x41 — USDT-TRC20), Monero (Monero's block base58, Keccak-256 checksum), TON
 * (user-friendly base64/base64url with CRC16-XMODEM; the raw `0:`/`-1:` + 64 hex form, which has no checksum,
 * only next to a TON or wallet word), XRP (base58check in the Ripple alphabet), Stellar (base32, CRC16-XMODEM),
 * BNB Beacon Chain (bech32 `bnb1`), Cardano Shelley (bech32 `addr1`), Solana (base58, 32 bytes — no checksum
 * exists, so only next to a wallet word). Codecs and hashes from @scure/base and @noble/hashes (audited); CRC16
 * and CashAddr's polymod are a few lines beside.
 * A `3…` address is Bitcoin's P2SH form and Litecoin's old one alike: it is called Bitcoin.
 */
import { ownCopy } from './own-copy';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { base32, base58, base58check, base58xmr, base58xrp, base64, base64url, bech32, bech32m } from '@scure/base';
import { isCashAddrPayload } from './cashaddr';
import { crc16xmodem } from './crc16';

export type WalletKind =
  | 'EVM'
  | 'Bitcoin'
  | 'Litecoin'
  | 'Dogecoin'
  | 'Bitcoin Cash'
  | 'Tron'
  | 'Monero'
  | 'TON'
  | 'XRP'
  | 'Stellar'
  | 'BNB Beacon Chain'
  | 'Cardano'
  | 'Solana';
export interface WalletMatch {
  kind: WalletKind;
  value: string;
}

const b58check = base58check(sha256);
const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
const sameBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i]);

export function isEvmAddress(a: string): boolean {
  if (!/^0x[0-9a-fA-F]{40}$/.test(a)) return false;
  const body = a.slice(2);
  if (body === body.toLowerCase() || body === body.toUpperCase()) return true; // no checksum to test
  const hash = hex(keccak_256(new TextEncoder().encode(body.toLowerCase())));
  return [...body].every((c, i) => (/[0-9]/.test(c) ? true : parseInt(hash[i], 16) >= 8 === (c === c.toUpperCase())));
}

/** A base58check address of 21 bytes whose version byte is one of `versions` (Bitcoin's alphabet, double SHA-256). */
function isBase58check(a: string, versions: readonly number[]): boolean {
  try {
    const payload = b58check.decode(a);
    return payload.length === 21 && versions.includes(payload[0]);
  } catch {
    return false;
  }
}

/**
 * A segwit address of `hrp` (BIP 173/350): bech32 for witness version 0 (`q` after the `1`), bech32m for later
 * ones; a version-0 program is 20 or 32 bytes.
 */
function isSegwit(a: string, hrp: string): boolean {
  const lower = a.toLowerCase() as `${string}1${string}`;
  if (lower !== a && a.toUpperCase() !== a) return false; // mixed case is not bech32
  const version0 = lower[hrp.length + 1] === 'q';
  const decoded = (version0 ? bech32 : bech32m).decodeUnsafe(lower);
  if (!decoded || decoded.prefix !== hrp) return false;
  const program = bech32.fromWordsUnsafe(decoded.words.slice(1));
  return !!program && (!version0 || program.length === 20 || program.length === 32);
}

export const isBitcoinAddress = (a: string): boolean =>
  /^bc1/i.test(a) ? isSegwit(a, 'bc') : isBase58check(a, [0x00, 0x05]);
export const isLitecoinAddress = (a: string): boolean =>
  /^ltc1/i.test(a) ? isSegwit(a, 'ltc') : isBase58check(a, [0x30, 0x32]);
export const isDogecoinAddress = (a: string): boolean => isBase58check(a, [0x1e, 0x16]);
export const isTronAddress = (a: string): boolean => isBase58check(a, [0x41]);

/** CashAddr without its `bitcoincash:` prefix (the checksum covers the prefix all the same). */
export const isBitcoinCashAddress = (a: string): boolean => isCashAddrPayload(a);

/**
 * Monero: a network byte (18 standard `4…`, 42 subaddress `8…`, 19 integrated `4…` with an 8-byte payment id),
 * two 32-byte keys, and the first 4 bytes of the Keccak-256 of all that, in Monero's 8-byte-block base58.
 */
export function isMoneroAddress(a: string): boolean {
  try {
    const data = base58xmr.decode(a);
    const kind = data.length === 69 ? [18, 42] : data.length === 77 ? [19] : [];
    if (!kind.includes(data[0])) return false;
    return sameBytes(keccak_256(data.subarray(0, data.length - 4)).subarray(0, 4), data.subarray(data.length - 4));
  } catch {
    return false;
  }
}

/**
 * TON's user-friendly form: 36 bytes in base64 or base64url — flags (0x11 bounceable, 0x51 not, +0x80 on the
 * test network), the workchain (0 or -1), the 32-byte account, then the CRC16-XMODEM of those 34 bytes.
 */
export function isTonAddress(a: string): boolean {
  if (a.includes(':')) return /^(?:0|-1):[0-9a-fA-F]{64}$/.test(a); // the raw form has no checksum
  const url = /[-_]/.test(a);
  if (url && /[+/]/.test(a)) return false;
  try {
    const b = (url ? base64url : base64).decode(a);
    return (
      b.length === 36 &&
      (b[0] & 0x3f) === 0x11 && // 0x11, 0x51, 0x91, 0xd1
      (b[1] === 0x00 || b[1] === 0xff) &&
      crc16xmodem(b, 34) === ((b[34] << 8) | b[35])
    );
  } catch {
    return false;
  }
}

/** XRP: version byte 0 and a 20-byte account in base58check with the Ripple alphabet. */
export function isXrpAddress(a: string): boolean {
  try {
    const b = base58xrp.decode(a);
    return b.length === 25 && b[0] === 0 && sameBytes(sha256(sha256(b.subarray(0, 21))).subarray(0, 4), b.subarray(21));
  } catch {
    return false;
  }
}

/** Stellar: base32 of version byte 6 << 3 (`G`), a 32-byte key and the CRC16-XMODEM of those, little-endian. */
export function isStellarAddress(a: string): boolean {
  try {
    const b = base32.decode(a);
    return b.length === 35 && b[0] === 6 << 3 && crc16xmodem(b, 33) === (b[33] | (b[34] << 8));
  } catch {
    return false;
  }
}

/** The data of a bech32 address of `hrp` if it is `min`–`max` bytes long (`limit`: the longest address read). */
function isBech32(a: string, hrp: string, min: number, max: number, limit?: number): Uint8Array | undefined {
  const decoded = bech32.decodeUnsafe(a, limit);
  if (!decoded || decoded.prefix !== hrp) return undefined;
  const data = bech32.fromWordsUnsafe(decoded.words);
  return data && data.length >= min && data.length <= max ? data : undefined;
}

/** BNB Beacon Chain (Binance Chain): bech32 `bnb1` of a 20-byte account. */
export const isBnbBeaconAddress = (a: string): boolean => !!isBech32(a, 'bnb', 20, 20);

/**
 * Cardano Shelley (CIP-19): bech32 `addr1`, longer than bech32's 90 characters (a base address is 103); a
 * header byte of a payment address type (0–7) on the main network (1), then 28 or 56 bytes of hashes (a pointer
 * address carries a few more).
 */
export function isCardanoAddress(a: string): boolean {
  const data = isBech32(a, 'addr', 29, 64, 110);
  return !!data && data[0] >> 4 <= 7 && (data[0] & 0x0f) === 1;
}

export function isSolanaAddress(a: string): boolean {
  try {
    return base58.decode(a).length === 32;
  } catch {
    return false;
  }
}

// Each kind by its start and length (and alphabet) first; only a run of that shape is decoded and checked.
const B58 = '[1-9A-HJ-NP-Za-km-z]';
const BECH32 = '[02-9ac-hj-np-z]';
const shape = (source: string, flags = '') => new RegExp(`^(?:${source})$`, flags);
const KINDS: [WalletKind, RegExp, (a: string) => boolean][] = [
  ['EVM', shape('0x[0-9a-fA-F]{40}'), isEvmAddress],
  ['Bitcoin', shape(`bc1${BECH32}{11,71}`, 'i'), isBitcoinAddress],
  ['Bitcoin', shape(`[13]${B58}{25,34}`), isBitcoinAddress],
  ['Litecoin', shape(`ltc1${BECH32}{11,71}`, 'i'), isLitecoinAddress],
  ['Litecoin', shape(`[LM]${B58}{33}`), isLitecoinAddress],
  ['Dogecoin', shape(`[DA9]${B58}{33}`), isDogecoinAddress],
  ['Bitcoin Cash', shape(`[qp]${BECH32}{41}`), isBitcoinCashAddress],
  // CashAddr may be written in capitals ("BITCOINCASH:QP…"), never in mixed case.
  ['Bitcoin Cash', shape(`[QP][02-9AC-HJ-NP-Z]{41}`), (a) => isBitcoinCashAddress(a.toLowerCase())],
  ['Tron', shape(`T${B58}{33}`), isTronAddress],
  ['Monero', shape(`[48]${B58}{94}|4${B58}{105}`), isMoneroAddress],
  ['TON', shape('[EUk0][Qf][0-9A-Za-z+/_-]{46}|(?:0|-1):[0-9a-fA-F]{64}'), isTonAddress],
  ['XRP', shape(`r${B58}{24,34}`), isXrpAddress],
  ['Stellar', shape('G[A-Z2-7]{55}'), isStellarAddress],
  ['BNB Beacon Chain', shape(`bnb1${BECH32}{38}`), isBnbBeaconAddress],
  ['Cardano', shape(`addr1${BECH32}{53,105}`), isCardanoAddress],
];
// Every address is one run of 24 or more characters among letters, digits and TON's `+/_-=:` (a walk finds
// those, below); in each, one pattern finds the candidates: a run of letters and digits starting as one of the
// kinds does, TON's user-friendly form (base64's `+/` or base64url's `-_` inside) or its raw form (a colon).
// Each candidate is then classified by its start and length before any checksum. Solana's have no fixed start
// and are looked for only beside a wallet word.
const RUN =
  /(?:-1:|\b0:)[0-9a-fA-F]{64}\b|\b(?:[EUk0][Qf][0-9A-Za-z+/_-]{46}(?![0-9A-Za-z+/=_-])|(?:0x|bc1|BC1|ltc1|LTC1|bnb1|addr1|[13489ADGLMPQTpqr])[0-9A-Za-z]{23,105}\b)/g;
const SHORTEST_RUN = 24;
const SOLANA = /^[1-9A-HJ-NP-Za-km-z]{32,44}$/;
const SOLANA_CONTEXT = /\b(?:solana|sol|phantom|wallet|address|adresse)\b/i;
// TON's raw form (`0:`/`-1:` + 64 hex) has no checksum either: a hash after "0:" has its shape ("chunk 0:e3b0…").
const RAW_TON_CONTEXT = /\b(?:ton|toncoin|jettons?|tonkeeper|wallet|address|adresse|usdt)\b/i;

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
    checked.set(ownCopy(run), kind);
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

/** Which UTF-16 code units an address may hold: ASCII letters, digits and `+/_-=:`. */
const ADDRESS_CHAR = new Uint8Array(128);
for (const c of '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz+/_-=:')
  ADDRESS_CHAR[c.charCodeAt(0)] = 1;
const isAddressChar = (c: number) => c < 128 && ADDRESS_CHAR[c] === 1;

/**
 * The runs of at least `min` address characters, whole, or undefined if there is none (most texts). A window of
 * `min` characters is read from its right end: the first character that cannot be in an address moves the
 * window past it, so prose is read a few characters per word rather than all of it, and no pattern is tried at
 * every word (the pattern over the whole text with the new kinds' starts cost twice the old one).
 */
function addressRuns(text: string, min: number): string[] | undefined {
  let out: string[] | undefined;
  const n = text.length;
  let done = 0; // where the last run found ended
  for (let end = min - 1; end < n;) {
    const start = end - min + 1;
    let j = end;
    while (j >= start && isAddressChar(text.charCodeAt(j))) j--;
    if (j >= start) {
      end = j + min;
      continue;
    }
    let s = start;
    while (s > done && isAddressChar(text.charCodeAt(s - 1))) s--;
    let e = end + 1;
    while (e < n && isAddressChar(text.charCodeAt(e))) e++;
    (out ??= []).push(text.slice(s, e));
    done = e;
    end = e + min;
  }
  return out;
}

// The last text read and what was found: a message's text is read by its rule and again when the finding is
// graded (lib/rules/grade.ts). Each caller gets its own copy.
let last: { text: string; found: WalletMatch[] } | undefined;

export function findWallets(text: string): WalletMatch[] {
  if (last?.text !== text) last = { text, found: walletsIn(text) };
  return last.found.map((w) => ({ ...w }));
}

function walletsIn(text: string): WalletMatch[] {
  const out: WalletMatch[] = [];
  // A run's ends are characters no address holds (nor a word: "_" is an address character), so the pattern's
  // word boundaries read the same in the run as in the whole text.
  const runs = addressRuns(text, SHORTEST_RUN);
  if (!runs) return out;
  const seen = new Set<string>();
  let rawTonContext: boolean | undefined;
  for (const run of runs) {
    // exec from the run's start, as matchAll would (which copies the pattern for every run).
    RUN.lastIndex = 0;
    for (let m = RUN.exec(run); m; m = RUN.exec(run)) {
      const candidate = m[0];
      const kind = seen.has(candidate) ? null : kindOf(candidate);
      // Like Solana's, a raw TON address counts only when the text speaks of TON or a wallet.
      const raw = kind === 'TON' && candidate.includes(':');
      if (kind && (!raw || (rawTonContext ??= RAW_TON_CONTEXT.test(text)))) {
        seen.add(candidate);
        out.push({ kind, value: candidate });
      }
    }
  }
  // Solana addresses have no checksum: count one only when the text speaks of a wallet or Solana.
  if (SOLANA_CONTEXT.test(text)) {
    for (const run of runs) {
      for (const word of alphanumericRuns(run, 32, 44)) {
        if (
          !seen.has(word) &&
          SOLANA.test(word) &&
          /\d/.test(word) &&
          /[a-z]/.test(word) &&
          /[A-Z]/.test(word) &&
          isSolanaAddress(word)
        ) {
          seen.add(word);
          out.push({ kind: 'Solana', value: word });
        }
      }
    }
  }
  return out;
}
