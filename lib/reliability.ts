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

export const MEASURED_ON = '2026-12-01';

export const RELIABILITY: Readonly<Record<string, Reliability>> = {
  'crypto-payment-request': {
    flags: { right: 14, warned: 14 },
    notes: { right: 7, warned: 29 },
    found: 21,
    requests: 32,
  },
  'alt-payment-request': { flags: { right: 2, warned: 3 }, notes: { right: 1, warned: 9 }, found: 3, requests: 18 },
  'move-off-platform': {
    flags: { right: 126, warned: 134 },
    notes: { right: 75, warned: 99 },
    found: 201,
    requests: 287,
  },
  'ship-equipment-elsewhere': { flags: { right: 1, warned: 1 }, notes: { right: 0, warned: 1 }, found: 1, requests: 4 },
  'account-switch-request': { flags: { right: 1, warned: 1 }, notes: { right: 0, warned: 0 }, found: 1, requests: 8 },
  'identity-rental-request': {
    flags: { right: 10, warned: 13 },
    notes: { right: 2, warned: 9 },
    found: 12,
    requests: 15,
  },
  'avoids-video': { flags: { right: 4, warned: 5 }, notes: { right: 1, warned: 13 }, found: 5, requests: 9 },
  'prepayment-pressure': { flags: { right: 1, warned: 2 }, notes: { right: 32, warned: 44 }, found: 33, requests: 90 },
  'remote-access-request': { flags: { right: 5, warned: 5 }, notes: { right: 4, warned: 20 }, found: 9, requests: 23 },
  'recommends-more-workers': { flags: { right: 2, warned: 2 }, notes: { right: 1, warned: 1 }, found: 3, requests: 9 },
};
