/**
 * G1 red flags; G1 annex (accounts go "off-site"): invites moving the conversation to a messenger, personal
 * e-mail or phone. An invitation and a channel are needed: "the telegram bot" is not an invitation. Five
 * languages, any word order (lib/text/cooccur.ts).
 */
import { type Combination, type Hit, concept, readHits } from '../text/cooccur';
import type { PreparedMessage } from '../text/message';
import { messageFinding } from './finding';
import type { MessageRule } from './types';

// Order-free, five languages: a messenger (or personal e-mail) and a word inviting the reader to it.
// Messengers as people write them: short names ("tg", "tele", "wa", "zap", "wsp"), misspellings
// ("whatsap", "watsapp", "telegramm"), social networks used as messengers.
const MESSENGER_NAMES = String.raw`telegram\p{L}*|tele|tg|whats?\s?app?|wh?atsapp?|whats|wsp|wpp|zap|zapzap|discord|skype|signal|wechat|weixin|viber|line app|kakao\p{L}*|snap|snapchat|insta|instagram|facebook|fb|messenger|imo`;
const MESSENGER = concept(
  MESSENGER_NAMES,
  String.raw`personal e-?mail|private e-?mail|gmail|e-?mail me|mi correo|correo personal|correo privado|e-?mail privado|mon courriel|courriel personnel|mon adresse e-?mail|meu e-?mail|e-?mail pessoal|e-?mail privado|private e-?mail|privat\p{L}* e-?mail|persönlich\p{L}* e-?mail`,
);
const INVITE = concept(
  String.raw`contact\p{L}*|message me|msg me|reach me|add me|text me|talk|chat|continue|move|switch|write me|ping me|call me|dm me|drop me|hit me up|let[’']?s|let us|can we|could we|shall we|better we|take this|outside|off the platform|off-platform|schreib\p{L}*|kontaktier\p{L}*|meld\p{L}*|ruf\p{L}*|hinzufüg\p{L}*|weiter\p{L}*|lass uns|lassen sie uns|können wir|erreichbar|gerne? (?:über|per|via|auf)|escr[ií]b\p{L}*|cont[aá]ct\p{L}*|habl\p{L}*|h[aá]blame|sigamos|seguimos|agr[eé]ga\p{L}*|añ[aá]d\p{L}*|ll[aá]m\p{L}*|m[aá]rcame|mensaje\p{L}*|écri\p{L}*|ajout\p{L}*|parlons|continu\p{L}*|passons|joign\p{L}*|on peut|chama\p{L}*|me chama|fala|fal[ae]\p{L}*|escreve\p{L}*|adiciona\p{L}*|me add|vamos|conversar|conversamos|manda\p{L}*|me passa|passa (?:seu|teu|o seu)|send me your|give me your|share your|what[’']?s your|drop your|dame tu|p[aá]same (?:tu|su)|envíame tu|donne-moi ton|gib mir dein\p{L}*|friend request|demande d[’']ami|solicitud de amistad|freundschaftsanfrage|pedido de amizade|accept my|accepte[rz]? ma`,
);
// Any channel, for a direct "contact me by …" or a handle given.
const CHANNEL = concept(
  MESSENGER_NAMES,
  String.raw`e-?mail|gmail|phone|sms|text message|my number|correo|courriel|telefon\p{L}*|teléfono|téléphone|telefone|celular|handy|n[uú]mero|numéro`,
);
const CONTACT_ME = concept(
  String.raw`contact me|write me|write to me|email me|e-mail me|text me|call me|reach me|message me|get in touch|reach out|pls write|please write|kontaktieren sie mich|kontaktier mich|schreib(?:en sie)? mir|schick(?:en sie)? mir|ruf(?:en sie)? mich|melde dich|melden sie sich|escr[ií]beme|escr[ií]banme|cont[aá]ctame|cont[aá]ctanos|contactar conmigo|ll[aá]mame|m[aá]rcame|h[aá]blame|écrivez-moi|écris-moi|contactez-moi|contacter moi|contacte[rz]?-moi|me contacter|vous contacter|te contacter|appelez-moi|me escreve|escreva-?\s?me|me chama|me liga|me manda|entre em contato|me contat\p{L}*`,
);
// Asking for a private talk without naming the channel: "discuss it privately", "en privé", "por privado".
const PRIVATELY = concept(
  String.raw`privately|in private|via dm|in dms?|by dm|direct message|private message|privat|unter vier augen|en privado|por privado|al privado|en privé|em privado|no privado|pelo privado|no pv|pv`,
);
const TALK = concept(
  String.raw`discuss\p{L}*|talk\p{L}*|chat|contact\p{L}*|speak|reach|write|sprechen|besprechen|reden|schreib\p{L}*|hablar|platicar|conversar|contactar\p{L}*|escrib\p{L}*|discuter|parler|contacter|écrire|falar|conversar|contatar|contactar|escrever`,
);
// "do you have Telegram?", "tienes discord?", "você tem whats?": asked, not yet invited (weak: a note).
const ASK_HAVE = concept(
  String.raw`do (?:you|u) (?:perhaps |maybe |also |still |by any chance )?(?:have|use|got)|are (?:you|u) (?:also |perhaps |still )?(?:on|using|available on)|have you got|hast du|haben sie|bist du (?:auf|bei)|sind sie (?:auf|bei)|nutzt du|nutzen sie|tienes|tiene usted|usas|estás en|avez-vous|as-tu|tu as|vous avez|utilisez-vous|você tem|voce tem|vc tem|tem (?:algum|whats|telegram|discord|zap)|usa (?:o )?(?:whats|telegram|discord)|did you change|what is your|what[’']s your`,
);
const HANDLE = concept(
  // Runs start only where a run starts: from every letter of a long word they would take quadratic time.
  String.raw`@[A-Za-z0-9_]{4,}|(?<![\d+])\+?\d[\d\s().-]{6,}\d|(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.]+|live:[\w.:-]+|(?<!\w)\w+#\d{4}`,
);
// A handle in the form only one messenger uses ("devmartin#2231" is Discord's, "live:…" Skype's).
const TAGGED = concept(String.raw`live:[\w.:-]+|(?<!\w)\w{3,}#\d{4}`);
// Invitations that stand whatever the topic (a handle given, "contact me on …"): even a bot project's
// "my discord is X#2222, add me" moves the talk off the platform.
const DIRECT: Combination[] = [
  [CHANNEL, CONTACT_ME],
  // "Telegram: @dev_martin", "WhatsApp +1 415 555 0134", "my handle is devmartin#2231"
  [CHANNEL, HANDLE],
  [TAGGED],
  [concept(String.raw`t\.me/\S+|wa\.me/\S+`)],
];
const COMBINATIONS: Combination[] = [
  [MESSENGER, INVITE],
  [MESSENGER, ASK_HAVE],
  [PRIVATELY, TALK],
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
  // A server invitation link: a community is joined, a person is met there ("join us" is a community).
  [concept(String.raw`discord\.gg/\S+`)],
];
const WORK = concept(
  String.raw`bot\p{L}*|app|aplicación|aplicativo|notifica\p{L}*|benachrichtig\p{L}*|envía notificaciones|integra\p{L}*|develop\p{L}*|entwickl\p{L}*|desarroll\p{L}*|développ\p{L}*|desenvolv\p{L}*`,
);

