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
    flags: { right: 41, warned: 44 },
    notes: { right: 4, warned: 18 },
    found: 45,
    requests: 57,
  },
  'alt-payment-request': {
    flags: { right: 54, warned: 56 },
    notes: { right: 11, warned: 17 },
    found: 65,
    requests: 124,
  },
  'move-off-platform': {
    flags: { right: 385, warned: 406 },
    notes: { right: 72, warned: 91 },
    found: 457,
    requests: 602,
  },
  'ship-equipment-elsewhere': { flags: { right: 1, warned: 1 }, notes: { right: 1, warned: 3 }, found: 2, requests: 8 },
  'account-switch-request': {
    flags: { right: 10, warned: 10 },
    notes: { right: 3, warned: 3 },
    found: 13,
    requests: 27,
  },
  'identity-rental-request': {
    flags: { right: 37, warned: 38 },
    notes: { right: 6, warned: 8 },
    found: 43,
    requests: 79,
  },
  'avoids-video': { flags: { right: 4, warned: 4 }, notes: { right: 0, warned: 7 }, found: 4, requests: 7 },
  'prepayment-pressure': {
    flags: { right: 62, warned: 68 },
    notes: { right: 46, warned: 61 },
    found: 108,
    requests: 189,
  },
  'remote-access-request': { flags: { right: 6, warned: 6 }, notes: { right: 7, warned: 13 }, found: 13, requests: 29 },
  'recommends-more-workers': { flags: { right: 2, warned: 3 }, notes: { right: 2, warned: 3 }, found: 4, requests: 13 },
};
