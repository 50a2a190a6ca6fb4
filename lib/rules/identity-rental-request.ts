/**
 * G1 red flags and "How DPRK IT workers operate"; ROK advisory: asks to borrow or rent an ID, personal data,
 * bank details or a platform account, or needs a "US/EU partner account to bid".
 */
import { requests } from '../text/message';
import { messageFinding } from './finding';
import type { MessageRule } from './types';

const ITEM = String.raw`(?:id|id card|identity|identification|passport|driver[’']?s licen[sc]e|ssn|social security number|account|bank account|upwork account|freelancer account|profile|personal (?:data|details|information|info)|name and address|credentials)`;
const PATTERNS = [
  new RegExp(
    String.raw`\b(?:rent|borrow|lend|use|share|buy)\b[^.\n]{0,20}\b(?:your|an?|someone[’']?s)\s+(?!own\b)(?:\w+\s+)?${ITEM}\b`,
    'i',
  ),
  new RegExp(
    String.raw`\b(?:pay|give|offer)\s+you\b[^.\n]{0,40}\b(?:for|to)\s+(?:using|use|access|renting|rent|borrow\w*|lend\w*)\b[^.\n]{0,20}\b(?:your|the)\s+(?:\w+\s+)?${ITEM}\b`,
    'i',
  ),
  /\b(?:let|lets|allow|allows)\s+me\s+(?:to\s+)?use\s+(?:your|their|his|her)\s+(?:\w+\s+)?(?:account|profile|identity|id|bank account|name)\b/i,
  /\bneed\s+(?:a|an|your)\s+(?:us|usa|american|european|eu|uk|british|canadian|german)\s+(?:partner|person|citizen|account|profile|resident|identity)\b/i,
  /\b(?:leih\w*|miet\w*|verleih\w*|nutz\w*)\b[^.\n]{0,30}\b(?:dein\w*|ihr\w*)\s+(?:ausweis\w*|personalausweis\w*|konto|bankkonto|account|identität|pass)\b/i,
  // German puts the verb last: "dein Konto mieten", "Ihr Bankkonto nutzen".
  /\b(?:dein\w*|ihr\w*)\s+(?:ausweis\w*|personalausweis\w*|konto|bankkonto|account|identität|pass)\b[^.\n]{0,30}\b(?:leih\w*|miet\w*|nutz\w*|verwend\w*|benutz\w*)/i,
];

// Words one of the patterns needs: a text without any is not examined further.
const GATE = /rent|borrow|lend|use|share|buy|pay|give|offer|need|leih|miet|nutz|verwend|benutz/i;

export const rule: MessageRule = {
  id: 'identity-rental-request',
  kind: 'message',
  group: 'identity',
  check({ message }) {
    const quoted = requests(message, PATTERNS, { gate: GATE });
    if (!quoted.length) return undefined;
    return messageFinding(rule.id, 'high', quoted, [
      'G1 Red flag indicators and How DPRK IT workers operate (renting identities and accounts)',
    ]);
  },
};
