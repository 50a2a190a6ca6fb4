/**
 * Bitcoin Cash's CashAddr checksum (the spec's 40-bit BCH code over the prefix and the payload,
 * github.com/bitcoincashorg/bitcoincash.org spec/cashaddr.md). Not in @scure/base, whose bech32 uses a 30-bit
 * code; the polymod is the spec's, line for line.
 */
const CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const GENERATORS = [0x98f2bc8e61n, 0x79b76d99e2n, 0xf33e5fb3c4n, 0xae2eabe2a8n, 0x1e4f43e470n];

/** Whether `payload` (the part after "bitcoincash:", lower case, its 8 checksum characters included) checks. */
export function isCashAddrPayload(payload: string, prefix = 'bitcoincash'): boolean {
  let c = 1n;
  const step = (d: number) => {
    const top = c >> 35n;
    c = ((c & 0x07ffffffffn) << 5n) ^ BigInt(d);
    for (let i = 0; i < 5; i++) if ((top >> BigInt(i)) & 1n) c ^= GENERATORS[i];
  };
  for (let i = 0; i < prefix.length; i++) step(prefix.charCodeAt(i) & 31);
  step(0);
  for (const ch of payload) {
    const d = CHARSET.indexOf(ch);
    if (d < 0) return false;
    step(d);
  }
  return c === 1n;
}
