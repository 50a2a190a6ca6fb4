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
    flags: { right: 52, warned: 55 },
    notes: { right: 4, warned: 19 },
    found: 56,
    requests: 68,
  },
  'alt-payment-request': {
    flags: { right: 55, warned: 57 },
    notes: { right: 11, warned: 17 },
    found: 66,
    requests: 126,
  },
  'move-off-platform': {
    flags: { right: 421, warned: 447 },
    notes: { right: 80, warned: 100 },
    found: 501,
    requests: 657,
  },
  'ship-equipment-elsewhere': { flags: { right: 1, warned: 1 }, notes: { right: 1, warned: 4 }, found: 2, requests: 8 },
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
  'avoids-video': { flags: { right: 4, warned: 4 }, notes: { right: 0, warned: 8 }, found: 4, requests: 8 },
  'prepayment-pressure': {
    flags: { right: 74, warned: 82 },
    notes: { right: 57, warned: 74 },
    found: 131,
    requests: 224,
  },
  'remote-access-request': { flags: { right: 6, warned: 6 }, notes: { right: 9, warned: 16 }, found: 15, requests: 34 },
  'recommends-more-workers': { flags: { right: 2, warned: 3 }, notes: { right: 2, warned: 3 }, found: 4, requests: 17 },
};
