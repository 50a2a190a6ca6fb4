/**
 * G1 red flags and mitigations; G3 (freight forwarders, address changes); G4 (laptop farms): asks that a
 * laptop or documents go to someone else's address, or says they cannot receive at their own. Five
 * languages, any word order (lib/text/cooccur.ts).
 */
import { type Combination, concept, filter, cooccurring } from '../text/cooccur';
import { asciiFirst } from '../text/ascii-first';
import {
  ADDRESS_ELSEWHERE,
  DEVICE,
  KEPT_RUNNING,
  MONEY,
  NAMES_A_DEVICE,
  RELATION,
  SOMEONE_ELSES_PLACE,
  TO_RELATION,
} from '../text/lexicon';
import { inOrder, type PreparedMessage } from '../text/message';
import { messageFinding } from './finding';
import type { MessageRule } from './types';

/** What an employer ships: equipment, documents, a parcel — or "it"/"them" in a sentence about sending. */
const THING = concept(
  DEVICE,
  // (thirty-seventh session: "das Firmenhandy", "the monitor", "the onboarding kit")
  String.raw`(?:firmen|dienst|arbeits)handys?|(?:company|work) (?:phones?|smartphones?)|monitors?|onboarding kit`,
  String.raw`documents?|packages?|parcels?|unterlagen|dokumente|paket\p{L}*|documentos|paquete\p{L}*|documents|colis|documentos|pacote\p{L}*|encomenda|aparato|appareil|aparelho`,
);
const IT = concept(String.raw`it|them`);
const SENDING = concept(
  String.raw`send|sent|ship\p{L}*|deliver\p{L}*|mail|forward|post|courier|go to|goes to|weiter(?:geben|gibst|gib|schicken|schickst|leiten|leitest)|gibst|gib (?:es|ihn|sie|das)|geben sie (?:es|ihn|sie|das)|repass\p{L}*|receiv\p{L}*|pick\p{L}* up|collect|hold|take|address|schick\p{L}*|send\p{L}*|liefer\p{L}*|versend\p{L}*|annehm\p{L}*|entgegen\p{L}*|gehen|adresse|env[ií]\p{L}*|m[aá]nd\p{L}*|entreg\p{L}*|recib\p{L}*|recog\p{L}*|direcci[oó]n|casa de|envoy\p{L}*|envoi\p{L}*|exp[ée]di\p{L}*|livr\p{L}*|chez|recev\p{L}*|r[ée]cup[ée]r\p{L}*|endereço|receb\p{L}*|busc\p{L}*|casa do|casa da`,
);
const SOMEONE_ELSE = concept(
  ...RELATION,
  String.raw`a friend|someone else|another address|a different address|different address|this address|the following address|his address|her address|their address|a warehouse|warehouse address|a forwarder|(?:my|our) (?:freight |shipping |package |parcel )?forwarder|forwarding|c/o|folgende adresse|folgenden adresse|la siguiente direcci[oó]n|l[’']adresse suivante|o seguinte endereço|andere adresse|anderen adresse|eine andere adresse|diese adresse|otra direcci[oó]n|esta direcci[oó]n|autre adresse|cette adresse|outro endereço|este endereço`,
  SOMEONE_ELSES_PLACE,
  // (thirty-seventh session, two batteries labelled blind by the policy: "our designer in Lagos", "un compañero mío", "um colega
  // meu", "mon pote")
  String.raw`our (?:\p{L}+\s+)?(?:designer|developer)|(?:un|una) (?:compañer[oa]|amig[oa]|colega) m[ií][oa]|(?:um|uma) (?:colega|amig[oa]) (?:meu|minha)|(?:un|une) (?:collègue|pote|ami|amie) à moi|mon pote|meine[nm]? bekannte[nm]?|(?:einen|eine) (?:bekannten|bekannte)`,
);
const SEND_TO = concept(
  String.raw`send|sent|ship(?:ped|ping)?|deliver(?:ed|ing)?|mail|forward(?:ed|ing)?|post|courier|schick\p{L}*|liefer\p{L}*|versend\p{L}*`,
);
// The reader asked to receive it for the writer, in four languages ("¿podrías recibirlo tú?", "você pode recebê-lo para mim?",
// "tu pourrais le réceptionner pour moi ?", "könntest du das Paket für mich annehmen?"; a battery labelled blind by the policy,
// thirty-sixth session).
const RECEIVED_FOR_THE_WRITER = String.raw`recibirl[oa]s? (?:tú|usted|por mí|para mí)|(?:la|lo|las|los) (?:puedes|podrías|puede|podría) recibir(?: tú| usted)? (?:por|para) mí|take (?:it|them) in (?:for me|on my behalf)|(?:podrías|puedes|podría|puede) recibirl[oa]s?|(?:poderia|pode|podes) receb[eê]-l[oa]s?|receb[eê]-l[oa]s? (?:para|por) mim|(?:pourrais|pourriez|peux|pouvez)[- ](?:tu|vous) (?:le|la|les) (?:recevoir|réceptionner)|(?:le|la|les) (?:recevoir|réceptionner) pour moi|(?:könntest du|kannst du|könnten sie|können sie) (?:ihn|es|sie|das gerät|den laptop|das paket) (?:\p{L}+\s+){0,3}?(?:annehmen|entgegennehmen|empfangen)|recibir (?:el|la|los|las) \p{L}+ (?:en mi nombre|por mí|para mí)|recibirl[oa]s? en tu (?:dirección|casa)|(?:recevoir|réceptionner|récupérer) (?:(?:le|la|les) \p{L}+ )?(?:à ma place|pour moi|en mon nom)|(?:le|la|les) (?:recevoir|réceptionner|récupérer) (?:pour moi|à ma place|à ton adresse|chez toi)|receber (?:(?:o|a|os|as) \p{L}+ )?(?:por mim|pra mim|para mim|no meu nome|no seu endereço|na sua casa)`;
// An agent of the writer's as the address, asked of the reader: "Please ship the laptop to our logistics agent in Dubai", "Envíe el
// portátil a nuestro agente", "Bitte schicken Sie den Laptop an unseren Spediteur" (a review of the forty-ninth session) — not the
// writer's own delivery told ("I shipped the laptop to our logistics agent myself") nor an app's feature ("The app should let the
// user ship a laptop to our agent"): a review of the fiftieth session.
const WRITERS_AGENT = concept(
  String.raw`(?<=(?:to|an|a|à|al|ao|para|pro|pra)\s{1,3}(?:o\s|the\s)?)(?:(?:our|my) (?:logistics |shipping |freight |local )?(?:agents?|representatives?)|(?:nuestro|mi) (?:agente|representante)(?: log[ií]stico)?|(?:notre|mon) (?:agent|représentant)(?: logistique)?|(?:nosso|meu) (?:agente|representante)(?: log[ií]stico)?|(?:unser\p{L}*|mein\p{L}*) (?:agent\p{L}*|spediteur\p{L}*|vertreter\p{L}*))`,
);
const SHIP_ASKED = filter(
  String.raw`please|pls|kindly|(?:can|could|would) (?:you|u)|^\W*(?:ship|send|forward|deliver|mail|courier)|bitte|(?:schicken|senden|liefern) sie|^\W*(?:schick|sende)|por favor|(?:puedes|podrías|puede|podría) (?:\p{L}+ )?(?:enviar|mandar)|^\W*(?:env[ií]e|env[ií]a|m[aá]nde|m[aá]nda)|merci d[’']envoyer|(?:pouvez|pourriez)[- ]vous (?:\p{L}+ )?(?:envoyer|expédier)|(?:vous pourriez|vous pouvez|tu pourrais|tu peux) (?:\p{L}+ )?(?:envoyer|expédier)|(?:könnten|können) sie|(?:könntest|kannst) du|^\W*(?:envoyez|expédiez|envoie)|(?:pode|poderia|podes) (?:\p{L}+ )?(?:enviar|mandar)|^\W*(?:envie|mande|manda|envia)`,
);
const COMBINATIONS: Combination[] = [
  [THING, SOMEONE_ELSE, SENDING],
  [THING, WRITERS_AGENT, SENDING, SHIP_ASKED],
  // "I can't receive, so I'd like you to receive", "help with receiving the computer", "host a laptop"; a parcel received
  // in someone's place ("to receive the package instead of him", a reshipping job's instructions) and the writer's
  // laptop set up at the reader's ("we will purchase our laptop for it in your side", an account-rental pitch)
  [
    THING,
    filter(
      String.raw`you (?:to )?receive|receive (?:it|them) for me|${RECEIVED_FOR_THE_WRITER}|receiving the|(?:receive|accept|hold) (?:it|them|the \p{L}+|the \p{L}{1,20} (?:laptops?|computers?|pcs?|macbooks?|notebooks?|devices?|monitors?|phones?|packages?|parcels?)) (?:for|on behalf of) (?:me|us)|(?:receive|accept|hold|sign for) (?:it|them|the \p{L}+) (?:instead of|on behalf of) (?:him|her|them)|(?:receive|accept|hold) (?:it|them|the \p{L}+) on (?:my|our|his|her|their) behalf|(?:our|my) (?:computer|laptop|pc|device)s? (?:\p{L}+\s+){0,3}?(?:in|at|on) your side|host (?:a|the|our|my) (?:\p{L}+\s+)?(?:computer|laptop|pc|device)|keep (?:a|the|our|my) (?:\p{L}+\s+)?(?:computer|laptop|pc|device) (?:at|in) your|recib\p{L}* (?:lo|la|los) por mí|recevoir pour moi|receber por mim|für mich (?:an|entgegen)\p{L}*`,
    ),
  ],
];
// "please ship it to my cousin" — where the message names the equipment somewhere ("for the onboarding laptop, could
// you ship it to my friend's place?"), not "could you send it to my colleague as well? She handles the invoices"
// (review24).
// (… with the object in the verb, or left unsaid after "manda pra": "Envíalo a la dirección de mi tío", "Manda pro endereço do meu
// primo", "Envoyez-le chez mon cousin", "nicht an meine Adresse schicken, sondern an einen Bekannten" — a review of the fifty-first
// session: English alone was read)
const SENT_IT = concept(
  String.raw`env[ií]al[oa]s?|env[ií]el[oa]s?|m[aá]ndal[oa]s?|m[aá]ndel[oa]s?|env[ií][ae]sel[oa]s?|m[aá]nd[ae]sel[oa]s?|envoyez-(?:le|la|les)|envoie-(?:le|la|les)|expédiez-(?:le|la|les)|expédie-(?:le|la|les)|(?:manda|envia|mande|envie)(?:-o|-a|-os|-as)? (?:pr[oa]s?|para o|para a|pra)|(?:schicken|senden) sie (?:es|ihn|das gerät)|schick (?:es|ihn)|(?<=(?:schicken|senden|liefern|versenden),? )sondern an`,
);
const IT_TO_SOMEONE: Combination[] = [
  [SEND_TO, IT, SOMEONE_ELSE],
  [SENT_IT, SOMEONE_ELSE],
];
// The thing shipped to the writer, the person close to them named for something else ("the laptop you ship me so my
// colleague can help", "ship the laptop to me, my colleague will set it up" — a fresh-eyes review, thirtieth session):
// the worker's own address, as an employer ships to any hire. Named as where it goes ("to me or my cousin", "to my
// colleague's"), it stays.
const TO_THE_WRITER = asciiFirst(
  /(?<![\p{L}])(?:ship|send|deliver|mail|post|forward|courier)\p{L}{0,3} (?:(?:it|them|(?:the|a|your|this) \p{L}+) )?(?:to )?me(?![\p{L}])/iu,
);
const TO_SOMEONE_CLOSE = new RegExp(
  String.raw`(?<![\p{L}])(?:${TO_RELATION}|(?:or|and|at|chez|bei|oder|o|ou)\s+(?:${RELATION.join('|')}))`,
  'iu',
);
// … unless the reader is to receive it first and send it on ("can you receive it at your address and forward it to me?",
// "¿podrías recibirlo tú y reenviármelo?" — a battery labelled blind by the policy, thirty-sixth session).
const READER_RECEIVES = asciiFirst(
  new RegExp(
    String.raw`(?<![\p{L}])(?:you (?:to )?receive|receive (?:it|them) (?:for me|at your)|at your (?:address|place|home)|${RECEIVED_FOR_THE_WRITER})(?![\p{L}])`,
    'iu',
  ),
);
const toTheWriterOnly = (s: string) => TO_THE_WRITER.test(s) && !TO_SOMEONE_CLOSE.test(s) && !READER_RECEIVES.test(s);
// ("send it to a different address", "to this address", "to my forwarder": an address other than the writer's needs
// no device named)
const IT_TO_AN_ADDRESS: Combination[] = [[SEND_TO, IT, concept(ADDRESS_ELSEWHERE)]];

