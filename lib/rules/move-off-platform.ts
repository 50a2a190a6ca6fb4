/**
 * G1 red flags; G1 annex (accounts go "off-site"): invites moving the conversation to a messenger, personal
 * e-mail or phone. An invitation and a channel are needed: "the telegram bot" is not an invitation. Five
 * languages, any word order (lib/text/cooccur.ts).
 */
import { type Combination, concept, cooccurring } from '../text/cooccur';
import { messageFinding } from './finding';
import type { MessageRule } from './types';

// Order-free, five languages: a messenger (or personal e-mail) and a word inviting the reader to it.
const MESSENGER = concept(
  String.raw`telegram|whats\s?app|discord|skype|signal|wechat|viber|line app|personal e-?mail|private e-?mail|gmail|e-?mail me|mi correo|correo personal|correo privado|mon courriel|courriel personnel|mon adresse e-?mail|meu e-?mail|e-?mail pessoal`,
);
const INVITE = concept(
  String.raw`contact\p{L}*|message me|msg me|reach me|add me|text me|talk|chat|continue|move|switch|write me|ping me|call me|dm me|drop me|hit me up|let[’']?s|let us|can we|could we|shall we|better we|take this|outside|off the platform|off-platform|schreib\p{L}*|kontaktier\p{L}*|meld\p{L}*|ruf\p{L}*|hinzufüg\p{L}*|weiter\p{L}*|lass uns|lassen sie uns|können wir|erreichbar|escr[ií]b\p{L}*|cont[aá]ct\p{L}*|habl\p{L}*|h[aá]blame|sigamos|seguimos|agr[eé]ga\p{L}*|añ[aá]d\p{L}*|ll[aá]m\p{L}*|mensaje\p{L}*|écri\p{L}*|ajout\p{L}*|parlons|continu\p{L}*|passons|joign\p{L}*|on peut|chama|me chama|fala|fal[ae]\p{L}*|escreve\p{L}*|adiciona|me add|vamos|conversar|conversamos`,
);
// Any channel, for a direct "contact me by …" or a handle given.
const CHANNEL = concept(
  String.raw`telegram|tg|whats\s?app|discord|skype|signal|wechat|viber|line app|e-?mail|gmail|phone|sms|text message|my number|correo|courriel|telefon|teléfono|téléphone|telefone|celular|handy`,
);
const CONTACT_ME = concept(
  String.raw`contact me|write me|write to me|email me|e-mail me|text me|call me|reach me|message me|kontaktieren sie mich|kontaktier mich|schreib(?:en sie)? mir|schick(?:en sie)? mir|ruf(?:en sie)? mich|melde dich|melden sie sich|escr[ií]beme|cont[aá]ctame|ll[aá]mame|écrivez-moi|écris-moi|contactez-moi|appelez-moi|me escreve|me chama|me liga|entre em contato`,
);
const HANDLE = concept(
  // Runs start only where a run starts: from every letter of a long word they would take quadratic time.
  String.raw`@[A-Za-z0-9_]{4,}|(?<![\d+])\+?\d[\d\s().-]{6,}\d|(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.]+|live:[\w.:-]+|(?<!\w)\w+#\d{4}`,
);
const COMBINATIONS: Combination[] = [
  [MESSENGER, INVITE],
  [CHANNEL, CONTACT_ME],
  // "let's talk by phone", "we can discuss over e-mail", "bitte schreiben Sie mir per Mail" — asked for
  [
    CHANNEL,
    concept(
      String.raw`let[’']?s|let us|can we|could we|shall we|we can|please|better|prefer\p{L}*|lass uns|können wir|wir können|bitte|lieber|podemos|prefiero|mejor|on peut|pouvons|préf[eè]r\p{L}*|vamos|prefiro|melhor`,
    ),
    concept(
      String.raw`(?:talk|chat|discuss|continue|communicate|connect|move|switch|write|message|ping|reach|call|text|add)\s+(?:\p{L}+\s+){0,3}?(?:on|via|over|through|by|in|to|at)|(?:schreib\p{L}*|kontaktier\p{L}*|meld\p{L}*|ruf\p{L}*|erreich\p{L}*)\s+(?:\p{L}+\s+){0,3}?(?:auf|über|per|via|bei)`,
    ),
  ],
  // "Telegram: @dev_martin", "WhatsApp +1 415 555 0134", "my handle is devmartin#2231"
  [CHANNEL, HANDLE],
  [concept(String.raw`t\.me/\S+|wa\.me/\S+|discord\.gg/\S+`)],
];
const WORK = concept(
  String.raw`bot\p{L}*|app|aplicación|aplicativo|notifica\p{L}*|benachrichtig\p{L}*|envía notificaciones|integra\p{L}*|develop\p{L}*|entwickl\p{L}*|desarroll\p{L}*|développ\p{L}*|desenvolv\p{L}*`,
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
    const quoted = cooccurring(message, COMBINATIONS, { unless });
    if (!quoted.length) return undefined;
    return messageFinding(rule.id, 'medium', quoted, [
      'G1 Red flag indicators (requests to communicate off the platform)',
      'G1 Annex (accounts go "off-site")',
    ]);
  },
};
