/**
 * The writer's own platform account gone or out of use ("my Upwork account has become inactive", "there is a
 * problem with my account"): read by account-switch-request and identity-rental-request, made once so the
 * anchor index holds its concepts once. The account word leads; the phrase is a filter.
 */
import { type Combination, concept, filter } from './cooccur';
import { ACCOUNT, ACCOUNT_LOST, LOST_WORD } from './lexicon';

export const LOST_ACCOUNT: Combination = [concept(ACCOUNT), concept(LOST_WORD), filter(ACCOUNT_LOST.join('|'))];