const COMMUNITY = concept(
  String.raw`join (?:us|our|the) (?:\p{L}+\s+)?(?:server|community|discord|channel|group)|join us|our (?:discord |telegram )?(?:server|community)|public server|community server|unser\p{L}* (?:server|community)|forum|the forum|le forum|das forum|el foro|o fórum|nuestr[oa] (?:servidor|comunidad)|notre (?:serveur|communauté)|nosso (?:servidor|grupo)|nossa comunidade`,
);
const HANDLE_LINE = concept(
  String.raw`@[A-Za-z0-9_]{4,}|(?<![\d+])\+?\d[\d\s().-]{6,}\d|(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.]+`,
);

/**
 * A handle on its own line under a line naming the channel ("my telegram details:" / "user: @x"): a
 * signature block or a list of contacts, read over two lines.
 */
function handlesBelowChannel(message: PreparedMessage): Hit[] {
  const out: Hit[] = [];
  const lines = message.sentences;
  for (let i = 1; i < lines.length; i++) {
    const handle = HANDLE_LINE.exec(lines[i]);
    if (!handle || PLACEHOLDER.test(lines[i])) continue;
    for (const j of [i - 1, i - 2, i + 1]) {
      const channel = j >= 0 && j < lines.length ? CHANNEL.exec(lines[j]) : null;
      if (channel && lines[j].length < 200) {
        out.push({ sentence: lines[i], index: i, words: [channel[0], handle[0]], weak: false });
        break;
      }
    }
  }
  return out;
}

// Addresses in the domains kept for examples (RFC 2606: "yourname@example.com") reach nobody.
const PLACEHOLDER = /@[\w.-]*\bexample\.(?:com|org|net)\b|@[\w.-]+\.(?:example|test|invalid|localhost)\b/i;

export const rule: MessageRule = {
  id: 'move-off-platform',
  kind: 'message',
  group: 'contact',
  check({ message }) {
    // Talk about building for these channels is work, not an invitation — unless a handle is given or the
    // reader is asked to make contact; a community's server is joined, not a private talk.
    const unless = [/\b(?:bot|bots|api|integration|app development|channel admin)\b/i, WORK, PLACEHOLDER, COMMUNITY];
    const found = [
      ...readHits(message, DIRECT, { unless: [PLACEHOLDER] }),
      ...readHits(message, COMBINATIONS, { unless }),
      ...handlesBelowChannel(message),
    ];
    const seen = new Set<number>();
    const quoted = found.sort((a, b) => a.index - b.index).filter((h) => !seen.has(h.index) && seen.add(h.index));
    if (!quoted.length) return undefined;
    return messageFinding(rule.id, 'medium', quoted, [
      'G1 Red flag indicators (requests to communicate off the platform)',
      'G1 Annex (accounts go "off-site")',
    ]);
  },
};
