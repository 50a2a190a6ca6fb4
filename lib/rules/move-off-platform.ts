/**
 * G1 red flags; G1 annex (accounts go "off-site"): invites moving the conversation to a messenger, personal
 * e-mail or phone. An invitation and a channel are needed: "the telegram bot" is not an invitation. Five
 * languages, any word order (lib/text/cooccur.ts).
 */
import { asciiFirst } from '../text/ascii-first';
import { wordsAhead } from '../text/required-words';
import { less, lessCode } from '../text/regexp-code';
import {
  type Combination,
  type Hit,
  concept,
  filter,
  hinted,
  hintedBy,
  inMessage,
  inText,
  needing,
  readHits,
} from '../text/cooccur';
import type { PreparedMessage } from '../text/message';
import {
  findContacts,
  MASKED_PHONE,
  SPACED_ADDRESS,
  SPELLED_ADDRESS_SOURCES,
  SPELLED_HINT,
  TAGGED_HANDLE,
  WEBMAIL_HOSTS,
} from '../text/contacts';
import {
  BETWEEN_US_WORDS,
  INSTEAD_OF,
  LETS,
  MARKETPLACE,
  MESSENGER_NAMES,
  MOBILE_MONEY,
  WORK_TOOLS,
} from '../text/lexicon';
import { negatedInClause } from '../text/speech';
import { messageFinding } from './finding';
import { BARE_NUMBER_ASK, NUMBER_ASKED, NUMBER_MEANT, PHONE_NAMED } from './number-asked';
import {
  APP_AS_WORK,
  DEALINGS,
  NOT_OFFERED,
  REFUSED_CHANNEL,
  RELATIVE_VIA,
  TO_THE_WRITER,
  VIA_CHAT_APP,
} from './messenger-channel';
import type { MessageRule } from './types';

// German "mail us / mail me" ("Mailen Sie uns noch heute"): the writer named as the one to mail, in the messenger list and
// among the invitations.
// (not the noun: "per E-Mail uns gegenüber widerrufen", a privacy page — forty-second session)
const MAIL_THE_WRITER_DE = String.raw`mailen sie (?:uns|mir)|(?<!-)maile? (?:uns|mir)(?! gegenüber)`;

// Order-free, five languages: a messenger (or personal e-mail) and a word inviting the reader to it (the messengers'
// names: lib/text/lexicon.ts).
const MESSENGER = concept(
  MESSENGER_NAMES,
  // "tele" is Telegram where someone is reached on it ("tried to reach u on tele"; "la tele" is television; "via
  // tele-conference" is a call)
  String.raw`(?:reach|contact|find|add|message|msg|text|write|ping|dm|talk|chat)\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:on|via) tele(?![\p{L}]|-)`,
  // … and in French, Spanish and Portuguese: "ajoute moi sur tele : karim_dev09", "agrégame en tele", "me chama no tg"
  String.raw`(?:ajout|écri|contact|agr[eé]g|añ[aá]d|escr[ií]b|adicion|chama|fala)\p{L}*(?:[- ]?(?:moi|me))?\s+(?:\p{L}+\s+){0,2}?(?:sur|en|no|na|por|pelo) (?:tele|tg)(?![\p{L}]|-)`,
  String.raw`personal (?:email|e-mail)|private (?:email|e-mail)|(?<![@.])gmail|(?:email|e-mail) (?:me|us)|${MAIL_THE_WRITER_DE}|mi correo|correo personal|correo privado|(?:email|e-mail) privado|mon courriel|courriel personnel|(?:ma )?boîte (?:mail )?perso(?:nnelle)?(?![^.!?\n]{0,40}(?:en copie|continu\p{L}* ici|restons))|(?:mon )?(?:e-?)?mail perso(?:nnel)?(?![^.!?\n]{0,40}(?:en copie|continu\p{L}* ici|restons))|mon adresse (?:email|e-mail)|meu (?:email|e-mail)|(?:email|e-mail) pessoal|(?:email|e-mail) privado|private (?:email|e-mail)|privat\p{L}* (?:email|e-mail)|persönlich\p{L}* (?:email|e-mail)`,
);
// (not the past a story tells: "cette personne m'a contacté par WhatsApp", "me contactó por WhatsApp", "me contatou"; nor a
// conversation named as where something was agreed: "pelo prazo estabelecido em conversa de WhatsApp", a rental contract of
// the twenty-seventh set; nor a website's contact page named: "el teléfono que encontrarás en la sección de contacto de
// nuestra web"); nor English "contacted", a past or passive as "contactó" is ("You could also be contacted over LinkedIn", "I
// contacted him on WhatsApp": an article's or a story's, a review class of the thirty-ninth session)
const INVITE = concept(
  String.raw`(?<!(?:sección|página|formulario|apartado|pestaña|seção|formulário|aba) de )contact(?!(?:ó|aron|ou|aram|ed|é|ée|és|ées)(?![\p{L}]))(?<!(?:m[’']a|m[’']ont|nous a|nous ont)\s+(?:\p{L}+\s+)?contact(?=é))\p{L}*|message me|msg me|reach me|add me|add you|(?:i[’']ll|i will|i can|we[’']ll|we will|let me) (?:\p{L}+ )?(?:text|message|msg|dm|ping|whats ?app|write to) (?:you|u)|(?:te|vou te) (?:chamo|chamar|ligo|ligar|escrevo|escrever)|(?:message|msg|reach|add|text|dm|ping|e-?mail|write(?: to)?) us|${MAIL_THE_WRITER_DE}|nos contat\p{L}*|contate-nos|dm you|t[’']ajouter|te agregar|te adicionar|dich (?:hinzufügen|adden)|(?:enviar|mandar|manda) (?:uma )?mensagem|envoie[- ]moi|envoyez[- ]moi|instal[aá](?:te|lo|la|r)?|install it|would work|work for you|works for you|(?:will|would) be (?:ok|okay|fine|better)|please check|pls check|check (?:your |my )?(?:dms?|inbox|messages)|text me|talk|chat|continue|move|switch|write me|ping me|call me|dm me|drop me|hit me up|${LETS}|let us|can we|could we|shall we|better we|take this|outside|off the platform|off-platform|schreib\p{L}*|kontaktier\p{L}*|meld\p{L}*|ruf\p{L}*|hinzufüg\p{L}*|nachricht (?:per|über|via|auf|bei)|weiter\p{L}*|lass uns|lassen sie uns|können wir|erreichbar|gerne? (?:über|per|via|auf)|escr[ií]b\p{L}*|(?<!(?:sección|página|formulario|apartado|pestaña|seção|formulário|aba) de )cont[aá]ct(?!(?:ó|aron|ou|aram)(?![\p{L}]))(?<!(?:m[’']a|m[’']ont|nous a|nous ont)\s+(?:\p{L}+\s+)?contact(?=é))\p{L}*|habl\p{L}*|h[aá]blame|sigamos|seguimos|agr[eé]ga\p{L}*|añ[aá]d\p{L}*|ll[aá]m\p{L}*|m[aá]rcame|mensaje\p{L}*|écri\p{L}*|ajout\p{L}*(?<!(?:qui|elle|il|cela|ça|ce qui) ajout\p{L}*)|parlons|continu\p{L}*|passons|joign\p{L}*|on peut|chama|chamar|chame|me chama|fala|fal[ae]|falar|touch|escreve\p{L}*|escreva|me escreva|ligue|me ligue|agr[eé]gue(?:me|nos|s)|añ[aá]da(?:me|nos)|adiciona\p{L}*|me adicione|adicione-me|me add|(?<!(?:seção|página|formulário|aba) de )contato|chatt\p{L}*|reply to (?:me|my)|vamos|(?<!(?:em|na|numa|pela|nossa) )conversa\p{L}*|manda\p{L}*|me passa|passa (?:seu|teu|o seu)|send me your|give me your|share your|what[’']?s your|drop your|dame tu|p[aá]same (?:tu|su)|envíame tu|donne-moi ton|gib mir dein\p{L}*|viens me|venez me|rejoins-moi|rejoignez-moi|friend request|demande d[’']ami|solicitud de amistad|freundschaftsanfrage|pedido de amizade|accept my|accepte[rz]? ma`,
);
// Any channel, for a direct "contact me by …" or a handle given.
const CHANNEL = concept(
  MESSENGER_NAMES,
  // ("mail" itself only as the way to the writer, named just before: "Please reply me on mail", "écrivez-moi par mail", "melde dich
  // per Mail" — the tuning text, forty-eighth session; not "alerts sent via mail", "Benachrichtigungen per Mail", a review of it)
  String.raw`(?:email|e-mail)|(?<![@.])gmail|my mail|(?<=(?<![\p{L}])(?:me|us|mir|uns|mich|dich|moi|nous)\s{1,3}(?:[\p{L}]{1,20}\s{1,3}){0,2}(?:on|via|by|per|through|over|par|por|pelo)\s{1,3})mail(?![\p{L}])|phone|sms|text message|my number|correo|courriel|telefon\p{L}*|teléfono|téléphone|telefone|celular|handy|n[uú]mero|numéro`,
);
const CONTACT_ME = concept(
  String.raw`(?:send|drop|shoot) me (?:a |an )?(?:pm|dm|message|mail|e-?mail|note|line|text)|give me a (?:call|ring|buzz|shout|text)|envoie-moi un (?:message|mail|sms)|envoyez-moi un (?:message|mail|sms)|ping me|contact me|contact with|get back (?:at|to) me|reach (?:u|you) on|send (?:an? )?(?:e-?mail|mail|message) to me|m[’']écrire|me écrire|m[’']envoyer un (?:mail|message|sms)|entra(?:r)? em contato comigo|contato comigo|let me know via|reach me at|mail me|write me|write to me|email me|e-?mailing me|e-mail me|text me|call me|reach me|message me|reach out|kontaktieren sie mich|kontaktier mich|erreich(?:e|t|en sie) (?:mich|uns)|schreib(?:en sie)? mir|schick(?:en sie)? mir|ruf(?:en sie)? mich|melde dich|melden sie sich|escr[ií]beme|escr[ií]banme|escr[ií]benos|escr[ií]bannos|cont[aá]ctame|cont[aá]ctanos|fal[ae] (?:comigo|com a gente|conosco)|contactar conmigo|ll[aá]mame|m[aá]rcame|h[aá]blame|écrivez-moi|écris-moi|contactez-moi|contacter moi|contacte[rz]?-moi|me contacter|vous contacter|te contacter|appelez-moi|appelle-moi|appelle moi|me escreve|escreva\s?-?\s?me|me chama|me liga|me manda|entre em contato|me contat(?!(?:ou|aram)(?![\p{L}]))\p{L}*|cons[uú]lt(?:a|e|en)(?:me|nos)|consultez-moi|consulte-me|responder?[- ]?me|responda-me|me respond[ae]|reply me|reply to me`,
);
const MESSENGER_OR_PHONE = concept(MESSENGER_NAMES, String.raw`skype id|handle`);
// A phone number is an invitation when it is the writer's: "my number", "call me", "mi número".
const PHONE_WORD = concept(
  String.raw`phone|sms|text message|telefon\p{L}*|teléfono|téléphone|telefone|celular|handy|n[uú]mero|numéro|whats?app|whats|zap`,
);
const MINE_OR_ME = filter(
  String.raw`my|me|mi|mis|meu|minha|mein\p{L}*|mon|ma|mes|mich|mir|moi|call|text|ring|llama\p{L}*|ligue|liga|ruf|appel\p{L}*`,
);
// "my contact: x@y.com", "meu contato: …", "mi contacto: …"
const CONTACT_WORD = concept(String.raw`contact|contato|contacto|kontakt`);
const MY_CONTACT = filter(
  String.raw`my contact|meu contato|mi contacto|mon contact|mein kontakt|contact:|contato:|contacto:|kontakt:`,
);
// Asking for a private talk without naming the channel: "discuss it privately", "en privé", "por privado".
const PRIVATELY = concept(
  String.raw`privately|private|dms?|direct message|(?<!daten )privat\p{L}*|unter vier augen|privado|privé|pv`,
  // this site named as left, no channel named: "let's continue outside this site" (twentieth session, a review class;
  // "this", not "the": warnings say "keep the conversation outside the platform")
  String.raw`outside (?:of )?this (?:site|platform|website)|fora desta (?:plataforma|página)|fuera de esta (?:plataforma|página|web)|(?<=en )dehors de cette (?:plateforme|page)|hors de cette plateforme|außerhalb dieser (?:plattform|seite)`,
  // … or the marketplace named as left: "Let's talk outside Upwork", "Podemos hablar fuera de Upwork?" (a review of the
  // thirty-fourth session)
  String.raw`(?:outside (?:of )?|off |fuera de |fora d[ao] |fora de |en dehors de |hors de |außerhalb (?:von )?)${MARKETPLACE}`,
  // … or the platform left, said with "we" ("Dann bleiben wir außerhalb der Plattform in Kontakt", "sigamos en contacto fuera de
  // la plataforma": a probe of realistic marketplace messages, thirty-fifth session; a warning's "keep it outside the platform"
  // names no "we")
  String.raw`(?<=(?:bleiben|schreiben|reden|sprechen|kommunizieren) wir (?:\p{L}+ ){0,3}?)außerhalb der plattform|(?<=(?:sigamos|hablemos|seguimos|continuemos|sigamos hablando) (?:\p{L}+ ){0,3}?)fuera de la plataforma|(?<=(?:continuons|parlons|restons|échangeons) (?:\p{L}+ ){0,3}?)en dehors de la plateforme|(?<=(?:vamos|podemos) (?:\p{L}+ ){0,3}?)fora da plataforma|(?<=let[’']?s (?:\p{L}+ ){0,4}?)outside (?:of )?the platform`,
);
const TALK = concept(
  String.raw`message|discuss\p{L}*|talk\p{L}*|chat|contact(?!(?:ed|é|ée|és|ées)(?![\p{L}]))\p{L}*|contacted(?<!(?:be|been|being|get|gets|got|getting|was|were|is|are) contacted)|speak|reach|write|continue|continuons|continuemos|continuar|keep in touch|stay in touch|get in touch|in kontakt|en contacto|em contato|en contact|parlons|discutons|hablemos|conversemos|falemos|weiterreden|weiterschreiben|sprechen|besprechen|reden|schreib\p{L}*|hablar|platicar|conversar|contactar\p{L}*|escrib\p{L}*|discuter|parler|contacter|écrire|falar|conversa\p{L}*|contatar|contactar|escrever`,
);
// The writer or the reader: "discuss it privately with me" (not "conversations are conducted in private").
const PERSON = filter(
  String.raw`me|us|you|we|i|let[’']?s|mich|mir|dich|dir|uns|wir|contigo|conmigo|te|vous|moi|nous|você|voce|vc|comigo|parlons|discutons|continuons|hablemos|sigamos|conversemos|vamos|falemos|lass uns|lassen sie uns|podemos|podríamos|pouvons|pourrions|können wir|könnten wir|on peut|on pourrait`,
);
// "do you have Telegram?", "tienes discord?", "você tem whats?": asked, not yet invited (weak: a note).
const ASK_HAVE = filter(
  String.raw`do (?:you|u) (?:guys |all |folks )?(?:perhaps |maybe |also |still |by any chance )?(?:have|use|got)|(?:are|r) (?:you|u|ya) (?:also |perhaps |still )?(?:on|using|available on)|(?:you|u|ya)(?<=(?:^\W{0,3}|[,;:!]\s?|\s[-—–]\s)(?:you|u|ya)) (?:also )?on(?= )|have you got|hast du|haben sie|bist du (?:zufällig |vielleicht |auch )?(?:auf|bei)|sind sie (?:zufällig |vielleicht |auch )?(?:auf|bei)|nutzt du|nutzen sie|tienes|tiene usted|usas|estás en|avez-vous|as-tu|tu as|vous avez|utilisez-vous|você tem|voce tem|vc tem|tem (?:algum|whats|telegram|discord|zap)|usa (?:o )?(?:whats|telegram|discord)|did you change|what is your|what[’']s your|(?:vous êtes|tu es|t[’']es|êtes-vous|es-tu) (?:aussi |encore |dispo )?sur|t[’']as|(?:você|voce|vc) (?:também )?(?:está|esta|tá|ta|usa) no|tu aurais|aurais-tu|vous auriez|auriez-vous`,
);
const HANDLE = concept(
  // Runs start only where a run starts: from every letter of a long word they would take quadratic time.
  // (a Telegram bot's name, ending in "bot", is a product: "I made a Telegram bot: @bakery_orders_bot")
  String.raw`@(?![A-Za-z0-9_]*bot(?!\w))[A-Za-z0-9_]{4,}|(?<![\d+])(?!\d{16})\+?\d[\d\s().-]{6,}\d|(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.]+|live:[\w.:-]+|(?<![\w/])\w+#\d{4}`,
  // (a number the publisher masked: "reach me at XXX-XXX-XXXX")
  MASKED_PHONE,
);
// A handle in the form only one messenger uses (lib/text/contacts.ts).
const TAGGED = concept(TAGGED_HANDLE);
// Each kind alone, after a look for the sign it needs: the one pattern was tried at every character of every message.
const LIVE = /live:/i;
const TAG = /[a-z0-9_]#\d{4}/i;
const ME_LINK = /\b(?:t|wa)\.me\//i;
function hasTag(s: string): boolean {
  return (s.includes(':') && LIVE.test(s)) || (s.includes('#') && TAG.test(s)) || (s.includes('/') && ME_LINK.test(s));
}
// Links that open a chat: "t.me/devtom", "wa.me/4915…" (looked for only where the text has one).
const CHAT_LINK = concept(String.raw`t\.me/(?![A-Za-z0-9_]*bot(?![\w/]))\S+|wa\.me/\S+`);
// Invitations that stand whatever the topic (a handle given, "contact me on …"): even a bot project's
// "my discord is X#2222, add me" moves the talk off the platform.
const EMAIL_ADDRESS = concept(String.raw`(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.]+`);
// Addresses spelled so that filters miss them ("name at gmail dot com"): lib/text/contacts.ts.
// (Read only in sentences holding what each such address holds: its spelled "at", or " @ ".)
const SPELLED_EMAIL = hinted(
  concept(...SPELLED_ADDRESS_SOURCES, SPACED_ADDRESS),
  new RegExp(`${SPELLED_HINT.source}| @ `, SPELLED_HINT.flags),
);
// The writer offering their own contact: "I send you my phone number", "here is my WhatsApp", "te paso mi número"; offered as a
// question in every language, as "Can I give you my WhatsApp?" is in English: "¿Te puedo pasar mi WhatsApp?", "Posso te passar meu
// WhatsApp?", "Je peux te donner mon WhatsApp ?", "Darf ich dir meine WhatsApp-Nummer geben?" (nothing was found in the four).
// (what is offered a view, not a contact: "Can I give you my opinion on the Telegram bot you built?", "Je peux te donner mon avis sur
// WhatsApp Business ?", "Kann ich Ihnen meine Erfahrung mit WhatsApp-Bots schicken?" — the channel the topic)
const NOT_A_VIEW = String.raw`(?! (?:\p{L}+ )?(?:honest |personal |professional |quick |own )?(?:opinion|feedback|thoughts|view|take|review|experience|advice|suggestion|avis|opinión|opinião|meinung|erfahrung|einschätzung|rückmeldung|retour|comentario|parecer|sugerencia|sugestão|sugestões|idea|ideia|idée|analysis|análisis|análise|analyse)s?(?!\p{L}))`;
const OFFER_MINE = concept(
  String.raw`(?:(?:send|give|share|text|pass|leave)\s+you\s+my|here(?:[’']s| is) my|te (?:mando|env[ií]o|paso|dejo) mi|je (?:vous |t[’'])(?:envoie|donne|laisse) mon|te (?:mando|envio|passo|deixo) (?:o )?meu|ich (?:schicke|gebe|sende) (?:dir|ihnen) mein\p{L}*)${NOT_A_VIEW}`,
  String.raw`(?:(?:te|le|les|os) (?:puedo|podría|podria) (?:pasar|mandar|enviar|dar|dejar) mi|(?:puedo|podría|podria) (?:pasarte|mandarte|enviarte|darte|dejarte|pasarle|mandarle|enviarle|darle|dejarle) mi)${NOT_A_VIEW}`,
  String.raw`(?:(?:posso|poderia|podia) (?:te |lhe |vos )?(?:passar|mandar|enviar|dar|deixar) (?:o |a )?(?:meu|minha))${NOT_A_VIEW}`,
  String.raw`(?:(?:je (?:peux|pourrais)|puis-je|est-ce que je (?:peux|pourrais)) (?:vous|te) (?:donner|envoyer|laisser|passer|transmettre) (?:mon|ma))${NOT_A_VIEW}`,
  String.raw`(?:kann|darf|soll|könnte|dürfte) ich (?:dir|ihnen|euch) (?:gerne |mal |kurz )?mein\p{L}*${NOT_A_VIEW} (?:(?:\p{L}|-)+ ){0,3}?(?:geben|schicken|senden|durchgeben|dalassen|schreiben)(?!\p{L})`,
);
// The writer's new number, given to be used: "this is my new number, save it", "voici mon nouveau numéro".
const NEW_NUMBER = filter(
  String.raw`^\W*(?:new|neue|nouveau|novo|nuevo) (?:phone |handy|telefon)?(?:number|nummer|numéro|número)|(?:my|mon|ma|meu|minha|mein\p{L}*|mi) (?:new|nouveau|nouvelle|novo|nova|neue?\p{L}*|nuevo|nueva) (?:phone )?(?:number|numéro|número|nummer|handynummer|telefonnummer|whatsapp|celular|portable|móvil|handy)|(?:este|this|ce) (?:número|number|numéro) (?:temporário|temporal|temporary|temporaire)|(?:mi|mon|meu|mein\p{L}*|my) (?:número|numéro|nummer|number) (?:nuevo|nueva|novo|nova|temporaire|provisoire|temporal|provisional|temporário|provisório)|(?:mein\p{L}*|meine) (?:vorübergehende|temporäre|provisorische)\p{L}* (?:handy)?nummer|(?:diese|this|ce|este|esse|esta) (?:neue )?(?:nummer|number|numéro|número) (?:\p{L}+ )?(?:speichern|einspeichern|abspeichern|save|enregistr\p{L}*|guarda\p{L}*|salva\p{L}*)|(?:save|speicher\p{L}*|enregistre\p{L}*|guarda\p{L}*|salva) (?:this|diese|ce|este|esse) (?:nummer|number|numéro|número)|(?:eine|meine?n?) neue[sn]? (?:handy|telefon)?nummer\p{L}*|(?:répond\p{L}*|écri\p{L}*)(?:-moi)? (?:sur|à) ce numéro|(?:respond\p{L}*|escr[ií]b\p{L}*) (?:a|en|por) este número|(?:respond\p{L}*|escrev\p{L}*|me responda) (?:neste|nesse|por este|para este) número|(?:call|text|reach|message) (?:us|me) (?:at|on) this (?:\p{L}+ )?number`,
);
// Anchored on the noun ("my", "this", "mi" would be anchors in every message).
const NUMBER_NOUN = concept(
  String.raw`n[uú]mero|numéro|nummer\p{L}*|number|handynummer|telefonnummer|whatsapp|celular|portable|móvil|handy|telefone|téléphone|teléfono`,
);
// A talk or a message moved elsewhere: "let's talk offline", "I sent you the details on LinkedIn", "te mandé un
// correo, hablamos por ahí", a friend request sent or to accept.
const ELSEWHERE = concept(
  String.raw`(?:talk|chat|discuss(?: this| it)?|continue(?: this| it)?|take (?:this|it)) offline`,
  String.raw`(?:i )?(?:sent|send|texted|messaged|wrote) you (?:the |a |an |my )?(?:details|message|mail|e-?mail|dm|pm|invit\p{L}*|request|note)\s+(?:on|via|over|through|by|to) (?:linkedin|${MESSENGER_NAMES}|(?:your |my )?(?:e-?mail|mail|gmail|phone))`,
  String.raw`(?:sent|send) (?:the )?details on linkedin`,
  String.raw`added (?:you )?(?:on|in|via|to) (?:${MESSENGER_NAMES})`,
);
const FRIEND_REQUEST = concept(
  String.raw`friend request|demande (?:d[’'])?ami|solicitud de amistad|freundschaftsanfrage|pedido de amizade|solicitação de amizade`,
);
const SENT_OR_ACCEPT = concept(
  String.raw`sent|send|accept\p{L}*|envoy\p{L}*|envié|enviei|mandé|mandei|geschickt|schick\p{L}*|annehm\p{L}*|acepta\p{L}*|aceita\p{L}*`,
);
// A channel offered on its own, as a question: "Je n'ai pas Telegram. Discord ?" (weak: asked).
const BARE_ASKED = concept(String.raw`^\s*(?:${MESSENGER_NAMES})\s*\?`);
// Told as the writer's own past deed ("I sent you the details on LinkedIn"), and still an invitation.
// An e-mail sent to the reader with the talk moved there: "I sent you a mail, we can talk there" (an e-mail
// sent, on its own, is often how a tracker's thread goes on: "Hi, I've sent you an email.").
const SENT_MAIL = concept(
  String.raw`(?:sent|send|emailed|mailed) you (?:an? )?(?:e-?mail|mail)(?![\p{L}])|(?:i|we) (?:have |just )?e-?mailed you|(?:dir|ihnen) (?:eine|ne) (?:e-?)?mail (?:geschickt|gesendet|geschrieben)|te (?:mand[ée]|envi[ée]) (?:un )?(?:correo|e-?mail|mail)|(?:t[’']|vous )ai envoy[ée] (?:un )?(?:e-?mail|mail|courriel)|te (?:mandei|enviei) (?:um )?(?:e-?mail|email)`,
);
// The talk moved there ("we can talk there", "dort können wir reden"), not any "there" ("there is a typo in the
// contract", "dort findest du die Rechnung", "ahí está todo").
const THERE = filter(
  String.raw`(?:talk|chat|speak|discuss|continu|communicat|repl|respond|answer|writ|reach|contact|text|messag|follow)\p{L}*\s+(?:\p{L}+\s+){0,3}?there|dort\s+(?:\p{L}+\s+){0,3}?(?:reden|sprechen|schreiben|besprechen|weiter\p{L}*|unterhalten|antworten|chatten)|(?:reden|sprechen|schreiben|besprechen|unterhalten|antworten|chatten)\p{L}*\s+(?:\p{L}+\s+){0,2}?dort|da weiter|(?:habl|convers|segu|sig|escrib|platic|respond|respónd|contest|charl)\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:ahí|allí|allá)|(?:parl|discut|continu|écri|répond|échang)\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:là-bas|par là)|(?:fal|convers|continu|escrev|respond)\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:lá|ali)`,
);
const SENT_ELSEWHERE: Combination[] = [[ELSEWHERE], [FRIEND_REQUEST, SENT_OR_ACCEPT], [SENT_MAIL, THERE]];
// The writer's own e-mail to the reader pressed on as unanswered ("I have emailed you twice with no response", "did you
// get my e-mail?"): the talk is pushed into a mailbox — policy v2.3 reads it as "did you get my e-mail?"; no channel is
// asked for in words, so a note. So is one told bare by the writer, the sentence ending on the mail ("Hi, I've sent you
// an email." — policy v2.3's reading); one told with what it holds or why ("I sent you an email with the invoice") is how
// a thread goes on, not an invitation (tests/rules/move-off-platform.test.ts), nor a business's "we will send you an
// email", nor someone else's mail.
const MAILED_YOU = concept(
  String.raw`(?:i|we)(?:[’']ve| have| had)?(?: (?:just|already|also|recently))? (?:e-?mailed you|sent you (?:an?|my|another|a few|two|several) (?:e-?mails?|mails?)) (?:\p{L}+ ){0,2}?(?:twice|again|several times|a few times|many times|without (?:a |any )?(?:response|reply|answer)|with no (?:response|reply|answer))(?![\p{L}])`,
  String.raw`did (?:you|u) (?:get|receive|see|read|check) my (?:e-?mails?|mails?|message by e-?mail)`,
  // Told bare, the sentence ending on the mail: "Hi, i've sent you an email." (policy v2.3) — not one with what it
  // holds or why ("… an email with the invoice", "… about the invoice", "… by mistake").
  String.raw`i(?:[’']ve| have)?(?: just| already)? (?:sent you an? (?:e-?mail|mail)|e-?mailed you)(?:\s*(?:[.!]|$)|,?\s+(?:please |pls |kindly )?(?:check(?: it| your (?:inbox|e-?mail|mail|spam)(?: folder)?)?|have a look)\s*(?:[.!]|$))`,
  // (and with no subject: "Sent you an email.", "Hi, just sent you an email!")
  // (the sentence's start looked back at, so the words are the concept's anchors: a concept without any is scanned in
  // every sentence)
  String.raw`(?<=^\s*(?:(?:hi|hello|hey)(?: there)?[,!.]?\s*)?)(?:just |already )?(?:sent you an? (?:e-?mail|mail)|e-?mailed you)\s*(?:[.!]|$)`,
  String.raw`(?:ich )?(?:habe|hab) (?:dir|ihnen) (?:gerade |schon )?(?:eine|ne) (?:e-?)?mail (?:geschickt|gesendet|geschrieben)\s*(?:[.!]|$)|(?:je )?(?:t[’']|vous )ai envoy[ée] (?:un )?(?:e-?mail|mail|courriel)\s*(?:[.!]|$)|te (?:mand[ée]|envi[ée]) (?:un )?(?:correo|e-?mail|mail)\s*(?:[.!]|$)|te (?:mandei|enviei) (?:um )?(?:e-?mail|email)\s*(?:[.!]|$)`,
);
const MAILED_YOU_ALONE: Combination[] = [[MAILED_YOU]];
// (an e-mail the reader asked for is an answer, not an invitation: "As requested, I've sent you an email" — a review of
// the twenty-ninth session)
const AS_ASKED = filter(
  String.raw`as (?:you )?(?:requested|asked|discussed|agreed)|per your request|wie (?:gewünscht|besprochen|vereinbart|erbeten)|como (?:me )?(?:pediste|pidió|solicitaste|solicitado|acordamos|combinado|combinamos|pedido|solicitou|pediu)|comme (?:demandé|convenu|vous me l[’']avez demandé)|conforme (?:solicitado|pedido|combinado)`,
);
const SENT_MAIL_ALONE: Combination[] = [[SENT_MAIL]];
const SOMEONE_SENT = filter(
  String.raw`(?:they|he|she|someone|somebody|scammers?|fraudsters?|the (?:\p{L}+\s+)?(?:client|recruiter|sender)|upwork|fiverr|freelancer(?:\.com)?|linkedin|(?:the )?(?:platform|support|site))\s+(?:\p{L}+\s+){0,2}?(?:sent|send\p{L}*|will send)`,
);
// "discord: ravix", "Voici mon télégramme : Fulvex": a channel labelled with a name after a colon.
const SENTENCE_WORDS =
  'ich|wir|mein\\p{L}*|das|der|die|es|ist|bin|hab|habe|leider|nicht|kein\\p{L}*|the|this|that|it|is|are|was|not|my|we|you|yes|no|nein|nope|never|nunca|jamais|non|sorry|unfortunately|only|just|yo|eu|je|nous|vous|le|la|les|el|los|las|não|pas|nur|auch|aber|but|and|und|et|y|e|o|a|an|ein\\p{L}*';