// "I cannot receive packages at my address": read with the refusal, so not cancelled as a negation.
const CANNOT = concept(
  String.raw`can[’']?t|cannot|can not|unable|won[’']?t be able|nicht|no puedo|no podré|no (?:lo|la|los|las) puedo|ne peux|ne pourrai|ne (?:le|la|les) peux|não posso|não consigo|não (?:o|a) posso`,
);
// (to receive, in five languages; "get", "aceptar" and "aceitar" only where the writer's own address is named)
const RECEIVE_WORDS = String.raw`receive|accept|empfangen|annehmen|entgegennehmen|recibir(?:lo|la|los|las)?|recevoir|réceptionner|receber|recebê-l[oa]`;
const RECEIVE = concept(String.raw`${RECEIVE_WORDS}|get|aceptar(?:lo|la)?|aceitar`);
const MY_ADDRESS = concept(
  String.raw`my (?:own )?(?:address|home|place)|(?:an|unter|bei) meiner adresse|bei mir|mi (?:dirección|casa)|mon adresse|chez moi|meu endereço|minha casa`,
);
const REFUSALS: Combination[] = [[MY_ADDRESS, CANNOT, RECEIVE]];
// … or "at home" with the home left unsaid, where the message names the equipment ("A empresa vai me mandar um notebook, mas não
// posso receber em casa" — not "I can't get any work done at home": a battery labelled blind by the policy, thirty-sixth session)
const AT_HOME = concept(String.raw`at home|zu hause|en casa|à la maison|em casa`);
const HOME_REFUSALS: Combination[] = [[THING, AT_HOME, CANNOT, concept(RECEIVE_WORDS)]];

