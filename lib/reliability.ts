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
    flags: { right: 31, warned: 33 },
    notes: { right: 4, warned: 22 },
    found: 35,
    requests: 49,
  },
  'alt-payment-request': { flags: { right: 39, warned: 41 }, notes: { right: 9, warned: 15 }, found: 48, requests: 96 },
  'move-off-platform': {
    flags: { right: 346, warned: 363 },
    notes: { right: 53, warned: 72 },
    found: 399,
    requests: 524,
  },
  'ship-equipment-elsewhere': { flags: { right: 1, warned: 1 }, notes: { right: 0, warned: 1 }, found: 1, requests: 6 },
  'account-switch-request': {
    flags: { right: 17, warned: 17 },
    notes: { right: 7, warned: 7 },
    found: 24,
    requests: 47,
  },
  'identity-rental-request': {
    flags: { right: 26, warned: 27 },
    notes: { right: 8, warned: 11 },
    found: 34,
    requests: 65,
  },
  'avoids-video': { flags: { right: 5, warned: 6 }, notes: { right: 0, warned: 6 }, found: 5, requests: 8 },
  'prepayment-pressure': {
    flags: { right: 53, warned: 67 },
    notes: { right: 28, warned: 43 },
    found: 81,
    requests: 131,
  },
  'remote-access-request': { flags: { right: 6, warned: 6 }, notes: { right: 5, warned: 12 }, found: 11, requests: 25 },
  'recommends-more-workers': { flags: { right: 2, warned: 2 }, notes: { right: 2, warned: 3 }, found: 4, requests: 13 },
};
