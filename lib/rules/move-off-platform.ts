/**
 * G1 red flags; G1 annex (accounts go "off-site"): invites moving the conversation to a messenger, personal
 * e-mail or phone. An invitation verb and a channel are needed: "the telegram bot" is not an invitation.
 */
import { type Combination, concept, cooccurring, phrases } from '../text/cooccur';
import { inOrder } from '../text/message';
import { messageFinding } from './finding';
import type { MessageRule } from './types';

const CHANNEL = String.raw`(?:telegram|tg|whats\s?app|discord|skype|signal|wechat|viber|line app|e-?mail|gmail|my (?:personal )?(?:email|e-mail|phone|number)|phone|sms|text message)`;
const PATTERNS = [
  // "let's continue on Telegram", "add me on WhatsApp", "contact me via email"
  new RegExp(
    String.raw`\b(?:contact|message|msg|reach|add|text|talk|chat|continue|move|write|ping|call|discuss|communicate|connect|dm)\b[^.\n]{0,30}\b(?:on|via|over|through|by|in|to|at)\s+${CHANNEL}\b`,
    'i',
  ),
  new RegExp(
    String.raw`\b${CHANNEL}\b\s*(?:is|:|-)?\s*(?:@[A-Za-z0-9_]{4,}|\+?\d[\d\s().-]{6,}\d|[\w.+-]+@[\w-]+\.[\w.]+)`,
    'i',
  ),
  /\b(?:t\.me|wa\.me|discord\.gg)\/\S+/i,
  // German: "schreib mir auf Telegram", "lass uns auf WhatsApp weiterreden", "kontaktieren Sie mich per WhatsApp"
  new RegExp(
    String.raw`\b(?:schreib\w*|schick\w*|kontaktier\w*|meld\w*|ruf\w*|lass uns|erreich\w*|add\w*|hinzufüg\w*)\b[^.\n]{0,30}(?:^|\s)(?:auf|über|per|via|bei)\s+${CHANNEL}\b`,
    'i',
  ),
];

// Order-free, five languages: a messenger (or personal e-mail) and a word inviting the reader to it.
const MESSENGER = concept(
  String.raw`telegram|whats\s?app|discord|skype|signal|wechat|viber|line app|personal e-?mail|private e-?mail|gmail|e-?mail me|mi correo|correo personal|correo privado|mon courriel|courriel personnel|mon adresse e-?mail|meu e-?mail|e-?mail pessoal`,
);
const INVITE = concept(
  String.raw`contact\p{L}*|message me|msg me|reach me|add me|text me|talk|chat|continue|move|switch|write me|ping me|call me|dm me|drop me|hit me up|let[’']?s|let us|can we|could we|shall we|better we|take this|outside|off the platform|off-platform|schreib\p{L}*|kontaktier\p{L}*|meld\p{L}*|ruf\p{L}*|hinzufüg\p{L}*|weiter\p{L}*|lass uns|lassen sie uns|können wir|erreichbar|escr[ií]b\p{L}*|cont[aá]ct\p{L}*|habl\p{L}*|h[aá]blame|sigamos|seguimos|agr[eé]ga\p{L}*|añ[aá]d\p{L}*|ll[aá]m\p{L}*|mensaje\p{L}*|écri\p{L}*|ajout\p{L}*|parlons|continu\p{L}*|passons|joign\p{L}*|on peut|chama|me chama|fala|fal[ae]\p{L}*|escreve\p{L}*|adiciona|me add|vamos|conversar|conversamos`,
);
const COMBINATIONS: Combination[] = [[MESSENGER, INVITE]];
const WORK = concept(
  String.raw`bot\p{L}*|app|aplicación|aplicativo|notifica\p{L}*|benachrichtig\p{L}*|envía notificaciones|integra\p{L}*|develop\p{L}*|entwickl\p{L}*|desarroll\p{L}*|développ\p{L}*|desenvolv\p{L}*`,
);

// Words every phrase needs.
const PHRASES = phrases(
  PATTERNS,
  concept(
    String.raw`telegram|tg|whats\p{L}*|discord\p{L}*|skype|signal|wechat|viber|line|e|email\p{L}*|mail\p{L}*|gmail|my|phone|sms|text|t|wa`,
  ),
);

// Addresses in the domains kept for examples (RFC 2606: "yourname@example.com") reach nobody.
const PLACEHOLDER = /@[\w.-]*\bexample\.(?:com|org|net)\b|@[\w.-]+\.(?:example|test|invalid|localhost)\b/i;

export const rule: MessageRule = {
  id: 'move-off-platform',
  kind: 'message',
  group: 'contact',
  check({ message }) {
    // Talk about building for these channels is work, not an invitation.
    const unless = [/\b(?:bot|bots|api|integration|app development|channel admin)\b/i, WORK, PLACEHOLDER];
    const quoted = inOrder(
      message,
      cooccurring(message, PHRASES, { negationAnywhereBefore: true, unless }),
      cooccurring(message, COMBINATIONS, { unless }),
    );
    if (!quoted.length) return undefined;
    return messageFinding(rule.id, 'medium', quoted, [
      'G1 Red flag indicators (requests to communicate off the platform)',
      'G1 Annex (accounts go "off-site")',
    ]);
  },
};
