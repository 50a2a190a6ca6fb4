/**
 * CRC-16/XMODEM (polynomial 0x1021, initial value 0, no reflection): the checksum of TON's user-friendly and
 * Stellar's account addresses. Neither @noble/hashes nor @scure/base has it, and it is a few lines.
 */
export function crc16xmodem(bytes: Uint8Array, end = bytes.length): number {
  let crc = 0;
  for (let i = 0; i < end; i++) {
    crc ^= bytes[i] << 8;
    for (let bit = 0; bit < 8; bit++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}