// A parcel-reshipping job told to the reader: parcels received at home and sent on, or a prepaid label to send them with
// ("Can you receive the packages at your home and reship them?", "You would receive a prepaid label for the package",
// "nehmen Sie die Pakete an und senden Sie sie weiter") — labelling policy rule 17; not a scam article telling what such
// jobs ask (read as advice) nor "the job involves receiving packages and reshipping them" (no reader). German
// "weiterleiten", "weiterzusenden" stand in the explainers' infinitives ("Hier wirst Du damit beauftragt, Pakete zu
// empfangen … und weiterzusenden", "Sie sollen die Pakete annehmen … weiterleiten": two wrong notes on the tuning
// text); only the imperative is read. "Reshipping" alone names the trade (a heading, "reshipping is parcel forwarding").
const PARCELS = concept(String.raw`packages?|parcels?|pakete?|päckchen|paquetes?|colis|pacotes?|encomendas?`);
const ONWARD = concept(
  String.raw`re-?ship(?:s|ped)?|re-?shipping (?:it|them|the)|prepaid (?:shipping )?labels?|(?:senden|leiten|schicken) sie (?:\p{L}+\s+){0,5}?weiter|reenv[ií]\p{L}*|réexpédi\p{L}*|reexpedi\p{L}*|reencaminh\p{L}*`,
);
const RECEIVING = concept(
  String.raw`receiv\p{L}*|accept\p{L}*|annehm\p{L}*|nehmen|empfang\p{L}*|recib\p{L}*|recev\p{L}*|réceptionn\p{L}*|receb\p{L}*`,
);
const TO_THE_READER = filter(String.raw`you|your|u|du|sie|ihnen|dich|tú|usted|vous|tu|você|voce|vc`);
const RESHIPPING: Combination[] = [
  [PARCELS, RECEIVING, ONWARD, TO_THE_READER],
  // (asked of the reader in German's informal or formal question: "Kannst du das Paket, das die Agentur dir schickt, einfach an meine
  // Adresse in Kiew weiterschicken?" — a battery labelled blind by the policy, forty-first session; the explainers' infinitives
  // have no such question)
  [
    concept(
      String.raw`(?<!(?:zum|vom|für das|zu dem|von dem) )(?:das|die|den) (?:\p{L}{1,20} )?(?:paket|pakete|päckchen)`,
    ),
    concept(String.raw`weiter(?:schicken|senden|leiten)`),
    filter(String.raw`kannst du|könntest du|können sie|könnten sie|würdest du|würden sie`),
    // (it reaches the reader first: not one's own parcel sent on after a move, nor a forwarding service asked)
    filter(
      String.raw`dir (?:\p{L}{1,20} )?(?:schickt|schicken|sendet|liefert)|bei dir|an dich|zu dir|du bekommst|ihnen (?:\p{L}{1,20} )?(?:schickt|schicken|sendet|liefert)|bei ihnen|sie bekommen`,
    ),
  ],
  [PARCELS, concept(String.raw`prepaid (?:shipping )?labels?`), TO_THE_READER],
];
// The writer's valuables to be received or kept by the reader or someone the writer trusts (advance-fee mails: "so my
// beneficiary can receive the consignment box on my behalf", "I am seeking your partnership to receive this
// consignment", "send out my digital safe box … to your country", "j'ai besoin de quelqu'un pour recevoir ces
// diamants") — rule 17's "receive … on the writer's behalf". Not "your consignment box is at the airport" (the reader's
// own parcel, a delivery-fee scam: prepayment-pressure's).
const VALUABLES = concept(
  String.raw`consignments?(?:\s+box(?:es)?)?|(?:safe|trunk|security|metal|diplomatic|digital safe)\s+box(?:es)?|(?:(?:my|our|these|this)\s+(?:\p{L}+\s+)?(?:diamonds|precious stones|gemstones|gold bars)|(?:meine|unsere|diese)\s+(?:diamanten|edelsteine|goldbarren)|(?:mis|nuestros|nuestras|estos|estas)\s+(?:diamantes|piedras preciosas|barras de oro)|(?:mes|nos|ces)\s+(?:diamants|pierres précieuses|lingots)|(?:meus|nossos|nossas|minhas|estes|estas|esses|essas)\s+(?:diamantes|pedras preciosas|barras de ouro))`,
);
// (receiving or keeping: a jeweller "ships diamonds to you")
const HANDED_OVER = concept(
  String.raw`receiv\p{L}*|send out|sending out|keep|take possession|empfang\p{L}*|entgegen\p{L}*|annehm\p{L}*|aufbewahr\p{L}*|recib\p{L}*|guard\p{L}*|recev\p{L}*|garder|receb\p{L}*|guardar`,
);
const SOMEONE_TRUSTED = filter(
  String.raw`you|your|beneficiary|partner\p{L}*|someone|somebody|du|sie|ihnen|dich|jemand\p{L}*|usted|tú|alguien|vous|quelqu[’']un|você|voce|alguém`,
);
// ("your consignment", "votre colis": the reader's own, not the writer's)
const YOUR_GOODS = concept(
  String.raw`your (?:\p{L}+\s+){0,2}?(?:consignments?|box(?:es)?|diamonds?|parcels?|packages?|shipment)|ihr\p{L}* (?:sendung|paket|diamanten)|su (?:envío|paquete|consignación)|votre (?:colis|envoi)|sua (?:encomenda|remessa)`,
);
const VALUABLES_RECEIVED: Combination[] = [
  [VALUABLES, HANDED_OVER, SOMEONE_TRUSTED],
  // "trust you to receive my box that is with funds"
  [concept(String.raw`(?:my|our)\s+box(?:es)?`), HANDED_OVER, concept(MONEY), SOMEONE_TRUSTED],
];

