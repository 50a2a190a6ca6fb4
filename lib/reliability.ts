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

export const MEASURED_ON = '2026-12-04';

export const RELIABILITY: Readonly<Record<string, Reliability>> = {
  'crypto-payment-request': {
    flags: { right: 26, warned: 28 },
    notes: { right: 4, warned: 21 },
    found: 30,
    requests: 45,
  },
  'alt-payment-request': { flags: { right: 37, warned: 38 }, notes: { right: 9, warned: 14 }, found: 46, requests: 93 },
  'move-off-platform': {
    flags: { right: 333, warned: 351 },
    notes: { right: 57, warned: 75 },
    found: 390,
    requests: 502,
  },
  'ship-equipment-elsewhere': { flags: { right: 1, warned: 1 }, notes: { right: 0, warned: 1 }, found: 1, requests: 6 },
  'account-switch-request': { flags: { right: 8, warned: 8 }, notes: { right: 2, warned: 2 }, found: 10, requests: 23 },
  'identity-rental-request': {
    flags: { right: 27, warned: 27 },
    notes: { right: 11, warned: 14 },
    found: 38,
    requests: 71,
  },
  'avoids-video': { flags: { right: 5, warned: 6 }, notes: { right: 0, warned: 6 }, found: 5, requests: 8 },
  'prepayment-pressure': {
    flags: { right: 52, warned: 61 },
    notes: { right: 31, warned: 48 },
    found: 83,
    requests: 136,
  },
  'remote-access-request': { flags: { right: 6, warned: 6 }, notes: { right: 5, warned: 12 }, found: 11, requests: 25 },
  'recommends-more-workers': { flags: { right: 2, warned: 3 }, notes: { right: 2, warned: 3 }, found: 4, requests: 12 },
};
