/**
 * How often each message rule was right on real published text nobody here wrote: the four held-out sets of
 * tests/corpus/real (1,127 passages, scored by totals only), measured with the rules of 2026-12-01. Shown beside
 * a message finding so a reader can weigh it; a test recomputes these figures from the corpus and fails when
 * the rules change them, so they cannot go stale.
 */
export interface Reliability {
  /** Warnings of this rule that were right, and all its warnings. */
  right: number;
  warned: number;
  /** Risky requests of this kind it found, and all there were. */
  found: number;
  requests: number;
}

export const MEASURED_ON = '2026-12-01';

export const RELIABILITY: Readonly<Record<string, Reliability>> = {
  'crypto-payment-request': { right: 19, warned: 36, found: 19, requests: 31 },
  'alt-payment-request': { right: 3, warned: 7, found: 3, requests: 15 },
  'move-off-platform': { right: 154, warned: 178, found: 154, requests: 221 },
  'ship-equipment-elsewhere': { right: 1, warned: 2, found: 1, requests: 4 },
  'account-switch-request': { right: 1, warned: 1, found: 1, requests: 8 },
  'identity-rental-request': { right: 12, warned: 21, found: 12, requests: 15 },
  'avoids-video': { right: 5, warned: 16, found: 5, requests: 9 },
  'prepayment-pressure': { right: 14, warned: 23, found: 14, requests: 43 },
  'remote-access-request': { right: 7, warned: 20, found: 7, requests: 16 },
  'recommends-more-workers': { right: 3, warned: 3, found: 3, requests: 9 },
};