const LABELLED_HANDLE = concept(
  // (a bot's name is a product, not a person to reach: "Telegram: shop_helper_bot", also before a full stop)
  // (a word of the sentence is no name: "Wegen WhatsApp: Ich hab leider kein Handy", "Telegram: the app is down")
  String.raw`(?:${MESSENGER_NAMES})(?: (?:is|id|es|é|ist))?\s?:\s?(?!(?:${SENTENCE_WORDS})(?![\w@]))@?[A-Za-z][A-Za-z0-9_.]{2,31}(?<![Bb][Oo][Tt]\.*)(?![\w@]|:\/\/)`,
  String.raw`(?:${MESSENGER_NAMES})(?: (?:id|username|user ?name|handle|nick|name))? (?:(?:actually|now|still) )?(?:is|es|é|ist) [\x60'"“]?(?:@[A-Za-z][A-Za-z0-9_.]{2,31}|(?=[A-Za-z][A-Za-z.]*[0-9_])[A-Za-z][A-Za-z0-9_.]{2,31})(?![\w@])`,
  // A handle after a word of reaching, no channel named ("reach me: @quietmaple_77", "Pour me joindre : leamorel_dev",
  // "Contact: elz4y": labelling policy rule 51; a battery labelled blind by the policy, thirty-sixth session) — an @ or a
  // digit or "_" in it (after a bare "Contact:", a digit: "Contact: sales_team" is a desk), so that a name ("Contact: John") is
  // none.
  String.raw`(?:reach me|contact me|find me|dm me|ping me|add me|hmu|pour me joindre|me joindre|contactez-moi|contacte-moi|erreichbar unter|contáctame|escríbeme|me chama)\s?:\s?(?:@[A-Za-z][A-Za-z0-9_.]{2,31}|(?=[A-Za-z][A-Za-z]{0,30}[0-9_])[A-Za-z][A-Za-z0-9_]{3,31})(?![\w@.]|:\/\/)|(?:kontakt|contact|contacto|contato)\s?:\s?(?:@[A-Za-z][A-Za-z0-9_.]{2,31}|(?=[A-Za-z][A-Za-z_]{0,30}[0-9])[A-Za-z][A-Za-z0-9_]{3,31})(?![\w@.]|:\/\/)`,
);
// A messenger used as a verb: "telegram me", "whatsapp me", "wickr me".
const MESSENGER_ME_WORDS = String.raw`(?:telegram|whats ?app|discord|skype|signal|wickr|viber) me`;
const MESSENGER_ME = concept(String.raw`${MESSENGER_ME_WORDS}(?![\p{L}])`);
// A quotation's author or a mail header ("-- Name <x@aol.com>", "From: Name <x@gmx.de>"): a quote's source.
const QUOTED_AUTHOR = /^\s*(?:--|—|from:|von:|de ?:)|<[^<>\s]+@[^<>\s]+>/i;
// The reader's own address, as a mail or a notice shows it: after a greeting ("Olá, x@hotmail.com , tudo bem?", "Bonjour
// x@hotmail.com,"), in a header field at a line's start ("Para: x@…", "To: x@…"; not "Reply to: x@…", "encaminhar
// currículo para: x@…"), labelled as the customer's ("Email do Condutor(a) x@…"), or inside a link's query
// ("?cid=x@hotmail.com") — nobody's channel to write to (twenty-third session, the eighteenth set read). A finding
// whose only address is such a one is dropped; the writer's own beside it still counts ("Dear x@…, write to y@…").
const ADDRESSEE = asciiFirst(
  new RegExp(
    String.raw`(?:(?<![\p{L}])(?:hi|hello|hey|dear|ol[áa]|oi|prezad[oa](?:\(a\))?|car[oa]|hola|estimad[oa]|bonjour|bonsoir|salut|cher|chère|hallo|liebe[rs]?)[ \t]*[,:]?|(?:^|(?<=\n)|(?<=\d\s))[ \t]*(?:to|para|an|à|pour)[ \t]*:|(?<![\p{L}])(?:destinatário|destinataire|empfänger|recipient|compte associé|attention to(?: e-?mail)?|attn(?: to)?\.?)[ \t]*:|e-?mail (?:do|da|du|de la|del|of the) (?:condutor|conductor|cliente|client|customer|destinat\p{L}+|recipient|usu[aá]rio|user|titular)(?![\p{L}])(?:\(a\))?:?|[?&][\w-]+=)[ \t]*([\w.+-]+@[\w-]+\.[\w.]+)`,
    'giu',
  ),
);
// (after a greeting, only when the sentence goes on to the reader: "Oi, x@hotmail.com Você tem pontos …" — "Hi,
// x@gmail.com" alone is how a comment gives its writer's address)
const GREETING =
  /^[^@]*?(?:hi|hello|hey|dear|ol[áa]|oi|prezad|car[oa]|hola|estimad|bonjour|bonsoir|salut|cher|hallo|liebe)/iu;
const TO_THE_READER_AFTER = asciiFirst(
  /^[^@]*?(?<![\p{L}])(?:you|your|você|voce|seu|sua|vous|votre|tu|ton|ta|te|sie|ihr|ihre|du|dein|deine|usted|su|tudo bem|wie geht)(?![\p{L}])/iu,
);
function toTheReader(h: Hit): boolean {
  if (!h.sentence.includes('@')) return false;
  const theirs = [...h.sentence.matchAll(ADDRESSEE)].filter(
    (m) => !GREETING.test(m[0]) || TO_THE_READER_AFTER.test(h.sentence.slice((m.index ?? 0) + m[0].length)),
  );
  if (!theirs.length) return false;
  let rest = h.sentence;
  for (const m of theirs) rest = rest.replace(m[1], ' ');
  return h.words.some((w) => theirs.some((m) => m[1].includes(w) || w.includes(m[1]))) && !givesHandle(rest);
}
const BARE_HINT = new RegExp(String.raw`@(?:${WEBMAIL_HOSTS})\.|\d[\d\s().-]{8,}\d`, 'i');
const MAILBOX = new RegExp(String.raw`@(?:${WEBMAIL_HOSTS})\.[a-z.]{2,6}$`, 'i');
const BARE_CONTACT: Combination[] = [
  [concept(String.raw`(?<![\w.+-])[\w.+-]+@(?:${WEBMAIL_HOSTS})\.[a-z.]{2,6}(?![\w@])`)],
  [concept(String.raw`(?<![\d+])\+?\d[\d\s().-]{8,}\d`)],
];
// A phone number written the way its own country writes it (no "+"; libphonenumber cannot tell it valid without the
// country), labelled by the phone word right before it: a contact block or a booking clause ("Par téléphone au 06 55 55
// 01 59", "telefonisch unter 06021 – 448 63 62", "Kontakt Telefon: 0157 55501421", "Telefon/WhatsApp: 0170 / 5550142",
// "par téléphone auprès de Yannick au 05.55.86.47.90"; twenty-seventh session, the tuning text) — given, a note, as
// BARE_CONTACT's numbers are. (not a date: "phone on 2024-05-12")
const PHONE_DIGITS = /\d[\d ()./–-]{6,}\d/;
const LABELLED_NUMBER: Combination[] = [
  [
    concept(
      String.raw`(?:t[ée]l[ée]phon(?:e|ique)|telefon(?:isch|nummer)?|tel[eé]fono|telefone|phone|fone|handy|mobil|mobile|portable|celular|whats ?app|(?<=(?:my|mon|mi|meu|mein|ma) )(?:t[ée]l|tel|cel|cell|tlf|tfno|port))(?: ?/ ?(?:whats ?app|sms|fax|mobil|handy))?(?: (?:[a-zA-ZÀ-ÖØ-öø-ÿ]+ ){0,3}?(?:au|unter|at|al|ao|no|on|under)| ?:)? {0,2}(?:0[1-9](?:\.\d\d){4}(?![\d.])|(?!\d{4}[./-]\d{1,2}[./-]\d{1,2}(?!\d)|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}(?!\d))(?<![+\d] ?)\(?\d(?:[ ().\/–-]{0,3}\d){6,14}(?!\d))`,
    ),
  ],
];
// The family "new number" text: the writer's phone broken, lost or changed, and the reader asked to write or call "here"
// or to save the number ("Meu celular danificou a tela … qualquer novidade me chama aqui", "Mi móvil se rompió, y necesito
// que me escribas aquí", "Troquei de número. Salva aí.", "Mein Handy ist in der Werkstatt … dann kannst du mich
// anschreiben"; twenty-seventh session, the tuning text). "Here" is this number only where the phone is said to be new:
// a note ("my phone broke, write me here" may mean the platform's chat).
const PHONE_CHANGED = asciiFirst(
  new RegExp(
    String.raw`(?<![\p{L}])(?:(?:my|mi|el|meu|o|mon|le|mein|das) (?:phone|cell(?: ?phone)?|mobile|móvil|movil|celular|teléfono|telefone|telemóvel|téléphone|portable|handy|telefon)(?: \p{L}+){0,3}? (?:is |was |got |se |est |a |ist |wurde )?(?:broken|broke|damaged|cracked|stolen|lost|dead|rompió|roto|cayó|mojó|estropeó|dañó|quebrou|caiu|estragou|danificou|pifou|molhou|cassé|tombé|volé|kaputt|defekt|gestohlen|heruntergefallen|(?:in|zur|in der) (?:\p{L}+ )?(?:repair|reparatur|werkstatt))|se me (?:rompió|cayó|mojó|estropeó|dañó) (?:el|mi) (?:móvil|movil|celular|teléfono)|(?:troquei|mudei) de (?:número|numero|celular|chip|telefone)|cambi[eé] (?:de|mi) (?:número|numero|móvil|celular|teléfono)|j[’']ai changé de (?:numéro|portable|téléphone)|i (?:have )?changed my (?:phone )?number|(?:ich habe )?(?:meine|eine) neue (?:handy)?nummer|(?:estou|estarei|to|tô) usando (?:este|esse) (?:número |numero |celular |telefone )?(?:temporariamente|por enquanto|provisoriamente))(?![\p{L}])`,
    'iu',
  ),
);
const WRITE_HERE: Combination[] = [
  [
    concept(
      String.raw`(?:me )?(?:chama|chame|escreve|escreva|liga|ligue|manda mensagem|fala comigo) (?:aqui|aí|por aqui|neste número|nesse número)|salva (?:aí|ai|esse número|este número|o número|meu número)|(?:escr[ií]beme|ll[aá]mame|h[aá]blame|me escribas|me escribes|me llames|me hables|me llamas) (?:aquí|aqui|por aquí|a este número|en este número)|guarda (?:este|mi) (?:número|numero)|(?:écris-moi|écrivez-moi|appelle-moi|appelez-moi|contacte-moi) (?:ici|sur ce numéro|à ce numéro)|enregistre (?:ce|mon) (?:nouveau )?numéro|(?:text|message|call|write to|reach) me (?:here|on this number|at this number)|save (?:this|my new) number|(?:kannst|können) (?:du|sie) mich (?:mindestens |jetzt |ab jetzt |gerne |damit )?(?:anschreiben|anrufen)|schreib(?:en sie)? mir (?:hier|auf diese nummer)|speicher(?:e|n sie)? (?:die|diese|meine) (?:neue )?nummer`,
    ),
  ],
];
function newPhoneHere(message: PreparedMessage): Hit[] {
  // (the asked-to-write-here sentence through the index first: the phone's story is a scan of the whole text, 1 % of
  // the message rules' time when it ran on every message)
  const hits = readHits(message, WRITE_HERE);
  if (!hits.length || !PHONE_CHANGED.test(message.text)) return [];
  return hits.map((h) => ({ ...h, weak: true }));
}
// An address given to be paid at ("PayPal: x@qq.com") is a payment handle, not a contact.
// "Email: x", "**E-mail:** x" alone on its line; a heading line above it (a Markdown "#" or a short line ending in a colon).
const SHORT_LABEL_LINE = /^\W*(?:e-?mail|correo|courriel|mail)\W*:\W*\S+@\S+\s*$/i;
const PAYMENT_HEADING =
  /\b(?:pix|chave pix|paypal|payoneer|donat\w*|doa(?:ção|ções|r)|spende\w*|don(?:s|ation)?|donaci\w*|payment|pagamento|pago|zahlung)\b/i;
