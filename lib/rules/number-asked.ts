/**
 * The reader's phone number asked for, in five languages (move-off-platform's ASK_CONTACT, forty-second session and its three
 * reviews): "Can I get your number?", "Any chance I could get your number?", "Kann ich deine Nummer haben?", "Gibst du mir deine
 * Nummer?", "¿Me das tu número y te llamo?", "Tu me donnes ton numéro ?", "Posso pegar seu número?". The question ends with the
 * number, or goes on with a courtesy or the call it is for — "your number" is often another: a quote's ("Can I get your number
 * in writing before we start?", "your number with VAT"), a count ("your number one priority", "number of hours"), an identifier
 * ("numéro EORI", "número do pedido", "Nummer im Kundenportal") or the phone itself ("¿Me pasas tu móvil? Quiero ver la app",
 * "Posso pegar seu celular emprestado?").
 */
import { asciiFirst } from '../text/ascii-first';

const END = String.raw`(?=\s*(?:[?.!]|$|,?\s*(?:please|pls|plz|por ?favor|porfa|bitte|s[’']il|stp|svp|real quick|quickly|rapidinho|so (?:i|we) can|for when|for (?:a |the )?(?:quick |short )?(?:call|chat)|to (?:call|text|reach|contact|chat|talk)|and (?:i[’']ll |i will |we can |i can |i |we )?(?:call|text|ring|add|message|talk|chat)|(?:we|i) can (?:talk|chat|call|text|skip|move)|i[’']ll (?:call|text|add|message|whats ?app)|(?:for|on|para|pour|für|pra) (?:whats ?app|telegram|signal|zap)|y te (?:llamo|escribo|agrego)|para (?:te |le )?(?:llamar|hablar|contactar|escribir)\p{L}*|pour (?:te |vous )?(?:appeler|contacter|joindre|écrire)|pra (?:te )?(?:ligar|chamar|falar)|para (?:te |lhe )?(?:ligar|chamar|falar)|(?:dann|damit) (?:ruf|rufe|schreib|schreibe|kann|können)|um (?:dich|sie|ihnen) (?:anzurufen|zu erreichen)|unter der)(?![\p{L}])))`;
const PHONE_EN = String.raw`(?:(?:cell phone|mobile phone|phone|mobile|cell|cellphone|personal|private|direct|contact|whats ?app|telegram|signal) )?(?:number|digits|phone no\.?|(?:cell|#)(?=\s*\?))`;
const PHONE_DE = String.raw`(?:handy|mobil|telefon|whats ?app-?)?nummer`;
const PHONE_ES = String.raw`n[uú]mero(?: de (?:tel[eé]fono|tel|cel|celular|m[oó]vil|whats ?app|contacto))?`;
const PHONE_FR = String.raw`num[ée]ro(?: de (?:t[ée]l[ée]phone|tel|portable|mobile|contact))?(?: whats ?app)?`;
const PHONE_PT = String.raw`(?:n[uú]mero(?: d[eo] (?:telefone|telemóvel|celular|whats\p{L}*|zap|contato))?|celular|telefone(?: de contato)?|whats\p{L}*|zap)`;

