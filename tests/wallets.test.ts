import { describe, expect, it } from 'vitest';
import { findWallets } from '../lib/text/wallets';

describe('wallet addresses, confirmed by checksum', () => {
  it.each([
    ['EVM lower case', '0x52908400098527886e0f7030069857d2e4169ee7', 'EVM'],
    ['EVM with a valid EIP-55 checksum', '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed', 'EVM'],
    ['Bitcoin P2PKH', '1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2', 'Bitcoin'],
    ['Bitcoin P2SH', '3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy', 'Bitcoin'],
    ['Bitcoin bech32', 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq', 'Bitcoin'],
    ['Bitcoin bech32m (taproot)', 'bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297', 'Bitcoin'],
    ['Tron', 'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t', 'Tron'],
  ])('finds %s', (_n, address, kind) => {
    expect(findWallets(`send it to ${address} please`)).toEqual([{ kind, value: address }]);
  });

  it('finds a Solana address only beside a wallet word', () => {
    const sol = '9WzDXwBbmkg8ZTbNMqUxvQRAyrZzDsGYdLVL9zYtAWWM';
    expect(findWallets(`my Solana wallet: ${sol}`)).toEqual([{ kind: 'Solana', value: sol }]);
    expect(findWallets(`build id ${sol}`)).toEqual([]);
  });

  it.each([
    ['EVM with a broken checksum', '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD'],
    ['Bitcoin with a wrong character', '1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3'],
    ['bech32 with a broken checksum', 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdx'],
    ['a Tron-shaped random string', 'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6u'],
    ['a git commit hash', 'a3f5c9e1b2d4f6a8c0e2b4d6f8a0c2e4b6d8f0a2'],
    ['a long base58-looking id', 'AbCdEfGhJkLmNpQrStUvWxYz123456789ABC'],
  ])('ignores %s', (_n, text) => {
    expect(findWallets(`ref ${text}`)).toEqual([]);
  });
});
