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
    flags: { right: 34, warned: 37 },
    notes: { right: 4, warned: 18 },
    found: 38,
    requests: 50,
  },
  'alt-payment-request': {
    flags: { right: 53, warned: 54 },
    notes: { right: 10, warned: 16 },
    found: 63,
    requests: 118,
  },
  'move-off-platform': {
    flags: { right: 364, warned: 385 },
    notes: { right: 69, warned: 88 },
    found: 433,
    requests: 567,
  },
  'ship-equipment-elsewhere': { flags: { right: 1, warned: 1 }, notes: { right: 1, warned: 3 }, found: 2, requests: 8 },
  'account-switch-request': {
    flags: { right: 10, warned: 10 },
    notes: { right: 2, warned: 2 },
    found: 12,
    requests: 26,
  },
  'identity-rental-request': {
    flags: { right: 36, warned: 37 },
    notes: { right: 6, warned: 9 },
    found: 42,
    requests: 77,
  },
  'avoids-video': { flags: { right: 4, warned: 4 }, notes: { right: 0, warned: 7 }, found: 4, requests: 6 },
  'prepayment-pressure': {
    flags: { right: 56, warned: 61 },
    notes: { right: 34, warned: 49 },
    found: 90,
    requests: 154,
  },
  'remote-access-request': { flags: { right: 6, warned: 6 }, notes: { right: 5, warned: 12 }, found: 11, requests: 27 },
  'recommends-more-workers': { flags: { right: 2, warned: 3 }, notes: { right: 2, warned: 3 }, found: 4, requests: 10 },
};
