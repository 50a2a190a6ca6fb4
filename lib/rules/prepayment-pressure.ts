/** G1 red flags; G3 (repeated prepayment requests): payment before delivery, upfront deposits. */
import { requests } from '../text/message';
import { messageFinding } from './finding';
import type { MessageRule } from './types';

const PATTERNS = [
  /\b(?:pay|send|transfer|need|require|want)\b[^.\n]{0,30}\b(?:upfront|up-front|in advance|beforehand|before (?:I|we) (?:start|begin|deliver|send)|before starting|before delivery|a deposit|the deposit|\d{1,3}\s?% (?:upfront|in advance|first|before))/i,
  /\b(?:upfront|advance|up-front)\s+payment\b/i,
  /\b(?:full|entire|whole)\s+(?:payment|amount)\s+(?:first|now|before)\b/i,
  /\b(?:vorauszahlung|vorkasse|im voraus (?:bezahl\w*|zahl\w*|überweis\w*)|anzahlung\s+(?:vor|bevor))/i,
  // "zahle 50 % im Voraus", "die Hälfte vorab"
  /\b(?:zahl\w*|bezahl\w*|überweis\w*)\b[^.\n]{0,30}\b(?:im voraus|vorab|vorher)\b/i,
  /\b(?:die hälfte|\d{1,3}\s?%)\s+(?:im voraus|vorab)\b/i,
];

// Words one of the patterns needs: a text without any is not examined further.
const GATE =
  /upfront|up-front|advance|beforehand|before|deposit|%|first|vorauszahlung|vorkasse|voraus|vorab|vorher|anzahlung/i;

export const rule: MessageRule = {
  id: 'prepayment-pressure',
  kind: 'message',
  group: 'payment',
  check({ message }) {
    const quoted = requests(message, PATTERNS, {
      gate: GATE,
      // Funding a milestone in the platform's escrow is the platform's own protection.
      unless: [
        /\b(?:escrow|fund(?:ed|ing)? the milestone|treuhand)\b/i,
        // Said not to be needed, or a feature to build.
        /\b(?:not needed|not required|no need|nicht nötig|nicht erforderlich|feature|function|funktion\w*|checkout|shop)\b/i,
      ],
    });
    if (!quoted.length) return undefined;
    return messageFinding(rule.id, 'medium', quoted, [
      'G1 Red flag indicators (payment before delivery)',
      'G3 (repeated prepayment requests)',
    ]);
  },
};
