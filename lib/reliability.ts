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
    notes: { right: 4, warned: 18 },
    found: 30,
    requests: 42,
  },
  'alt-payment-request': {
    flags: { right: 49, warned: 50 },
    notes: { right: 9, warned: 15 },
    found: 58,
    requests: 113,
  },
  'move-off-platform': {
    flags: { right: 302, warned: 320 },
    notes: { right: 60, warned: 79 },
    found: 362,
    requests: 495,
  },
  'ship-equipment-elsewhere': { flags: { right: 1, warned: 1 }, notes: { right: 0, warned: 1 }, found: 1, requests: 6 },
  'account-switch-request': { flags: { right: 8, warned: 8 }, notes: { right: 2, warned: 2 }, found: 10, requests: 25 },
  'identity-rental-request': {
    flags: { right: 27, warned: 28 },
    notes: { right: 11, warned: 14 },
    found: 38,
    requests: 73,
  },
  'avoids-video': { flags: { right: 4, warned: 4 }, notes: { right: 0, warned: 6 }, found: 4, requests: 6 },
  'prepayment-pressure': {
    flags: { right: 50, warned: 55 },
    notes: { right: 32, warned: 44 },
    found: 82,
    requests: 136,
  },
  'remote-access-request': { flags: { right: 6, warned: 6 }, notes: { right: 5, warned: 12 }, found: 11, requests: 25 },
  'recommends-more-workers': { flags: { right: 2, warned: 3 }, notes: { right: 2, warned: 3 }, found: 4, requests: 10 },
};
