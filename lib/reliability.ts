/**
 * How often each message rule was right on real published text nobody here wrote: the held-out sets of
 * tests/corpus/real (scored by totals only), measured with the rules of the date below, apart for the two
 * grades a finding can have (lib/rules/grade.ts): red flags and notes. Shown beside a message finding so a
 * reader can weigh it; a test recomputes these figures from the corpus and fails when the rules change them,
 * so they cannot go stale.
 */
export interface Reliability {
  /** Red flags of this rule that were right, and all its red flags. */
  flags: { right: number; warned: number };
  /** Notes of this rule that were right, and all its notes. */
  notes: { right: number; warned: number };
  /** Risky requests of this kind it found (as a red flag or a note), and all there were. */
  found: number;
  requests: number;
}

export const MEASURED_ON = '2026-12-07';

export const RELIABILITY: Readonly<Record<string, Reliability>> = {
  'crypto-payment-request': {
    flags: { right: 48, warned: 53 },
    notes: { right: 3, warned: 13 },
    found: 51,
    requests: 66,
  },
  'alt-payment-request': {
    flags: { right: 47, warned: 50 },
    notes: { right: 12, warned: 18 },
    found: 59,
    requests: 103,
  },
  'move-off-platform': {
    flags: { right: 434, warned: 463 },
    notes: { right: 93, warned: 131 },
    found: 527,
    requests: 707,
  },
  'ship-equipment-elsewhere': { flags: { right: 1, warned: 1 }, notes: { right: 1, warned: 4 }, found: 2, requests: 6 },
  'account-switch-request': { flags: { right: 6, warned: 6 }, notes: { right: 3, warned: 4 }, found: 9, requests: 21 },
  'identity-rental-request': {
    flags: { right: 28, warned: 31 },
    notes: { right: 6, warned: 9 },
    found: 34,
    requests: 70,
  },
  'avoids-video': { flags: { right: 4, warned: 6 }, notes: { right: 0, warned: 5 }, found: 4, requests: 11 },
  'prepayment-pressure': {
    flags: { right: 103, warned: 112 },
    notes: { right: 53, warned: 76 },
    found: 156,
    requests: 256,
  },
  'remote-access-request': { flags: { right: 8, warned: 9 }, notes: { right: 8, warned: 14 }, found: 16, requests: 37 },
  'recommends-more-workers': { flags: { right: 3, warned: 4 }, notes: { right: 3, warned: 4 }, found: 6, requests: 31 },
};
