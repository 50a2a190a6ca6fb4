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
    flags: { right: 30, warned: 32 },
    notes: { right: 4, warned: 22 },
    found: 34,
    requests: 46,
  },
  'alt-payment-request': { flags: { right: 25, warned: 27 }, notes: { right: 8, warned: 13 }, found: 33, requests: 69 },
  'move-off-platform': {
    flags: { right: 321, warned: 334 },
    notes: { right: 53, warned: 72 },
    found: 374,
    requests: 490,
  },
  'ship-equipment-elsewhere': { flags: { right: 1, warned: 1 }, notes: { right: 0, warned: 1 }, found: 1, requests: 4 },
  'account-switch-request': {
    flags: { right: 14, warned: 14 },
    notes: { right: 7, warned: 7 },
    found: 21,
    requests: 41,
  },
  'identity-rental-request': {
    flags: { right: 19, warned: 20 },
    notes: { right: 6, warned: 9 },
    found: 25,
    requests: 52,
  },
  'avoids-video': { flags: { right: 5, warned: 6 }, notes: { right: 0, warned: 6 }, found: 5, requests: 8 },
  'prepayment-pressure': {
    flags: { right: 46, warned: 59 },
    notes: { right: 24, warned: 37 },
    found: 70,
    requests: 111,
  },
  'remote-access-request': { flags: { right: 5, warned: 5 }, notes: { right: 4, warned: 10 }, found: 9, requests: 21 },
  'recommends-more-workers': { flags: { right: 2, warned: 2 }, notes: { right: 2, warned: 3 }, found: 4, requests: 13 },
};
