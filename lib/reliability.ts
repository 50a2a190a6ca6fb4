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
    flags: { right: 27, warned: 29 },
    notes: { right: 5, warned: 22 },
    found: 32,
    requests: 47,
  },
  'alt-payment-request': { flags: { right: 3, warned: 4 }, notes: { right: 10, warned: 16 }, found: 13, requests: 45 },
  'move-off-platform': {
    flags: { right: 308, warned: 331 },
    notes: { right: 54, warned: 73 },
    found: 362,
    requests: 453,
  },
  'ship-equipment-elsewhere': { flags: { right: 1, warned: 1 }, notes: { right: 0, warned: 2 }, found: 1, requests: 4 },
  'account-switch-request': { flags: { right: 1, warned: 2 }, notes: { right: 0, warned: 1 }, found: 1, requests: 7 },
  'identity-rental-request': {
    flags: { right: 12, warned: 13 },
    notes: { right: 1, warned: 3 },
    found: 13,
    requests: 46,
  },
  'avoids-video': { flags: { right: 5, warned: 6 }, notes: { right: 0, warned: 6 }, found: 5, requests: 10 },
  'prepayment-pressure': {
    flags: { right: 64, warned: 75 },
    notes: { right: 43, warned: 63 },
    found: 107,
    requests: 184,
  },
  'remote-access-request': { flags: { right: 6, warned: 6 }, notes: { right: 3, warned: 10 }, found: 9, requests: 20 },
  'recommends-more-workers': { flags: { right: 2, warned: 2 }, notes: { right: 1, warned: 2 }, found: 3, requests: 17 },
};