// Returning equipment to the company is ordinary.
const RETURNING = concept(
  String.raw`back to (?:you|your|the company|the office|us|our)|return\p{L}*|zurück\p{L}*|devolv\p{L}*|devuelv\p{L}*|devolução|rendre|rendrai|renverr\p{L}*|retourn\p{L}*`,
);

// Money sent to someone's account is alt-payment-request's ("refund the money and send it to my friend's account"), an
// offer or a contract sent to a friend's account account-switch-request's ("send the offer to my friend's account").
const PAYMENT = concept(
  MONEY,
  String.raw`refund\p{L}*|withdraw\p{L}*|paypal|payoneer|wise|offers?|contracts?|invoices?|accounts?|(?<!(?:on|in|from) (?:my|the) |my )profiles?|angebot\p{L}*|vertrag\p{L}*|rechnung\p{L}*|konto|profil|ofertas?|contratos?|facturas?|cuentas?|perfil|offres?|contrats?|factures?|comptes?|propostas?|faturas?|contas?`,
);

// The employer shipping, the writer the sender ("Wir schicken den Laptop an folgende Adresse: … (aus Ihrem Profil). Passt das?",
// "Our IT can ship the laptop to you c/o our Berlin office"): the hire's own delivery, confirmed (a review of the thirty-fifth
// session's readings).
const WE_SEND_EN = String.raw`(?:we|our (?:it|team|office|company))`;
const SEND_VERBS = {
  en: 'send|ship|mail|deliver|courier',
  de: 'schicken|senden|versenden|liefern',
  fr: 'envoyons|expédions|enverrons|livrons',
  esPt: 'enviamos|enviaremos|mandamos|mandaremos|vamos a enviar',
};
const WE_SHIP = filter(
  String.raw`${WE_SEND_EN}(?:[’']ll| will| are going to| can| could| would)? (?:\p{L}+ )?(?:${SEND_VERBS.en})|wir (?:\p{L}+ )?(?:${SEND_VERBS.de})|nous (?:\p{L}+ )?(?:${SEND_VERBS.fr})|(?:${SEND_VERBS.esPt})|(?:enviaremos|vamos enviar|mandaremos)`,
);
// A shop's orders going to its customers, the work being the shop: "customers sometimes want the order delivered to a different
// address, such as their office, so I would enable separate billing and shipping addresses" (a review of the fifty-first session).
const SHOP_ORDERS = filter(
  String.raw`(?:customers|buyers|shoppers|kunden|käufer|clientes|compradores|acheteurs|vos clients|tes clients) (?:\p{L}+ ){0,3}?(?:want|wants|ask|asks|choose|chooses|select|can|may|need|wollen|möchten|können|quieren|pueden|piden|veulent|peuvent|demandent|querem|podem|pedem) (?:\p{L}+ ){0,3}?(?:orders?|parcels?|packages?|purchases?|bestellung\p{L}*|pakete?|pedidos?|paquetes?|compras?|commandes?|colis|achats?|encomendas?)(?![\p{L}])|(?:order|orders|bestellung|bestellungen|pedido|pedidos|commande|commandes|encomenda|encomendas) (?:\p{L}+ ){0,2}?(?:delivered|shipped|sent|geliefert|versandt|entregad[oa]s?|enviad[oa]s?|livrée?s?)`,
);
// The reader asked to take in "it" for a writer who says they cannot receive it, the equipment named in the message ("They will
// send me a work laptop but I'm abroad right now and can't receive it. Could you receive it at your place and keep it
// connected?", "no puedo recibirlo en mi país. ¿Puedes recibirlo tú?", "je ne peux pas le recevoir ici. Tu pourrais le
// réceptionner chez toi ?", "não posso receber aqui. Pode receber na sua casa?" — the laptop farm's pitch, read over two
// sentences; thirty-seventh session, two batteries labelled blind by the policy).
const WRITER_CANNOT_RECEIVE: Combination[] = [
  [
    filter(String.raw`i|i[’']m|ich|yo|je|eu|but|pero|aber|mais|mas`),
    concept(
      String.raw`can[’']?t|cannot|can not|unable|no puedo|no podré|ne (?:le |la |les )?peux|não posso|não consigo|kann (?:ihn|es|sie|das) nicht`,
    ),
    concept(RECEIVE_WORDS),
  ],
];
const READER_TAKES_IT = concept(
  String.raw`(?:could|can|would) you (?:\p{L}+\s+)?(?:receive|take in) (?:it|them)(?! (?:at|in) (?:the |our )?(?:office|front desk|reception))|receive (?:it|them) (?:for me|at your)|${RECEIVED_FOR_THE_WRITER}|(?:tu|vous) (?:pourrais|pourriez|peux|pouvez) (?:le|la|les) (?:recevoir|réceptionner)|(?:poderia|pode|podes|consegue|você pode) receber(?! (?:o|a) (?:pagamento|dinheiro))|(?:kannst du|könntest du|können sie|könnten sie) (?:ihn|es|sie) (?:\p{L}+\s+){0,2}?(?:annehmen|entgegennehmen)`,
);
// (calls, messages or money not received are no parcel: "I cannot receive calls today")
const NOT_GOODS =
  /\b(?:receive|recibir|recevoir|receber|empfangen|annehmen)\s+(?:any\s+)?(?:calls?|messages?|e-?mails?|payments?|money|llamadas|mensajes|pagos|appels|paiements|chamadas|mensagens|pagamentos|anrufe|nachrichten|zahlungen)\b/i;
