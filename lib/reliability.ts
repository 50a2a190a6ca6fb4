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
    flags: { right: 25, warned: 29 },
    notes: { right: 4, warned: 23 },
    found: 29,
    requests: 41,
  },
  'alt-payment-request': { flags: { right: 2, warned: 5 }, notes: { right: 7, warned: 13 }, found: 9, requests: 26 },
  'move-off-platform': {
    flags: { right: 356, warned: 387 },
    notes: { right: 51, warned: 75 },
    found: 407,
    requests: 494,
  },
  'ship-equipment-elsewhere': { flags: { right: 1, warned: 1 }, notes: { right: 0, warned: 1 }, found: 1, requests: 9 },
  'account-switch-request': { flags: { right: 2, warned: 2 }, notes: { right: 0, warned: 0 }, found: 2, requests: 9 },
  'identity-rental-request': {
    flags: { right: 27, warned: 29 },
    notes: { right: 6, warned: 15 },
    found: 33,
    requests: 94,
  },
  'avoids-video': { flags: { right: 5, warned: 6 }, notes: { right: 0, warned: 6 }, found: 5, requests: 8 },
  'prepayment-pressure': {
    flags: { right: 53, warned: 66 },
    notes: { right: 37, warned: 58 },
    found: 90,
    requests: 149,
  },
  'remote-access-request': { flags: { right: 4, warned: 4 }, notes: { right: 4, warned: 10 }, found: 8, requests: 21 },
  'recommends-more-workers': { flags: { right: 2, warned: 2 }, notes: { right: 2, warned: 3 }, found: 4, requests: 17 },
};
