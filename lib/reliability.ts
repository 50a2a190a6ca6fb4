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
    flags: { right: 33, warned: 37 },
    notes: { right: 4, warned: 23 },
    found: 37,
    requests: 49,
  },
  'alt-payment-request': { flags: { right: 10, warned: 12 }, notes: { right: 8, warned: 13 }, found: 18, requests: 47 },
  'move-off-platform': {
    flags: { right: 359, warned: 379 },
    notes: { right: 51, warned: 69 },
    found: 410,
    requests: 506,
  },
  'ship-equipment-elsewhere': { flags: { right: 1, warned: 1 }, notes: { right: 1, warned: 2 }, found: 2, requests: 8 },
  'account-switch-request': { flags: { right: 1, warned: 1 }, notes: { right: 0, warned: 0 }, found: 1, requests: 22 },
  'identity-rental-request': {
    flags: { right: 29, warned: 31 },
    notes: { right: 3, warned: 9 },
    found: 32,
    requests: 101,
  },
  'avoids-video': { flags: { right: 5, warned: 6 }, notes: { right: 0, warned: 6 }, found: 5, requests: 8 },
  'prepayment-pressure': {
    flags: { right: 59, warned: 69 },
    notes: { right: 33, warned: 51 },
    found: 92,
    requests: 153,
  },
  'remote-access-request': { flags: { right: 4, warned: 4 }, notes: { right: 3, warned: 9 }, found: 7, requests: 20 },
  'recommends-more-workers': { flags: { right: 2, warned: 3 }, notes: { right: 2, warned: 4 }, found: 4, requests: 17 },
};