// The delivered work computer kept running for the writer, asked of the reader — the laptop farm's own request: "When the
// equipment arrives, could you accept the delivery and keep it plugged in and connected to the wifi?", "pode aceitar a entrega e
// deixar ligado na internet?", "¿me haces el favor de guardarla y prenderla cuando te avise?" (a review of the fifty-second session:
// none was read) — not the employer's own IT asking a new hire to leave their laptop on for its updates.
const KEPT_FOR_THE_WRITER: Combination[] = [
  [
    concept(KEPT_RUNNING),
    filter(
      String.raw`(?:can|could|would) (?:you|u)|please|pls|kindly|^\W*(?:keep|leave|turn|switch|power)|(?:pode|poderia|podes|consegue)s?|(?:pourr?(?:iez|ais)|pouvez|peux)[- ](?:vous|tu)|vous pourriez|(?:könnten|können) sie|(?:kannst|könntest) du|bitte|me haces el favor|(?:puedes|podrías|puede|podría)|por favor|favor de|need (?:someone|somebody|a person)`,
    ),
  ],
];
const ITS_OWN_IT = filter(
  String.raw`updates?|our it|it (?:team|department|staff)|mdm|(?:so|damit|para que|pour que) (?:we|our|wir|unsere?|nosotros|nous|nossa|nosso) (?:can )?(?:install|update|patch|push)`,
);
// (a computer that is to come — not the reader's own kept on while tests run: "please keep the laptop on while the tests run")
const DELIVERED =
  /(?<![\p{L}])(?:arriv\p{L}*|deliver\p{L}*|receiv\p{L}*|ship\p{L}*|lleg\p{L}*|entreg\p{L}*|recib\p{L}*|cheg\p{L}*|receb\p{L}*|livr\p{L}*|réception\p{L}*|recev\p{L}*|arrive\p{L}*|liefer\p{L}*|kommt|ankommt|angekommen|entgegen\p{L}*|annehm\p{L}*|empfang\p{L}*|schick\p{L}*|send\p{L}*|env[ií]\p{L}*|mand\p{L}*|envoy\p{L}*)(?![\p{L}])/iu;
