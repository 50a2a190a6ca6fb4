/** G1 ("recommend … additional DPRK IT workers"): "my friends / my team can also join". Low alone. */
import { requests } from '../text/message';
import { messageFinding } from './finding';
import type { MessageRule } from './types';

const PATTERNS = [
  /\b(?:my|our)\s+(?:friends?|team(?:mates)?|colleagues?|brothers?|cousins?|partners?|other developers)\b[^.\n]{0,20}\b(?:can|could|will|would|are able to)\s+(?:also\s+)?(?:join|help|work|apply|take|start|assist)/i,
  /\bI\s+(?:can|could)\s+(?:bring|introduce|recommend|refer|add)\s+(?:you\s+)?(?:more|other|some|my)\s+(?:developers?|friends?|people|engineers?|team members?|colleagues?)/i,
  /\b(?:I|we)\s+(?:also\s+)?(?:have|has|got|lead|run)\s+(?:a\s+)?team\s+of\s+(?:\w+\s+)?(?:developers?|engineers?|programmers?|designers?)\b[^.\n]{0,40}\b(?:can|could|also|too|as well|ready|available)\b/i,
  /\b(?:my|our)\s+(?:friends?|team(?:mates)?|colleagues?|partners?)\s+(?:are|is)\s+(?:also\s+)?(?:available|free|ready)\b/i,
  /\b(?:wir sind|ich habe)\s+ein\w*\s+team\b[^.\n]{0,40}\b(?:mehr leute|weitere (?:entwickler|leute)|mehr entwickler|stellen|verstärken)\b/i,
  /\bich\s+(?:kann|könnte)\b[^.\n]{0,30}\b(?:kollegen|entwickler|leute|freunde)\s+mitbringen\b/i,
  /\b(?:meine|unsere)\s+(?:freunde|kollegen|teammitglieder|brüder)\b[^.\n]{0,20}\b(?:können|könnten)\s+(?:auch\s+)?(?:mitarbeiten|helfen|einsteigen|mitmachen)/i,
  /\bich\s+(?:kann|könnte)\s+(?:ihnen\s+|dir\s+)?(?:weitere|mehr)\s+(?:entwickler|freunde|leute)\s+(?:empfehlen|vermitteln|bringen)/i,
];

// Words one of the patterns needs: a text without any is not examined further.
const GATE =
  /friend|team|colleague|brother|cousin|partner|developer|people|engineer|freunde|kollegen|brüder|entwickler|leute/i;

export const rule: MessageRule = {
  id: 'recommends-more-workers',
  kind: 'message',
  group: 'team',
  check({ message }) {
    const quoted = requests(message, PATTERNS, { gate: GATE });
    if (!quoted.length) return undefined;
    return messageFinding(rule.id, 'low', quoted, ['G1 How DPRK IT workers operate (recommending additional workers)']);
  },
};
