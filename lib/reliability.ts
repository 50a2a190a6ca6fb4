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

export const MEASURED_ON = '2026-12-03';

export const RELIABILITY: Readonly<Record<string, Reliability>> = {
  'crypto-payment-request': {
    flags: { right: 25, warned: 27 },
    notes: { right: 4, warned: 21 },
    found: 29,
    requests: 41,
  },
  'alt-payment-request': { flags: { right: 2, warned: 4 }, notes: { right: 7, warned: 12 }, found: 9, requests: 24 },
  'move-off-platform': {
    flags: { right: 316, warned: 334 },
    notes: { right: 47, warned: 62 },
    found: 363,
    requests: 444,
  },
  'ship-equipment-elsewhere': { flags: { right: 1, warned: 1 }, notes: { right: 0, warned: 1 }, found: 1, requests: 6 },
  'account-switch-request': { flags: { right: 1, warned: 1 }, notes: { right: 0, warned: 0 }, found: 1, requests: 7 },
  'identity-rental-request': {
    flags: { right: 22, warned: 24 },
    notes: { right: 7, warned: 12 },
    found: 29,
    requests: 67,
  },
  'avoids-video': { flags: { right: 5, warned: 6 }, notes: { right: 0, warned: 6 }, found: 5, requests: 8 },
  'prepayment-pressure': {
    flags: { right: 52, warned: 63 },
    notes: { right: 33, warned: 50 },
    found: 85,
    requests: 137,
  },
  'remote-access-request': { flags: { right: 4, warned: 4 }, notes: { right: 3, warned: 9 }, found: 7, requests: 20 },
  'recommends-more-workers': { flags: { right: 2, warned: 2 }, notes: { right: 2, warned: 3 }, found: 4, requests: 16 },
};