function headingAbove(sentences: readonly string[], index: number): string {
  for (let i = index - 1; i >= Math.max(0, index - 2); i--) if (/^\s*#|:\s*$/.test(sentences[i])) return sentences[i];
  return '';
}
// An address named as where a payment goes ("send the invoice to my PayPal: x@gmail.com"): a payment handle, whatever
// the payment rules make of it — not a channel to talk on (a review class of the nineteenth session).
// (unless the sentence invites there too: "My PayPal is x@gmail.com, or write me there"; "my paypal email is: x@…" is
// one too, the twenty-seventh set read)
// (every match holds its address's "@": sentences without one are not tried; the white space bounded, runs of it side by side
// were quadratic — a review of the thirty-sixth session)
const PAID_AT = needing(
  less(
    /^(?![^]*\b(?:write|contact|message|reach|talk|chat|e-?mail me|schreib\w*|escr[ií]b\w*|écri\w*|escrev\w*)\b)[^]*?\b(?:paypal|payoneer|wise|skrill|pix|zelle|venmo)(?:(?:\s{1,3}(?:account|id|e-?mail|address))?\s{0,3}(?:is(?:\s{0,3}:)?|:|at|-)|(?:(?!\b(?:but|aber|pero|mais|mas)\b)[^.!?\n;]){0,60}?\b(?:e-?mail|address)\s{0,3}(?:is(?:\s{0,3}:)?|:))\s{0,3}[\w.+-]+@[\w-]+\.[\w.]+/i,
  ),
  '@',
);
// A number given to send money to, not to talk on: "Manda Esse Valor Pra Este Numero M-Pesa: 855501442", "O Valor Envia
// Com Este 855501465" (mobile-money text messages; the thirteenth set read, twenty-first session), or a number followed by
// the payee's name where money is spoken of ("manda para este meu novo numero de 855501458 nome HELENA COSTA": a payee, not
// a new number to call; "Me chama no 845551234 nome Carlos" is one).
// (not a sentence that names a messenger too: "WhatsApp me at +1 415 …, I'll send the money details there" invites)
const MONEY_TO_NUMBER = hintedBy(
  new RegExp(
    String.raw`^(?![^]*\b(?:whats\w*|telegram|signal|zap|wpp|viber|skype|discord|sms)\b)(?:[^]*?(?:\b(?:${MOBILE_MONEY})\b|\b(?:valor|dinheiro)\s+(?:\S+\s+){0,2}?(?:manda|mande|envia|envie)\w*\b|\b(?:manda|mande|envia|envie|mandar|enviar)\w*\s+(?:\S+\s+){0,4}?(?:o )?(?:valor|dinheiro)\b)|(?=[^]*\b(?:valor|dinheiro|manda\w*|mande|envia\w*|envie|transf\w*|m-?pesa|e-?mola)\b)(?![^]*\b(?:liga\w*|chama|ligar|contacto|contato|fala)\b)[^]*?(?<!\d)\d{6,12}\s+(?:vem\s+)?(?:em\s+)?nome\b)`,
    'i',
  ),
  // (its words, one of which each match holds: a mobile-money app, a sum's or a sending's word — the pattern, read from every
  // character of a candidate sentence, cost ~6 µs a sentence)
  new RegExp(String.raw`${MOBILE_MONEY}|valor|dinheiro|manda|mande|envia|envie|transf`, 'i'),
);
// Not a channel to talk on, in job posts (real marketplace text, the benchmark's; twenty-first session): a LinkedIn or
// GitHub profile asked for as a CV is ("envoyer ton profil LinkedIn", "Schicke mir dein Profil oder LinkedIn-Link"), a
// team's internal chat after the hire ("online messaging (Internal Slack channel)"), a messenger in a list of tools to
// integrate ("SaaS platforms (HighLevel, Airtable, Slack, CRM systems …)"), mass messages to send with a tool.
const NOT_A_CHANNEL =
  /\b(?:(?:my|mon|mi|meu|mein)(?<!(?:talk|chat|write|message|reach|contact|dm|text)\w{0,3} (?:me |us )?(?:on|via|over|at|through) (?:my|mon|mi|meu|mein))\s+linkedin\s*:?\s*(?:https?:\/\/)?(?:www\.)?linkedin\.com\/in\/|(?:profile?|perfil|link|url|lien|compte|account|cuenta|conta)\s+(?:\w+\s+){0,2}?linkedin|linkedin[- ](?:profile?|profil|perfil|link|url|page)|linkedin\.com\/company\/|linkedin\s*(?:[/,]|ou|or|oder|o|y|e)\s*(?:[\w-]+\s*[/,]?\s*){0,2}?(?:cv|resume|résumé|github|portfolio|lebenslauf|curr[ií]cul\w*)\b|(?:cv|resume|github|portfolio|site perso)\s*(?:[/,]|ou|or|oder)\s*(?:[\w-]+\s*[/,]?\s*){0,3}?linkedin|internal (?:\w+\s+)?(?:slack|teams|chat|channel)|(?:em massa|en masse|masivos?|mass|bulk)\s+(?:\S+\s+){0,3}?(?:messenger|whats\w*|telegram|sms)|(?:messenger|whats\w*|telegram)\s+(?:\S+\s+){0,4}?(?:python|script|scraper|automa\w*))/i;
// (its words, one of which each match holds: most sentences found hold none, and the pattern is read from every character)
const NOT_A_CHANNEL_WORDS = /linkedin|internal|mass|masivo|bulk|python|script|scraper|automa/i;
const notAChannel = (s: string) => NOT_A_CHANNEL_WORDS.test(s) && NOT_A_CHANNEL.test(s);
// (a messenger as one item of a list of tools to integrate: "(HighLevel, Airtable, Slack, CRM systems …)" — an item
// between commas or brackets, in a sentence naming such tools; "add me on Telegram about the CRM" is no list)
const TOOL_NAMES = wordsAhead(
  /\b(?:saas|crm|airtable|zapier|hubspot|salesforce|make\.com|n8n|notion|jira|trello|asana|api|apis)\b/i,
);
const LISTED_MESSENGER = /(?:[,(]\s*)(?:slack|telegram|whats\w*|discord|skype|teams|signal|messenger)\s*[,)]/i;
const toolList = (s: string) => TOOL_NAMES.test(s) && LISTED_MESSENGER.test(s);
const PAYMENT_HANDLE = filter(
  String.raw`paypal|payoneer|zelle|venmo|skrill|revolut|cash ?app|payments?|payout|zahlung|pago|paiement|pagamento|pix|wallet|eth|btc|usdt|invoice|${MOBILE_MONEY}`,
);
// A number of seven or more digits, written with single separators (not a time, a range or a date: "call me at 10.30 -
// 11.00", "contact me on 14.00-16.00", "contact me after 2024-05-12" — but "06.55.01.72.48", five pairs from a 0, is a
// French number), right after "me", "at", "on", "unter", "al" … or a colon (not an order or a ticket: "contact me with
// your order number 4501234567").
// (… or right after the verb where the language puts "me" before it or inside it: "Me chama 49 99555-0172", "Llámame 612 345
// 678", "Schreib mir 0151 23456789" — as "Call me 415 555 0132" was read; a parity probe, fifty-fifth session. Not a bare
// "mir": "Schick mir 1000000" is no number to call.)
const PHONE_LINE = String.raw`(?<![\w+])(?:0[1-9](?:\.\d\d){4}(?![\d.])|(?!\d{4}[./-]\d{1,2}[./-]\d{1,2}(?!\d)|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}(?!\d))(?:\+\s?)?\(?\d(?:[\s().\/-]{0,2}\d){6,14}(?!\d)|${MASKED_PHONE})`;
const NUMBER_AFTER = filter(
  String.raw`(?:(?:me|mich|moi|at|on|via|under|unter|an|al|au|ao|à|no|na|pelo|pela|em|en|sur|(?<=(?<![\p{L}])me )(?:chama|chame|liga|ligue)|(?<![\p{L}])(?:ll[aá]mame|ll[aá]meme|escr[ií]beme|escr[ií]bame)|(?<=(?<![\p{L}])schreib(?:e|t|en sie)? )mir)(?:\s*:\s*|\s+)|(?:contacter|contactez|contactar|contatar|kontaktieren)\s*:\s*)${PHONE_LINE}`,
);
const DIRECT: Combination[] = [
  [NUMBER_NOUN, NEW_NUMBER],
  [MESSENGER_ME],
  // the short names only after a plain "add me on": "add me on wa", "dm me on ig", "reach me on wa" ("WA" alone is a US state)
  [
    concept(
      String.raw`(?:add|text|msg|message|hit|ping|dm|reach|contact|call|write|catch) me (?:up )?on (?:wa|ig)(?![\p{L}])(?! state)|hmu (?:on|via|at|in) (?:wa|ig|tg|${MESSENGER_NAMES})(?![\p{L}])`,
      // … and the languages' own verbs before the short names ("meld dich auf wa", "escríbeme al wa", "écris-moi sur wa", "me chama
      // no wa"), or before any messenger where the verb is the borrowed "adden" ("adde mich auf Signal") — a parity battery of
      // English cases rendered in the four languages: none was read
      String.raw`(?:meld(?:e)? dich|schreib(?:e)? mir|adde? mich) (?:auf|über|per|bei|in) (?:wa|ig|tg)(?![\p{L}])|(?:add(?:e|et|en sie)?|füg(?:e|t|en sie)?) mich (?:bitte |doch |mal |einfach )?(?:auf|bei|über|in) (?:${MESSENGER_NAMES})(?![\p{L}])|fügst du mich (?:\p{L}+ ){0,2}?(?:auf|bei|über|in) (?:${MESSENGER_NAMES})(?![\p{L}])|(?:escr[ií]beme|h[aá]blame|agr[eé]game|a[nñ][aá]deme|m[aá]ndame un mensaje) (?:al|por|en|a mi) (?:wa|ig|tg)(?![\p{L}])|(?:[ée]cris-moi|ajoute-moi|contacte-moi|envoie-moi un message) (?:sur|par|via|en) (?:wa|ig|tg)(?![\p{L}])|(?:me chama|me add|me adiciona|me manda (?:uma )?mensagem|fala comigo) (?:no|na|pelo|pela) (?:wa|ig|tg)(?![\p{L}])`,
      // Twitter only where the writer is to be reached there ("Reach me on Twitter : …", "DM me on twitter", "tweet me"): a
      // word of the work too ("a Twitter bot", "Twitter ads"), not among the messengers (a review of the forty-eighth session)
      String.raw`(?:add|text|msg|message|hit|ping|dm|pm|reach|contact|write|find|catch) me (?:up )?(?:on|via|at|through|over) twitter(?![\p{L}])|tweet me(?![\p{L}])`,
      // Something to be sent to the writer by e-mail or a messenger ("Send me the details by email", "Envíame los detalles por
      // correo", "Envoie-moi les détails par mail") — as "Schick mir die Details per Mail" and "Me manda os detalhes por email" were
      // read (a review of the forty-eighth session); the writer themself, not an organisation's "Envoyez-nous votre CV par email:"
      String.raw`(?<![\p{L}])(?:send|forward|email|e-mail|mail) (?:it |them |those |that |this )?(?:over )?(?:to )?me (?:(?!by |via |over |through )\p{L}{1,20} ){0,4}(?:by|via|over|through) (?:e-?mail|mail|whats ?app|telegram)(?![\p{L}])|(?<![\p{L}])(?:env[ií]ame|env[ií]eme|m[aá]ndame|m[aá]ndeme) (?:(?!por )\p{L}{1,20} ){0,4}por (?:e-?mail|mail|correo|whats ?app|telegram)(?![\p{L}])|(?<![\p{L}])(?:envoie|envoyez|transmets|transmettez)[- ]moi (?:(?!par )\p{L}{1,20} ){0,4}par (?:e-?mail|mail|courriel|whats ?app|telegram)(?![\p{L}])`,
    ),
  ],
  // "please send me your rates to tk@example.app", "encaminhar currículo para: x@gmail.com"
  [
    concept(
      String.raw`(?:send|e-?mail|forward|envie|enviem|enviar|envíe|envíen|envía|encaminh\p{L}*|mande|mandem|manden|mandar|schick\p{L}*|senden sie|sende|envoyez|envoyer|envoie|adressez)(?:-(?:nous|moi|nos|me))?\s+(?:(?:\(?\p{L}+\)?,?|/)\s+){0,14}?(?:to|para|an|à|a)\s?:?`,
    ),
    EMAIL_ADDRESS,
  ],
  [LABELLED_HANDLE],
  // "you can mail me", "e-mail me if needed"
  // (not Spanish or Portuguese narration after a mail: "recibía ese mail me preguntaba …")
  [concept(String.raw`(?:e-?)?mail me(?!\s+\p{L}+(?:aba|ía|ió|aron|ieron|ava|ou)(?![\p{L}]))`)],
  [CHANNEL, CONTACT_ME],
  // "you can contact me at x@y.com", "please let me know via x@y.com" (the anchored concept first)
  [CONTACT_ME, EMAIL_ADDRESS],
  [CONTACT_ME, SPELLED_EMAIL],
  // "Bitte kontaktieren Sie uns … über x@hotmail.com", "please contact us at x@gmail.com": "us" at a webmail address is
  // a person's mailbox, not an organisation's desk (the seventeenth set read, twenty-fifth session)
  [
    concept(
      String.raw`contact us|get in touch with us|write to us|(?:e-?mail|message|reach) us|contactez[- ]nous|écrivez[- ]nous|kontaktieren sie uns|kontaktiere uns|schreiben sie uns|cont[aá]ct(?:anos|enos)|escr[ií]b(?:anos|enos)|(?:entre em contato|fale) conosco`,
    ),
    filter(String.raw`(?<![\w.+-])[\w.+-]+@(?:${WEBMAIL_HOSTS})\.[a-z.]{2,6}(?![\w@])`),
  ],
  // "text me at 415 555 0134", "call me on (11) 95555-1297" (NUMBER_AFTER says which numbers)
  [CONTACT_ME, NUMBER_AFTER],
  [CHANNEL, SPELLED_EMAIL],
  [OFFER_MINE, CHANNEL],
  // "Telegram: @dev_martin", "WhatsApp +1 415 555 0134", "my handle is devmartin#2231"
  [MESSENGER_OR_PHONE, HANDLE],
  // "Mon numéro : 06 XX XX XX XX", "Meu número: (11) 9XXXX-XXXX": the writer's own number, masked by its publisher — a number
  // given as the unmasked line is (a review of the thirty-third session). Not the masked form beside PHONE_WORD and
  // MINE_OR_ME below: they take "call", "text" and no "number", and so read held out one more wrong red flag.
  [
    concept(
      String.raw`(?:my|mon|mi|meu|minha|mein\p{L}*) (?:(?:phone|mobile|cell|whats ?app|telefon\p{L}*|handy) )?(?:number|numéro|número|numero|nummer|telefone|téléphone|teléfono|phone|handy|celular|portable|whats ?app|handynummer|telefonnummer)`,
    ),
    filter(MASKED_PHONE),
  ],
  // … and the unmasked number right after it ("my number is 415 555 0132", "Meine Handynummer ist 0151 23456789", "My cell:
  // 415 555 0132") as "Mi número es 612 345 678" was read (a parity probe, fifty-fifth session). The possessive and the noun
  // side by side, the digits after at most a verb: PHONE_WORD beside "me" anywhere took "number" for a phone and read held out
  // one more wrong red flag (the thirty-third session).
  [
    concept(
      String.raw`(?<![\p{L}])(?:my|mon|mi|meu|minha|mein\p{L}*) (?:(?:phone|mobile|cell|whats ?app|telefon\p{L}*|handy) )?(?:number|numéro|número|numero|nummer|telefone|téléphone|teléfono|phone|handy|celular|portable|cell|mobile|móvil|telemóvel|handynummer|telefonnummer|mobilnummer)(?:\s{0,3}:\s{0,3}|\s{1,3}(?:(?:is|es|est|é|ist|lautet|e)[\s:]{1,4})?)${PHONE_LINE}`,
    ),
  ],
  // A bot to write to: "Message our bot @task_earn_bot to start earning" (a bot only named is a product: below).
  // The verb first (an anchored concept), the bot's name a filter.
  [
    concept(
      String.raw`message|write|text|contact|start|dm|chat|talk|send|go to|open|join|schreib\p{L}*|kontaktier\p{L}*|starte\p{L}*|escrib\p{L}*|contact\p{L}*|envía\p{L}*|écri\p{L}*|envoie\p{L}*|démarre\p{L}*|escreve\p{L}*|mand\p{L}*|inicia\p{L}*|fala`,
    ),
    filter(String.raw`@[A-Za-z0-9_]{2,29}bot(?![\w@])|t\.me/[A-Za-z0-9_]{2,29}bot(?![\w/])`),
  ],
  [PHONE_WORD, MINE_OR_ME, concept(String.raw`(?<![\d+])\+?\d[\d\s().-]{6,}\d`)],
  [CONTACT_WORD, MY_CONTACT, concept(String.raw`(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.]+|(?<![\d+])\+?\d[\d\s().-]{6,}\d`)],
  // "my e-mail: x@y.com" (an @mention beside the word "email" is a reply on a tracker, not a handle)
  [CHANNEL, concept(String.raw`(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.]+`)],
];
// "Please send me your contact details", "Você pode nos informar um e-mail ou algum contato?"
const CONTACT_DETAILS: Combination[] = [
  [
    TALK,
    concept(String.raw`contact|contatos?|kontaktdaten|contacto|coordonnées`),
    filter(
      String.raw`(?:your|ihre|deine|tus|sus|vos|tes|seu|seus|sua) (?:\p{L}+\s+)?(?:contact details|contact info\p{L}*|kontaktdaten|datos de contacto|coordonnées|contatos?)|(?:algum|um|outro) contato`,
    ),
    concept(
      String.raw`send|give|share|tell|let me know|schick\p{L}*|send\p{L}*|geben|dame|d[ée]me|envía\p{L}*|envoie\p{L}*|envoyez|passa|manda|informar|pode`,
    ),
  ],
  // "laissez-moi vos coordonnées", "déjame tus datos de contacto", "please reply with contact details": the reader's contact
  // asked for by one person with no talk word (the tuning text's recruiters, forty-fifth session). Not a business's "laissez-nous
  // vos coordonnées" (a website's call-back form, five pages of bench/benign-web).
  [
    concept(
      String.raw`(?:laiss(?:ez|e)-moi|(?:merci de|pouvez-vous|pourriez-vous|peux-tu|veuillez) (?:me|m[’'])\s?laisser|d[ée]jame|d[ée]jeme|deix(?:e|a)-me|(?:reply|respond|answer) with)\s+(?:(?:vos|tes|tus|sus|seus|teus|ihre|deine|your|ur)\s+)?(?:coordonnées|datos de contacto|(?:dados de )?contatos?|kontaktdaten|contact (?:details|info(?:rmation)?))(?! (?:de facturation|bancaires|postales|de livraison|de facturación|de faturamento))(?![^.!?\n]{0,60}(?:sheet|spreadsheet|csv|excel|table|tabelle|hoja|planilha|tableau))`,
    ),
  ],
];
// Asking for the reader's contact: "what is your email?", "can you leave an email address?", "could you send
// me your email contact?", "possible to share email address or telegram?", "me passa seu zap". ("manda um whats para
// contato" asks; "mandar um e-mail para contato@loja.com" names a shop's desk: the twenty-seventh set read)
const ASK_CONTACT: Combination[] = [
  [
    concept(
      String.raw`(?:what(?:[’']?s| is| s) (?:your|ur)|what (?:your|ur)(?= new (?:telegram|whats ?app|discord|skype|e-?mail|number)\s*\?)|(?:please|pls|plz|pelase|plase|kindly|can you|could you) provide(?: me)?(?: your| ur| an?)?|(?:sen[dt]|give|tell|drop) me (?:your|ur|an?|the)|(?:share|leave|post) (?:your|ur|an?)|(?:enter|drop|give) (?:your|ur)|(?<!screen[- ]?)share) (?:\p{L}+\s+)?(?:e-?mail|mail|email address|phone|number|whats ?app|telegram|discord|skype|contact)(?![\s-]+(?:server|guild|bots?|api|token|webhook|channel|group|integration|sdk|plugin|template|widget|logs?|export|data|error|notifications?|credentials))`,
      String.raw`(?:do|did) (?:you|u) have (?:an? |any )?(?:e-?mail|email address|phone|number|whats ?app|contact)`,
      // "Send your personal email." (a review of the forty-fifth session: the other four languages asked it already)
      String.raw`(?:send|give|share|drop|text|dm)(?: (?:me|us))? (?:your|ur) (?:personal|private|direct|own) (?:e-?mail(?: address)?|(?:phone |cell |mobile )?number|phone|whats ?app|telegram|contact(?: details| info)?)`,
      // "tem um numero celular para que eu possa falar?", "¿tienes un número de WhatsApp?", "tu aurais un numéro ?" — the
      // reader as the subject (Portuguese "tem" and Spanish "tiene" name anyone: "ele tem um número finito de …", "o
      // cachorrinho tem telefone?", so only with "você" or with the talk it is for)
      String.raw`(?:tens|tienes|tendrías|as-tu|tu as|avez-vous|vous avez|tu aurais|vous auriez|(?:você|voce|vc|usted|tu) (?:tem|teria|tiene|tendría)) (?:um |uma |algum |alg[uú]n |un |une )?(?:n[uú]mero|numéro|celular|telefone|tel[eé]fono|téléphone|e-?mail|correo|whats ?app|zap)(?! d[eo] (?:pedido|encomenda|rastreio|protocolo|cpf|documento|cart[aã]o|s[eé]rie|serie|commande|suivi))|tem (?:um |algum )?(?:n[uú]mero|celular|telefone|whats ?app|zap)(?: \p{L}+)? (?:pra|para) (?:que )?(?:eu )?(?:possa )?(?:falar|conversar|ligar|te ligar|entrar em contato)`,
      // "Your WhatsApp?", "Ton Telegram stp", "¿Tu WhatsApp?", "Dein Telegram bitte" — the whole message an ask for the reader's
      // messenger (a five-language probe, thirty-fifth session)
      String.raw`(?<=^\W{0,3})(?:your|ur|tu|ton|votre|teu|seu|dein|deine|ihr|ihre)\s+(?:${MESSENGER_NAMES}|n[uú]mero|numéro|nummer|handynummer|phone number|number)(?=\s*(?:\?|(?:pls|please|plz|stp|svp|por ?fa(?:vor)?|bitte|s[’']il (?:te|vous) pla[iî]t)\W*$))`,
      // "comment w/ your skype username", "drop your discord handle below"
      String.raw`(?:comment|reply|post|leave|send|share|drop|give|tell|write|enter|dm)\s+(?:\p{L}+\s+){0,2}?(?:w/\s*|with\s+)?(?:your|ur) (?:${MESSENGER_NAMES}) (?:username|user ?name|handle|id|tag)`,
      // "I need your telegram", "you can provide you discord", "what your telegram?"
      String.raw`(?:reply|respond|answer) with (?:your|ur) (?:(?:${MESSENGER_NAMES})(?: number| handle| id)?|e-?mail(?: address)?|phone(?: number)?|(?:whats ?app |mobile |cell )?number(?! of| from| in)|contact (?:details|info))|(?:need|want|provide|give me|send me|let me know|tell me) (?:your|ur|you) (?:${MESSENGER_NAMES}|e-?mail|number|phone|contact|user ?name|handle)|(?:need|want|require) (?:\p{L}+\s+){1,4}?and (?:your|ur) (?:${MESSENGER_NAMES}) (?:number|nr|no|id|handle|contact)|wh?[ae]i?t (?:is )?(?:your|ur|u) (?:${MESSENGER_NAMES}|e-?mail|number)`,
      String.raw`(?:dame|pásame|p[aá]same|envíame|mándame|dime|d[eé]me|p[aá]seme|env[ií]eme|m[aá]ndeme|d[ií]game|comp[aá]rte(?:me|nos)|comp[aá]rta(?:me|nos)) (?:tu|su) (?:correo|e-?mail|n[uú]mero|whats ?app|telegram|contacto|discord|signal|skype)|(?:donne|envoie|laisse)[sz]?-moi (?:ton|votre) (?:e-?mail|mail|numéro|whats ?app|contact)|(?:passa|passar|passe|passem|manda|mandar|mande|mandem|envia|enviar|envie|enviem|deixe|deixa|deixem)(?:-me|-nos)?\s+(?:\p{L}+\s+){0,6}?(?:o )?(?:seu|teu) (?:e-?mail|n[uú]mero(?! d[eo] (?:pedido|encomenda|rastreio|protocolo|cpf|documento|cart[aã]o|s[eé]rie))|zap|whats ?app|whats|contato)|(?:teria|tens|tienes|tendrías) (?:o |el )?(?:seu|teu|tu) (?:contato|contacto|e-?mail|correo|n[uú]mero|whats|zap)|(?:preciso|quero|necesito|quiero) (?:d[oa]s? |de )?(?:seus|teus|tus|sus) (?:dados|contatos?|datos|contactos?)(?! bancári| bancari| pessoais| personales| de acesso| de acceso)|(?:preciso|quero|queria|gostaria|necesito|quiero|quería) (?:d[oa] |de |del )?(?:seu|teu|tu|su) (?:e-?mail|n[uú]mero|whats\p{L}*|zap|telegram|correo)|(?:passa|passar|manda|mandar|envia|enviar) (?:um|uma) (?:e-?mail|n[uú]mero|whats\p{L}*|zap|contato) (?:para|de|pra) conta(?:c)?to(?!@)|(?:gib|schick|sende) mir (?:mal |bitte |doch |kurz |schnell |mal eben )?(?:deine|ihre) (?:e-?mail|mail|nummer|telefonnummer|handynummer|mobilnummer|whats ?app-?nummer|kontaktdaten)`,
      // "Can I get your WhatsApp number?", "Kann ich deine Nummer haben?", "¿Me pasas tu número?", "Tu peux me
      // donner ton numéro ?" (seventeenth session: plain questions no pattern had)
      String.raw`(?:(?:can|could|may|might) (?:i|we)|(?:if|whether) (?:i|we) (?:could|can|might|may)) (?:please )?(?:get|have|ask for|grab) (?:your|ur) (?:\p{L}+\s+)?(?:e-?mail|email address|whats ?app|wa (?:number|no|nr|num|contact|id)(?![\p{L}])|telegram|discord|skype|signal)(?! (?:bot|api|business|list|lists|credentials|server|token|webhook|group|channel|link|invite|campaign|template|newsletter|export|data|logs?|preferences|settings|signatures?|footer|notifications?|digest))|(?:kann|könnte|darf|dürfte) ich (?:bitte )?(?:deine|ihre|dein|ihr) (?:whats ?app-?nummer|e-?mail-adresse|telegram) (?:haben|bekommen)|(?:me )?(?:pasas|pasa|das|da|compartes|comparte|(?:puedes|podrías|puede|podría) (?:pasar|dar|compartir|enviar|mandar))(?:me)? (?:tu|su) (?:n[uú]mero de )?(?:whats ?app|telegram|correo(?: electrónico)?)(?! (?:de (?:la )?(?:empresa|factura|pedido)))|(?:tu peux|peux-tu|pourrais-tu|vous pouvez|pouvez-vous|pourriez-vous) (?:me |m[’'])(?:donner|passer|envoyer|laisser|communiquer) (?:ton|votre) (?:num[ée]ro (?:de )?)?(?:whats ?app|telegram|e-?mail|adresse e-?mail|adresse mail)`,
      // "Schicken Sie uns Ihre WhatsApp-Nummer", "Sie müssen mir jetzt Ihre WhatsApp-Nummer schicken" (the imperative opens its
      // clause: "In manchen Fällen geben Sie uns lediglich Ihre E-Mail-Adresse" tells, a privacy page — an adverb of how often
      // or where before the verb makes it a statement; forty-second session)
      // "Envía su número de teléfono", "¿podría facilitarme su correo?"
      String.raw`(?<!(?:fällen|falle|manchmal|oft|häufig|meist|meistens|gelegentlich|normalerweise|üblicherweise|dabei|hierbei|dort|hier)\s+)(?:schicken|senden|geben|nennen|teilen) sie (?:mir|uns) (?:\p{L}+\s+){0,2}?(?:ihre|eine) (?:whats ?app-?nummer|telegram-?nummer|signal-?nummer|handynummer|telefonnummer|nummer|e-?mail\p{L}*|kontaktdaten)|(?<=(?:mir|uns|ihm|ihr) (?:\p{L}+\s+){0,10}?(?:ihre|eine|deine) (?:private |persönliche |direkte |eigene )?)(?:whats ?app-?nummer|telegram-?nummer|signal-?nummer|handynummer|telefonnummer|e-?mail-adresse)(?= (?:zu)?(?:schicken|senden|geben|mitteilen|nennen|schickst|sendest|gibst|mitteilst|nennst))|env[ií]a(?:me|nos)? (?:tu|su) (?:n[uú]mero|correo|whats ?app|tel[eé]fono)|(?:le|nos|me) (?:mandes|envíes|pases|des|mande|envíe|pase|dé) (?:tu|su) (?:n[uú]mero(?: de (?:whats ?app|tel[eé]fono|celular|m[oó]vil))?(?! de)|correo(?: personal| privado)?|whats ?app|telegram|tel[eé]fono)|(?:lui|leur|nous|me|m[’']) ?(?:envoyer|envoyiez|donner|donniez|communiquer|communiquiez|transmettre|transmettiez) (?:votre|ton) (?:num[ée]ro (?:de )?(?:whats ?app|telegram|portable|téléphone|mobile)|(?:whats ?app|telegram)|adresse (?:e-?)?mail (?:perso\p{L}*|privée)|(?:e-?)?mail (?:perso\p{L}*|privé))|facilit\p{L}+ (?:tu|su) (?:n[uú]mero|correo|gmail|contacto|whats ?app)`,
    ),
  ],
];
// The reader's phone number asked for, in five languages (lib/rules/number-asked.ts: the forty-second session and its reviews) — a
// concept of its own, read where its own first words are (inside ASK_CONTACT it was tried wherever any of that concept's were).
const NUMBER_ASK: Combination[] = [[concept(NUMBER_ASKED)]];
// "Where can I contact you?": asked without a channel (weak: a note).
const WHERE_REACH: Combination[] = [
  [
    concept(
      String.raw`contact|reach|write|get in touch|contacter|joindre|erreichen|kontaktieren|contactar|contatar|entrar em contato|best (?:way|mode|place)`,
    ),
    filter(
      String.raw`how (?:do|can|could|should|shall) (?:i|we) (?:get in touch with|contact|reach) you|how (?:i|we) (?:can|could) (?:contact|reach) you|(?:is there|any) (?:a )?way (?:i|we) (?:can|could) (?:contact|reach) you|best (?:way|mode|place) (?:of|to|for) (?:contact|reach|discuss)|(?:como|onde) (?:faço|posso) para (?:entrar em contato|falar) com (?:você|voce|vc)|(?:cómo|como) (?:puedo|podemos) contactar(?:te|le|lo)?|comment (?:puis-je|pourrais-je|peut-on) (?:vous|te) (?:contacter|joindre)|wie kann ich (?:dich|sie|ihnen) (?:kontaktieren|erreichen|schreiben)|(?:where|how) (?:can|could|may) i (?:contact|reach|write to) you|où (?:puis-je|pourrais-je|peut-on) (?:te|vous) contacter|wie kann ich (?:dich|sie) (?:erreichen|kontaktieren)|(?:dónde|cómo) (?:puedo|te puedo|le puedo) contactar|(?:onde|como) (?:posso|eu posso|faço para) (?:te )?conta(?:c)?tar`,
    ),
  ],
];
// The contact pointed to where the reader can find it: "you can find my email in my profile", "click on my name to
// see my profile & email address", "mi correo está en mi perfil".
const IN_MY_PROFILE: Combination = [
  // A channel or an address named, not the verb ("check my profile and contact me here" stays on the platform).
  concept(
    String.raw`e-?mail(?: address)?|mail address|correo|linkedin|telegram|whats ?app|skype|discord|contact (?:details|info\p{L}*)|kontaktdaten|datos de contacto|coordonnées|meus contatos`,
  ),
  concept(String.raw`find|see|click|encontr\p{L}*|veja|está|finden|steht|trouver\p{L}*|voir|trouve`),
  filter(String.raw`(?:my|mi|meu|minha|mein\p{L}*|mon|ma) (?:\p{L}+\s+)?(?:profile|bio|perfil|profil)`),
];
/**
 * An e-mail sent and the talk moved there in a later sentence: "I have sent you an email, have a look. Reply back to
 * me there, so we can reach an agreement" (the same in one sentence is SENT_ELSEWHERE's).
 */
function sentThenThere(message: PreparedMessage): Hit[] {
  const sent = readHits(message, SENT_MAIL_ALONE, { anyVoice: true, unless: [SOMEONE_SENT] });
  if (!sent.length) return [];
  const { sentences } = message;
  for (let j = sent[0].index + 1; j < sentences.length && j <= sent[0].index + 2; j++)
    if (replyThere(sentences[j])) return [sent[0], { sentence: sentences[j], index: j, words: [], weak: false }];
  return [];
}
// The talk asked to go on there, in the present or as an imperative ("Reply back to me there", "let's continue the
// conversation over there", "Répondez-moi là-bas", "Respóndeme ahí") — not what is there ("follow the link there",
// "the details are there", "I've written there", "Respondi lá").
const REPLY_THERE = asciiFirst(
  new RegExp(
    String.raw`(?<![\p{L}])(?:(?:reply|respond|answer|revert|continue|talk|chat|discuss|get back)\s+(?:\p{L}+\s+){0,3}?(?:over )?there|(?:répondez|réponds|répondre|écrivez|écris|continuons|parlons|discutons)(?:-moi|-nous)?\s+(?:\p{L}+\s+){0,2}?(?:là-bas|par là)|(?:respóndeme|respondeme|responde|contéstame|contesta|escríbeme|escribeme|escribe|hablemos|sigamos)\s+(?:\p{L}+\s+){0,2}?(?:ahí|allí|allá)|(?:responda|responde|me responde|fala|continua|continue|conversa|vamos conversar)\s+(?:\p{L}+\s+){0,2}?(?:lá|ali)|dort\s+(?:\p{L}+\s+){0,3}?(?:antworten|weiterreden|weitersprechen|weiterschreiben)|(?:antworte|antworten sie)\s+(?:\p{L}+\s+){0,2}?dort)(?![\p{L}])`,
    'iu',
  ),
);
// Negated in its clause ("please don't reply there"), not by a negation after it ("reply there, not here") nor an
// idiom ("no worries, just reply there"): the sentence reading's negation (lib/text/speech.ts).
function replyThere(s: string): boolean {
  const m = REPLY_THERE.exec(s);
  return !!m && !negatedInClause(s, m.index);
}
/**
 * "Contact me" with the contact on a line of its own just below: "I want you to work for money, contact me⏎
 * https://www.facebook.com/…", "If you are interested, contact me.⏎ x@gmail.com", "Please reach out to me here:⏎
 * https://www.linkedin.com/in/…" (twenty-first session, the read text) — the invitation and the channel, over two lines.
 */
const CONTACT_ME_ALONE: Combination[] = [[CONTACT_ME]];
const PROFILE_LINK =
  /^\W*(?:https?:\/\/)?(?:www\.|m\.)?(?:facebook\.com|fb\.com|instagram\.com|linkedin\.com\/in|twitter\.com|x\.com|t\.me|wa\.me|discord\.gg|discord\.com\/users|skype:)\/?[\w.?=&%/-]{2,}\W*$/i;
const CHANNEL_ROW = asciiFirst(
  new RegExp(String.raw`^[^\p{L}\d]*(?:(?:${MESSENGER_NAMES}|e-?mail|gmail)(?![\p{L}])[^\p{L}\d]*){1,6}$`, 'iu'),
);
function contactBelow(message: PreparedMessage): Hit[] {
  if (!message.text.includes('\n')) return [];
  const asked = readHits(message, CONTACT_ME_ALONE, { unless: [PLACEHOLDER, QUOTED_AUTHOR] });
  const { sentences } = message;
  // (a row of channels' names under it, no handle below: "Contact with me⏎LinkedIn Telegram Instagram" — a profile's badge
  // row, where the contact is behind the badges: a note; the twenty-sixth set read, thirty-third session)
  let row: Hit[] = [];
  for (const h of asked) {
    for (let j = h.index + 1; j <= h.index + 2 && j < sentences.length; j++) {
      const line = sentences[j];
      if (line.length > 120 || PLACEHOLDER.test(line) || isDesk(line) || QUOTED_AUTHOR.test(line)) continue;
      const contact = PROFILE_LINK.test(line) || (givesHandle(line) && line.split(/\s+/).length <= 6);
      if (contact) return [h, { sentence: line, index: j, words: [], weak: false }];
      if (!row.length && line.length <= 80 && CHANNEL_ROW.test(line))
        row = [
          { ...h, weak: true },
          { sentence: line, index: j, words: [], weak: true },
        ];
    }
  }
  return row;
}
// An organisation's line to call or write ("If you did not make this payment, contact us immediately at 09 55 50 14 27",
// "llámanos de inmediato al (604) 510 9095", "contactez immédiatement le 09 …", "merci de prendre contact avec notre
// service client au 01 …"): a channel off the platform, but a desk's, not a person's — weak, a note (the thirteenth set
// read, twenty-first session; labelling policy v2.1 reads business lines as move-off, with doubt).
const CONTACT_US: Combination[] = [
  [
    concept(
      String.raw`contact us|call us|text us|reach us|ring us|(?:contact|call) (?:our |the )?(?:support|billing(?: department| support)?|customer (?:service|support|care)|help ?desk|fraud (?:department|team))|ll[aá]manos|cont[aá]ctanos|comun[ií]quese|contactez(?:-nous)?|appelez(?:-nous)?|prendre contact|ligue(?:-nos)?|entre em contato|rufen sie (?:uns )?an|kontaktieren sie uns|contacter`,
    ),
    NUMBER_AFTER,
  ],
  [
    concept(String.raw`contactez|appelez|ll[aá]me|llamar|ligue|ligar|rufen sie`),
    filter(String.raw`(?:le|al|au|para o|unter)\s+\(?\+?\d[\d\s().-]{7,20}\d`),
  ],
];
// Contact asked through a link, the place it leads to not named ("Entre em contato comigo pelo link…", "Clique no link
// para nos adicionar", "contact me through the link in my bio"): somewhere off the page, unnamed — weak, a note (the
// tuning text's part-time-job SMS, twenty-fifth session).
const LINK_CONTACT: Combination[] = [
  [
    concept(
      String.raw`(?:contact|message|reach|add|text|write to|chat with|talk to) (?:me|us) (?:via|through|by|using|at|on|with) (?:the |this |that |my |our |a )?link|click (?:on )?(?:the |this |my |our )?link (?:below |above )?(?:to|and) (?:add|contact|message|chat with|talk to|reach|write to) (?:me|us)|entr(?:e|em|ar) em contato (?:comigo |conosco )?(?:pelo|através do|por este|neste) link|clique no link (?:abaixo )?para (?:me|nos) (?:adicionar|contatar|chamar)|(?:cont[aá]ctame|cont[aá]ctanos|escr[ií]beme|agr[eé]game) (?:en|por|a través de(?:l)?|mediante) (?:el|este|mi) (?:enlace|link)|haz clic en el (?:enlace|link) para (?:contactarme|contactarnos|agregarme|escribirme)|contactez-(?:moi|nous) (?:via|par|avec) (?:le|ce) lien|kontaktier(?:en sie)? (?:mich|uns) (?:über|per) (?:den|diesen) link`,
    ),
  ],
];
// (a site's copy being written: "For the footer I suggest: Call us at 415 555 0134 for a free estimate")
const SAMPLE_COPY =
  /\b(?:footer|header|banner|landing page|homepage|copy|template|mock-?up|placeholder|sample|e\.g\.|for example)\b/i;
const PRIVATE_TALK: Combination[] = [[PRIVATELY, TALK, PERSON]];
// (a job post's warning against it: "If you reach out to me outside of Upwork, you will be discarded")
const WARNED_OFF = filter(
  String.raw`(?:will|would) be (?:discarded|rejected|banned|reported|disqualified|blocked|ignored)|(?:i|we)(?:[’']ll| will) (?:report|reject|ban|block|discard|ignore)|ser[áa]s? (?:descartad|rechazad|reportad|bloquead)\p{L}*|(?:wirst|werden) (?:\p{L}+ )?(?:aussortiert|abgelehnt|gemeldet|blockiert)|(?:seras?|serez) (?:rejetée?s?|écartée?s?|signalée?s?|bloquée?s?)`,
);
// (a module constant: a list made at each call is looked up by its content, each time)
const BARE_ASKED_ALONE: Combination[] = [[BARE_ASKED]];
// Off the platform said outright, or a personal contact promised: "let's discuss privately outside of Upwork".
const OFF_PLATFORM =
  /\b(?:outside (?:of )?(?:the |this )?(?:platform|upwork|fiverr|freelancer|site)|off (?:the )?(?:platform|upwork|fiverr|site)|(?:personal|private|direct) (?:contact|number|e-?mail)|fora d[ao] plataforma|fuera de la plataforma|en dehors de la plateforme|außerhalb der plattform)\b/i;
function offPlatform(s: string): boolean {
  const m = OFF_PLATFORM.exec(s);
  return !!m && !negatedInClause(s, m.index);
}
/**
 * A private talk asked for ("discuss it privately") or the reader's contact details ("let me know with your contact
 * info"): with no channel named anywhere in the message, and the platform not left outright, where the talk would go
 * is not said — a note that says so (labelling policy v2.1, rule 12: an invitation names the channel).
 */
function unnamedUnlessChannel(message: PreparedMessage, hits: Hit[]): Hit[] {
  if (!hits.length || inMessage(message, CHANNEL) || hits.some((h) => offPlatform(h.sentence))) return hits;
  return hits.map((h) => ({ ...h, weak: true, unnamed: true }));
}
// Someone the invitation is between — the writer or the reader: not a news story's "recibió un mensaje de WhatsApp" or
// "les échanges par WhatsApp ne peuvent remplacer …".
const BETWEEN_US = filter(BETWEEN_US_WORDS);
// A call proposed in the message ("can we do a quick phone call?", "let's have a call"): with a phone number given
// beside it, the number is given to be called.
const CALL_PROPOSED =
  /\b(?:(?:can|could|shall) we|let[’']?s|we can|we could) (?:do|have|schedule|set up|hop on|jump on|get on) (?:a |an )?(?:quick |short |brief )?(?:phone |voice )?call\b/i;
function callAsked(text: string, sentence: string): boolean {
  return CALL_PROPOSED.test(text) && findContacts(sentence).some((c) => c.kind === 'Phone');
}
// The talk itself set to go elsewhere, as terms or a habit: "all communication is via e-mail", "e-mail is the best way to
// communicate with me", "Todas las comunicaciones se realizan por email o por Skype", "la comunicación se realiza solo
// por WhatsApp", "toda actualización será hecha por medio de correo electrónico" (labelling policy v2.3, the
// twenty-fourth session: the labellers read these as invitations).
const TALK_GOES_THERE: Combination[] = [
  [
    CHANNEL,
    concept(
      String.raw`(?:all |the whole |our |further |any )?(?:communications?|conversations?|correspondence|updates|contact) (?:\p{L}+ ){0,3}?(?:is|are|will be|goes|go|happens?|takes? place) (?:\p{L}+ ){0,2}?(?:via|by|through|over|on|in)|(?:is|are) the (?:best|only|preferred|easiest) (?:way|channel|means) to (?:communicate|reach|contact|talk)|(?:we|i)(?:[’']ll| will| shall| can)? (?:maintain|keep|continue|carry on) (?:the |our |all )?(?:communications?|contact|conversations?) (?:via|by|through|over|on)|(?<![\p{L}])(?:communications?|kommunikation|comunicaci[oó]n|comunicação)\s*:\s*(?:via|by|through|over|on|über|per|por|pelo|pela|par)(?![\p{L}])|(?<![\p{L}])(?:preferred|primary|main) (?:(?:mode|means|method|channel) of )?communications?(?: (?:method|channel|mode|tool|platform|app))?\s*:|bevorzugte[rs]? (?:kommunikation|kontakt)\p{L}*\s*:|(?:(?:medio|canal|meio|moyen) de )?(?:comunicaci[oó]n|comunicação|communication|contacto|contato|contact) (?:preferid[oa]|preferencial|préférée?)\s*:|(?:tod[ao]s? )?(?:las |la |a |as |os )?(?:comunicaci[oó]n|comunicaciones|comunicação|comunicações|conversaci[oó]n|actualizaci[oó]n|actualizaciones|atualizações|contacto|contato) (?:\p{L}+ ){0,3}?(?:(?:será|es|serán|son) (?:solo |solamente |únicamente |exclusivamente )?(?:por|vía|via|a través de)|se realiza\p{L}*|será\p{L}* (?:hecha|hechas|realizad[ao]s?|feit[ao]s?)|se (?:hace|hacen|faz|fazem)|(?:é|son|são|es) (?:feit[ao]s?|hech[ao]s?)|acontece\p{L}*|ocorre\p{L}*)|(?:toute |la |les )?(?:communication|communications|échanges|correspondance) (?:\p{L}+ ){0,3}?(?:se (?:fait|font|feront|fera)|(?:est|sont|seront|sera) (?:fait\p{L}*|réalisé\p{L}*|assuré\p{L}*))|(?:die |alle |jede )?(?:kommunikation|korrespondenz|absprachen?) (?:\p{L}+ ){0,3}?(?:erfolg\p{L}*|läuft|laufen|findet)`,
    ),
  ],
];
// (the talk kept on the marketplace, a messenger named only to be refused or for something else: "Communication: via
// Upwork only (no WhatsApp or Telegram)", "We keep communication via the Fiverr inbox; email is only for invoices" — a
// review of the twenty-ninth session)
// Whether the marketplace allows sharing a contact, asked: "Is it against Upwork's rules to share my WhatsApp number?", "Am I
// allowed to give you my e-mail?", "¿Está permitido compartir mi WhatsApp?", "Est-ce contre les règles de partager mon numéro
// ?" — a question about the rules, a note (a review of the forty-ninth session found it a red flag for the writer's "my").
const RULES_NAMED = asciiFirst(
  /(?:\b(?:allowed|permitted|against (?:\S+ ){0,3}?(?:rules|tos|terms|polic(?:y|ies)|guidelines)|a violation of (?:\S+ ){0,3}?(?:rules|tos|terms|polic(?:y|ies))) to (?:share|give|send|post|exchange|use)|(?:erlaubt|verboten|gegen (?:die |unsere )?(?:regeln|agb|richtlinien|nutzungsbedingungen)),? (?:\S+ ){0,4}?zu (?:teilen|geben|senden|schicken)|(?:permitido|prohibido|contra (?:las )?(?:reglas|normas|políticas)) (?:\S+ )?compartir|(?:permis|autorisé|interdit|contre (?:les )?(?:règles|conditions|politiques)) (?:\S+ )?(?:de |d[’'])(?:partager|donner|envoyer)|(?:permitido|proibido|contra (?:as )?(?:regras|normas|políticas)) (?:\S+ )?compartilhar)/iu,
);
const ASKED = /\?\s*$/;
// (the two read apart: one pattern reading to the question mark from every permission word was quadratic in a long sentence)
const rulesAsked = (s: string) => ASKED.test(s) && RULES_NAMED.test(s);
// The rule stated, not a question: "I read that it's against Upwork's rules to share contact info, so I won't", "It's
// against the rules to share contact details before a contract, so let's keep it here" — nothing asked of the reader (a
// review of the fiftieth session found the first a red flag for the writer's "I"): where every word the reading matched is
// the rule's own object, the sentence gives no contact and does not go on to a way round it ("…, but you can email me",
// "…, so I'll send it in the attachment").
const GOES_ON = asciiFirst(
  /(?<![\p{L}])(?:but|however|though|although|instead|therefore|so (?:i[’']ll|i will|i can|we[’']ll|we will|we can|please|just|you can|feel free)|aber|doch|trotzdem|deshalb|daher|pero|sin embargo|aunque|mais|cependant|mas|porém|entretanto)(?![\p{L}])/iu,
);
const rulesStated = (h: Hit) => {
  const s = h.sentence;
  if (ASKED.test(s) || GOES_ON.test(s) || givesHandle(s) || findContacts(s).length) return false;
  const m = RULES_NAMED.exec(s);
  if (!m) return false;
  // (the rule's object: the few words after "to share")
  const lower = s.toLowerCase();
  const end = m.index + m[0].length + 30;
  return h.words.every((w) => {
    const at = lower.indexOf(w.toLowerCase(), m.index);
    return at >= m.index && at + w.length <= end;
  });
};
const KEPT_ON_MARKETPLACE = filter(
  String.raw`(?<!(?:not|nicht|no|pas|não|${INSTEAD_OF})\s+)(?:via|by|through|over|on|in|über|per|por|par|pelo|pela)\s+(?:the\s+|die\s+|la\s+|a\s+)?(?:${MARKETPLACE}|platform|plattform|plataforma|plateforme)`,
);
// An address given for the reader's work tools' invitations ("For the Slack and Jira invites you can use my email, …",
// "Für die Einladung in Jira kannst du meine E-Mail nehmen") — the hire joining the client's workspace, not the talk moved
// (a probe of realistic marketplace messages, thirty-fifth session).
const TOOL_INVITE_WORDS = String.raw`(?:${WORK_TOOLS})(?: and (?:${WORK_TOOLS}))?[\s-]+(?:invites?|invitations?|access|accounts?|seats?|einladung\p{L}*|zugang|zugänge|invitaci[oó]n\p{L}*|invitaciones|acceso|accès|convites?|acesso)|(?:invites?|invitations?|access|einladung\p{L}*|zugang|invitaci[oó]n\p{L}*|acceso|accès|convites?|acesso|add me|invite me)\s+(?:\S+\s+){0,4}?(?:to|on|in|for|para|pour|au|à|zu|zum|zur|in|em|no|na|en|al|a)\s+(?:the |your |our |o |a |la |el |le |das |den |dem |euer |ihr |tu |su |votre |ton |seu |sua )?(?:${WORK_TOOLS})`;
// (not where the same sentence also names a messenger or asks to move the talk: "… and WhatsApp me at +1 415 …", "let's chat
// there instead of Upwork" — read whole, the sentence)
const MESSENGER_WORD = String.raw`(?<![\p{L}])(?:${MESSENGER_NAMES})(?![\p{L}])`;
const MOVE_CUE = String.raw`${MESSENGER_WORD}|instead of|outside|let[’']?s (?:chat|talk)|(?:chat|talk|write) (?:\p{L}+ )?there|lass uns (?:\p{L}+ )?(?:schreiben|reden)|hablemos|parlons|vamos conversar`;
// (tested only where a work tool is named, as each match names one: read whole, it first scanned the sentence for a move)
// A pointer to a third party's privacy policy ("Weitere Informationen hierzu finden Sie in der Datenschutzerklärung von Facebook
// unter …") invites no contact there (bench/benign-web).
const PRIVACY_POINTER = hintedBy(
  /(?:datenschutzerklärung|datenschutzhinweise\p{L}{0,2}|datenschutzrichtlinie\p{L}{0,2}|privacy (?:policy|statement|notice)|política de privacidad(?:e)?|politique de confidentialité) (?:von|of|de|da|do|del|des) /iu,
  /datenschutz|privacy|privacidad|confidentialit/iu,
);
// A signal that is no messenger: "our first view signal", "a weak signal", "trading signals" — where no other messenger is named
// (bench/benign-web's published pages, thirty-eighth session); a compound ("das Signal-Abbruch-Problem", "signal-to-noise",
// "Funk-Signal") or "a view-related signal" (forty-fourth session) — not "die Signal-Gruppe", "my Signal number".
const A_SIGNAL_NOT_THE_APP = hintedBy(
  new RegExp(
    String.raw`^(?![^]*(?:(?<![\p{L}])(?:${MESSENGER_NAMES}|wa|sms|e-?mail)(?<!signal)(?![\p{L}])|(?<![\p{L}])(?:on|auf|sur|en|no|na|via|per|über|by|über) signal(?![\p{L}])))[^]*?(?:\b(?:view|first|next|input|output|radio|wi-?fi|weak|strong|trading|buy|sell|stop|traffic|turn|clear|mixed|warning|analog|analogue|digital|audio|video|this|that|each|every|reactive|related|based|electric|electrical|optical|acoustic|neural|noise|clock|control|trigger|interrupt|error|status)\s+signals?\b(?!\s+(?:app|messenger|chat|group|number|account|id|handle))|\b(?:un|ce|cet|du|des|est un|una|un fuerte|ein|kein|einen)\s+signals?\b(?!\s+(?:app|messenger|chat|group|number|account|id|handle|nummer|numéro|número))|\bsignal\s+(?:d[’']alerte|d[’']alarme|de (?:danger|détresse|alarme|alerta|alarma|peligro)|fort|faible|clair|positif|négatif|rouge|claro|fuerte)\b|\bsignal-(?!(?:app|messenger|chat|gruppe|group|nummer|number|konto|account|kontakt|contact|id)(?![\p{L}]))\p{L}|\p{L}-signal(?![\p{L}]))`,
    'iu',
  ),
  /signal/iu,
);
const TOOL_INVITE = hintedBy(
  new RegExp(String.raw`^(?![^]*(?:${MOVE_CUE}))[^]*?(?:${TOOL_INVITE_WORDS})`, 'iu'),
  new RegExp(WORK_TOOLS, 'iu'),
);
// The talk kept where it is, a messenger named only as the reason ("My WhatsApp is broken anyway, so let's stay here", "Mi
// Telegram no funciona, sigamos por aquí"): not where the talk goes next ("let's talk here first, then on WhatsApp" still is;
// a five-language probe of the thirty-fifth session).
const STAY_HERE_WORDS = String.raw`(?:stay|keep (?:talking|chatting|it|the (?:chat|conversation|talk))|continue|talk|chat|communicate) (?:\p{L}+ )?(?:here|on this (?:chat|platform|site))(?! first)(?![^.!?\n]{0,40}(?:then|later|after that))|(?:quedémonos|quedemos|sigamos|seguimos|hablemos|hablamos|continuemos) (?:\p{L}+ ){0,2}?(?:aquí|aqui|acá)(?![^.!?\n]{0,40}(?:luego|después|despues))|(?:restons|continuons|parlons|discutons|on reste|on continue|on parle) (?:\p{L}+ ){0,2}?ici(?![^.!?\n]{0,40}(?:ensuite|puis|après))|(?:bleiben|schreiben|reden) wir (?:\p{L}+ ){0,2}?hier|(?:lass|lasst) uns (?:\p{L}+ ){0,2}?hier (?:\p{L}+ )?(?:bleiben|schreiben|reden)|(?:vamos|podemos) (?:\p{L}+ ){0,2}?(?:ficar|continuar|conversar|falar) (?:\p{L}+ ){0,2}?(?:aqui|por aqui)(?![^.!?\n]{0,40}(?:depois|logo))|(?:continuamos|falamos|ficamos) (?:por )?aqui`;
// (not where the sentence goes on to another channel or asks for one: "We can chat here, but Telegram is way faster. Do you have
// it?", "Upwork monitors what we chat here, do you use Signal?")
// (tested only where one of its place words stands, as each match holds one: read whole, it first scanned the sentence
// for a "but")
const STAY_HERE = hintedBy(
  asciiFirst(
    new RegExp(
      String.raw`^(?![^]*(?:\bbut\b|\baber\b|\bpero\b|\bmais\b|\bmas\b|do you (?:have|use)|hast du|tienes|as-tu|você tem|faster|schneller|más rápido|plus rapide|mais rápido|monitor|überwach))[^]*?(?:${STAY_HERE_WORDS})`,
      'iu',
    ),
  ),
  /here|on this|aqu[ií]|acá|ici|hier/iu,
);
// (advice on what to do if contact goes there: "si el contacto se realiza por correo electrónico, es importante …")
const IF_CONTACT = filter(
  String.raw`(?:if|when|si|cuando|quand|wenn|falls|quando|caso)\s+(?:\p{L}+\s+){0,2}?(?:contact|contacto|contato|communication|comunicaci[oó]n|comunicação|kommunikation)`,
);
// The reader's e-mail asked for to send an invitation to a call, a calendar or a work tool ("send me your company email
// so I can add you to the Google Meet invite", "Pode me enviar seu e-mail corporativo para eu te adicionar no convite do
// Teams?"): a video call is what the advisory recommends, and the e-mail carries the invitation, not the talk (fa24: the
// commonest false alarm of ordinary hiring chat) — unless a messenger is named too.
const INVITE_PURPOSE = asciiFirst(
  /(?<![\p{L}])(?:calendars?|google meet|meet invite|(?:invitaci[oó]n|invitation|convite|einladung) (?:de |do |du |zum |zur |to |para |pour )?(?:\p{L}+ )?(?:meet|zoom|teams|reunião|reunión|réunion|meeting|kickoff|call)|zoom|teams|figma|google drive|shared drive|docusign|jira|github|gitlab|confluence|notion|asana|trello|1password|kalender|agenda|calendario|calendrier)(?![\p{L}])/iu,
);
// (the invitation named in the asking language too: "¿Cuál es tu correo para agregarte a la invitación de Meet del viernes?" —
// forty-second session, its question read at last)
// (the message's side is asked once, the messenger through the index first: the tools' scan of the whole text ran once
// for each hit, and on messages that name a messenger)
function withoutInvites(message: PreparedMessage, hits: Hit[]): Hit[] {
  let purpose: boolean | undefined;
  return hits.filter((h) => {
    if (!/mail|correo|courriel/i.test(h.sentence)) return true;
    purpose ??= !inMessage(message, MESSENGER) && INVITE_PURPOSE.test(message.text);
    return !purpose || findContacts(h.sentence).length > 0;
  });
}
// The reader's channel only echoed to refuse it or to ask what is meant ("Your Telegram? Sorry, I don't use it, Upwork chat is
// fine", "Dein WhatsApp? Nein danke, wir bleiben hier", "Your number? You mean the invoice number?": a review of the
// thirty-fifth session's readings).
// (… or the writer's own, asked back: "Reach me on Twitter? No, I don't use it anymore, stay here", "Tweet me? lol I'm not even on
// Twitter" — the forty-eighth session's second review)
const ECHOED =
  /^\W{0,3}(?:(?:your|ur|tu|ton|votre|teu|seu|dein|deine|ihr|ihre)\s+\S+|(?:reach|add|text|message|msg|dm|call|ping|tweet|write|contact)(?: me)?(?: on \S+)?)\s*\?/i;
const ECHO_REFUSED =
  /\b(?:(?:don[’']?t|do not|never) (?:use|have)|(?:i[’']?m|i am) not (?:even )?on|no thanks|nein danke|no gracias|non merci|não,? obrigad[oa]|(?:let[’']s )?stay here|bleiben (?:wir )?hier|seguimos aquí|restons ici|ficamos aqui|you mean|meinst du|te refieres|tu veux dire|você quer dizer|invoice number|order number|rechnungsnummer|bestellnummer|número de (?:factura|pedido)|numéro de (?:facture|commande)|número do pedido)\b/i;
// A handle named only "handle", where the message is about a code host ("Sure, I can add the repo. My handle is @jwong", "add me
// as a maintainer with my GitLab handle @rkim"): the reader's repository, no messenger (a probe of realistic marketplace
// messages, thirty-fifth session).
const CODE_HOST =
  /\b(?:github|gitlab|bitbucket|repo(?:s|sitory|sitories|sitorio|sitório)?|collaborators?|maintainers?|pull requests?|merge requests?)\b/i;
const MESSENGER_NAMED = new RegExp(MESSENGER_WORD, 'iu');
const TALK_CUE = /\b(?:talk|chat|write|dm|message|ping|reach|contact|there)\b/i;
const codeHostHandle = (h: Hit, text: string) =>
  h.words.some((w) => /^handle$/i.test(w)) &&
  !MESSENGER_NAMED.test(h.sentence) &&
  !TALK_CUE.test(h.sentence) &&
  CODE_HOST.test(text);
const COMBINATIONS: Combination[] = [
  IN_MY_PROFILE,
  // "On passe sur WhatsApp ?", "¿Pasamos a WhatsApp?", "Bora pro zap?" — the move proposed by "we" (a review of the forty-fifth session)
  [
    concept(
      String.raw`(?:on (?:passe|bascule|continue|parle|discute|se parle|s[’']écrit|échange)\s+(?:sur|par|via|en)|(?:pasamos|seguimos|hablamos|continuamos)\s+(?:a|por|en)|(?:passamos|seguimos|falamos|continuamos)\s+(?:pro|para o|pelo|no)|bora (?:pro|para o|no))\s+(?:${MESSENGER_NAMES})(?![\p{L}])`,
    ),
  ],
  // A messenger asked for in two words: "Not here but on Telegram please", "WhatsApp please, I rarely check Upwork" (a review of
  // the forty-fifth session) — the name opening its sentence or clause, or after "but" or a preposition of the channel.
  [
    concept(
      String.raw`(?:${MESSENGER_NAMES})\s+(?:please|pls|plz|bitte|por favor|porfa|pfv|stp|svp|s[’']il (?:te|vous) pla[iî]t)`,
    ),
    filter(
      String.raw`(?:^\W{0,3}|[,;:!?]\s{0,2}|(?:but|aber|sondern|pero|sino|mais|mas|on|via|auf|über|per|por|par|sur|pelo|pela)\s{1,2})(?!(?:instagram|insta|facebook|fb|tiktok|linkedin|twitter|youtube|x)\s)(?:${MESSENGER_NAMES})\s+(?:please|pls|plz|bitte|por favor|porfa|pfv|stp|svp|s[’']il)`,
    ),
  ],
  [MESSENGER, INVITE, BETWEEN_US],
  [MESSENGER, ASK_HAVE],
  // "let's talk by phone", "we can discuss over e-mail", "bitte schreiben Sie mir per Mail" — asked for (not a participle telling
  // someone's habit: "the author was incapable of …, preferring to communicate via e-mail", the Debian text, forty-fifth session)
  [
    CHANNEL,
    concept(
      String.raw`${LETS}|let us|can we|could we|shall we|we can|please|better|(?:is it|would it be|would that be|is that) (?:ok|okay|fine|alright|possible|convenient)|prefer(?!ring)\p{L}*|(?<=(?:i[’']m|i am|we[’']re|we are) )preferring|(?:easier|simpler|quicker|faster|more convenient) for (?:me|us)|lass uns|können wir|könnten wir|wir können|bitte|lieber|podemos|podríamos|prefiero|mejor|on peut|on pourrait|pouvons|pourrions|préf[eè]r\p{L}*|vamos|prefiro|melhor|poderíamos|a gente (?:pode|podia|poderia)`,
    ),
    // (not a time, a day or the marketplace after it: "a phone call at 10", "call today and video on Thursday",
    // "a phone call on Upwork" — review24: a call proposed is no channel named)
    concept(
      String.raw`(?:talk|chat|discuss|continue|communicate|connect|move|switch|write|message|ping|reach|call|text|add)\s+(?:(?!\d)\p{L}+\s+){0,3}?(?:on|via|over|through|by|in|to|at)(?!\s+(?:\d|(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tomorrow|tonight|noon|midday|the (?:weekend|morning|afternoon|evening)|upwork|fiverr|freelancer(?:\.com)?|here|this (?:platform|site|chat)|the (?:platform|site))(?![\p{L}])))|take (?:this|it|the conversation|our conversation|the chat) (?:to|on|over to)|(?:schreib\p{L}*|kontaktier\p{L}*|kommunizier\p{L}*|meld\p{L}*|ruf\p{L}*|erreich\p{L}*|red\p{L}*|sprech\p{L}*|chatt\p{L}*|austausch\p{L}*)\s+(?:\p{L}+\s+){0,3}?(?:auf|über|per|via|bei)(?!\s+(?:hier|upwork|fiverr|freelancer|malt|(?:die|der|diese[rn]?) (?:plattform|seite)|dies\p{L}* chat)(?![\p{L}]))|(?:habl\p{L}*|convers\p{L}*|chate\p{L}*|escrib\p{L}*|segui\p{L}*|continu\p{L}*|comunic\p{L}*|parl\p{L}*|discut\p{L}*|écri\p{L}*|échang\p{L}*|communiqu\p{L}*|fal\p{L}*|escrev\p{L}*)\s+(?:\p{L}+\s+){0,3}?(?:por|vía|via|sur|par|pelo|pela|no|na)(?!\s+(?:aquí|aqui|ici|acá|cá|upwork|fiverr|freelancer|malt|workana|workana|(?:la|a|esta|este|cette|ce|le) (?:plataforma|plateforme|site|sitio|chat)|(?:mensaje|message|mensagem|chat) (?:interno|interne|privado|privé|de (?:upwork|fiverr))|escrito|écrit|texto)(?![\p{L}]))`,
    ),
  ],
];
// The phone named as the channel of the talk itself — a consultation, a meeting, an interview or a call-back by phone, with
// no number printed: "We can arrange in person meetings or by telephone", "ein Beratungsgespräch per Telefon oder persönlich",
// "werde ich Sie telefonisch kontaktieren", "je vous recommande un entretien préalable par téléphone", "I'd love to discuss
// this over the phone" (labelling policy rule 20 and v2.14 reading 66; fortieth session, applied blind to every set). The
// phone as the medium of a transaction — booking, cancelling, confirming, ordering — stays rule 60's procedure (PROCEDURE).
const PHONE_AS_CHANNEL = concept(
  String.raw`by (?:tele)?phone|over the (?:tele)?phone|on the (?:tele)?phone|via (?:tele)?phone|(?:tele)?phone (?:call|conversation|consultation|interview|meeting|chat)s?|telefonisch\p{L}*|per telefon|via telefon|am telefon|telefonat\p{L}*|telefongespräch\p{L}*|telefon-?(?:termin|beratung|interview)\p{L}*|rückruf\p{L}*|zurückruf\p{L}*|zurückgerufen|par téléphone|au téléphone|via téléphone|(?:appel|entretien|échange|rendez-vous|rdv|rendez-vous) téléphonique|téléphoniquement|por teléfono|por telefone|via telefone|(?:llamada|entrevista|consulta|conversación|reunión|cita) telefónica|(?:ligação|chamada|entrevista|consulta|conversa|reunião) telef[ôo]nica|telefonicamente|telefónicamente`,
);
const PHONE_TALKED = concept(
  String.raw`talk\p{L}*|speak\p{L}*|discuss\p{L}*|chat\p{L}*|meet\p{L}*|consult\p{L}*|interview\p{L}*|conversation\p{L}*|call\p{L}*|reach\p{L}*|contact\p{L}*|arrange\p{L}*|gespräch\p{L}*|beratung\p{L}*|berat\p{L}*|besprech\p{L}*|sprech\p{L}*|kontaktier\p{L}*|erreich\p{L}*|termin\p{L}*|rückruf\p{L}*|zurückruf\p{L}*|zurückgerufen|entretien\p{L}*|échange\p{L}*|échanger|parler|discuter|joindre|contacter|appel\p{L}*|rendez-vous|rdv|hablar|conversar|charlar|consulta\p{L}*|entrevista\p{L}*|reuni[oó]n\p{L}*|contactar\p{L}*|llam\p{L}*|falar|conversa\p{L}*|reunião|contatar|ligar|ligo|ligue|atendimento|telefonat\p{L}*|telefongespräch\p{L}*|llamada|ligação|chamada|hablamos|hablemos|falamos|falemos|parlons`,
);
// (offered, proposed or invited: a story's "the recruiter opted for a phone call", a help desk's "asistencia por teléfono"
// and a dislike of "phone calls" name the phone but offer no talk)
const PHONE_OFFERED = filter(
  String.raw`let[’']?s|let us|can we|could we|shall we|we can|we could|i can|i could|i[’']d (?:love|like|be happy|be glad)|i would (?:love|like)|happy to|glad to|feel free|you can|you could|please|i[’']ll call|i will call|call me|gerne?|können wir|könnten wir|wir können|ich kann|kann ich|sie können|du kannst|lass uns|lassen sie uns|bitte|werde ich (?:sie|dich)|rufe ich|ruf(?:en sie)? mich|je (?:vous |te )?propose|je (?:vous |te )?recommande|nous pouvons|on peut|pouvons-nous|vous pouvez|tu peux|n[’']hésitez pas|appelez-moi|je vous appelle|je t[’']appelle|podemos|podríamos|puedo|puedes|puede|te propongo|le propongo|no dudes|no dude|llámame|ll[aá]meme|te llamo|le llamo|posso|pode|vamos|fique à vontade|me liga|te ligo|zögern sie nicht|available|look forward|looking forward|would you|could you|do you have|have time|how about|what about|hätten sie|haben sie zeit|hast du zeit|hättest du|gern\p{L}*|seriez-vous|êtes-vous disponible|serais-tu|préférerais|aimerais|disponible|me gustaría|nos gustaría|tienes tiempo|tiene tiempo|tendrías|gostaria|que tal|disponível|zeit für|verfügbar|book|schedule|sollen wir|wollen wir|wir könnten|on pourrait|pourrait-on|let me know if|works? for you|can i|could i|may i|hablamos|falamos`,
);
// (German says it in one verb: "Können wir kurz telefonieren?", "Gerne telefonieren wir dazu")
const TELEFONIEREN = concept(String.raw`telefonier\p{L}*`);
const PHONE_TALK: Combination[] = [
  [PHONE_AS_CHANNEL, PHONE_TALKED, PHONE_OFFERED],
  [TELEFONIEREN, PHONE_OFFERED],
];
// (the phone as a transaction's medium: "Termine müssen telefonisch abgesagt werden", "reservations by phone", "confirmez
// par téléphone", "pedidos por teléfono", "solicitar un presupuesto … o llamada telefónica")
// — where the sentence has no talk about it: "Happy to discuss payment terms by phone", "Gerne bespreche ich das Angebot telefonisch
// mit Ihnen" and booking the call itself ("Feel free to book a phone call with me", "¿Podemos agendar una llamada telefónica?")
// are talks (a review of the day's change)
const TRANSACTION_WORDS = String.raw`book\p{L}*|reserv\p{L}*|cancel\p{L}*|confirm\p{L}*|order\p{L}*|absag\p{L}*|abgesagt|storn\p{L}*|buch\p{L}*|bestell\p{L}*|bestätig\p{L}*|annul\p{L}*|réserv\p{L}*|command\p{L}*|pedido\p{L}*|encomend\p{L}*|cancela\p{L}*|confirma\p{L}*|agend\p{L}*|marcar|marcação|pagamento|payment|zahlung|paiement|pago|quote|quotation|estimate|angebot|kostenvoranschlag|devis|presupuesto|cotizaci[oó]n|orçamento|cotação|inscri\p{L}*|inscrip\p{L}*|registr\p{L}*|anmeld\p{L}*`;
const TALKED_ABOUT = String.raw`discuss|talk|speak|besprech|sprech|hablar|conversar|parler|discuter|falar|(?:book|schedule|agendar|programar|planifier|vereinbaren)\s+(?:\p{L}+\s+){0,2}?(?:call|llamada|appel|telefonat|ligação|chamada)`;
const PROCEDURE = hintedBy(
  new RegExp(
    String.raw`^(?![^]*(?<![\p{L}])(?:${TALKED_ABOUT}))[^]*?(?<![\p{L}])(?:${TRANSACTION_WORDS})(?![\p{L}])`,
    'iu',
  ),
  new RegExp(String.raw`(?<![\p{L}])(?:${TRANSACTION_WORDS})(?![\p{L}])`, 'iu'),
);
// (nor the phone as the work or as the talk of others: "I can implement phone call recording for your CRM", "Ich kann ein
// Rückruf-Formular in Ihre Website einbauen", "As your VA I can talk to suppliers by phone", "visitors can request a free phone
// consultation", "I speak English fluently, on the phone and in writing", "I can join the Zoom meeting by phone" — a review of
// the day's change; a second review: a call agreed before, a call found difficult, someone else's call, a call set aside)
const PHONE_AS_WORK = filter(
  String.raw`implement\p{L}*|build\p{L}*|integrat\p{L}*|develop\p{L}*|set up|setup|recording\p{L}*|transcri\p{L}*|analytics|dashboard\p{L}*|features?|buttons?|widgets?|crm|api|webrtc|twilio|logs?|logging|protokollier\p{L}*|einbau\p{L}*|formular\p{L}*|botón|botão|bouton|intégr\p{L}*|implementar|desarrollar|desenvolver|integrar|customers?|clients|suppliers?|visitors?|callers?|patients?|leads|prospect\p{L}*|kunden|lieferanten|besucher\p{L}*|anrufer\p{L}*|clientes|proveedores|visitantes|fournisseurs|visiteurs|fornecedores|pacientes|patienten|fluent\p{L}*|fließend|couramment|fluido|fluente|join|dial\p{L}*|call in|einwähl\p{L}*|rejoindre|unirme|entrar|va|assistant|assistente|asistente|assistentin|users?|sales|support|scripts?|apps?|android|ios|deploy\p{L}*|staging|ads|adwords|anfragen|funktion\p{L}*|shop|review|atendimento|point of contact|candidates?|kandidat\p{L}*|candidat[oa]s?|candidats?|on your behalf|prepare for|as discussed|as agreed|as per our|wie besprochen|wie vereinbart|wie in unserem|como acordamos|como hablamos|como conversamos|conforme conversamos|conforme combinado|comme convenu|comme discuté|suite à notre|difficult|difficulty|hard of hearing|schwierig|difícil|difficile|não é bom|(?:your|his|her|their) (?:phone|telephone) calls?|busy|beschäftigt|ocupad[oa]|occupée?|instead of|rather than|statt|anstatt|en vez de|en lugar de|au lieu de|plutôt que|em vez de|hier schreib\p{L}*|schreibe ich ihnen hier|por aqui|por aquí|par ici|continue here|write here|keep it here|yesterday|gestern|ayer|ontem|thanks for|thank you for|danke für|dank für|merci pour|gracias por|obrigad[oa] pel[oa]|went well|bien passé|salió bien|foi ótima|experience with|erfahrung mit|experiencia en|expérience|hotline|praxis|terminvergabe|erreichbarkeit|must be available|billed|berechnet|other job|übernehm\p{L}*|kümmere|schriftlich|in writing|por escrito|par écrit|(?:with|mit|avec|con|com) (?:the |your |our |his |her |their |ihre[mnr]? |unsere[mnr]? |votre |vos |tu |tus |su |sus |seu |sua |o |os |el |la |los |le |les |den |dem |der )?(?:\p{L}{1,20} )?(?:partners?|team|landlord|insurance|accountant|comptable|contador|behörden|authorities|designer|developer|hr|recruiter|manager|boss|employer|arbeitgeber|bank|us team)`,
);
// A chat app named as the medium of the dealings with the reader, impersonally too ("Appointments can be scheduled via WhatsApp",
// "Soporte por WhatsApp/Email durante el desarrollo": lib/rules/messenger-channel.ts) — weak evidence, a note unless backed.
const CHAT_APP_CHANNEL: Combination[] = [[concept(VIA_CHAT_APP), concept(DEALINGS)]];
const APP_WORK = filter(APP_AS_WORK);
const DESCRIBED_THERE = filter(RELATIVE_VIA);
// A page element named by its quoted label, the work or the site's text: "There is a 'WhatsApp me' button on the landing page
// that I will remove", "the «Escríbeme» link in your footer" — not the reader sent to use it ("click the 'WhatsApp me' button
// below": a review of the fiftieth session).
const UI_LABEL = asciiFirst(
  /^(?![^]*(?:reach me|contact me|write (?:to )?me|message me|(?:continue|talk|chat|write) (?:there|with me)|escr[ií]beme|cont[aá]ctame|schreib(?:en sie)? mir|kontaktier(?:en sie)? mich|écri(?:s|vez)-moi|contacte[rz]?-moi|me escreva|fale comigo|me chama))[^]*?(?<!(?:click|tap|press|hit|use|follow|open|klicken sie auf|haz clic en|pulsa|cliquez sur|clique sur|clique no|clique na|toque no|toque na|suivez|sigue|siga) (?:on )?(?:the |el |le |la |o |a |den |die |das )?)["'“‘«„][^"'“‘«„”’»\n]{1,40}["'”’»“] ?(?:button|link|widget|banner|badge|icon|cta|pop-?up|chat bubble|knopf|schaltfläche|botón|enlace|bouton|lien|botão)(?![\p{L}])(?!\s+(?:on|in|at|auf|in|en|sur|dans|no|na)\s+(?:my|meine\p{L}*|mi|mon|ma|meu|minha)(?![\p{L}]))/iu,
);
const NOT_THERE = hintedBy(
  new RegExp(REFUSED_CHANNEL, 'iu'),
  /instead|rather|statt|lugar|vez|plutôt|lieu|invés|not|nicht|pas|no|não|pref|préf|lieber/iu,
);
const CHANNEL_NOT_OFFERED = filter(NOT_OFFERED);
// The app as the work's way to reach third parties — leads, prospects, customers on a list ("Use WhatsApp to contact the leads from
// the list and send me the ones who reply": a lead-generation task; the forty-fifth session's left-overs).
const REACH_THIRD_PARTIES = asciiFirst(
  new RegExp(
    String.raw`(?<![\p{L}])(?:contact|message|call|reach(?: out to)?|text|dm|write to|follow up with|kontaktier\p{L}*|anschreiben|contacta\p{L}*|escrib\p{L}* a|contacte[rz]?|écri\p{L}* aux|contat\p{L}*)\s+(?:the |these |those |all (?:the )?|each |die |los |las |les |os |as |a los |aux )(?:\p{L}+\s+)?(?:leads|prospects|contacts|businesses|owners|interessenten|prospectos|contactos|contatos)(?![\p{L}])|(?<![\p{L}])(?:die|den|alle) (?:\p{L}+ )?(?:leads|interessenten|kontakte) (?:\p{L}+ ){0,3}?(?:zu )?(?:kontaktieren|anschreiben|anrufen)`,
    'iu',
  ),
);
// (the third parties' words, one of which each match holds, looked for first)
const THIRD_PARTIES_WORDS = /leads|prospect|contacts|businesses|owners|interessenten|contactos|contatos|kontakte/iu;
const reachesThirdParties = (s: string) => THIRD_PARTIES_WORDS.test(s) && REACH_THIRD_PARTIES.test(s);
const WRITER_RECEIVES = asciiFirst(new RegExp(String.raw`(?<![\p{L}])(?:${TO_THE_WRITER})(?![\p{L}])`, 'iu'));
// A server invitation link: someone is met there — unless the message announces a project's new server.
// (an invite's code after the slash, or a publisher's "[invite]" for it: "[discord.gg](https://discord.gg/)" is a template's
// empty link, the twenty-first set)
const SERVER_LINK: Combination[] = [[concept(String.raw`discord\.gg/[^\s)"'>]\S*`)]];
// "Join our Discord", "únete a nuestro grupo de Telegram", "join here: discord.gg/…": an invitation to go there, a
// community's included (labelling policy v2, rule 8) — an announcement that a server exists is not, nor a
// site's footer inviting to its social pages ("Join Upwork on Reddit").
const JOIN: Combination[] = [
  [
    concept(
      String.raw`join(?!ed|chat)\p{L}*|únete|unete|únanse|rejoin\p{L}*|entr[ae]m? n[oa]|participe|tritt|beitreten|komm in|come (?:to|join)|hop (?:on|in)`,
    ),
    concept(
      String.raw`telegramm?|tg|whats?\s?app?|watsapp?|discord|skype|signal|wechat|viber|slack|threema|wickr|discord\.gg/[^\s)"'>]\S*|t\.me/[^\s)"'>]\S*|chat\.whatsapp\.com/[^\s)"'>]\S*|[\w-]+\.slack\.com\S*`,
    ),
  ],
];
// A bot's authorisation link ("discord.com/oauth2/authorize?client_id=…&scope=bot") installs a program into a server: it
// invites nobody to talk (thirty-third session, the twenty-sixth set read: a bot's README, "quando alguem entra no server").
const BOT_INSTALL = filter(String.raw`discord(?:app)?\.com/(?:api/)?oauth2/authorize`);
// The reader's own workspace is where a hired freelancer works: "add me to your Slack so I can join #backend".
const READERS_WORKSPACE = filter(
  String.raw`(?:add|invite) (?:me|us) (?:to|in|into) (?:your|the company[’']s|the team[’']s)|your (?:\p{L}+\s+)?(?:slack|workspace|teams)`,
);
const LAUNCHED =
  /\b(?:server|group|channel|community)\S*\s+(?:\S+\s+)?(?:created|launched|is (?:up|live|ready|open)|has been (?:created|launched|set up|opened))|\b(?:created|launched|opened|set up)\s+(?:a|the|our|an official)\s+(?:\w+\s+)?(?:server|group|community)\b/i;
// A group or server's link anywhere in the message, and a sentence inviting the reader in — "feel free to join",
// "join here so that you can add me", "here you go", "quem topa?", "you're welcome here", "rejoignez-nous" — the
// link on a line of its own (labelling policy v2, rule 8: a community counts when the reader is invited there).
const GROUP_LINK =
  /(?<![\w.-])(?:discord\.gg|discord\.com\/invite|t\.me|chat\.whatsapp\.com)\/(?![A-Za-z0-9_]*bot(?![\w/]))[^\s)"'>]\S*/i;
// A link given as an example, a spec's or a warning's ("is just an example of a public channel", "a phishing
// server", "que não é nosso"), or negated in its clause ("please don't share https://discord.gg/…").
const NOT_OURS =
  /\b(?:example|e\.g\.|spec|bot|scraper|test|look(?:s)? like|phishing|scam\w*|fake|not (?:ours|us|our)|não é noss\w+|no es nuestr\w+|n[’']est pas)\b/i;
function ourGroupLink(s: string): boolean {
  const m = GROUP_LINK.exec(s);
  return !!m && !NOT_OURS.test(s) && !WORK_NEAR.test(s) && !negatedInClause(s, m.index);
}
const COME_IN: Combination[] = [
  [
    concept(
      String.raw`feel free to join|join (?:here|us|in|now|today)|segue o link|(?:here(?:[’']s| is)|aqui está|aquí está|voici|hier ist) (?:the |o |el |le |der )?(?:link|lien|enlace)|(?:you[’']?re|you are|everyone is|all are) welcome (?:here|to join|to come)|here you go|quem topa|entr[ae] (?:no|na|em) (?:nosso|nossa|o|a)?\s?(?:grupo|canal|servidor|comunidade)|únete|unete|únanse|rejoignez|rejoins|tritt (?:unserer|unserem|der|dem)|komm(?:t)? in (?:unsere|die|den)|participe do`,
    ),
  ],
];
function groupInvitation(message: PreparedMessage): Hit[] {
  // (Every such link has a "/": most messages have none.)
  if (!message.text.includes('/') || !GROUP_LINK.test(message.text)) return [];
  // The sentences holding such a link, where it is neither an example's, a spec's nor a warning's.
  const links: number[] = [];
  message.sentences.forEach((s, i) => {
    if (ourGroupLink(s)) links.push(i);
  });
  if (!links.length) return [];
  // The invitation next to a link: its sentence or one of the two around it.
  const near = (h: Hit) => links.find((i) => Math.abs(h.index - i) <= 2);
  const come = readHits(message, COME_IN, { unless: [WORK_NEAR, PLACEHOLDER] }).filter((h) => near(h) !== undefined);
  if (!come.length) return [];
  const at = near(come[0])!;
  return come.some((h) => h.index === at)
    ? come
    : [...come, { sentence: message.sentences[at], index: at, words: [], weak: false }];
}
/** Server links inviting the reader, unless the message announces a new server (tested only where a link is). */
function serverLinks(message: PreparedMessage, unless: RegExp[]): Hit[] {
  const links = readHits(message, SERVER_LINK, { unless });
  return links.length && LAUNCHED.test(message.text) ? [] : links;
}
const WORK = filter(
  String.raw`bot\p{L}*|app|aplicación|aplicativo|notifica\p{L}*|benachrichtig\p{L}*|envía notificaciones|integra\p{L}*|develop\p{L}*|entwickl\p{L}*|desarroll\p{L}*|développ\p{L}*|desenvolv\p{L}*`,
);

// Work for a messenger ("a Telegram bot", "bot de Telegram", "the WhatsApp API") names them side by side.
// (a name that may stand inside a word — "kakao…" — is looked for from the word's start, once: tried from every
// "kakao" in a word, its "\p{L}*" ran to the word's end from each, quadratic, 7.6 s CPU for a 200 KB word of them)
const WORK_NAMES = MESSENGER_NAMES.replace(String.raw`kakao\p{L}*`, String.raw`(?<!\p{L})(?=(\p{L}*?kakao))\1\p{L}*`);
// (tested only where one of its work words stands, "app" in "happy" too: scanned along a sentence it cost 4 µs, the
// words 0.9)
const WORK_NEAR = hintedBy(
  new RegExp(
    String.raw`(?:${WORK_NAMES})\s+(?:[\w-]+\s+){0,2}?(?:bots?|api|apps?|integration|notifications?|channel admin|sdk)\b|\b(?:bots?|api|apps?|aplicación|aplicativo|application|integra\w*|notifica\w*|benachrichtig\w*)\s+(?:[\w-]+\s+){0,2}?(?:${MESSENGER_NAMES})(?![\wÀ-ÿ])`.replaceAll(
      String.raw`\p{L}`,
      '[a-zA-ZÀ-ÿ]',
    ),
    'i',
  ),
  /bot|api|app|aplica|integra|notifica|channel admin|sdk|benachrichtig/i,
);

// The writer's customers reaching the writer there is how a business runs, told — not the reader asked to follow
// ("Our customers reach us mostly via WhatsApp, so the chatbot needs to work there"; fa24's honest hiring chat, twenty-fifth
// session). The reader asked ("you can reach us on WhatsApp") has no such subject.
// The writer's own talk with people of their life, told ("I'm using Telegram to talk with my family", "uso WhatsApp para hablar
// con mi familia"): no one asked to follow (a review's false alarm, forty-fifth session).
const OWN_PEOPLE_TALK = filter(
  String.raw`(?:talk|chat|speak|keep in touch|stay in touch|communicate|hablar|platicar|falar|conversar|parler|discuter|reden|sprechen|schreiben|chatten)\s+(?:with|to|con|com|avec|mit)\s+(?:my|mi|mis|meu|minha|meus|minhas|mes|ma|mon|meine[nm]?|a minha|o meu|os meus|as minhas)\s+(?:\p{L}+\s+)?(?:family|friends?|parents|wife|husband|partner|girlfriend|boyfriend|kids|children|son|daughter|mom|mum|dad|mother|father|relatives|familia|amigos|amigas|padres|esposa|esposo|marido|hijos|mamá|papá|família|pais|mulher|filhos|mãe|pai|famille|amis|amies|parents|femme|mari|enfants|mère|père|familie|freunde|freundinnen|eltern|frau|mann|kinder|mutter|vater)(?![\p{L}])`,
);
// A bot being built, tested or installed there: "Join the project's Discord server so I can test the bot with you", "Send me the
// Discord server ID and I'll add the bot" (a review of the forty-fourth session: a bot job's server is its workplace).
const BOT_WORK = filter(
  String.raw`^(?![^]*(?:communicat|payments?|pay |talk|chat|not on|instead|outside|off (?:the )?platform))[^]*?(?:(?:test|install|add|invite|deploy|run|try|set ?up|configure|debug)\p{L}*\s+(?:the|our|my|your|a|this|that)\s+(?:\p{L}+\s+)?bots?|(?:probar|instalar|añadir|agregar|testar|adicionar|testen|installieren|hinzufügen|tester|installer|ajouter)\s+(?:el|la|o|a|den|das|le|mi|meu|mon|meinen|tu|seu|ton|deinen)\s+bots?)`,
);
// The writer reached right on the marketplace ("The best way to reach me is right here on Upwork, I get notifications on my phone":
// a review of the forty-fourth session).
const REACHED_HERE = filter(
  String.raw`(?:(?:best|easiest|quickest|fastest|only|simplest) (?:way|place) to (?:reach|contact|message|talk to) (?:me|us) is (?:right |just |always )?(?:here|on (?:${MARKETPLACE}|this (?:platform|site|chat)))|reach (?:me|us) (?:right |just )?here(?: on (?:${MARKETPLACE}))?)(?![^.!?\n]{0,80}(?:\bor\b|\bbut\b|\balthough\b|\bthough\b|\d|@|(?<![\p{L}])(?:${MESSENGER_NAMES})(?![\p{L}])))`,
);
// The writer asking to be contacted, in the sentences a work reading leaves alone ("Para a recuperação da conta, me chama no WhatsApp",
// "Al configurar WhatsApp en tu teléfono nuevo, agrégame: …": the second review of the forty-fifth session) — one list for the
// recovery-phone and connection-error exceptions.
// (the words both this list and INVITES_TO_WRITER below hold, written once)
const REACH_ME_WORDS = String.raw`add me|call me|text me|write me|message me|contact me|me chama|me liga|escr[ií]beme|ll[aá]mame|agr[eé]game|schreib mir|ruf mich|écris-moi|appelle-moi`;
const WRITER_ASKS_CONTACT = String.raw`${REACH_ME_WORDS}|send me|whats ?app me|me add|a[ñn][aá]deme`;
// The chat app as what a fault happens with, not as where to talk: "Envíame el mensaje de error que te sale al conectar WhatsApp",
// "the error you get when connecting WhatsApp" (a review of the forty-fourth session).
const CONNECTING_APP = filter(
  String.raw`^(?![^]*(?:\d{3}|@|${WRITER_ASKS_CONTACT}))[^]*?(?:(?:al|when|while|wenn|beim|en|ao|quand|lors d[eu])\s+(?:\p{L}+\s+)?(?:conectar|connecting|configurar|configuring|sincronizar|syncing|verbinden|connecter|vincular|linking|integrating|integrar)\s+(?:(?:el|la|the|das|le|o|a|von|mi|my|tu|your)\s+)?(?:${MESSENGER_NAMES})(?![\p{L}]))`,
);
// Someone else's address told, no one asked to use it: "His email is sasi@tealorcx.com", "Email de Esteban Tuero: …" (a name written
// with capitals: "Email de contacto:" is the writer's own label; the tuning text and the Debian text, forty-fifth session).
const THIRD_PERSONS_ADDRESS = hintedBy(
  /^(?![^]*(?:(?:contact|e-?mail|write to|text|message|whats ?app|call|ping|reach) (?:him|her|them)|escr[ií]b(?:e|ele|eme|ale)|schreib|écri(?:s|vez)|contacte|ahí|dort|fuera|outside|avoid|außerhalb|nicht hier|not here|off upwork))[^]*?(?<![\p{L}])(?:[Hh]is|[Hh]er|[Ss]eine?|[Ii]hre)\s+(?:e-?mail|E-?[Mm]ail|mail|Mail|phone|number|[Nn]ummer)(?: address| adresse|-[Aa]dresse)?\s+(?:is|ist|lautet)\s|(?<![\p{L}])(?:[Ee]-?[Mm]ail|[Cc]orreo|[Cc]ourriel|[Mm]ail)\s+(?:de|of|von|do|da|du|del)\s+(?:(?:Mr|Mrs|Ms|Dr|Sr|Sra|Herr|Frau|M|Mme)\.?\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2}\s*:/u,
  // (the words each match holds, the owner's and the address's or the address's and the name's: the pattern, read from every
  // character of a candidate sentence, cost ~8 µs a sentence)
  /(?:[Hh]is|[Hh]er|[Ss]eine?|[Ii]hre)\s+(?:e-?mail|E-?[Mm]ail|mail|Mail|phone|number|[Nn]ummer)|(?:[Ee]-?[Mm]ail|[Cc]orreo|[Cc]ourriel|[Mm]ail)\s+(?:de|of|von|do|da|du|del)\s/u,
);
// A phone or address for an account's recovery or second factor ("our Google Workspace needs a recovery phone for your new company
// account, please add yours in the admin console": a review of the forty-fifth session) — a login's, no channel.
const RECOVERY = filter(
  String.raw`^(?![^]*(?:${WRITER_ASKS_CONTACT}))[^]*?(?:recovery (?:phone|e-?mail|number|address)|backup (?:phone|e-?mail|number|codes?)|2fa|two-factor|mfa|wiederherstellungs\p{L}*|récupération|recuperaci[oó]n|recupera[cç][aã]o)`,
);
// A messenger's bot or API key asked for, the channel only its owner: "Schick mir den Telegram-Bot-Token, damit ich ihn deployen
// kann", "Me manda o token do bot do Telegram" (the parity battery, fifty-sixth session: red where "Send me the Telegram bot token"
// is nothing) — credentials for the work, no talk moved. (DIRECT's "schick mir", "me manda" are plain "send me".)
const CREDENTIAL_SENT = filter(
  String.raw`(?:bot|api)[\s-]*(?:token|key|keys|schlüssel|id|secret)(?![\p{L}])|(?:token|tokens|chave|clave|clé|schlüssel|secret)\s+(?:d[eo]l?|de la|du|da|des)\s+(?:\p{L}+\s+)?(?:bot|api)(?![\p{L}])`,
);
// Mail a program sends, to build or to test: "Le script doit envoyer un rapport quotidien par mail à l.moreau@…", "Send the weekly
// sales report generated by the script every Monday morning to mark.t@…", "Le formulaire de contact du site doit envoyer les messages à
// jean.morel@orange.fr" (a review of the forty-fifth session: the widened "send … to <address>").
const AUTOMATED_SEND = filter(
  String.raw`(?:script|form|formulaire|formulario|formulário|formular|app|bot|cron|job|system|système|sistema|workflow|automation|report|rapport|informe|relatório|bericht|notification|site|website|plugin)\p{L}*\s+(?:\p{L}+\s+){0,6}?(?:should|must|will|shall|doit|devra|debe|deberá|deve|deverá|soll|muss|needs to|has to)\s+(?:\p{L}+\s+)?(?:send|envoyer|enviar|mandar|schicken|senden|forward|e-?mail|mail)|(?:generated|created|exported|sent|généré|envoyé|generado|enviado|gerado|erstellt|gesendet)\s+(?:\p{L}+\s+)?(?:by|par|por|pelo|von)\s+(?:the |le |la |el |o |a |das |dem |der )?(?:script|app|system|système|sistema|bot|tool|outil|herramienta|ferramenta|cron|workflow|form|formulaire)`,
);
const CUSTOMERS_REACH =
  /\b(?:customers|clients|users|buyers|guests|visitors|patients|students|members|followers|subscribers|kunden|nutzer|clientes|usuarios|usuários|utilisateurs)\s+(?:[\w’']+\s+){0,2}?(?:(?:reach|message|text|contact|write to|add|call|e-?mail|ping|dm|find)\s+(?:us|me)|(?:erreichen|kontaktieren|schreiben|anrufen)\s+(?:uns|mich)|(?:nos|nous|me)\s+(?:escriben|contactan|llaman|chamam|contatam|escrevem|ligam|écrivent|contactent|appellent))\b/i;

// The local parts of an organisation's desk ("contact@", "jobs@", "support@" …): ROLE_ADDRESS's, and its hint's.
const ROLE_WORDS = String.raw`contato|contact|contacto|kontakt|contact-?cent(?:er|re)|call-?cent(?:er|re)|volunteers?|voluntari[oa]s|bénévoles?|freiwillige|harassment|conduct|coc|ctf|incidents?|tickets?|ticketing|sponsors?|sponsoring|sponsorship|patrocinio|mécénat|cfp|speakers?|registrations?|anmeldung|inscri(?:ptions?|pciones|ções|coes)|vorstand|board|verein|asso|association|asociaci[oó]n|associa[cç][aã]o|club|datenschutz\w*|protecciondatos|proteccion-?datos|privacidade?|dpo|dsb|abuse|postmaster|poststelle|feedbacks?|denuncias?|reclamac(?:iones|oes|ões)|ouvidoria|bugs?|secretariat|secr[eé]taria(?:t|do)?|sekretariat|redaktion|redacci[oó]n|reda[cç][aã]o|r[eé]daction|editorial|editors?|kundenservice|bestellungen?|pedidos|commandes?|newsletter|presse|prensa|imprensa|helpdesk|servicedesk|jobs?|careers?|hr|rh|rrhh|support|suporte|soporte|info|sales|vendas|ventas|admin|office|press|privacy|security|no-?reply|help|billing|ap|ar|invoices?|invoicing|payables?|accounts-?payable|buchhaltung|rechnungs?|rechnungen|facturaci[oó]n|facturas|contabilidad|financeiro|fiscal|nfe?|notafiscal|compta|comptabilite|factures?|facturation|bewerbung|karriere|vagas|empleo|recrutamento|hiring|recruiting|team|talent|people|rh|cv|curriculos?|curr[ií]culum|legal|accounts?|accounting|finance|contracts?|nda|projects?|ops|partners?|partnerships?|business|biz|enquiries|inquiries|quotes?|orders?|service|customerservice|webmaster|marketing|media|events?|bookings?|reservations?|atendimento|atencion|atención|reservas|become|apply|join|opportunit(?:y|ies)|(?:hello|hallo|hola|ol[aá]|bonjour|salut|hi|hey|howdy)(?![^\n]{0,200}?(?:outside|off[- ]platform|fuera de|hors d|außerhalb|fora d))|direcci[oó]n|dire[cç][aã]o|direction|(?:core[-._]?)?devs?|developers?|engineering`;
// A role address of an organisation ("jobs@", "support@", "contato@") in a job post or help page is the
// organisation's desk, not a person's private channel (labelling policy v2.1, rule 12), and so is a greeting or a direction's
// mailbox ("hello@ledessertdabord.fr", "direccion.revista@…"; forty-fifth session) unless the talk is said to leave the platform
// ("write to hello@janedesigns.com and we'll continue outside Upwork": a one-person business's) — at a webmail host
// ("business@gmail.com") it is a person's, and so is one the writer gives as their own ("reach me at contact@wrdg.net",
// "email me at developer@…"). At a government's domain a first.last address is a named person's ("envoie ton CV à
// paul.girard@beta.gouv.fr"), a single word a team's ("friches@beta.gouv.fr"; twenty-seventh session, the tuning text).
// (every match holds its "@": sentences without one are not tried, in the readings and below a request alike)
const ROLE_ADDRESS = new RegExp(
  String.raw`(?<![\w.+-])(?:(?![a-z]+(?:-[a-z]+)?\.[a-z]+(?:-[a-z]+)?@)[\w.+-]+@(?:[\w-]+\.)*(?:gouv\.fr|gov(?:\.[a-z]{2})?|gob\.[a-z]{2}|gv\.at|bund\.de|admin\.ch|europa\.eu)(?![\w-])|(?<!(?:(?:^|\s)(?:me|mir|moi|mí)(?: [a-z]{1,12}){0,3}|[a-záéíóúâêôãõ]{3,12}-?(?:me|moi))(?: {1,2}(?:at|à|a|an|unter|on|via|by|para|em|en|no|au|al) {1,2}|\s?[:,]\s{0,2}))(?:(?:recrutements?|candidatures?)(?:[-._][\w-]+)?@|jobs?-\d+@|(?:[a-z0-9]+[-._])?(?:${ROLE_WORDS})(?:[-._][a-z0-9]+)?(?:@|\s?[\[(]at[\])]\s?)(?!(?:${WEBMAIL_HOSTS})[.\s\[(])))`,
  'i',
);
// Its hint, a superset of its matches: a desk's local part before an "@" or "(at)" and no webmail host after it, or a government's
// domain after an "@", each looked for back from its "@" or "(at)" (the pattern tried at every word of a sentence holding an address
// cost ~9 µs a sentence — its look-behind read before the desk's words —, 1.5 % of the message rules' time on the bench, where
// every such sentence holds an "@"; the hint ~0.4 µs)
const ROLE_HINT = new RegExp(
  lessCode(
    String.raw`@(?:(?:[\w-]+\.)*(?:gouv\.fr|gov|gob\.[a-z]{2}|gv\.at|bund\.de|admin\.ch|europa\.eu)|(?<=(?:recrutements?|candidatures?)(?:[-._][\w-]+)?@)|(?<=jobs?-\d+@)|(?<=(?:${ROLE_WORDS})(?:[-._][a-z0-9]+)?@)(?!(?:${WEBMAIL_HOSTS})[.\s\[(]))|[[(]at[\])](?<=(?:${ROLE_WORDS})(?:[-._][a-z0-9]+)?\s?[[(]at[\])])\s?(?!(?:${WEBMAIL_HOSTS})[.\s\[(])`,
  ),
  'i',
);
/** Whether the sentence gives an organisation's desk address (the hint first: most sentences with an "@" hold none). */
const isDesk = (s: string) => ROLE_HINT.test(s) && ROLE_ADDRESS.test(s);
// … where the sentence gives nothing else to reach someone by: a messenger's handle or a webmail address beside the desk's ("write
// to support@acme.io or to me at lena.dev@gmail.com") — the tuning text, forty-eighth session: the desk had ruled the whole
// sentence out. Not a phone number (an organisation's landline is its desk too, labelling policy rule 64: "Tel. +49 30 1234567,
// E-Mail: info@…" — a review of the first version, which read any number as a person's), not a messenger only named ("envoyez-nous
// votre LinkedIn / CV à recrutement@…" sends a profile to read), nor another address at an organisation's domain, which may be
// a team's ("data.inclusion@beta.gouv.fr") — but where the writer asks to be reached there, a number is theirs: "Write to info@atelier.io
// or WhatsApp me at +351 912 555 014" (a second review).
const MESSENGER_ME_SAID = new RegExp(
  String.raw`(?<![\p{L}])(?:${MESSENGER_ME_WORDS}|(?:text|call|ring|sms|ping|dm) me (?:on|at))(?![\p{L}])`,
  'iu',
);
function onlyADesk(s: string): boolean {
  if (!isDesk(s) || MESSENGER_ME_SAID.test(s)) return false;
  return findContacts(s).every((c) => c.kind === 'Phone' || (c.kind === 'E-mail' && !MAILBOX.test(c.value)));
}
// An address named as an account's login ("keep the account with email x@y") is no invitation.
// An address asked to confirm an account ("please verify your email address") is the platform's.
const VERIFY = filter(String.raw`verif\p{L}*|confirm\p{L}*|registered|sign(?:ed)? ?(?:in|up)|log ?in|password|reset`);
const LOGIN = filter(
  String.raw`accounts?|registered|cadastrad\p{L}*|registrad\p{L}*|registriert\p{L}*|inscrit\p{L}*|enregistré\p{L}*|sign(?:ed)? ?(?:in|up|into)|log(?:ged)? ?in(?:to)?|user ?id|username(?<!(?:${MESSENGER_NAMES}) username)(?<!(?:my|same as) (?:\p{L}+ )?username)|konto|cuenta|compte|conta`,
);
// A login named beside the address — but not a bank account money goes into ("to transfer into your account as a
// dormant fund … get back to me with this (x@yahoo.com)", 419 mails of the tuning text, twenty-seventh session): that
// sentence is read without it ("log into your account" stays a login).
const MONEY_INTO_ACCOUNT =
  /\b(?:(?<!\b(?:log|logged|sign|signed) )into|transfer(?:red)? to|paid to|sent to|credited to|deposited (?:in)?to) (?:your|my|his|her|our|their|the) (?:[a-z]{1,15} ){0,2}?accounts?\b/gi;
const notLogin = (h: Hit) => !LOGIN.test(h.sentence.replace(MONEY_INTO_ACCOUNT, ' '));
// (not a machine's: "the server credentials", "the server's IP", "las credenciales del servidor", "les identifiants du serveur" — a
// remote-access or hosting detail, the third review of the forty-third session and a review of the forty-fourth)
const COMMUNITY = filter(
  String.raw`(?:our|the|a|this|new|official|el|la|los|las|o|os|le|les|notre|nuestr[oa]|noss[oa]|unser\p{L}*|das|die|der|um|un|une|una)\s+(?:(?!(?:credenciales|contraseñas?|claves?|ip|acceso|datos|identifiants|accès|credenciais|senhas?|acesso|dados|zugangsdaten|passw[oö]rter|passwort|logins?)\s)\p{L}+\s+){0,2}?(?:community|server(?!(?:[’']s)?\s+(?:credentials|access|login|logins|password|passwords|ip|root|ssh|keys?|admin))|group|grupo|groupe|gruppe|canal|channel|comunidad|communauté|comunidade|servidor|serveur)|joinchat|group chat|join (?:us|our|the) (?:\p{L}+\s+)?(?:server|community|discord|channel|group)|join us|our (?:discord |telegram )?(?:server|community)|public server|community server|unser\p{L}* (?:server|community)|forum|the forum|le forum|das forum|el foro|o fórum|nuestr[oa] (?:servidor|comunidad)|notre (?:serveur|communauté)|nosso (?:servidor|grupo)|nossa comunidade`,
);
const HANDLE_LINE = filter(
  String.raw`@[A-Za-z0-9_]{4,}|(?<![\d+])\+?\d[\d\s().-]{6,}\d|(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.]+`,
);
// (each of its matches holds an "@" or a digit: other sentences are not scanned, where the address's "[\w.+-]+@" tried
// every character of every word)
const AT_OR_DIGIT = /[@\d]/;
const handleIn = (s: string) => (AT_OR_DIGIT.test(s) ? HANDLE_LINE.exec(s) : null);
const givesHandle = (s: string) => AT_OR_DIGIT.test(s) && HANDLE_LINE.test(s);

/** Tags and chat links; a link in a message about a community's group or server is that community's. */
function tagsAndLinks(message: PreparedMessage): Hit[] {
  const found = readHits(message, TAGS_AND_LINKS, { unless: [PLACEHOLDER, COMMUNITY] });
  if (!found.length || !(inText(message, COMMUNITY) || COMMUNITY_WORD.test(message.text))) return found;
  return found.filter((h) => !CHAT_LINK.test(h.sentence));
}

/**
 * A handle on its own line under a line naming the channel ("my telegram details:" / "user: @x"): a
 * signature block or a list of contacts, read over two lines.
 */
function handlesBelowChannel(message: PreparedMessage): Hit[] {
  const out: Hit[] = [];
  const lines = message.sentences;
  // Only lines beside one that names a channel (found through the index) are looked at.
  const near = new Set<number>();
  for (const h of readHits(message, LABELS, { anyVoice: true, negationIsPattern: true }))
    for (const i of [h.index + 1, h.index + 2, h.index - 1]) near.add(i);
  for (const i of near) {
    if (i < 1 || i >= lines.length) continue;
    if (lines[i].length > 120 || /^\s*--/.test(lines[i])) continue; // a quote's signature
    const handle = handleIn(lines[i]);
    // (nor a number to send money to: "Meu telefone caiu na agua. … M-pesa 855550161 vem em nome de Sara" — the phone's
    // story is no label of the mobile-money number; thirty-second session, the tuning text)
    if (!handle || PLACEHOLDER.test(lines[i]) || MONEY_TO_NUMBER.test(lines[i])) continue;
    for (const j of [i - 1, i - 2, i + 1]) {
      const line = lines[j] ?? '';
      // The other line labels it: "Telegram:", "te paso mis datos de telegram", "this is my whatsapp number".
      const label = line.length < 120 && LABEL.test(line) && !WORK.test(line);
      const channel = label ? (CHANNEL.exec(line) ?? MAIL.exec(line)) : null;
      if (channel) {
        out.push({ sentence: lines[i], index: i, words: [channel[0], handle[0]], weak: false });
        break;
      }
    }
  }
  return out;
}

// A form the reader is asked to fill in with a blank for their messenger: "Telefonnummer/WhatsApp:", "6. WhatsApp-Nummer:"
// among "Name:", "Land:", "Beruf:" (advance-fee and fake-job mails; twentieth session, the tenth set read). Three blanks
// at least: one label ending a line is a heading ("Contact me on Telegram:" above a handle is handlesBelowChannel's).
const FORM_FIELD = new RegExp(
  String.raw`(?:^|\s|/)((?:whats ?app|telegram|signal|viber|wechat|skype)(?:[- ]?(?:nummer|number|no\.?|nr\.?|número|numéro|id|handle))?)\s*:\s*$`,
  'iu',
);
const BLANK_FIELD = /[\p{L})]\s?:(?=[ \t]*(?:\n|$)|[ \t]+\p{Lu}[\p{L}-]*(?:[ \t]+\p{L}+){0,3}[ \t]?:)/gmu;
// … and asks for the reader's person (a list of a community's channels is no form).
const PERSONAL_FIELD =
  /(?:name|namen|nombre|nom|nome|land|country|país|pays|adresse|address|anschrift|dirección|endereço|age|alter|edad|âge|idade|beruf|occupation|profession|profesión|profissão|geburtsdatum|date of birth|fecha de nacimiento|date de naissance)\s?:/i;
function formBlanks(message: PreparedMessage): Hit[] {
  if (!/:\s*$/m.test(message.text) || (message.text.match(BLANK_FIELD)?.length ?? 0) < 3) return [];
  if (!PERSONAL_FIELD.test(message.text)) return [];
  const out: Hit[] = [];
  message.sentences.forEach((sentence, index) => {
    const m = FORM_FIELD.exec(sentence);
    if (m) out.push({ sentence, index, words: [m[1]], weak: false });
  });
  return out;
}

const MAIL = concept(String.raw`mail`);
const LABELS: Combination[] = [[CHANNEL], [MAIL]];
const TAGS_AND_LINKS: Combination[] = [[TAGGED], [CHAT_LINK]];
// (plurals too: "Lista de grupos do Telegram que participo e recomendo" above four t.me links — a project's list of groups,
// labelling policy v2.7; thirty-third session, the twenty-sixth set read)
const COMMUNITY_WORD =
  /\b(?:community|communities|servers?|grupos?|groupes?|gruppen?|comunidad(?:es)?|communautés?|comunidades?)\b/i;
const LABEL = /:\s*$|(?:^|\s)(?:my|mis|mi|meu|minha|meine?|meinen|mon|ma|mes|this is|here is|voici|aquí|aqui)\s/i;

// Addresses in the domains kept for examples (RFC 2606: "yourname@example.com") reach nobody.
// (also a form's dummy: "anonymous@anon.com", "email@email.com.br" — the published pages of bench/benign-web, thirty-eighth
// session)
const EXAMPLE_ADDRESS = String.raw`@[\w.-]*\bexample\.(?:com|org|net)\b|@[\w.-]+\.(?:example|test|invalid|localhost)\b|\b(?:anonymous|anonyme|anonimo|anônimo|email|e-mail|mail|nome|nom|nombre|name|user|usuario|seu|tu|votre|your)@(?:anon|email|mail|e-mail|dominio|domaine|domain|seudominio|tudominio|yourdomain)\.[a-z.]{2,7}\b`;
// Nor do invite links with a blank for their code ("discord.gg/<invite-code>", "t.me/{username}"; a review of the
// thirty-second session — but "t.me/XXXX" is a handle a publisher masked, still one given, and "t.me/yourdevhelper" a handle).
const BLANK_INVITE = String.raw`(?:discord\.gg|t\.me|chat\.whatsapp\.com)\/(?:<|\{|your[-_]?(?:user_?name|handle|invite|code|channel|group|link)(?:[-_][a-z]+)*(?![\w-]))`;
// Nor does a template's value the reader is told to replace with their own ("Sustituye 50200000000 por el WhatsApp real",
// "debes cambiar hola@ejemplo.com por tu email", "Replace +1 555 0100 with your number": a site template's README;
// thirty-third session, the twenty-sixth set read) — not the writer's own new number put in its place.
const TEMPLATE_VALUE = String.raw`\b(?:replace|change|swap|substitute|cambi[ae]r?|sustitu(?:ye|ir|ya)|reemplaz(?:a|ar|e)|substitu(?:a|ir|i)|troque|trocar|alter(?:e|ar)|remplace[zr]?|changez|ersetze[n]?|tausche[n]?)\s+(?:(?:the|el|la|le|o|a|die|den|das) (?:(?:hard-?coded |old |current |placeholder |test |dummy |fixe? |feste )?(?:phone |whats ?app |mobile )?(?:numbers?|n[uú]meros?|numéro|nummer|e-?mail|correo|address|dirección|endereço|adresse)\s+)?)?(?:[\w.+-]+@[\w.-]+|\+?\d[\d\s().-]{5,}\d)\s+(?:(?:in|from|im|en|dans|no|na|em)\s+\S+\s+)?(?:with|by|por|pelo|pela|par|durch|mit)\s(?!(?:my|mi|mis|meu|minha|mon|ma|mein\p{L}*|o meu|a minha|el mío)\s)`;
// (tested only where a link's "/", an address's "@" or a replacing verb stands, as each match holds one)
const PLACEHOLDER = hintedBy(
  asciiFirst(new RegExp(`${BLANK_INVITE}|${EXAMPLE_ADDRESS}|${TEMPLATE_VALUE}`, 'iu')),
  /[/@]|replace|change|swap|substitu|cambi|sustitu|reemplaz|troque|trocar|alter|remplace|ersetze|tausche/iu,
);

// A contact to be put on the site the reader builds: "please put our whatsapp +44 7911 123456 in the header", "Please update the
// phone on the contact page to +1 415 555 0100" (a probe of the forty-sixth session) — unless the writer also asks to be reached.
const SITE_EDIT = wordsAhead(
  asciiFirst(
    /(?<![\p{L}])(?:put|add|place|update|change|replace|insert|pon|pone|ponga|agrega|agregue|añade|añada|cambia|cambie|actualiza|actualice|coloca|coloque|mets|mettez|ajoute|ajoutez|remplace|remplacez|adicione|adiciona|troque|troca|atualize|atualiza|mude|muda|setz|setze|setzen sie|füg|füge|fügen sie|änder|ändere|ändern sie|aktualisiere)(?![\p{L}])\s+(?:\S+\s+){0,6}?(?:in|on|to|into|at|en|dans|sur|no|na|im|in der|auf der|ins)\s+(?:the |our |my |el |la |le |o |a |den |die |das |nuestro |nuestra |notre |nosso |nossa |unser\p{L}* )?(?:header|footer|contact (?:page|section|form)|site|website|web ?page|homepage|landing page|page|button|banner|navbar|nav|menu|widget|cabecera|pie de página|encabezado|página|sitio|botón|en-tête|pied de page|bouton|cabeçalho|rodapé|botão|kopfzeile|fußzeile|webseite|seite|kontaktseite|impressum)(?![\p{L}])/iu,
  ),
);
// A profile to follow for what it posts, not a channel to talk on: "you should follow me on twitter : @x", "Síguenos en Instagram
// @x", "Follow @Upwork on Twitter" (a saved Upwork page; labelling policy: a community page's "Instagram to follow content";
// bench/benign-web, forty-eighth session) — the whole sentence only that: not "Follow me on Instagram and add me on Telegram: @x",
// "Follow our process: add our HR manager on Telegram" (a review of the first version, which read a follow anywhere).
const FOLLOW_ONLY = wordsAhead(
  asciiFirst(
    /^\W{0,4}(?:(?:you should|please|pls|also|and|so|just|feel free to)\s+){0,2}(?:follow (?:me|us|@[\w.]{2,40})|folg(?:e|t|en sie)? (?:mir|uns)|s[ií]gue(?:me|nos)|s[ií]ganos|suivez[- ](?:moi|nous)|suis[- ]moi|siga[- ]?(?:me|nos)|segue[- ](?:me|nos))(?:\s+(?:on|at|in|auf|bei|en|sur|no|na|em)\s+[\p{L}.]{2,20}){0,2}(?:\s+(?:for|für|para|pour)(?:\s+[\p{L}-]{1,20}){1,4})?\s{0,3}[:\-–—]?\s{0,3}(?:@[\w.]{2,40}|https?:\/\/\S{1,200})?(?:\s+(?:for|für|para|pour)(?:\s+[\p{L}-]{1,20}){1,4})?\s{0,3}[.!]{0,3}\s{0,3}$/iu,
  ),
);

/** The writer asks to be reached in the sentence: "add me", "let's continue on Telegram", "for questions", a handle of theirs. */
function writerInvites(s: string): boolean {
  return INVITES_TO_WRITER.test(s) || LETS_GO_ON.test(s);
}
const LETS_GO_ON = asciiFirst(
  /(?<![\p{L}])(?:let[’']?s|so (?:we|i) can|we can (?:chat|talk)|(?:and|y|e|et|und) (?:hablamos|seguimos|falamos|on continue|on parle|reden wir)|for (?:questions|quick questions)|para (?:dudas|preguntas)|send you|i[’']ll send|te (?:env[ií]o|mando)|je (?:t[’']|vous )envoie|ich schick\p{L}* dir|then (?:we|let)|there|ahí|allí|là-bas|lá|dort|too|también|também|aussi|auch)(?![\p{L}])/iu,
);
// The writer's own contact named ("my Telegram @jdev99", "mi WhatsApp +34 …"): not the site's.
const WRITERS_CONTACT = asciiFirst(
  /(?<![\p{L}])(?:my|mi|mis|mon|ma|mes|meu|minha|mein\p{L}*)\s+(?:\p{L}+\s+)?(?:whats\p{L}*|telegram|number|n[uú]mero|numéro|nummer|phone|email|e-mail|discord|skype|signal|contact\p{L}*|handy)(?![\p{L}])/iu,
);
const INVITES_TO_WRITER = asciiFirst(
  new RegExp(
    String.raw`(?<![\p{L}])(?:${REACH_ME_WORDS}|reach me|write to me|dm me|ping me|hit me up|ajoute-moi)(?![\p{L}])`,
    'iu',
  ),
);
// Copy the reader is to write or put on a page, quoted after the asking: 'Please write the FAQ for our help center: "If you have any
// problem, message us at +1 415 555 0134 on WhatsApp."', 'Schreib den Text für den Footer: „Fragen? Schreiben Sie uns auf
// WhatsApp"' — the quotation is the page's words, not the writer's (the forty-fifth session's left-overs).
const COPY_FRAME = asciiFirst(
  new RegExp(
    String.raw`(?<![\p{L}])(?:write|add|put|post|use|translate|insert|include|draft|create|proofread|edit|design|schreib\p{L}*|erstell\p{L}*|übersetz\p{L}*|füg\p{L}* \p{L}+ ein|escrib\p{L}*|redact\p{L}*|traduc\p{L}*|agreg\p{L}*|écri\p{L}*|rédig\p{L}*|tradui\p{L}*|ajout\p{L}*|escrev\p{L}*|redij\p{L}*|traduz\p{L}*|adicion\p{L}*)(?![\p{L}])[^.!?\n"“„«]{0,80}?(?<![\p{L}])(?:copy|text|texts|texte|texto|faqs?|captions?|footer|header|banner|cta|tagline|slogan|flyer|ad|ads|ad copy|landing page|homepage|web ?page|page|site|website|widget|popup|pop-up|auto-?reply|template|message template|bio|section|paragraph|sentence|line|button|fußzeile|kopfzeile|anzeige|seite|webseite|vorlage|pie de página|anuncio|plantilla|página|sitio|pied de page|bannière|annonce|modèle|rodapé|anúncio|modelo)(?![\p{L}])[^"“„«\n]{0,60}?["“„«]`,
    'iu',
  ),
);
const CLOSING_QUOTE = /["”“«»]/;
const QUOTE_SIGN = /["“„«]/;
/** Where the copy to be written stands in the text (from its opening quotation mark to its closing one), or undefined. */
function copyToWrite(text: string): { open: number; end: number } | undefined {
  // (a quotation mark first: most messages have none, and the frame's pattern is a scan of the whole text)
  if (!QUOTE_SIGN.test(text)) return undefined;
  const frame = COPY_FRAME.exec(text);
  if (!frame) return undefined;
  const open = frame.index + frame[0].length;
  const close = CLOSING_QUOTE.exec(text.slice(open));
  return { open, end: close ? open + close.index : text.length };
}
function inCopy(h: Hit, text: string, copy: { open: number; end: number }): boolean {
  const at = text.indexOf(h.sentence);
  if (at < 0 || at + h.sentence.length <= copy.open || at >= copy.end) return false;
  // (the words that made the finding all inside the quotation: a request beside the copy, "Add me on Telegram @x and write the
  // footer: …", stays)
  return h.words.every((w) => {
    const k = text.indexOf(w, at);
    return k >= copy.open && k + w.length <= copy.end;
  });
}

export const rule: MessageRule = {
  id: 'move-off-platform',
  kind: 'message',
  group: 'contact',
  concrete: 'contact',
  writerNamed: true,
  check({ message }) {
    // Talk about building for these channels is work, not an invitation — unless a handle is given or the
    // reader is asked to make contact; a community's server is joined, not a private talk.
    const unless = [
      WORK_NEAR,
      PLACEHOLDER,
      COMMUNITY,
      CUSTOMERS_REACH,
      BOT_INSTALL,
      STAY_HERE,
      TOOL_INVITE,
      A_SIGNAL_NOT_THE_APP,
      PRIVACY_POINTER,
      DESCRIBED_THERE,
      UI_LABEL,
      NOT_THERE,
      OWN_PEOPLE_TALK,
      REACHED_HERE,
      CONNECTING_APP,
      RECOVERY,
    ];
    const found = [
      ...readHits(message, DIRECT, {
        unless: [
          PLACEHOLDER,
          PAID_AT,
          MONEY_TO_NUMBER,
          CUSTOMERS_REACH,
          TOOL_INVITE,
          A_SIGNAL_NOT_THE_APP,
          PRIVACY_POINTER,
          DESCRIBED_THERE,
          UI_LABEL,
          NOT_THERE,
          REACHED_HERE,
          CONNECTING_APP,
          THIRD_PERSONS_ADDRESS,
          AUTOMATED_SEND,
          CREDENTIAL_SENT,
        ],
      }).filter((h) => !toTheReader(h) && notLogin(h)),
      ...readHits(message, SENT_ELSEWHERE, { anyVoice: true, unless: [SOMEONE_SENT] }),
      ...sentThenThere(message),
      ...readHits(message, MAILED_YOU_ALONE, { anyVoice: true, unless: [SOMEONE_SENT, VERIFY, LOGIN, AS_ASKED] }).map(
        (h) => ({
          ...h,
          weak: true,
        }),
      ),
      ...contactBelow(message),
      // Tags need no anchor word; one look at the text tells whether any is there.
      ...(hasTag(message.text) ? tagsAndLinks(message) : []),
      ...readHits(message, COMBINATIONS, { unless }),
      ...readHits(message, TALK_GOES_THERE, { unless: [...unless, IF_CONTACT, KEPT_ON_MARKETPLACE] }),
      // (a note: phone calls are how many clients and recruiters work, and the advisory's workers avoid them — a number
      // given, a messenger named or another request makes it a red flag)
      ...readHits(message, PHONE_TALK, {
        unless: [...unless, IF_CONTACT, KEPT_ON_MARKETPLACE, PROCEDURE, PHONE_AS_WORK],
      }).map((h) => ({
        ...h,
        weak: true,
      })),
      // A private talk asked for with no channel named anywhere in the message ("how may I contact you in
      // private?", "discuss it privately"): where it would go is not said — weak evidence, a note unless
      // something backs it. With one named ("… privately? Discord, telegram, e-mail?") it is an invitation.
      ...unnamedUnlessChannel(message, readHits(message, PRIVATE_TALK, { unless: [...unless, WARNED_OFF] })),
      ...serverLinks(message, unless),
      ...readHits(message, JOIN, {
        unless: [WORK_NEAR, PLACEHOLDER, READERS_WORKSPACE, BOT_INSTALL, A_SIGNAL_NOT_THE_APP, BOT_WORK],
      }),
      ...groupInvitation(message),
      ...unnamedUnlessChannel(message, readHits(message, CONTACT_DETAILS, { unless: [PLACEHOLDER] })),
      ...readHits(message, ASK_CONTACT, { unless: [PLACEHOLDER, LOGIN, VERIFY] }),
      ...readHits(message, NUMBER_ASK, { unless: [PLACEHOLDER, LOGIN, VERIFY] }),
      ...readHits(message, WHERE_REACH, { unless: [REACHED_HERE] }).map((h) => ({ ...h, weak: true })),
      ...readHits(message, CONTACT_US, { unless: [PLACEHOLDER, QUOTED_AUTHOR, SAMPLE_COPY] }).map((h) => ({
        ...h,
        weak: true,
      })),
      ...readHits(message, BARE_ASKED_ALONE, { unless }).map((h) => ({ ...h, weak: true })),
      ...readHits(message, LINK_CONTACT, { unless: [PLACEHOLDER] }).map((h) => ({ ...h, weak: true })),
      ...handlesBelowChannel(message),
      ...formBlanks(message),
      ...newPhoneHere(message),
      // (a red flag where the sentence gives the number or the handle, "com contato através do WhatsApp (53) 95555-0148", or names
      // the writer as the one to receive there, "send me the files via Telegram")
      ...readHits(message, CHAT_APP_CHANNEL, {
        unless: [...unless, IF_CONTACT, KEPT_ON_MARKETPLACE, APP_WORK, CHANNEL_NOT_OFFERED],
      }).map((h) => ({
        ...h,
        weak: !WRITER_RECEIVES.test(h.sentence) && !(givesHandle(h.sentence) && findContacts(h.sentence).length > 0),
      })),
    ];
    // (an organisation's desk is no one's private channel: ROLE_ADDRESS, read where nothing else is given)
    for (let i = found.length - 1; i >= 0; i--) if (onlyADesk(found[i].sentence)) found.splice(i, 1);
    // A person's own mailbox or phone number given on its own (a signature, "Também preciso. x@gmail.com"):
    // labelling policy v2.1 rule 12 — not a quotation's author, a payment handle or an organisation's desk.
    // Looked for only where the text has a webmail address or a long run of digits (one scan of the message),
    // and not where an invitation already quotes a contact (the red flag is backed; the look-up is the rule's
    // dearest part: a libphonenumber parse per sentence).
    if (BARE_HINT.test(message.text) && !found.some((h) => givesHandle(h.sentence)))
      found.push(
        ...readHits(message, BARE_CONTACT, {
          unless: [
            PLACEHOLDER,
            VERIFY,
            PAYMENT_HANDLE,
            QUOTED_AUTHOR,
            TOOL_INVITE,
            A_SIGNAL_NOT_THE_APP,
            PRIVACY_POINTER,
          ],
        })
          .filter(
            (h) =>
              !toTheReader(h) &&
              notLogin(h) &&
              !onlyADesk(h.sentence) &&
              findContacts(h.sentence).some((c) => (c.kind === 'E-mail' ? MAILBOX.test(c.value) : c.kind === 'Phone')),
          )
          // Given, not asked to be used: a note that says so, unless another sentence invites (then that one is
          // the request and this one its contact) — or the message proposes the call the number is for ("Can we do
          // a phone call? My number is +1 …", review24).
          .map((h) => (callAsked(message.text, h.sentence) ? h : { ...h, weak: true, given: true })),
      );
    // (a number labelled as a phone's, where nothing else in the message gives a contact)
    if (!found.length && PHONE_DIGITS.test(message.text))
      found.push(
        ...readHits(message, LABELLED_NUMBER, {
          unless: [PLACEHOLDER, LOGIN, VERIFY, PAYMENT_HANDLE, QUOTED_AUTHOR, MONEY_TO_NUMBER],
        }).map((h) => ({ ...h, weak: true, given: true })),
      );
    const seen = new Set<number>();
    const copy = found.length ? copyToWrite(message.text) : undefined;
    // (what the whole message says, read once however many sentences were found: read again for each of them, 200 KB of one
    // asking sentence repeated took 45 s — a probe of the forty-seventh session)
    let echoRefused: boolean | undefined;
    let otherNumber: boolean | undefined;
    // (the reader's e-mail asked for an invitation: no channel)
    const quoted = withoutInvites(message, found)
      // A mailbox given as a payment key under a heading that says so ("## Chave PIX" / "**Email:** x@gmail.com"): a
      // payment handle, not a channel.
      .filter(
        (h) => !(SHORT_LABEL_LINE.test(h.sentence) && PAYMENT_HEADING.test(headingAbove(message.sentences, h.index))),
      )
      // (a sentence that gives a handle, an address or a number invites whatever else it names)
      .filter((h) => !(notAChannel(h.sentence) || toolList(h.sentence)) || givesHandle(h.sentence))
      .filter((h) => !codeHostHandle(h, message.text))
      .filter((h) => !(copy && inCopy(h, message.text, copy)))
      // (with no handle, number or address of the writer's in the sentence)
      .filter((h) => !(reachesThirdParties(h.sentence) && !writerInvites(h.sentence)))
      .filter((h) => !FOLLOW_ONLY.test(h.sentence))
      .filter((h) => !rulesStated(h))
      .filter((h) => !(SITE_EDIT.test(h.sentence) && !writerInvites(h.sentence) && !WRITERS_CONTACT.test(h.sentence)))
      .filter((h) => !(ECHOED.test(h.sentence) && (echoRefused ??= ECHO_REFUSED.test(message.text))))
      .filter(
        (h) =>
          !(
            BARE_NUMBER_ASK.test(h.sentence) &&
            (otherNumber ??= NUMBER_MEANT.test(message.text) && !PHONE_NAMED.test(message.text))
          ),
      )
      // (a sentence two readings found is quoted once, as the stronger one read it: a chat app named as the channel where the
      // writer is the one to receive there is a red flag even where another reading found the sentence a note first)
      // (asking whether the marketplace allows it asks the reader for nothing yet: a note)
      .map((h) => (rulesAsked(h.sentence) ? { ...h, weak: true } : h))
      .sort((a, b) => a.index - b.index || Number(!!a.weak) - Number(!!b.weak))
      .filter((h) => !seen.has(h.index) && seen.add(h.index));
    if (!quoted.length) return undefined;
    return messageFinding(rule.id, 'medium', quoted, [
      'G1 Red flag indicators (requests to communicate off the platform)',
      'G1 Annex (accounts go "off-site")',
    ]);
  },
};
