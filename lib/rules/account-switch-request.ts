/** G1 red flags: "my account was suspended", "hire me on my other account", a contract under another name. */
import { requests } from '../text/message';
import { messageFinding } from './finding';
import type { MessageRule } from './types';

const PATTERNS = [
  /\bmy\s+(?:\w+\s+)?(?:account|profile)\s+(?:was|got|has been|is|have been)\s+(?:suspended|restricted|banned|closed|limited|blocked|locked|disabled|on hold)/i,
  /\b(?:hire|contract|invite|use|offer|send (?:the |an? |me )?(?:offer|contract|invite|invitation))\b[^.\n]{0,25}?\b(?:on|through|via|to|under)\s+my\s+(?:other|second|another|new|friend[’']?s|partner[’']?s|brother[’']?s|backup|team)\s+(?:account|profile)/i,
  /\b(?:contract|offer|account)\s+(?:under|in)\s+(?:a different|another|my friend[’']?s|my partner[’']?s|my brother[’']?s)\s+name/i,
  /\b(?:use|try|go through)\s+my\s+(?:other|second|another|new|backup)\s+(?:account|profile)\b[^.\n]{0,30}\b(?:hire|contract|pay|offer|invite|work)/i,
  /\bmein\s+(?:\w+\s+)?(?:konto|account|profil)\s+(?:wurde|ist)\s+(?:gesperrt|eingeschränkt|geschlossen|blockiert)/i,
  // No \b before "über": JavaScript's \b only knows ASCII letters.
  /(?:^|\s)(?:über|auf)\s+mein(?:em)?\s+(?:anderes|anderen|zweites|zweiten|neues|neuen)\s+(?:konto|account|profil)/i,
];

// Words one of the patterns needs: a text without any is not examined further.
const GATE = /account|profile|konto|profil|name/i;

export const rule: MessageRule = {
  id: 'account-switch-request',
  kind: 'message',
  group: 'account',
  check({ message }) {
    const quoted = requests(message, PATTERNS, { gate: GATE, negationIsPattern: true });
    if (!quoted.length) return undefined;
    return messageFinding(rule.id, 'high', quoted, ['G1 Red flag indicators (using another account or name)']);
  },
};