// (the employer's own delivery to a hire: "We shipped your laptop yesterday. Please keep it on and connected the first day" —
// WE_SHIP's senders and verbs widened to the past and to the hire's own device, read over the whole message)
const WE_SHIPPED = new RegExp(
  String.raw`(?<![\p{L}])(?:${WE_SEND_EN}(?:[’']ll| will| have| are going to|[’']ve)? (?:\p{L}+ )?(?:${SEND_VERBS.en}|sent|shipped|mailed|delivered)|wir (?:\p{L}+ )?(?:${SEND_VERBS.de}|haben)|nous (?:\p{L}+ )?(?:${SEND_VERBS.fr}|avons)|${SEND_VERBS.esPt}|vamos enviar|your (?:new |company |work )?(?:laptop|computer|notebook|device|equipment|macbook))(?![\p{L}])`,
  'iu',
);
// (the sentences first, through the anchor index; the whole text's delivery words only where one is found)
function keptForTheWriter(message: PreparedMessage, device: boolean): string[] {
  if (!device) return [];
  const kept = cooccurring(message, KEPT_FOR_THE_WRITER, { unless: [RETURNING, ITS_OWN_IT] });
  return kept.length && DELIVERED.test(message.text) && !WE_SHIPPED.test(message.text) ? kept : [];
}
function takenForTheWriter(message: PreparedMessage, device: boolean): string[] {
  if (!device) return [];
  const cannot = cooccurring(message, WRITER_CANNOT_RECEIVE, {
    negationIsPattern: true,
    unless: [RETURNING, NOT_GOODS],
  });
  if (!cannot.length) return [];
  // (the reader asked to take it in: a new hire's "I can't receive it Monday, could you deliver Tuesday?" asks the sender only)
  const taken = cooccurring(message, [[READER_TAKES_IT]], { unless: [RETURNING, PAYMENT] });
  return taken.length ? [...cannot, ...taken] : [];
}
export const rule: MessageRule = {
  id: 'ship-equipment-elsewhere',
  kind: 'message',
  group: 'equipment',
  concrete: 'recipient',
  check({ message }) {
    // (the work computer named anywhere in the message: one scan of its text, read three times below)
    const device = NAMES_A_DEVICE.test(message.text);
    const quoted = inOrder(
      message,
      cooccurring(message, COMBINATIONS, { unless: [RETURNING, PAYMENT, WE_SHIP, SHOP_ORDERS] }).filter(
        (s) => !toTheWriterOnly(s),
      ),
      cooccurring(message, device ? IT_TO_SOMEONE : IT_TO_AN_ADDRESS, {
        unless: [RETURNING, PAYMENT, WE_SHIP, SHOP_ORDERS],
      }).filter((s) => !toTheWriterOnly(s)),
      cooccurring(message, REFUSALS, { negationIsPattern: true, unless: [RETURNING] }),
      device ? cooccurring(message, HOME_REFUSALS, { negationIsPattern: true, unless: [RETURNING] }) : [],
      takenForTheWriter(message, device),
      keptForTheWriter(message, device),
      cooccurring(message, RESHIPPING, { unless: [RETURNING] }),
      cooccurring(message, VALUABLES_RECEIVED, { unless: [RETURNING, YOUR_GOODS] }),
    );
    if (!quoted.length) return undefined;
    return messageFinding(rule.id, 'high', quoted, [
      'G1 Red flag indicators and mitigations (equipment shipped elsewhere)',
      'G3 (freight forwarders, address changes)',
      'G4 (laptop farms)',
    ]);
  },
};
