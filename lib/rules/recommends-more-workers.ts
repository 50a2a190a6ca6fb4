/** G1 ("recommend … additional DPRK IT workers"): "my friends / my team can also join". Low alone. */
import { type Combination, concept, cooccurring, phrases } from '../text/cooccur';
import { RELATION } from '../text/lexicon';
import { inOrder } from '../text/message';
import { messageFinding } from './finding';
import type { MessageRule } from './types';

const PATTERNS = [
  // "my friends can join"; "our team can work on …" is an agency describing itself, "… can also work" is not.
  /\b(?:my|our)\s+(?:friends?|team(?:mates)?|colleagues?|brothers?|cousins?|partners?|other developers)\b[^.\n]{0,20}\b(?:can|could|will|would|are able to)\s+(?:also\s+)?(?:join|apply|assist)/i,
  /\b(?:my|our)\s+(?:friends?|team(?:mates)?|colleagues?|brothers?|cousins?|partners?|other developers)\b[^.\n]{0,20}\b(?:can|could|will|would|are able to)\s+also\s+(?:help|work|take|start)/i,
  /\bI\s+(?:can|could)\s+(?:bring|introduce|recommend|refer|add)\s+(?:you\s+)?(?:more|other|some|my)\s+(?:developers?|friends?|people|engineers?|team members?|colleagues?)/i,
  /\b(?:I|we)\s+(?:also\s+)?(?:have|has|got|lead|run)\s+(?:a\s+)?team\s+of\s+(?:\w+\s+)?(?:developers?|engineers?|programmers?|designers?)\b[^.\n]{0,40}\b(?:can|could|also|too|as well|ready|available)\b/i,
  /\b(?:my|our)\s+(?:friends?|team(?:mates)?|colleagues?|partners?)\s+(?:are|is)\s+(?:also\s+)?(?:available|free|ready)\b/i,
  /\b(?:wir sind|ich habe)\s+ein\w*\s+team\b[^.\n]{0,40}\b(?:mehr leute|weitere (?:entwickler|leute)|mehr entwickler|stellen|verstärken)\b/i,
  /\bich\s+(?:kann|könnte)\b[^.\n]{0,30}\b(?:kollegen|entwickler|leute|freunde)\s+mitbringen\b/i,
  /\b(?:meine|unsere)\s+(?:freunde|kollegen|teammitglieder|brüder)\b[^.\n]{0,20}\b(?:können|könnten)\s+(?:auch\s+)?(?:mitarbeiten|helfen|einsteigen|mitmachen)/i,
  /\bich\s+(?:kann|könnte)\s+(?:ihnen\s+|dir\s+)?(?:weitere|mehr)\s+(?:entwickler|freunde|leute)\s+(?:empfehlen|vermitteln|bringen)/i,
];

// Order-free, five languages: people the writer knows (or "more developers"), and hiring them too.
const THEIR_PEOPLE = concept(
  ...RELATION,
  String.raw`(?:my|our)\s+(?:\p{L}+\s+)?(?:team|teammates|colleagues|people|developers|engineers)|(?:two|three|four|five|some|other|more)\s+(?:\p{L}+\s+)?(?:friends|developers|engineers|designers|people)`,
  String.raw`(?:mein|meine|unser\p{L}*)\s+team|(?:weitere|mehr|andere|zwei|drei|vier)\s+(?:\p{L}+\s+)?(?:entwickler|leute|freunde|kollegen)`,
  String.raw`(?:mi|mis|nuestro)\s+(?:equipo|compañeros)|(?:dos|tres|otros|más)\s+(?:amigos|desarrolladores|personas|programadores)`,
  String.raw`(?:mon|mes|notre)\s+(?:équipe|collègues)|(?:deux|trois|d[’']autres)\s+(?:amis|développeurs|personnes)`,
  String.raw`(?:minha|meus|nossa)\s+(?:equipe|colegas)|(?:dois|três|outros)\s+(?:amigos|desenvolvedores|pessoas)`,
);
const HIRE_TOO = concept(
  String.raw`hire (?:him|her|them)|hire|join|help|helfen|ayudar|aider|ajudar|onboard|bring|contract|work on|work with|einstell\p{L}*|beauftrag\p{L}*|mitarbeit\p{L}*|einsteig\p{L}*|mitmach\p{L}*|contrat\p{L}*|unirse|unir\p{L}*|trabaj\p{L}*|embauch\p{L}*|engag\p{L}*|rejoindre|travailler|trabalhar|entrar|juntar`,
);
const COMBINATIONS: Combination[] = [
  [
    THEIR_PEOPLE,
    HIRE_TOO,
    concept(String.raw`too|also|as well|more|auch|gleich|noch|también|más|aussi|également|também|mais`),
  ],
];

// Words every phrase needs.
const PHRASES = phrases(
  PATTERNS,
  concept(
    String.raw`friend\p{L}*|team\p{L}*|colleague\p{L}*|brother\p{L}*|cousin\p{L}*|partner\p{L}*|developer\p{L}*|people|engineer\p{L}*|programmer\p{L}*|designer\p{L}*|freunde|kollegen|brüder|entwickler\p{L}*|leute|teammitglieder`,
  ),
);

export const rule: MessageRule = {
  id: 'recommends-more-workers',
  kind: 'message',
  group: 'team',
  check({ message }) {
    const quoted = inOrder(
      message,
      cooccurring(message, PHRASES, { negationAnywhereBefore: true }),
      // A client asking for more people, or someone working alone, is no recommendation.
      cooccurring(message, COMBINATIONS, {
        unless: [
          /\b(?:we need|we are looking|we[’']re looking|do you know|recommend a|wir suchen|buscamos|nous cherchons|procuramos)\b/i,
        ],
      }),
    );
    if (!quoted.length) return undefined;
    return messageFinding(rule.id, 'low', quoted, ['G1 How DPRK IT workers operate (recommending additional workers)']);
  },
};