export const NUMBER_ASKED = [
  String.raw`(?:(?:can|could|may|might) (?:i|we)|(?:if|whether) (?:i|we) (?:could|can|might|may)|(?:mind|ok|okay|alright) if (?:i|we)|possible to|chance (?:that )?(?:i|we) (?:could|can)) (?:please |maybe |also |just |quickly |possibly )?(?:get|have|ask for|grab|take) (?:your|ur) ${PHONE_EN}${END}`,
  String.raw`(?:would you )?mind (?:sharing|giving me|sending me|dropping) (?:your|ur) ${PHONE_EN}${END}`,
  String.raw`(?:kann|könnte|darf|dürfte) ich (?:bitte |mal )?(?:deine|ihre) ${PHONE_DE} (?:haben|bekommen|kriegen)${END}`,
  String.raw`(?:(?:gibst|schickst) du mir|geben sie mir|schicken sie mir) (?:mal |bitte |kurz )?(?:deine|ihre) ${PHONE_DE}${END}`,
  String.raw`nach (?:deiner|ihrer) ${PHONE_DE} fragen${END}`,
  String.raw`(?:hättest du|hätten sie) (?:\p{L}+ )?(?:deine|ihre|eine) ${PHONE_DE}(?: für mich)?${END}`,
  String.raw`(?:hast du|haben sie) (?:eine )?${PHONE_DE}${END}`,
  String.raw`(?:kannst du|könntest du|können sie|könnten sie) (?:mir )?(?:bitte |mal )?(?:deine|ihre) ${PHONE_DE} (?:geben|schicken|sagen|durchgeben)${END}`,
  String.raw`wie lautet (?:deine|ihre) ${PHONE_DE}${END}`,
  String.raw`(?:me )?(?:pasas|das|regalas|compartes|(?:puedes|podrías|puede|podría) (?:pasar|dar|compartir|enviar|mandar)(?:me)?) (?:tu|su) ${PHONE_ES}${END}`,
  String.raw`cu[aá]l es (?:tu|su) ${PHONE_ES}${END}`,
  String.raw`(?:quel est|c[’']est quoi) (?:ton|votre) ${PHONE_FR}${END}`,
  String.raw`(?:(?:tu peux|peux-tu|pourrais-tu|tu pourrais|vous pouvez|pouvez-vous|pourriez-vous|vous pourriez|je peux|puis-je|est-ce que je peux) (?:me |m[’'])?(?:donner|passer|envoyer|laisser|communiquer|avoir)|tu me (?:donnes|passes|files|envoies|laisses)) (?:ton|votre) ${PHONE_FR}${END}`,
  String.raw`posso (?:pegar|ter|anotar) (?:o )?(?:seu|teu) ${PHONE_PT}${END}`,
  String.raw`qual (?:é |e )?(?:o )?(?:seu|teu) ${PHONE_PT}${END}`,
].join('|');

// (the three patterns below are read on every sentence found or on every message: their letter bounds are checked ASCII first,
// not each character's \p{L} looked up in C — lib/text/ascii-first.ts)
/**
 * A number asked for and said in the message to be another than the phone's ("Can I get your number? I mean your Upwork contract
 * number", "Kann ich Ihre Nummer haben? Die Auftragsnummer, meine ich") — not where a phone or a messenger is named too ("¿Me
 * pasas tu número? El de WhatsApp").
 */
export const BARE_NUMBER_ASK = asciiFirst(/(?<![\p{L}])(?:number|nummer|n[uú]mero|numéro)(?![\p{L}])/iu);
export const NUMBER_MEANT = asciiFirst(
  /(?<![\p{L}])(?:(?:contract|invoice|order|account|ticket|tax|customer|client|member|tracking) (?:number|no\.?|id)|\p{L}*(?:auftrags|rechnungs|bestell|kunden|vertrags|steuer|sendungs|mitglieds)nummer|n[uú]mero (?:de|del|do|da) (?:pedido|factura|contrato|cuenta|cliente|fatura|conta|nota)|numéro de (?:commande|facture|contrat|compte|client)|raffle|lottery|rifa|sorteo|loter[ií]a|tombola|tómbola|rifle|shoe|zapato|calzado|schuh\p{L}*|chaussure|pointure|sapato|cal[cç]ado|dorsal|jersey|camiseta|trikot|maillot)(?![\p{L}])/iu,
);
export const PHONE_NAMED = asciiFirst(
  /(?<![\p{L}])(?:whats ?app|telegram|signal|phone|cell|mobile|handy|telefon\p{L}*|m[oó]vil|celular|cel|tel[eé]fono|telefone|telemóvel|portable|t[ée]l[ée]phone|zap|call you|ring you|text you|te llamo|le llamo|te ligo|lhe ligo|je t[’']appelle|je vous appelle|rufe? (?:dich|sie) an)(?![\p{L}])/iu,
);
