import { describe, expect, it } from 'vitest';
import { crc16xmodem } from '../lib/text/crc16';
import { findWallets, type WalletKind } from '../lib/text/wallets';

// Published addresses, each with its source:
// [christsim] christsim/multicoin-address-validator, test/wallet_address_validator.js (commit feb4151, 2025-06-04)
// [cashaddr]  the CashAddr spec's examples, bitcoincashorg/bitcoincash.org spec/cashaddr.md
// [ton-docs]  docs.ton.org, "TON Cookbook" (user-friendly and raw forms of one address), the ton-address crate's
//             README on docs.rs (base64 with "+/"), Dune's "TON address functions" page (a -1: raw address)
// [trust]     trustwallet/wallet-core, BinanceChainTests.testAddress
const PUBLISHED: [string, string, WalletKind][] = [
  ['EVM lower case', '0x52908400098527886e0f7030069857d2e4169ee7', 'EVM'],
  ['EVM with a valid EIP-55 checksum', '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed', 'EVM'],
  ['Bitcoin P2PKH', '1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2', 'Bitcoin'],
  ['Bitcoin P2SH', '3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy', 'Bitcoin'],
  ['Bitcoin bech32', 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq', 'Bitcoin'],
  ['Bitcoin bech32m (taproot)', 'bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297', 'Bitcoin'],
  ['Tron', 'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t', 'Tron'],
  ['Litecoin L… [christsim]', 'LVg2kJoFNg45Nbpy53h7Fe1wKyeXVRhMH9', 'Litecoin'],
  ['Litecoin M… [christsim]', 'MQMcJhpWHYVeQArcZR3sBgyPZxxRtnH441', 'Litecoin'],
  ['Litecoin bech32 [christsim]', 'ltc1qg42tkwuuxefutzxezdkdel39gfstuap288mfea', 'Litecoin'],
  ['Litecoin bech32 in capitals [christsim]', 'LTC1QG42TKWUUXEFUTZXEZDKDEL39GFSTUAP288MFEA', 'Litecoin'],
  ['Dogecoin D… [christsim]', 'DPpJVPpvPNP6i6tMj4rTycAGh8wReTqaSU', 'Dogecoin'],
  ['Dogecoin A… [christsim]', 'A7JjzK9k9x5b2MkkQzqt91WZsuu7wTu6iS', 'Dogecoin'],
  ['Bitcoin Cash P2PKH [christsim]', 'qq4v32mtagxac29my6gwj6fd4tmqg8rysu23dax807', 'Bitcoin Cash'],
  ['Bitcoin Cash P2PKH [cashaddr]', 'qpm2qsznhks23z7629mms6s4cwef74vcwvy22gdx6a', 'Bitcoin Cash'],
  ['Bitcoin Cash P2SH [cashaddr]', 'ppm2qsznhks23z7629mms6s4cwef74vcwvn0h829pq', 'Bitcoin Cash'],
  ['Bitcoin Cash in capitals [cashaddr]', 'QPM2QSZNHKS23Z7629MMS6S4CWEF74VCWVY22GDX6A', 'Bitcoin Cash'],
  [
    'Monero standard [christsim]',
    '47zQ5LAivg6hNCgijXSEFVLX7mke1bgM6YGLFaANDoJbgXDymcAAZvvMNt2PmMpqEe5qRy2zyfMYXdwpmdyitiFh84xnPG2',
    'Monero',
  ],
  [
    'Monero subaddress [christsim]',
    '88WB4JKdQVhWfkc8cBT9EEJ6vejSAqKJHbV1dXBAXdpgQovtNDNRxfKCS7wB8rHQ5D5zH2Pd1YkyMNNQDie6ZfeZ311fPgn',
    'Monero',
  ],
  [
    'Monero integrated [christsim]',
    '4Gd4DLiXzBmbVX2FZZ3Cvu6fUaWACup1qDowprUCje1kSP4FmbftiJMSfV8kWZXNqmVwj4m52xqtgFNUudVmsmGkGvkLcCibWfVUfUFVB7',
    'Monero',
  ],
  ['TON base64url [ton-docs]', 'EQDKbjIcfM6ezt8KjKJJLshZJJSqX7XOA4ff-W72r5gqPrHF', 'TON'],
  ['TON base64 [ton-docs]', 'EQAOl3l3CEEcKaPLHz+BDvT4P0HZkIOPf5POcILE/5qgJuR2', 'TON'],
  ['TON raw [ton-docs]', '0:ca6e321c7cce9ecedf0a8ca2492ec8592494aa5fb5ce0387dff96ef6af982a3e', 'TON'],
  ['TON raw masterchain [ton-docs]', '-1:fcb91a3a3816d0f7b8c2c76108b8a9bc5a6b7a55bd79f8ab101c52db29232260', 'TON'],
  ['XRP [christsim]', 'rG1QQv2nh2gr7RCZ1P8YYcBUKCCN633jCn', 'XRP'],
  ['XRP, another [christsim]', 'r3kmLJN5D28dHuH8vZNUZpMC43pEHpaocV', 'XRP'],
  ['Stellar [christsim]', 'GBBM6BKZPEHWYO3E3YKREDPQXMS4VK35YLNU7NFBRI26RAN7GI5POFBB', 'Stellar'],
  ['Stellar, another [christsim]', 'GB7KKHHVYLDIZEKYJPAJUOTBE5E3NJAXPSDZK7O6O44WR3EBRO5HRPVT', 'Stellar'],
  ['BNB Beacon Chain [trust]', 'bnb1grpf0955h0ykzq3ar5nmum7y6gdfl6lxfn46h2', 'BNB Beacon Chain'],
  [
    'Cardano Shelley base address, 103 characters [christsim]',
    'addr1qxy3w62dupy9pzmpdfzxz4k240w5vawyagl5m9djqquyymrtm3grn7gpnjh7rwh2dy62hk8639lt6kzn32yxq960usnq9pexvt',
    'Cardano',
  ],
];

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const BECH32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * The address with one character in its middle changed within its own alphabet (so its shape still fits and
 * only the checksum can reject it); in an EVM address, a letter's case (what EIP-55 checks).
 */
function oneChanged(address: string, kind: WalletKind): string {
  if (kind === 'EVM') {
    const i = address.slice(21).search(/[a-f]/i) + 21;
    const c = address[i];
    return address.slice(0, i) + (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase()) + address.slice(i + 1);
  }
  const i = Math.floor(address.length / 2);
  const c = address[i];
  const alphabet = /^(?:bc1|ltc1|bnb1|addr1|[qp][02-9ac-hj-np-z]{41}$)/i.test(address)
    ? BECH32
    : kind === 'Stellar'
      ? BASE32
      : kind === 'TON'
        ? BASE64URL
        : BASE58;
  const from = alphabet === BECH32 && c !== c.toLowerCase() ? alphabet.toUpperCase() : alphabet;
  return address.slice(0, i) + from[(from.indexOf(c) + 1) % from.length] + address.slice(i + 1);
}

/** A small seeded generator: the "random" strings are the same on every run. */
function seeded(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = seeded(12);
const randomString = (alphabet: string, length: number) =>
  Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');

describe('wallet addresses, confirmed by checksum', () => {
  it.each(PUBLISHED)('finds %s', (name, address, kind) => {
    // (a raw TON address, with no checksum, beside a TON word: see below)
    const text = name.startsWith('TON raw') ? `send it to my TON ${address} please` : `send it to ${address} please`;
    expect(findWallets(text)).toEqual([{ kind, value: address }]);
  });

  it('finds a raw TON address only beside a TON or wallet word (a hash after "0:" has its shape)', () => {
    const hash = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
    expect(findWallets(`The log says: chunk 0:${hash} failed, can you check?`)).toEqual([]);
    expect(findWallets(`built from release 2.1-1:${hash}`)).toEqual([]);
    expect(findWallets(`send USDT to wallet 0:${hash}`)).toEqual([{ kind: 'TON', value: `0:${hash}` }]);
  });

  it('finds a Bitcoin Cash address after its "bitcoincash:" prefix, without the prefix', () => {
    const payload = 'qq4v32mtagxac29my6gwj6fd4tmqg8rysu23dax807';
    expect(findWallets(`BCH: bitcoincash:${payload}`)).toEqual([{ kind: 'Bitcoin Cash', value: payload }]);
  });

  it('finds every address of a message with several, each once', () => {
    const text =
      'USDT (TRC20): TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t, or TON EQDKbjIcfM6ezt8KjKJJLshZJJSqX7XOA4ff-W72r5gqPrHF.\n' +
      'XMR 88WB4JKdQVhWfkc8cBT9EEJ6vejSAqKJHbV1dXBAXdpgQovtNDNRxfKCS7wB8rHQ5D5zH2Pd1YkyMNNQDie6ZfeZ311fPgn; ' +
      'LTC (ltc1qg42tkwuuxefutzxezdkdel39gfstuap288mfea). Again: TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t';
    expect(findWallets(text).map((w) => w.kind)).toEqual(['Tron', 'TON', 'Monero', 'Litecoin']);
  });

  it('finds addresses inside payment links and explorer URLs', () => {
    expect(
      findWallets(
        'ton://transfer/EQDKbjIcfM6ezt8KjKJJLshZJJSqX7XOA4ff-W72r5gqPrHF?amount=1 or ' +
          'bitcoin:1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2?amount=0.1, see https://tronscan.org/#/address/TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t.',
      ),
    ).toEqual([
      { kind: 'TON', value: 'EQDKbjIcfM6ezt8KjKJJLshZJJSqX7XOA4ff-W72r5gqPrHF' },
      { kind: 'Bitcoin', value: '1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2' },
      { kind: 'Tron', value: 'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t' },
    ]);
  });

  it('finds a Solana address only beside a wallet word', () => {
    const sol = '9WzDXwBbmkg8ZTbNMqUxvQRAyrZzDsGYdLVL9zYtAWWM';
    expect(findWallets(`my Solana wallet: ${sol}`)).toEqual([{ kind: 'Solana', value: sol }]);
    expect(findWallets(`build id ${sol}`)).toEqual([]);
  });

  // Every published address with a checksum, one character in its middle changed within its alphabet.
  it.each(
    PUBLISHED.filter(([name]) => !/lower case|TON raw/.test(name)).map(([name, address, kind]) => [
      name,
      oneChanged(address, kind),
    ]),
  )('ignores %s with one character changed (%s)', (_n, broken) => {
    expect(findWallets(`pay ${broken} now`)).toEqual([]);
  });

  it.each([
    ['EVM with a broken checksum', '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD'],
    ['Bitcoin with a wrong character', '1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3'],
    ['bech32 with a broken checksum', 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdx'],
    ['a Tron-shaped random string', 'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6u'],
    ['a long base58-looking id', 'AbCdEfGhJkLmNpQrStUvWxYz123456789ABC'],
    // [christsim]'s invalid cases
    [
      'an invalid Monero address',
      '44643dtxcxjgMWEQLo6mh1c4d9Zxx9GbgK9hEj9iGSiFEryCkbwHyJ3JqxZJRqeC3Hb7ZBLKq5NkaJwR1x95EYnR1bTgN6d',
    ],
    ['an invalid XRP address', 'rG1QQv2nh2gr7RCZ1P8YYcBUKCCN633jCN'],
    [
      'an invalid Cardano address',
      'addr1qxnv5u3vrx2t37h3u27qd5ukgcjmrl4f8mu9f5sza3h20cxsfjh80un9kvlggfcdw8fp5kqp9tztqnee9msd0qsafhdsyqclvl',
    ],
    ['a Bitcoin Cash address one character too long', 'qp3wjpa3tjlj042z2wv7hahsldgwhwy0rq9sywjpyya'],
    ['a Litecoin bech32 address in mixed case', 'ltc1QG42tkwuuxefutzxezdkdel39gfstuap288mfea'],
    ['TON mixing base64 and base64url', 'EQAOl3l3CEEcKaPLHz+BDvT4P0HZkIOPf5POcILE_5qgJuR2'],
    [
      'a TON raw address on a workchain that is neither 0 nor -1',
      '5:ca6e321c7cce9ecedf0a8ca2492ec8592494aa5fb5ce0387dff96ef6af982a3e',
    ],
    // Long ids that are no address
    ['a git commit hash', 'a3f5c9e1b2d4f6a8c0e2b4d6f8a0c2e4b6d8f0a2'],
    ['a git commit hash starting with 4', '4b825dc642cb6eb9a060e54bf8d69288fbee4904'],
    ['a SHA-256 in hex', '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08'],
    ['a UUID without dashes', '123e4567e89b12d3a456426614174000'],
    ['a UUID without dashes, capitals', 'A987FBC9F4BED3078F1A2B9C8D7E6F50'],
    ['a GitHub token', 'ghp_1A2b3C4d5E6f7G8h9I0jKlMnOpQrStUvWxYz'],
    ['a Stripe key', 'sk_live_4eC39HqLyjWDarjtT1zdp7dc51mN2P0qRs'],
    ['an AWS secret key', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'],
    [
      "a JWT (jwt.io's example)",
      'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
    ],
    ['a base64 blob', 'U29tZSByYW5kb20gYmFzZTY0IGRhdGEgdGhhdCBpcyBsb25nIGVub3VnaCB0byBtYXR0ZXI='],
    ['a word of 30 letters', 'Pneumonoultramicroscopicsilicovolcanoconiosis'],
  ])('ignores %s', (_n, text) => {
    expect(findWallets(`ref ${text}`)).toEqual([]);
  });

  // Strings of each kind's shape (start, length, alphabet): only the checksum can tell them apart, and it must.
  it.each([
    ['Litecoin-shaped', () => 'L' + randomString(BASE58, 33)],
    ['Dogecoin-shaped', () => 'D' + randomString(BASE58, 33)],
    ['Tron-shaped', () => 'T' + randomString(BASE58, 33)],
    ['XRP-shaped', () => 'r' + randomString(BASE58, 33)],
    ['Monero-shaped', () => '4' + randomString(BASE58, 94)],
    ['Stellar-shaped', () => 'G' + randomString(BASE32, 55)],
    ['TON-shaped', () => 'EQ' + randomString('ABCD', 1) + randomString(BASE64URL, 45)],
    ['Bitcoin Cash-shaped', () => 'q' + randomString(BECH32, 41)],
    ['BNB Beacon Chain-shaped', () => 'bnb1' + randomString(BECH32, 38)],
    ['Cardano-shaped', () => 'addr1q' + randomString(BECH32, 97)],
    ['Litecoin bech32-shaped', () => 'ltc1q' + randomString(BECH32, 38)],
  ])('ignores 300 random %s strings', (_n, make) => {
    const strings = Array.from({ length: 300 }, make);
    expect(strings.flatMap((s) => findWallets(`to ${s}`))).toEqual([]);
  });

  it('computes CRC-16/XMODEM (its standard check value)', () => {
    expect(crc16xmodem(new TextEncoder().encode('123456789'))).toBe(0x31c3);
  });
});
