/** G1 red flags: "my account was suspended", "hire me on my other account", a contract under another name. */
import { type Combination, concept, cooccurring, phrases } from '../text/cooccur';
import { ACCOUNT, MONEY, RELATION } from '../text/lexicon';
import { inOrder } from '../text/message';
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

// Order-free, five languages: a platform account that was suspended (the writer's own), or work moved to
// another account (theirs or someone else's).
const MINE = concept(String.raw`my|mein\p{L}*|mi|mis|mon|ma|meu|minha|they|sie haben|me`);
const SUSPENDED = concept(
  String.raw`suspend\p{L}*|restrict\p{L}*|banned|ban|closed|limited|blocked|locked|disabled|on hold|under review|gesperrt|eingeschränkt|geschlossen|blockiert|suspendid[oa]|bloquead[oa]|cerrad[oa]|suspendu\p{L}*|bloqu[ée]\p{L}*|ferm[ée]\p{L}*|suspens[oa]|fechad[oa]`,
);
const OTHER_ACCOUNT = concept(
  String.raw`(?:other|second|another|new|backup|spare|old)\s+(?:\p{L}+\s+)?${ACCOUNT}`,
  String.raw`new one|(?:anderes|anderen|zweites|zweiten|neues|neuen)\s+${ACCOUNT}`,
  String.raw`(?:otra|segunda|nueva|otro|segundo|nuevo)\s+${ACCOUNT}|${ACCOUNT}\s+(?:nueva|nuevo|secundari[oa])`,
  String.raw`(?:autre|deuxième|second|seconde|nouveau|nouvel)\s+${ACCOUNT}`,
  String.raw`(?:outra|segunda|nova|outro|novo)\s+${ACCOUNT}`,
  String.raw`(?:${RELATION.join('|')})\s+(?:\p{L}+\s+)?${ACCOUNT}`,
  String.raw`${ACCOUNT}\s+(?:of|de|do|da|von)?\s*(?:${RELATION.join('|')})`,
);
const HIRING = concept(
  String.raw`hire|hiring|contract\p{L}*|offer|invite|invitation|send|working|work from|deliver|beauftrag\p{L}*|vertrag|angebot|schick\p{L}*|umstell\p{L}*|contr[aá]t\p{L}*|oferta|env[ií]\p{L}*|engag\p{L}*|offre|proposta|propuesta|proposition|mand\p{L}*`,
);
const COMBINATIONS: Combination[] = [
  [SUSPENDED, concept(ACCOUNT), MINE, HIRING],
  [OTHER_ACCOUNT, HIRING],
];

// A payment to someone's account is alt-payment-request's; a suspended bank account is not a platform's.
const NOT_PLATFORM = [/\b(?:bank|paypal|payoneer|iban)\b/i, concept(MONEY)];

// Words every phrase needs.
const PHRASES = phrases(PATTERNS, concept(String.raw`account\p{L}*|profile\p{L}*|konto\p{L}*|profil\p{L}*|name\p{L}*`));

export const rule: MessageRule = {
  id: 'account-switch-request',
  kind: 'message',
  group: 'account',
  check({ message }) {
    const quoted = inOrder(
      message,
      cooccurring(message, PHRASES, { negationIsPattern: true }),
      cooccurring(message, COMBINATIONS, { unless: NOT_PLATFORM }),
    );
    if (!quoted.length) return undefined;
    return messageFinding(rule.id, 'high', quoted, ['G1 Red flag indicators (using another account or name)']);
  },
};
