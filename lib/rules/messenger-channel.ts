/**
 * A chat app named as the medium of the writer's dealings with the reader — booking, confirming, cancelling, support,
 * updates, questions, the talk itself: "Appointments can be scheduled via WhatsApp, Instagram, email, or in person", "Die
 * Teilnahme ist nur nach vorheriger Anmeldung per Mail oder WhatsApp möglich", "Soporte por WhatsApp/Email durante el
 * desarrollo", "I can send you daily updates via WhatsApp", "Suivi par WhatsApp entre les séances" (labelling policy rules 52,
 * 53 and 62: a business's terms or a freelancer's offer naming a messenger as the channel — also impersonally — is an
 * invitation off the platform; e-mail or the phone named as a transaction's medium is not, rule 60). Read by
 * move-off-platform as weak evidence: a note, unless the sentence gives the number or handle, or a second sentence says so.
 * Not the app as a product's feature or the work ("notifications via the WhatsApp API", "a button to share via WhatsApp").
 */
import { WHATSAPP_NAMES } from '../text/lexicon';

// Chat apps only: a social network ("via Instagram", "über Facebook") is a page, not the channel of a conversation.
const CHAT_APPS = String.raw`telegram|${WHATSAPP_NAMES}|discord|skype|signal|wechat|viber|threema|wickr|line app`;
// Other channels listed before it: "per Mail oder WhatsApp", "por correo electrónico o WhatsApp", "via SMS / WhatsApp".
const OTHER_CHANNEL = String.raw`(?:e-?mail|mail|sms|phone|telefon\p{L}*|tel[eé]fono|t[ée]l[ée]phone|telefone|correo(?: electr[oó]nico)?|courriel|instagram|facebook|messenger|${CHAT_APPS})`;
const OR = String.raw`(?![\p{L}])(?:\s*[,/+&]\s*|\s+(?:or|oder|und|and|o|ou|y|e)\s+)`;

/** The medium: a preposition, perhaps other channels, then the chat app. */
export const VIA_CHAT_APP = String.raw`(?:via|per|por|through|over|by|using|par|pelo|pela|über|mittels|vía|a través de|através d[oa]|mediante)\s+(?:(?:the|die|la|el|le|o|a)\s+)?(?:${OTHER_CHANNEL}${OR}){0,3}(?:${CHAT_APPS})(?![\p{L}]|[’']s)`;

/** What goes through it: a dealing between the writer and the reader. */
export const DEALINGS = String.raw`book\p{L}*|schedul\p{L}*|appointments?|reserv\p{L}*|confirm\p{L}*|cancel\p{L}*|support|updates?|communicat\p{L}*|contact\p{L}*|questions?|enquir\p{L}*|inquir\p{L}*|follow-?up|coordinat\p{L}*|feedback|brief\p{L}*|send|sent|receive|notify|inform|arrange\p{L}*|discuss\p{L}*|talk|chat|reach\p{L}*|buch\p{L}*|termin\p{L}*|anmeld\p{L}*|absag\p{L}*|abgesagt|storn\p{L}*|bestätig\p{L}*|kommunikation|kontakt\p{L}*|fragen|rückfragen|absprache\p{L}*|abstimm\p{L}*|vereinbar\p{L}*|informier\p{L}*|erreich\p{L}*|zusend\p{L}*|übersend\p{L}*|senden|schick\p{L}*|besprech\p{L}*|agend\p{L}*|cita\p{L}*|soporte|comunicaci[oó]n\p{L}*|dudas|consultas?|pedidos?|env[ií]\p{L}*|mando|mandamos|mandaré|mandaremos|mandarei|mandarte|mandarle|atualiza\p{L}*|actualiza\p{L}*|avances|novedades|novidades|nouvelles|coordin\p{L}*|trámites|avis\p{L}*|seguimiento|réserv\p{L}*|rendez-vous|rdv|annul\p{L}*|suivi|échang\p{L}*|commandes?|envo\p{L}*|prévenir|prévenez|informer|joindre|marca\p{L}*|suporte|comunicaç\p{L}*|contat\p{L}*|dúvidas|atendimento|acompanhamento|combin\p{L}*`;

/** Where the app is a product's feature, the work or an integration, not where the two talk. */
export const APP_AS_WORK = String.raw`api|apis|webhooks?|bots?|chatbots?|integrat\p{L}*|intégr\p{L}*|integra\p{L}*|sdk|twilio|n8n|zapier|make\.com|templates?|plugins?|widgets?|buttons?|botón|botones|botão|bouton|click-to-chat|automat\p{L}*|notification\p{L}*|notifica\p{L}*|benachrichtig\p{L}*|features?|funktion\p{L}*|función|fonction\p{L}*|funcionalidade\p{L}*|share|teilen|compartir|partager|compartilhar|cta|call to action|layout|landing|wireframe|mockup|added|adicionad[oa]s?|built|build|develop\p{L}*|implement\p{L}*|set up|setup|systems?|sistemas?|système\p{L}*|configur\p{L}*|programm\p{L}*|coded|created|(?:mobile|web|android|ios) apps?|añadid[oa]s?|hinzugefügt|ajouté\p{L}*`;

/**
 * Not an offer: told as past or as others' doings ("cette personne m'a contacté par WhatsApp", "has been interviewing candidates
 * via Skype", "the exchange has intensified, mainly via telephone and WhatsApp"), taken back ("no longer supported"), or a
 * privacy page telling what the app does with the data ("… erhält WhatsApp die Mobilrufnummer des Nutzers").
 */
export const NOT_OFFERED = String.raw`m[’']a|m[’']ont|nous a|nous ont|has been|have been|had been|was|were|wurde|wurden|hat mich|haben mich|hatte|me (?:contactó|escribió|llamó|mandó|envió|contatou|escreveu|mandou|ligou)|no longer|not any ?more|nicht mehr|ya no|plus (?:possible|accepté\p{L}*|accepté)|não (?:é|são) mais|verarbeit\p{L}*|gespeichert|personenbezogen\p{L}*|ip-adresse|des nutzers|der nutzer(?:in)?|des anbieters|datenschutz\p{L}*|personal data|data protection|privacy|datos personales|se utilizan|données personnelles|dados pessoais|(?:recruiters|scammers|fraudsters|clients|customers|freelancers|companies|people|many|some|others|kunden|betrüger|estafadores|golpistas|escrocs)\s+(?:\p{L}+\s+)?(?:often|usually|typically|sometimes|tend to|oft|meist\p{L}*|suelen|a menudo|souvent|costumam)|not (?:available|possible|offered|provided)|nicht (?:möglich|verfügbar|angeboten)|no (?:está |es )?(?:disponible|posible)|pas (?:disponible|possible)|não (?:está |é )?(?:disponível|possível)|than (?:via|per|through|over|by|on)|(?:instead of|rather than|statt|anstatt|en lugar de|en vez de|au lieu de|plutôt que|em vez de|ao invés de) (?:via|per|por|par|pelo|pela|über|through|over|by)|remplac\p{L}*|replace\p{L}*|ersetz\p{L}*|reemplaz\p{L}*|substitu\p{L}*|evit\p{L}*|avoid\p{L}*|vermeid\p{L}*|évit\p{L}*|comprei|compré|j[’']ai acheté|i bought|ich habe gekauft`;
