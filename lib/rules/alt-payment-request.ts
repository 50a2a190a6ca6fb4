/**
 * G3; G1 (payment services): asks to be paid some other way than a bank account in their own name — gift
 * cards, a third person's account, a company that is not theirs, a payment service "instead of" the bank.
 * Five languages, any word order (lib/text/cooccur.ts).
 */
import { asciiFirst } from '../text/ascii-first';
import { wordsAhead } from '../text/required-words';
import { type Combination, concept, filter, type Hit, hintedBy, readHits } from '../text/cooccur';
import type { PreparedMessage } from '../text/message';
import {
  feesOf,
  INSTEAD_OF,
  MARKETPLACE,
  MOBILE_MONEY,
  NONE_ACCEPTED,
  MONEY,
  NAME_COMES,
  NUMBER_AS_TYPED,
  PAY_VERB,
  PLATFORM_WORD,
  RECEIVE,
  RELATION,
  RELATION_ACCOUNT,
  IN_A_RELATIONS_NAME,
  ASKED_TO_PAY,
  RELAYED_ASK,
  SUGGESTED_TO_READER,
  TO_RELATION,
  BETWEEN_US_WORDS,
} from '../text/lexicon';
import { NAMES_A_SUM } from '../text/sum';
import { messageFinding } from './finding';
import type { MessageRule } from './types';

// Order-free, five languages: money paid to someone close ("Envía el dinero a mi primo", "payer mon frère"),
// or into their account ("use my cousin's PayPal", "na conta da minha esposa"), or received by them for the
// writer; gift cards as payment.
const PAYING = concept(
  PAY_VERB,
  MONEY,
  String.raw`use|usa|usar|utilis\p{L}*|nutz\p{L}*|geht|send|schick\p{L}*|m[aá]nd[ae]|envi[ae]|envoie[zr]?|virement|überweisung|transferencia|transferência|(?:faz|faça|fazer|haz|hazme|hacer|hace|manda|mándame) (?:o |um |el |un )?(?:pix|bizum)`,
);
const PAID = concept(
  PAY_VERB,
  MONEY,
  // (not a gerund telling a scene: "a suposta atriz aparecia mandando beijos", the tuning text's news story)
  String.raw`as payment|als (?:bezahlung|zahlung)|send|senden sie|sende mir|sendet mir|schick\p{L}*|env[ií](?!ando)\p{L}*|envoy\p{L}*|m[aá]nd(?!ando)\p{L}*`,
);
// Gift and store cards by name, in the five languages (read both as payment and as bought for the writer, below).
const GIFT_CARD = String.raw`gift ?cards?|google[- ]play[- ]?(?:karten?|cards?)|tarjetas? (?:de )?(?:google play|amazon|itunes|steam|apple)|cart(?:ão|ões)-presente|cartes? (?:google play|amazon|itunes|steam)|steam cards?|amazon cards?|itunes cards?|(?:itunes )?apple cards?|google play cards?|play store cards?|gutschein\p{L}*|geschenkkarte\p{L}*|tarjetas? de regalo|cartes? cadeaux?|cart(?:ão|ões) (?:de )?presente|vale-presente`;
const SERVICES = String.raw`payoneer|wise|paypal|wechat pay|alipay|western union|moneygram|skrill|cash ?app|revolut|zelle|venmo|webmoney|wmz|perfect money|paysera|pix`;
const SERVICE = concept(SERVICES);
const ONLY_SERVICE = concept(
  String.raw`western union|moneygram|skrill|webmoney|wmz|perfect money|paysera|wechat pay|alipay|cash ?app|zelle|venmo`,
);
// The reader asked to do it: "please", "can you", "pay me", an imperative (after "just", "so" …) or a polite
// form, "let's", "I'd like", and the German "du" forms ("Schick mir das Geld per PayPal", "Überweise es …"). A
// "paga" is the reader's only at the start or after "you" ("Mi cliente paga por PayPal …" tells of a client).
const ASKED_OF_READER_WORDS = String.raw`please|pls|plz|kindly|(?:can|could|would) you|you can|you could|(?:pay|send|transfer|wire)\s+(?:me|us|it)|^\s*(?:(?:just|so|then|simply|now|also|and|ok|okay),?\s+)?(?:pay|send|transfer|wire|use|make)\b|let(?:[’']s| us) (?:do|use|make|move|switch|settle|go)|(?:i|we)(?:[’']d| would) (?:like|prefer) (?:to be paid|to get paid|you|payment|the payment|it)|(?:i|we) (?:want|prefer) (?:to be paid|to get paid|you|payment|the payment)|bitte|(?:können|könnten) sie|(?:kannst|könntest) du|(?:zahlen|bezahlen|überweisen|senden|schicken) sie|(?:zahl|bezahl|überweis|schick|send)(?:e|t)? (?:mir|uns)|^\s*(?:zahl|bezahl|überweis|schick|send)e?\b|por favor|(?:puede|puedes|podría|podrías)|p[aá]game|p[aá]guenos|pague(?:me|nos)?|^\s*paga\b|envíe|envía(?:me)?|veuillez|(?:pouvez|pourriez)-vous|payez|payez-moi|envoyez|(?:pode|poderia)|(?:você|vc|tú|tu|usted) me paga|mande|envie|${RELAYED_ASK}|${SUGGESTED_TO_READER}`;
const ASKED_OF_READER = filter(ASKED_OF_READER_WORDS);
// The reader told to pay or go to pay ("you will send it", "gehen Sie zum …", "vous devez envoyer"), or asked.
const ASKED_OR_TOLD_TO_PAY = filter(
  String.raw`you (?:will|must|have to|need to|should|can) (?:\p{L}+\s+){0,2}?(?:send|pay|transfer|wire|go|make)|go to|gehen sie|^\W*sie gehen|sie (?:müssen|sollen|können) (?:\p{L}+\s+){0,4}?(?:senden|schicken|zahlen|überweisen|gehen)|(?:senden|schicken|zahlen|überweisen|führen) sie|vous (?:devez|pouvez|allez) (?:\p{L}+\s+){0,2}?(?:envoyer|payer|aller)|(?:envoyez|payez|allez|envoie-(?:le|la|les|moi)|envoyez-(?:le|la|les|moi))|(?:debe|debes|puede|puedes|tiene que|tienes que) (?:\p{L}+\s+){0,2}?(?:enviar|pagar|ir)|(?:envíe|envía|vaya|ve a|env[ií]a(?:lo|la|los|las|me|nos|melo|mela)|env[ií]e(?:lo|la|los|las|me|nos|melo|mela)|m[aá]nda(?:lo|la|me|melo|mela)|m[aá]nde(?:lo|la|me))|(?:deve|pode|precisa|tem que) (?:\p{L}+\s+){0,2}?(?:enviar|pagar|ir)|(?:envie|vá|mande)|(?<=^\W{0,3}|[,;:]\s{0,2})(?:manda|envia)|${ASKED_OF_READER_WORDS}`,
);
// The marketplaces and their generic names, where payment belongs.
const PLATFORMS = `${MARKETPLACE}|${PLATFORM_WORD}`;
const INSTEAD_WORDS = String.raw`${INSTEAD_OF}|not|no lugar de`;
const INSTEAD = concept(INSTEAD_WORDS);
const BANK_WORDS = String.raw`bank\p{L}*|überweisung\p{L}*|wire|transferencia|banco|virement|banque|transferência`;
const BANK = concept(BANK_WORDS);
// A demand that one way be the only one: "payments are to be made via Western Union only", "I only accept Skrill", "nur
// per PayPal".
const ONLY_TERMS = filter(
  // (only through the marketplace is where payment belongs: "I never ask for payment via PayPal but only through
  // Upwork", "payments are to be made only through Upwork")
  // ("pay me via WebMoney only", "Only WebMoney: Z…" at a line's start)
  String.raw`(?:(?:to be|must be|should be|will be|are|is) (?:made|paid|sent|done)\s+(?:\p{L}+\s+){0,6}?(?:only|solely|exclusively)|(?:pay|send|transfer|payment)\p{L}* (?:(?:me|us|it)\s+)?(?:via|through|by|with|in|per|über|por|par|pelo|pela) (?:\p{L}+\s+){1,3}?(?:only|solely|exclusively|nur|solo|solamente|uniquement|seulement|somente|apenas)(?![\p{L}])|^\W*(?:only|nur|solo|solamente|uniquement|seulement|somente|apenas)\s+(?=(?:${SERVICES})(?![\p{L}]))|only (?:accept|take|receive)|accept(?:s|ed)? only|(?:pay|send|transfer|payment)\p{L}* (?:\p{L}+\s+){0,3}?(?:only|solely|exclusively) (?:via|through|by|with|to|on|in)|(?:nur|ausschließlich) (?:per|über|via|mit|auf)|(?:solo|solamente|únicamente) (?:por|vía|mediante|con|acepto)|(?:uniquement|seulement) (?:par|via|avec)|(?:somente|apenas) (?:por|via|com|pelo|pela))(?! (?:(?:via|through|by|with|on|in|over|über|per|auf|por|par|sur|pelo|pela) )?(?:the |die |der |la |le |el |o |a )?(?:${PLATFORMS}))`,
);
// The marketplace named as not the way: "instead of Upwork", "not via Upwork", "statt über Fiverr", "au lieu d'Upwork",
// "au lieu de passer par Upwork".
const NOT_THE_MARKETPLACE = filter(
  String.raw`(?:instead of|rather than|not (?:via|through|thru|on|over|by|in)|outside(?: of)?|statt|anstatt|nicht (?:über|via|per|auf)|en lugar de|en vez de|no (?:por|a través de|en)|au lieu de|plutôt que(?: (?:via|par|sur))?|pas (?:par|via|sur)|em vez d[eao]|ao invés d[eao]|não (?:pelo|pela|por|via|no|na))\s+(?:(?:passer|pasar|passar|going) (?:par|por|pel[oa]|through) )?(?:(?:via|through|thru|on|over|by|in|über|per|auf|por|par|sur|pelo|pela|no|na) )?(?:the |la |le |el |o |a |die |der |das )?(?:${PLATFORMS})(?![\p{L}])|au lieu d[’'](?:${PLATFORMS})(?![\p{L}])`,
);
const TO_ASKERS_RELATION = String.raw`(?:to|an|a|à|ao|al|para|pra|pour|auf)\s+(?:his|her|su|seine[mnr]?|ihre[mnr]?|son|sa|seu|sua)\s+(?:wife|husband|brother|sister|son|daughter|cousin|friend|partner|esposa|esposo|mujer|marido|herman[oa]|hij[oa]|prim[oa]|amig[oa]|frau|mann|bruder|schwester|sohn|tochter|freund(?:in)?|femme|mari|frère|sœur|soeur|fils|fille|amie?|mulher|irmão|irmã|filh[oa])`;
// A money app's account given to be paid into: "This time pay the milestone to this Zelle account: x@gmail.com", "paga el hito a esta
// cuenta de Zelle", "payez sur ce compte PayPal", "überweisen Sie auf dieses PayPal-Konto" (a review of the fifty-first session:
// nothing found where the marketplace was not named).
const PAID_INTO_THIS = concept(
  String.raw`(?<!(?:i|we|they|he|she|it|will|[’']ll|would|can|could|shall|to) )(?:pay|send|transfer|wire|deposit)(?![\p{L}]) (?:\S+ ){0,3}?(?:to|into|on|at) (?:this|the following) (?:\S+ )?(?:account|handle|tag|email|address|number)|(?:paga|págame|pagame|pague|págueme|envía|envíe|envíame|deposita|deposite|transfiere|transfiera)(?:lo|la)? (?:\S+ ){0,3}?a (?:esta|mi|la siguiente|esa) (?:\S+ )?cuenta|(?:paga|pague|manda|mande|envia|envie|deposita|deposite|transfere|transfira)(?:-me)? (?:\S+ ){0,3}?(?:nessa|nesta|na minha|para (?:esta|essa|minha)|pra (?:esta|essa|minha)) (?:\S+ )?conta|(?:payez|paie|paye|envoyez|envoie|virez|vire|versez|verse)(?:-moi|-le|-la)? (?:\S+ ){0,3}?(?:sur|à|vers) (?:ce|mon|le) (?:\S+ )?compte|(?:zahlen|überweisen|senden|schicken) sie (?:\S+ ){0,3}?(?:an|auf) (?:dieses|mein|folgendes) (?:\S+[- ])?konto`,
);
const COMBINATIONS: Combination[] = [
  [concept(TO_RELATION), concept(PAY_VERB, MONEY)],
  // (a money app named beside the person close to the writer: "Send it by Zelle to my roommate", thirty-fifth session)
  [concept(TO_RELATION), SERVICE],
  // Paid to a friend or an acquaintance, or to their company, who passes it on: "transfer it to a friend who holds it
  // for me", "an die Firma eines Bekannten", "a nombre de la empresa de un amigo", "au nom de la société d'un ami",
  // "no nome da empresa de um amigo meu" (seventeenth session: a battery written blind to the rules)
  [
    concept(
      String.raw`(?:pay|transfer|send|wire|deposit)\p{L}* (?:it |them |(?:the |my |your )?(?:money|payment|funds|fee|amount|sum|pay) )?to (?:a |an )?(?:friend|acquaintance|buddy)|in the name of (?:a |an )?(?:friend|acquaintance)|(?:to|in the name of) (?:the |a |an )?(?:company|business) of (?:a |an )?(?:friend|acquaintance)|auf den namen (?:eines |einer )?(?:freund\p{L}*|bekannten)|a nombre de (?:la empresa de )?(?:un )?(?:amig[oa]|conocid[oa])|au nom de (?:la société d[’']|l[’']entreprise d[’'])?(?:un |une )?(?:ami|amie|connaissance)|(?:no nome d[ae]|em nome d[ae]) (?:empresa de )?(?:um |uma )?(?:amig[oa]|conhecid[oa])(?![\p{L}])`,
      String.raw`(?:to|an|(?<!para |pour )a|à|auf|into) (?:the |die |la |l[’']|a |o )?(?:company|firma|empresa|société|entreprise|compañía|companhia) (?:of |eines |einer |de |d[’']|da |do )(?:a |an |un |une |um |uma |my |mi |mon |ma |meu |minha )?(?:friend|amig[oa]|ami|amie|bekannten|freund\p{L}*|conocid[oa]|acquaintance|connaissance|conhecid[oa]|cousin\p{L}*|prim[oa]|brother|bruder|herman[oa]|frère|irmão)`,
    ),
    concept(PAY_VERB, MONEY, String.raw`invoice|rechnung|factura|facture|fatura|depósito|dépôt`),
  ],
  [concept(RELATION_ACCOUNT), PAYING],
  // (in the name of someone close: "paga a nombre de mi hermano", "payez au nom de mon frère" — a review of the fifty-second session)
  [concept(IN_A_RELATIONS_NAME), concept(PAY_VERB, MONEY), filter(ASKED_TO_PAY)],
  // Paid to a relation of the one whose request the writer passes on: "My boss asked me to tell you to send the payment to his
  // wife", "Mi jefe quiere que mandes el pago a su esposa" (a review of the forty-ninth session) — asked of the reader (the
  // relayed frames are among its words), "his" or "her" being the asker's or someone else's: not the writer's own.
  [concept(TO_ASKERS_RELATION), concept(PAY_VERB, MONEY), ASKED_OF_READER],
  [concept(...RELATION), concept(RECEIVE), concept(MONEY)],
  [concept(GIFT_CARD), PAID],
  // "Payoneer instead of a bank transfer", "statt einer Überweisung über Western Union" (in that order: "bank
  // transfer or Alipay instead of PayPal" swaps one money app for another, not for the bank)
  [
    SERVICE,
    INSTEAD,
    BANK,
    filter(
      String.raw`(?:${SERVICES})\s+(?:\p{L}+\s+){0,3}?(?:${INSTEAD_WORDS})\s+(?:\p{L}+\s+){0,3}?(?:${BANK_WORDS})|(?:${INSTEAD_WORDS})\s+(?:\p{L}+\s+){0,3}?(?:${BANK_WORDS})\s+(?:\p{L}+\s+){0,4}?(?:${SERVICES})`,
    ),
  ],
  // "you can use webmoney, my WMZ …": a payment handle of a cash or stored-value service given instead (a PayPal or
  // Wise ID given with a seller's terms is ordinary: labelling policy v2.1, rule 13)
  [
    ONLY_SERVICE,
    concept(
      String.raw`you can use|use my|my (?:\p{L}+\s+)?(?:wallet|id)|meine? (?:\p{L}+\s+)?wallet|mi billetera|mon portefeuille|minha carteira`,
    ),
  ],
  // "Pode me pagar por fora da plataforma?", "pay me outside Upwork": paid around the marketplace, however
  [
    concept(PAY_VERB, String.raw`payments?|zahlung(?:en)?|pagos?|paiements?|pagamentos?`, SERVICES),
    concept(
      String.raw`outside (?:of )?(?:the |this )?(?:platform|upwork|fiverr|freelancer|site|app)|off (?:the )?(?:platform|upwork|fiverr|site)|por fora|fora d[ao] (?:plataforma|site|upwork|workana|fiverr)|fuera de (?:la plataforma|upwork|fiverr|workana)|en dehors de (?:la plateforme|upwork|malt|fiverr)|hors (?:de la )?plateforme|hors (?:d[’'])?(?:upwork|fiverr|malt)|außerhalb (?:der plattform|von upwork|von fiverr)`,
    ),
    // (or proposed for both: "can we do the payment off upwork?", "Let's handle payment off the platform" — a probe of the forty-sixth
    // session)
    filter(
      String.raw`me|mir|mich|moi|mí|mim|us|uns|nous|nos|(?:(?:can|could|shall) we|let[’']?s) (?:just )?(?:do|handle|make|move|take|settle|process|arrange|send) (?:the |all |our |all the |future )?(?:payments?|milestones?)|können wir (?:die )?(?:zahlung|bezahlung)(?:en)?|podemos (?:hacer|fazer|mover|manejar|pasar|passar) (?:el |o |los |os )?(?:pagos?|pagamentos?)|a gente (?:pode )?(?:passar|fazer|mover) (?:o |os )?pagamentos?|dá (?:pra|para) (?:fazer|passar) (?:o |os )?pagamentos?|on (?:peut|pourrait) (?:faire|régler) (?:le |les )?paiements?|vamos (?:hacer|fazer) (?:el |o )?(?:pago|pagamento)|a gente (?:faz|pode fazer) o pagamento`,
    ),
  ],
  // Money sent to another or a new number or account in someone's name: "envia para este outro número em nome de
  // Alberto", "send it to this number in the name of Grace" (mobile-money SMS of the sixteenth set's kind, read from
  // MINING.md's account of it: G3, an account not in the worker's own name; twentieth session)
  [
    PAYING,
    filter(
      String.raw`(?:in the name of|em nome d[eoa]|no nome d[eoa]|a nombre de|au nom de|auf den namen(?: von)?)\s+(?!(?:my|meu|minha|mi|mon|ma|mein\p{L}*)\s)\p{L}+`,
    ),
    filter(
      String.raw`(?:this|that|another|other|new|este|esse|outro|otro|ese|novo|nuevo|ce|cet|autre|nouveau|diese\p{L}*|andere\p{L}*|neue\p{L}*)\s+(?:\p{L}+\s+)?(?:numbers?|n[uú]meros?|numéro|nummer|accounts?|contas?|cuentas?|comptes?|kontos?)`,
    ),
  ],
  // A money app asked for with the marketplace's cut named as the reason: "Pls pay me via PayPal F&F, Upwork takes 20%",
  // "Zahl mir lieber per PayPal, Fiverr nimmt 20 % Gebühr" (thirty-fourth session, a probe of common asks)
  [
    SERVICE,
    concept(PAY_VERB, String.raw`payment|zahlung|pago|paiement|pagamento`),
    filter(
      String.raw`${MARKETPLACE}(?:[’']s)? (?:takes?|charges?|keeps?|nimmt|behält|cobra|se queda con|prend|garde|fica com|leva)|(?:${MARKETPLACE})(?:[’']s)? (?:fees?|cut|commission|gebühr\p{L}*|provision|comisi[oó]n|tarifa|frais|taxa)|(?:fees?|cut|commission|gebühr\p{L}*|provision|comisi[oó]n|frais|taxa) (?:of |von |de |da |do |du )?(?:the )?${MARKETPLACE}`,
    ),
  ],
  // A money app with the marketplace named as not the way, no "only" needed: "Pour ce versement, tu peux passer par Wise plutôt
  // que par la plateforme ?", "pay me via Wise instead of Upwork" (thirty-seventh session, a battery labelled blind by the policy)
  [
    SERVICE,
    concept(PAY_VERB, MONEY, String.raw`payment|zahlung|pago|paiement|pagamento|versement`),
    NOT_THE_MARKETPLACE,
    // (asked of the reader or paying the writer — not "we pay our vendors via Wise instead of the platform")
    filter(String.raw`${ASKED_OF_READER_WORDS}|tu peux|tu pourrais|vous pouvez|you could`),
  ],
  // "the account is not in my name"
  [
    concept(
      String.raw`not in my (?:own )?name|isn[’']t in my name|nicht auf meinen namen|no está a mi nombre|pas à mon nom|não está no meu nome|não é no meu nome`,
    ),
  ],
];

// The same in the SMS forms the thirteenth set read (twenty-first session): "manda neste numero 85… vem em nome de X", "o
// valor melhor mandar para este nr … Mpesa nome X", "Manda Com Este NR … O Nome Vem X", "envia nesta conta m_pesa … vem
// nome d X" — a mobile-money account or "this number", a money word, and the name the money arrives under. Read without
// the writer or the reader named ("amor manda o valor neste numero" names neither): the three together are the ask.
const A_NUMBER = concept(
  // (typed as they come: "Este Nmero", "na minha conta … vem em nome de Lina" — the writer's account in another's name;
  // "Nesta: 855558952", "nesta conta: 855551169")
  String.raw`${MOBILE_MONEY}|bizum|(?:este|exte|esse|neste|nexte|nesse|nessé|nesta|nessa|deste|desse|this|that|ce|ese|diese[mn]?)\s+(?:${NUMBER_AS_TYPED}|number|numéro|nummer)(?![\p{L}])|(?:este|esse|neste|nesse|nesta|nessa|esta|essa)(?:\s+(?:conta|${NUMBER_AS_TYPED}))?(?:\s+|\s?[:;,]\s?)\d{6,12}(?!\d)|(?:na|nesta|pra|para a|pra a) minha conta`,
);
const SENT = concept(
  PAY_VERB,
  MONEY,
  String.raw`m[aá]nd\p{L}*|envi\p{L}*|send|schick\p{L}*|envoie\p{L}*|trasnferir|transferir|(?:faz|faça|fazer|haz|hazme|hacer|hace) (?:o |um |el |un )?(?:pix|bizum)`,
);
const TO_A_NAMED_NUMBER: Combination[] = [
  [
    A_NUMBER,
    SENT,
    filter(
      // (the name the money arrives under, not the writer's own: "my name is Anna" is no other person)
      String.raw`(?:em|no|pelo|sob o|com o|in the|a|au|auf den)\s+(?:nome|nm|name|nombre|nom|namen)(?:\s?:\s?|\s+)(?:(?:d[eoa]?|of|de|von|e)\s?[,.:]?\s?)?,?\s?(?!(?:my|meu|minha|mi|mon|ma|mein\p{L}*)\s)\p{L}{2,}|(?:nome|name|nombre|nom)\s?[:,]?\s(?:vem|comes|viene|vient)|(?:v[eé]m|ve|sai|xta|está|esta|comes|arrives?|viene|vient)\s+(?:(?:em|com|o)\s+)?(?:nome|nm|name|nombre|nom)\s?[,.:]?\s?(?:d[eoa]?\s?[,.:]?\s?)?\p{L}{2,}|(?:m[-_ ]?pesa|(?<!\d)\d{6,15})\s+(?:\p{L}+\s+)?(?:nome|name)\s+(?:d[eoa]?\s+)?\p{L}{2,}`,
    ),
  ],
];

// … the name in the next sentence ("Peo Me Transferir O Valor Nesta Conta M pesa. 855553666 Vem Em Nome De ROBERTO …", "…
// envia no. M-pesa 855550161 vem em nome de:Sara …") or right after the number, without the word "nome" ("So Podes Mandar
// Neste 858302917 Lurdes Assane Macuacua.") — the same ask typed as the SMS come (twenty-seventh session, the tuning
// text). The name is read only as the one the money arrives under.
const TO_A_NUMBER: Combination[] = [[A_NUMBER, SENT]];
const NAME_OPENS = asciiFirst(
  /^[^\p{L}\d]{0,5}(?:(?:m[-_ ]?pesa|e-?mola|ponto ?24|conta m[oó]vel|nr|n[uú]mero)[^\p{L}\d]{1,3})?(?:\d{6,15}[^\p{L}\d]{1,3})?(?:v[eé]m|sai)\s(?:(?:em|com)\s)?(?:o\s)?(?:nome|nm)(?![\p{L}])/iu,
);
// (capitals as a name's: two to four words to the sentence's end, the number just before them)
const NAME_AFTER_NUMBER =
  /(?<![\p{L}])(?:[Nn]este|[Nn]esta|[Ee]ste|[Ee]sta|[Nn]esse|[Nn]essa|[Ee]sse|[Ee]ssa|NESTE|NESTA|ESTE|ESTA)\s(?:(?:[Nn]r|[Nn][uú]mero|[Nn]mr|NR|NUMERO)[^\p{L}\d]{0,2})?\d{6,12}\s\p{Lu}\p{Ll}{1,20}(?:\s\p{Lu}\p{Ll}{1,20}){1,3}[.!]?\s?$/u;
// A mobile-money number given with the name it arrives under, no money word beside it: "Tai o numero 865550527 Tem E-mola
// Vem Nome De Carlos …", "M-pesa 855550161 vem em nome de:Sara …"
const MOBILE_NUMBER_NAMED: Combination[] = [
  [
    concept(MOBILE_MONEY),
    filter(
      String.raw`(?<!\d)\d{6,15}\s(?:\p{L}{1,20}(?:-\p{L}{1,20})?\s){0,2}?(?:v[eé]m|sai)\s(?:(?:em|com)\s)?(?:o\s)?(?:nome|nm)\s?[,.:]?\s?(?:d[eoa]?\s?[,.:]?\s?)?\p{L}{2,}`,
    ),
  ],
];
// The ask to this number itself negated: "não posso mandar neste número", "don't send it to this account" (the reading
// above takes its own negation: "O VALOR NÃO MANDA NAQUELE NUMERO MANDA NESTE Nr …" refuses the old number only).
const NOT_TO_THIS = asciiFirst(
  /(?<![\p{L}])(?:n[aã]o|not|don[’']t|never|nunca|nicht) (?:(?:posso|pode|podes|consigo|vou|can|will|to|kann|puedo) )?(?:m[aá]nd|envi|transf|trasnf|send|pay|pag|überweis|schick|vir|envoy)\p{L}{0,12} (?:(?:o|a|para|pra|to|it|the|money|valor|das|geld|an|auf|em) ){0,2}(?:este|esta|neste|nesta|esse|essa|nesse|nessa|this|that|diese[mnrs]?|ce|cette|ese|esa)(?![\p{L}])/iu,
);
// … or the name right after "vem" (comes), with no "nome" (lib/text/lexicon.ts NAME_COMES; thirty-second session, the
// twenty-first set read).
const NAME_COMES_AT_END = new RegExp(NAME_COMES, 'u');
function toANumberNamedNearby(message: PreparedMessage): Hit[] {
  const asked = readHits(message, TO_A_NUMBER, { negationIsPattern: true, unless: [STORY, WRITER_PAYS, NOT_TO_THIS] });
  return asked.filter(
    (h) =>
      NAME_AFTER_NUMBER.test(h.sentence) ||
      NAME_COMES_AT_END.test(h.sentence) ||
      NAME_OPENS.test(message.sentences[h.index + 1] ?? ''),
  );
}

// Money the reader is to forward or pay to a go-between the writer names — the fake job's cheque ("cash the check, take
// $300 out as your pay, and send the rest to the vendor for supplies"), the advance-fee "liaison officer" or a person
// named by a title or a pronoun ("Send your ATM Card delivery fee $15.00 only to Mr. JOHN DAW", "send your transfer fee
// $90.00 only to Him": the twenty-first set read, thirty-second session) or
// "representative" ("Bitte senden Sie den Betrag an unseren Verbindungsbeamten", "die Zahlung an den Vertreter in
// Deutschland zu leisten") — paid to someone who is not the writer (twenty-third session, the read text).
const TO_A_GO_BETWEEN: Combination[] = [
  [
    concept(
      String.raw`send|forward|wire|remit|pay|transfer|senden sie|überweisen sie|zahlung\p{L}* (?:\p{L}+\s+){0,6}?zu leisten|envíe|envía|envoyez|payez|envie|transfira`,
    ),
    filter(
      String.raw`(?:to|an|a|à|para|al|au|ao)\s+(?:(?:the|our|my|den|unseren|unsere[nm]?|el|nuestro|le|notre|o|nosso)\s+)?(?:vendor|supplier|liaison officer|representative|agent|verbindungsbeamt\p{L}*|vertreter\p{L}*|treuhänder\p{L}*|proveedor|representante|agente|fournisseur|représentant|fornecedor)(?![\p{L}])|(?:the rest|remaining (?:balance|amount|funds)|the balance|den rest\p{L}*|el resto|le reste|o resto) (?:\p{L}+\s+){0,3}?(?:to|an|a|à|para|al|au|ao)\s+(?:\p{L}+\s+){0,2}?(?:vendor|supplier|proveedor|fournisseur|fornecedor|lieferant\p{L}*)`,
    ),
    filter(
      String.raw`betrag|amount|money|payments?|zahlung|funds?|fees?|the rest|remaining|balance|geld|gebühr|dinero|pago|importe|resto|argent|paiement|montant|reste|dinheiro|pagamento|valor|[$€£]\s?\d|\d+\s?(?:[$€£]|usd|eur)`,
    ),
  ],
  // (the money itself sent to a person named by a title or a pronoun, not an address or a form: "Send your ATM Card
  // delivery fee $15.00 only to Mr. JOHN DAW", "send your transfer fee $90.00 only to Him" — a sum, or "only", as the
  // scam writes it; not "pay the registration fee to Mr. Brown at the front desk", nor "to her account")
  [
    concept(String.raw`send|wire|remit|pay|transfer`),
    filter(
      String.raw`(?:(?:[$€£]\s?\d[\d.,]*|(?<![\d.,])\d[\d.,]*\s?(?:[$€£]|usd|dollars?))(?:\s+(?:only|immediately|today|now))?|(?:fees?|money|amount|payment)\s+only)\s+to\s+(?:(?:him|her)(?=\s*(?:[.,;!?]|$|only|now|today|immediately))|(?:mr|mrs|ms|dr)(?![\p{L}]))`,
    ),
  ],
];
// A cash-transfer form naming who collects the money: "send $25.00 only by Money Gram. RECEIVER'S NAME**** ALAN OBI
// COUNTRY**** BENIN … AMOUNT**** $25.00", "Receiver's Name====== ALDO UDEH … AMOUNT =====$58.00" (twenty-ninth session, the
// tuning text's 419 mails) — a named receiver is someone the money goes to, never the worker's own bank account (a bank
// transfer's "beneficiary"/"Empfänger" is left out: that is how a freelancer gives their own account).
const RECEIVER = String.raw`receiver[’']?s? name|receiver(?=\s*[.:=*_-]{2,})|name of (?:the )?receiver`;
const RECEIVER_FORM: Combination[] = [[concept(RECEIVER)]];
// (the sum anywhere in the message: such forms are written one field per line or with runs of dots, which end sentences)
// (a plain look for the word first: the patterns below scan the whole text)
const RECEIVER_HINT = /receiver/i;
// (a verb of sending money, and with the cash-transfer services the sign of a form's message)
const SEND_VERB = /(?<![\p{L}])(?:send|sending|pay|wire|remit|transfer)(?![\p{L}])/iu;
const SEND_SIGN = new RegExp(`${SEND_VERB.source}|money ?gram|western union`, 'iu');
// (a bank account's details beside it — IBAN, SWIFT, an account number, IFSC, a bank named — are how a freelancer gives
// their own account: "Receiver name: Anna Kowalski, IBAN: DE89…", a review of the twenty-ninth session)
const BANK_DETAILS =
  /(?<![\p{L}])(?:iban|swift|bic|ifsc|routing|sort code|a\/c|account (?:no|number|#)|acct|bank(?: name)?\s*:|konto\p{L}*|cuenta|compte|conta)(?![\p{L}])/iu;
// … filled in with a person's name ("ALAN OBI", "Aldo Udeh"): a blank form ("Receiver's Name: ____") is the reader's own
// payout being set up, the reader the receiver.
// (the form's label as the concept reads it, and what fills the space after it)
const RECEIVER_LABEL = new RegExp(String.raw`(?:${RECEIVER})[\s.:=*_-]*`, 'giu');
// (not the next field's label after a blank one: "RECEIVER'S NAME:_____ DELIVERY ADDRESS:_____")
// (nor the reader's own blank, "Your Full Name________")
const FILLED_NAME =
  /^(?!(?:[Yy]our|YOUR)\s)(?:M[Rr][Ss]?\.?\s+)?[A-Z][A-Za-z’'-]+\s+[A-Z][A-Za-z’'-]+(?!\s*[:_])(?![A-Za-z\s]{0,30}_{2})/u;
// (a label that ends its sentence — a run of dots ends one: "Receiver.............. ALAN OBI" — is filled in by the next)
function receiverNamed(sentence: string, next = ''): boolean {
  for (const m of sentence.matchAll(RECEIVER_LABEL)) {
    if (m[0].includes('___')) continue;
    const end = m.index + m[0].length;
    if (FILLED_NAME.test(end < sentence.length ? sentence.slice(end, end + 60) : next.slice(0, 60))) return true;
  }
  return false;
}
// The form's hits: the sentence with the label, and the next one where it holds the name — none where the reader is the
// one paid ("You will receive your payment via Western Union", "I will send you $200"): the name is the reader's. The
// payout promised for the sum ("send it asap to enable you pick up your first payment") is bait beside the ask, not that.
// (sent money, not words: "We have sent you the details. Send $50 … Receiver: John Smith" is still the writer's ask)
// (one writing of the writer paying the reader, read here and by PAYER_SENDS below: "I will send you $200", "we will be paying
// you directly")
const WRITER_PAYS_YOU = String.raw`(?:i|we)(?:[’']ll| will| would| shall| can| am| are| am going to| are going to| have| had)?(?: be)? (?:(?:wire|wired|wiring|transfer|transferred|transferring|pay|paid|paying) (?:you|u)(?![\p{L}])|(?:send|sent|sending) (?:you|u) (?:(?:the|a|an|your|some|my|our) )?(?:[$€£]|\d|money|payment|funds|cash|amount|sum|salary|check|cheque|rest|balance))`;
const WRITER_SENDS = new RegExp(String.raw`(?<![\p{L}])${WRITER_PAYS_YOU}`, 'iu');
const readerIsPaid = (message: PreparedMessage) =>
  message.sentences.some((s) => (READER_RECEIVES.test(s) && !SEND_VERB.test(s)) || WRITER_SENDS.test(s));
function receiverForm(message: PreparedMessage): Hit[] {
  const hits = readHits(message, RECEIVER_FORM, { unless: [STORY, WRITER_PAYS] });
  if (!hits.length || !NAMES_A_SUM.test(message.text) || readerIsPaid(message)) return [];
  const found: Hit[] = [];
  for (const h of hits) {
    const next = message.sentences[h.index + 1] ?? '';
    if (!receiverNamed(h.sentence, next)) continue;
    found.push(h);
    if (!receiverNamed(h.sentence) && next) found.push({ ...h, sentence: next, index: h.index + 1 });
  }
  return found;
}
// Telling what happened is no request: "I gave all of the money to my friend" (a real fortune cookie).
// (and the same told in Portuguese, Spanish and French: "Ele pagou ao meu irmão ontem", "il a payé à mon frère"; the
// pronoun left out as Portuguese and Spanish leave it, with no ask after it: "Já enviei o
// valor neste numero …" told, "Te envié el contrato, envía el dinero a este número …" asks — thirty-second session)
// (tested only where one of its verbs stands: scanned along a sentence, its "\b" in an "iu" pattern cost 15 µs, 3 % of a
// 1 KB message's time)
const STORY = hintedBy(
  /\b(?:I|we|he|she|they)\s+(?:\w+\s+)?(?:gave|paid|sent|transferred|wired|lent|owed)\b|\bich\s+habe\b[^.\n]{0,40}\b(?:gegeben|bezahlt|überwiesen|geschickt)\b|(?<![\p{L}])(?:ele|ela|eles|elas|eu|nós|él|ella|ellos|ellas|yo|nosotros)\s+(?:\p{L}+\s+)?(?:pagou|pagaram|paguei|pagamos|enviou|enviaram|mandou|mandaram|transferiu|pagó|pagaron|pagué|envió|enviaron|mandó|transfirió)(?![\p{L}])|(?<![\p{L}])(?:il|elle|ils|elles|on|nous)\s+(?:\p{L}+\s+)?(?:a|ont|avons)\s+(?:payé|envoyé|versé|viré)(?![\p{L}])|(?<![\p{L}])j[’']ai\s+(?:payé|envoyé|versé|viré)(?![\p{L}])|(?<![\p{L}])(?:enviei|mandei|transferi|paguei|depositei|envié|mandé|transferí|deposité)(?![\p{L}])(?![^\n]*(?<![\p{L}])(?:manda|mande|envia|envie|envía|transfere|transfira|transfiere|deposita)(?![\p{L}]))/iu,
  /gave|paid|sent|transferred|wired|lent|owed|gegeben|bezahlt|überwiesen|geschickt|pagou|pagaram|paguei|pagamos|enviou|enviaram|mandou|mandaram|transferiu|pagó|pagaron|pagué|envió|enviaron|mandó|transfirió|payé|envoyé|versé|viré|enviei|mandei|transferi|depositei|envié|mandé|transferí|deposité/iu,
);

// The relative named is dead and the money theirs, an estate the reader is to receive: "receive this money into your
// account as my late father's foreign partner", "confirm you as next of kin to my late husbands funds" (the tuning
// text's 419 mails, twenty-eighth session) — an account lent (identity-rental-request's), nobody close to the writer paid.
const DECEASED = filter(
  String.raw`late (?:\p{L}+\s+)?(?:father|husband|wife|mother|brother|sister|son|daughter|uncle|aunt|partner|parents?|client)|deceased|verstorben\p{L}*|difunt\p{L}*|fallecid\p{L}*|défunt\p{L}*|feu (?:mon|ma)|falecid\p{L}*|next of kin`,
);

// Sending an offer or a contract to a friend's account is account-switch-request's, unless money is named.
// (tested only where an offer's word stands, as every match holds one: read whole, it first scanned the sentence for money)
// (the four languages' words too: "manda la oferta a la cuenta de mi amigo", "envoie l'offre sur le compte de mon ami", "manda a
// proposta pra conta do meu amigo" — the parity battery, fifty-sixth session: read as payment to a friend's account)
const NOT_MONEY = hintedBy(
  /^(?!.*\b(?:money|fee|fees|payment|funds|amount|salary|invoice|geld|honorar|betrag|zahlung|dinero|pago|dinheiro|pagamento|argent|paiement)\b).*\b(?:offer|contract|invit\w*|proposal|angebot|vertrag|einladung|oferta|contrato|propuesta|proposta|offre|contrat|proposition)\b/i,
  /offer|contract|invit|proposal|angebot|vertrag|einladung|oferta|contrato|propuesta|proposta|offre|contrat|proposition/i,
);

// Gift cards as what a shop being built sells or takes: "We need a gift card feature in the shop: customers buy gift cards and
// pay with them at checkout", "a gift card module for my Shopify store" (a review of the forty-fourth session).
// (not where the cards' codes are asked for: "Buy three Apple gift cards and send me the codes, my customers use them")
// A shop that sells the cards: "We sell Google Play cards in our shop, can you send me the product photos?" (a red flag until the
// fifty-first session's look-alike review) — the cards are its goods, not the way it is paid.
const SELLS_CARDS = filter(
  String.raw`(?:we|i)(?: also)? (?:sell|resell|stock|distribute)\s+(?:\p{L}+\s+){0,2}?(?:${GIFT_CARD})|(?:vendemos|vendo|revendemos) (?:\p{L}+\s+){0,2}?(?:${GIFT_CARD})|(?:wir|ich) (?:verkaufen|verkaufe|vertreiben) (?:\p{L}+\s+){0,2}?(?:${GIFT_CARD})|(?:nous vendons|je vends) (?:\p{L}+\s+){0,2}?(?:${GIFT_CARD})`,
);
const CARD_AS_WORK = filter(
  String.raw`^(?![^]*(?:(?<![\p{L}])(?:codes?|códigos?|pins?)(?![\p{L}])|pay me|send me|instead|as payment|como pago|como pagamento|als zahlung|en paiement|págame|paga-me|pague-me|zahl(?:e|en sie)? mir|payez-moi|paie-moi|to pay me))[^]*?(?:(?:gift ?cards?|gutscheine?(?:karten?)?|tarjetas? (?:de )?regalo|cart(?:ão|ões) (?:de )?presente|cartes? cadeaux?)[\s-]+(?:\p{L}+\s+)?(?:feature|module|system|plugin|plug-in|integration|functionality|option|funktion|modul|system|función|funcionalidad|módulo|sistema|funcionalidade|fonctionnalité|module)|(?:customers|clients|users|buyers|shoppers|visitors|kunden|clientes|usuarios|usuários|utilisateurs)\s+(?:\p{L}+\s+){0,3}?(?:buy|pay|purchase|redeem|use|kaufen|bezahlen|einlösen|compran|pagan|canjean|compram|pagam|resgatam|achètent|paient|utilisent))`,
);

// A money app's handle given to be paid at: "send the money to cashapp $jdev2024 pls", "my venmo is @dev-jake, send it there" (a
// review of the forty-fifth session: a stored-value account no bank vouches for, in anyone's name). The paying word is looked for in
// the sentence only where a handle stands (not indexed: "pay" is in half the sentences of a payment message).
const MONEY_APP_HANDLE: Combination[] = [
  [
    concept(
      String.raw`(?:cash ?app|venmo|zelle|revolut|paypal\.me)(?: (?:is|id|handle|tag|name))? ?:? ?[@$][a-z0-9][\w-]{2,}`,
    ),
  ],
];
// (and as people type it: "can u pay via zelle?", "You can pay via Zelle to my email", "venmo me @lucas-dev-22", "Cash App would be
// easiest for me: $devmarco22" — a review of the fiftieth session; "venmo me" only before a tag, a sum or what is sent, and "would be
// easiest for me" only before a tag or "to get paid": not "venmo me lol", "Please don't venmo me", "Zelle would be easiest for me to
// integrate first in the checkout" — its second review)
const PAY_BY_APP = String.raw`(?:can|could|would|will) (?:you|u) (?:please |pls |just )?pay (?:(?:it|me|us|the rest|the balance|the money) )?(?:via|through|thru|by|with|on|using|w/)|you (?:can|could) (?:just )?pay (?:(?:it|me|us|the rest|the balance|the money) )?(?:via|through|thru|by|with|on|using)|(?:venmo|zelle|cash ?app) (?:me|us)(?=\s*(?::\s*)?[@$]|\s+(?:the|your|it|half|\$?\d))|(?:would|will) be (?:the )?(?:easiest|easier|best|better|fine|great|perfect|ideal) for (?:me|us)(?=\s*[:-]\s*[@$\w]|\s+to (?:pay|send|receive|get paid|be paid))`;
const PAID_AT_HANDLE =
  /(?<![\p{L}])(?:pay(?:ment)?|paid|send (?:it|the|me|money|payment)|transfer|zahl\p{L}*|überweis\p{L}*|schick\p{L}*|env[ií]\p{L}*|m[aá]nd\p{L}*|envoi\p{L}*|envoy\p{L}*|pag(?:a|o|ue|ar|ame|ue-me)\p{L}*)(?![\p{L}])/iu;

// "Can you pay on PayPal? Then we don't need to pay the freelancer charge", "Don't say anything about
// PayPal on the chat": payment around the marketplace and its fees.
const AROUND_PLATFORM: Combination[] = [
  [
    SERVICE,
    concept(String.raw`pay\p{L}*|send|zahl\p{L}*|pag\p{L}*|pay[eé]\p{L}*`),
    // the marketplace's fee avoided ("then we don't need to pay the freelancer charge"), not "with no fees"
    concept(
      String.raw`(?:avoid|saves?|saving|skip|spar\p{L}*|evitar|éviter|economiz\p{L}*|pay(?! your)|zahlen|pagar|payer)\s+(?:the |die |la |las |les |as |os |a )?(?:\p{L}+\s+){0,2}?(?:charges?|fees?|commission|gebühr\p{L}*|provision|comisi[oó]n\p{L}*|tarifas?|frais|taxas?)|outside|off the platform|off-platform|directly|direkt|directamente|directement|diretamente|por fora|fora d[ao] (?:plataforma|site|upwork|workana|fiverr)|fuera de (?:la plataforma|upwork|fiverr|workana)|en dehors de (?:la plateforme|upwork|malt|fiverr)|außerhalb (?:der plattform|von upwork|von fiverr)`,
    ),
  ],
  // "payments are to be made via Western Union money transfer only" — a cash-transfer or stored-value service; a
  // money app a seller names as its only method ("I only accept PayPal", "solo acepto pagos por PayPal", "PAGAMENTO
  // apenas por PIX") is an ordinary term of sale (labelling policy v2.1, rule 13).
  [
    ONLY_SERVICE,
    // a demand: "payments are to be made via Western Union only", "I only accept Skrill", "nur per PayPal"
    ONLY_TERMS,
    concept(PAY_VERB, MONEY, String.raw`payments?|transfer`),
  ],
  // … or asked by name to pay the writer: "can u pay me thru cashapp? $alexdev22", "Págame por Zelle" (a five-language probe
  // of the thirty-fifth session; PayPal, Wise and Payoneer are ordinary ways to be paid, these are not)
  [
    ONLY_SERVICE,
    concept(
      String.raw`pay (?:me|us)(?! a visit)|send (?:me|us) (?:the )?(?:money|payment)|p[aá]g(?:ame|ueme|anos|uenos)|me pag(?:a|ue|ues|as)|(?:paie|payez|paye)-moi|zahl(?:st|en sie)? (?:mir|uns)|bezahl(?:st|en sie)? (?:mich|uns)|überweis(?:e|t|en sie) (?:mir|uns)|${PAY_BY_APP}`,
    ),
  ],
  // … any money app asked by name to pay the writer, the marketplace named as not the way with a bare "not": "pay me on
  // paypal pls, not upwork" (not the reader's own bill: "You can pay the domain renewal to Namecheap via PayPal, not Upwork")
  [
    SERVICE,
    concept(
      String.raw`pay (?:me|us)(?! a visit)|p[aá]g(?:ame|ueme|anos|uenos)|me pag(?:a|ue|ues|as)|(?:paie|payez|paye)-moi|zahl(?:st|en sie)? (?:mir|uns)|bezahl(?:st|en sie)? (?:mich|uns)`,
    ),
    filter(String.raw`(?:not|nicht|no|pas|não) (?:the |die |la |le |el |o |a )?(?:${PLATFORMS})(?![\p{L}])`),
  ],
  // … or named alone as the only way, at the start of a line: "Only WebMoney: Z…", "Nur Western Union"
  [
    ONLY_SERVICE,
    filter(
      String.raw`^\W*(?:only|nur|solo|solamente|uniquement|seulement|somente|apenas)\s+(?:western union|moneygram|skrill|webmoney|wmz|perfect money|paysera|wechat pay|alipay|cash ?app|zelle|venmo)(?![\p{L}])`,
    ),
  ],
  // … any money app when the marketplace is named as not the way: "Payments are to be made only via PayPal, not
  // through Upwork".
  [SERVICE, ONLY_TERMS, concept(PAY_VERB, MONEY, String.raw`payments?|transfer`), NOT_THE_MARKETPLACE],
  // gift cards bought for the writer: "buy the gift cards and send me the codes"
  [
    concept(
      GIFT_CARD,
      // the store named before or after the card: "Apple iTunes-Karte", "tarjetas de Google Play o iTunes"
      String.raw`(?:itunes|google[- ]play|play store|steam|amazon)[- ]?(?:karte\p{L}*|cards?)|recharges? (?:transcash|pcs|neosurf)|transcash|neosurf|(?:tarjetas?|cartes?|cartões|cartão) (?:de |da |do )?(?:google play|play store|itunes|steam|amazon|apple)`,
    ),
    filter(
      String.raw`buy|purchase|get (?:them|some)|help (?:me )?get(?:ting)?|handle this|send me the codes?|the codes|scratch|kauf\p{L}*|besorg\p{L}*|compr(?!(?:é|ei|amos|ad[oa]s?)(?![\p{L}]))\p{L}*|achet(?!(?:ée?s?)(?![\p{L}]))\p{L}*|l[’']achat d(?:e|es|[’']un|[’']une) (?:\p{L}+\s+){0,3}?(?:coupons?|cartes?|recharges?)|codes? de rechargement`,
    ),
  ],
  // PayPal's "Friends & Family" (no buyer protection, no fees): "Zahle bitte über PayPal Freunde & Familie"
  [
    concept(
      String.raw`friends (?:&|and) family|f ?& ?f|freunde (?:&|und) familie|amigos y familia|amigos y familiares|amis et famille|amigos e família|amigos e familiares|paypal[- ](?:en |entre |als |para |pra )?(?:amis|amigos|freunde|friends)`,
    ),
    filter(
      String.raw`(?:pay(?!pal)|zahl|bezahl|p[aá]g|send|schick|envi|envoy|mand|vers|transf|überweis|paie|paye|règl|regl|choose|select|pick|wähl|elige|escoge|choisi|escolh)\p{L}*(?:-(?:moi|me|nous))?\s+(?:\S+\s+){0,5}?["“'«„]?(?:friends|freunde|amigos|amis|f ?& ?f)|(?:friends|freunde|amigos|amis) (?:&|and|und|y|et|e) (?:family|familie|familia|famille|família)\s+(?:\p{L}+\s+){0,2}?(?:please|bitte|por favor|s[’']il)`,
    ),
  ],
  // Paying someone else for the writer, paid back later ("Papa, machst du eine Überweisung für mich?",
  // "teria como fazer esse pagamento para mim", "¿me haces una transferencia a este número?")
  [
    concept(
      String.raw`behalf|n[uú]mero|nummer|numéro|number|back|devuelvo|devolvo|volta|zurückzahl\p{L}*|rembourse|überweisung|pagamento|transferencia|transferência|virement`,
    ),
    concept(PAY_VERB, MONEY, String.raw`überweisung|transferencia|transferência|virement|pagamento|transfer`),
    filter(
      String.raw`on my behalf|überweisung für mich|(?:pagamento|transferência) para mim|transferencia por mí|virement pour moi|a este número|to this number|an diese nummer|para este número|à ce numéro|(?:pay|give) (?:you|it) back|te devuelvo|te lo devuelvo|te devolvo|transfiro de volta|zurückzahl\p{L}*|je te rembourse`,
    ),
  ],
  // "send the reward directly to my USDT wallet" when the platform's payout does not reach the writer — not a
  // mailbox or a chat ("send your business plan directly to my Email: …" is move-off-platform's)
  [
    concept(
      String.raw`directly to (?:me|my)(?! (?:\p{L}+ )?(?:e-?mail|inbox|mailbox|address|dms?|phone|number|whatsapp|telegram|office|manager|team|colleague|assistant|designer|developer|lawyer|accountant|desk|drive|folder|repo|server)\b| (?:\p{L}+ )?(?:usdt|usdc|btc|eth|bitcoin|crypto\p{L}*|binance|wallet)\b)|direkt an mich|direkt auf mein\p{L}*|directamente a (?:mí|mi)|directement (?:à moi|sur mon)|diretamente para (?:mim|minha|meu)`,
    ),
    concept(PAY_VERB, MONEY, String.raw`send|schick\p{L}*|env[ií]\p{L}*|envoy\p{L}*|m[aá]nd\p{L}*`),
  ],
  // A money app in place of the marketplace, asked of the reader: "pay through Wise instead of Upwork", "not via
  // Upwork but via PayPal please", "zahlen Sie per PayPal statt über Fiverr" (read with its own "not"); not how
  // refunds or withdrawals go ("Refunds are sent via PayPal, not through the site").
  [
    SERVICE,
    ASKED_OF_READER,
    concept(String.raw`pay\p{L}*|send|zahl\p{L}*|pag\p{L}*|pay[eé]\p{L}*|via|through|über|per|por|par|pelo|pela`),
    NOT_THE_MARKETPLACE,
  ],
  // Money sent by a cash-transfer service, asked of the reader: "you will send it through Moneygram or Western Union",
  // "gehen Sie zum nächsten Western-Union-Büro", "überweisen Sie das Geld per RIA" — cash picked up by a name, never
  // a bank account in the worker's own name (G1: payment services).
  [
    concept(
      String.raw`western[- ]?union\p{L}*|money ?gram\p{L}*|monogram|ria money transfer|worldremit|remitly|(?<=(?:per|via|über|through|by|with|por|par|pelo) )ria`,
    ),
    concept(
      PAY_VERB,
      MONEY,
      String.raw`send|sende\p{L}*|senden|schick\p{L}*|env[ií]\p{L}*|envoy\p{L}*|m[aá]nd\p{L}*|zahlungsinformationen|payment (?:details|information)|office|büro|shop|agent|agencia|agence|agência|schalter|stelle|filiale|counter|bargeld|cash|efectivo|espèces|ventanilla|guichet|balcão`,
    ),
    ASKED_OR_TOLD_TO_PAY,
  ],
  [
    SERVICE,
    concept(String.raw`don[’']?t (?:say|mention|write|talk)|do not (?:say|mention|write|talk)`),
    concept(String.raw`chat|messages?|platform|freelancer|upwork|fiverr|site`),
  ],
];

// The writer asking how they may pay ("Can I pay with a gift card?") is a payer, not a payee — so is a buyer asking to be
// invoiced ("if u want to invoice me on paypal ill buy them for 165", the twenty-seventh set read) — not "I'll buy", which
// the "send the money and I'll buy the equipment" scam says (a review of the thirty-fourth session).
// A card the writer gives the reader is a gift, not a way to pay: "We will send you a gift card as a thank you", "Wir senden Ihnen
// einen Gutschein als Dankeschön", "Te enviamos una tarjeta de regalo" (a look-alike of the forty-fourth session's review) — unless the
// sentence goes on to ask for payment or codes ("Te mando la lista de tarjetas de regalo, cómpralas y envíame los códigos").
const CARD_TO_READER = filter(
  String.raw`(?:(?:we|i)(?:[’']ll| will| can| would| are going to| am going to)? (?:send|give|offer|mail|email|gift) (?:you|u)|(?:wir|ich) (?:senden|sende|schicken|schicke|geben|gebe|schenken|schenke) (?:ihnen|dir|euch)|(?:te|le|les) (?:enviamos|envío|envio|mandamos|mando|regalamos|regalo|damos|doy)|(?:nous|je) (?:vous|te) (?:envoyons|enverrons|envoie|enverrai|offrons|offre|offrirai)|(?:te|lhe|vos) (?:enviamos|envio|mandamos|mando|damos|dou|oferecemos))\s+(?:\p{L}+\s+){0,3}?(?:${GIFT_CARD})(?![^.!?\n]*(?:pay|pague|paga|pagar|pago|codes?|códigos?|cómpr|compr|buy|kauf|achèt|zahl))`,
);
const WRITER_PAYS = filter(
  String.raw`invoice me|send me (?:an |the )?invoice|can i pay|could i pay|may i pay|shall i pay|should i pay|let me pay|i can pay|i could pay|i will pay|i[’']ll pay|kann ich (?:\p{L}+\s+)?(?:zahlen|bezahlen)|puedo pagar|je peux payer|puis-je payer|posso pagar|i want to pay you|i (?:will|can|[’']ll) pay you|je veux te payer|je vais te payer|te pago|ich zahle dir|eu te pago`,
);

// The reader receiving money that way is paid, not asked to pay: "you can withdraw your earnings through Western Union", "50,000$
// has dropped in the Bank link to be transferred to you by western union head office" (the tuning text's 419 letter, forty-eighth
// session) — not paid to the reader once the reader pays ("The funds will be released to you after you send the clearance fee to
// our agent via MoneyGram": a review of it).
const READER_RECEIVES = filter(
  String.raw`withdraw\p{L}*|cash out|(?:be|been) (?:transferred|sent|paid|wired|credited|released|remitted) to (?:you|u)(?![^.!?\n]{0,200}(?:after|once|when|as soon as|if|before) (?:you|u) )|(?:you|vous|du|sie|usted|você) (?:\p{L}+ )?(?:receive|recevrez|recevez|erhalten|bekommst|recibirá\p{L}*|receberá\p{L}*)|abheben|auszahl\p{L}*|retirar|sacar|retirer|pick(?:s|ed|ing)? (?:\p{L}+\s+)?up|abhol(?:en|st|t)|recoger|recoge|recoja|récupérer|récupérez|levantar|levante`,
);
// A refusal read with its own negation is still a refusal: "I don't accept PayPal or crypto outside the platform".
const REFUSES = filter(
  String.raw`(?:don[’']?t|do not|never|won[’']?t|will not|cannot|can[’']?t)\s+(?:\p{L}+\s+){0,2}?(?:accept|take|use|work with|receive|do)|(?:akzeptiere|nehme|nutze) (?:\p{L}+\s+){0,2}?(?:kein\p{L}*|nicht)|no (?:acepto|uso|trabajo con|recibo)|n[’']accepte (?:pas|jamais)|não (?:aceito|uso|trabalho com|recebo)|${NONE_ACCEPTED}`,
);

// (ways to pay listed and refused together: "Crypto, gift cards, transfers off the platform: none of that is accepted here")
const LIST_REFUSED = filter(NONE_ACCEPTED);
const BETWEEN_US = filter(BETWEEN_US_WORDS);
// The writer paying their own people, with nothing asked of the reader in the sentence: "I pay my brother every quarter",
// "Eu pago minha contadora via PIX" — not "We pay our team weekly; send the payment to my partner's Payoneer account instead"
// (thirty-eighth session; a review found the first, sentence-wide version dropping such asks).
const PAYS_OWN_PEOPLE = wordsAhead(
  asciiFirst(
    /(?<![\p{L}])(?:(?:i|we) (?:\p{L}+ )?(?:pay|paid) (?:my|our)|ich (?:be)?zahle meine\p{L}*|le pago a mis?|je paie (?:mon|ma|mes)|eu pago (?:[ao] )?(?:meu|minha))(?![\p{L}])/iu,
  ),
);
const ASKS_THE_READER = asciiFirst(
  /(?<![\p{L}])(?:please|pls|por favor|bitte|s[’']il|send|schick\p{L}*|envía|envia|envie|envoie|manda|mande|transfer|wire|überweis\p{L}*|pay me|paga(?:me)?|pague|payez|paie|faz|haz|instead|en vez|au lieu|statt|em vez|fora|fuera|outside|außerhalb|hors|tú|tu|you|du|vous|você)(?![\p{L}])/iu,
);

// Paid directly, no money app named, where the message says it saves the marketplace's fees: "Could you pay me
// directly instead? That way we both avoid the Upwork fees", "Me paga direto, sem a taxa da Workana" (twentieth
// session, a review class: around the marketplace without a brand).
const PAID_DIRECTLY: Combination[] = [
  [
    concept(
      String.raw`pay (?:me|us) directly|directly to (?:me|us)|direct payment|paid directly|zahl(?:st|en sie)? (?:mir|uns) (?:\p{L}+\s+)?direkt|direkt (?:an mich|an uns) (?:zahlen|überweisen)|p[aá]g(?:ame|ueme|arme|uenos) directamente|(?:me|nos) pag(?:as|a|ue|ues) directamente|(?:me )?pa(?:ie|yer|yez)(?:-moi)? directement|me pag(?:a|ue|ar) diret(?:o|amente)|pagamento direto`,
    ),
  ],
];
// Paid directly, where the message names the way around the marketplace — a bank, a money app, an account, "instead",
// "skip the platform" — with no fee named: "skip the platform and you just wire the money to me directly", "Tu peux me faire
// un virement directement sur mon compte", "Você me paga o resto direto pelo PayPal?", "could you do a direct bank transfer
// each month?" (a probe of realistic marketplace messages, thirty-fifth session).
const PAID_AROUND: Combination[] = [
  [
    concept(
      String.raw`(?:pay|wire|transfer)\p{L}* (?:\S+\s+){0,5}?directly|send\p{L}* (?:me |us )?(?:the |my |your |a )?(?:money|payments?|funds|rest|balance|remainder|amount|it)(?: to (?:me|us))? (?:\S+\s+){0,3}?directly|(?:do|make|send) (?:a |the |me a )?direct (?:bank )?(?:transfer|payment|deposit|wire)s?`,
      String.raw`(?:zahl|bezahl|überweis|schick|send)(?:e|en|st|t)? (?:\S+\s+){0,5}?direkt|(?:mach|machen sie) (?:\S+\s+){0,2}?(?:eine )?direkte (?:überweisung|zahlung)`,
      String.raw`(?:p[aá]g|transfi[eé]r|env[ií]|deposit|m[aá]nd)\p{L}* (?:\S+\s+){0,5}?directamente|(?:haz|haces|hacer|hagas)(?:me)? (?:una )?transferencia directa`,
      String.raw`(?:pa[iy]|vir|vers|envoi|envoy)\p{L}* (?:\S+\s+){0,5}?directement|faire (?:un |le )?virement (?:\S+\s+){0,3}?directement`,
      String.raw`(?:pag|mand|envi|transfer|deposit)\p{L}* (?:\S+\s+){0,5}?diret(?:o|amente)|(?:faz|fazer|faça)(?:-me)? (?:uma )?transferência direta`,
    ),
    // (to the writer: "to me", "my account", "me paga")
    filter(
      String.raw`me|us|i|i[’']d|i[’']m|mir|mich|uns|moi|nous|mí|mim|my|mein\p{L}*|mon|ma|mes|mi|mis|meu|minha|m[’']`,
    ),
    filter(
      String.raw`bank|wise|paypal|payoneer|pix|rib|iban|konto|account|conta|cuenta|compte|instead|rather|skip|outside|em vez|en vez|au lieu|statt|anstatt|ao invés|en lugar|${PLATFORMS}|contract|contrato|contrat|vertrag|milestones?`,
    ),
  ],
];
// A discount for paying outside the marketplace, the fee avoided the reader's gain: "Long-term clients get 15% discount when
// paying outside the platform", "Réduction de 10 % pour les paiements hors plateforme", "Clientes fixos têm 15% de desconto
// pagando fora da plataforma" (a review of the fifty-first session: nothing found in four languages).
const DISCOUNT_OUTSIDE: Combination[] = [
  [
    concept(
      String.raw`discount\p{L}*|cheaper|lower (?:price|rate)|rabatt|günstiger|billiger|nachlass|descuento|más barato|rebaja|réduction|remise|moins cher|desconto|mais barato`,
    ),
    concept(
      String.raw`outside (?:of )?(?:the )?(?:${PLATFORMS})|off[- ](?:the[- ])?(?:platform|site)|hors (?:de la |du )?(?:plateforme|site|${MARKETPLACE})|fuera de (?:la )?(?:plataforma|${MARKETPLACE})|fora d[ao] (?:plataforma|${MARKETPLACE})|außerhalb (?:der |von )?(?:plattform|${MARKETPLACE})|(?:without|skip\p{L}*|avoid\p{L}*) (?:the )?(?:${MARKETPLACE}|platform)(?:[’']s)? fees?|sans (?:les )?frais (?:de la |du )?(?:plateforme|site|${MARKETPLACE})|sin (?:la )?comisi[oó]n de (?:la )?(?:plataforma|${MARKETPLACE})|sem (?:a )?taxa d[ao] (?:plataforma|${MARKETPLACE})|ohne (?:die )?(?:plattform|${MARKETPLACE})[\s-]?gebühr\p{L}*`,
    ),
  ],
];
// (the marketplace's rule stated: "Upwork prohibits offering a discount for paying outside the platform", "O Upwork proíbe dar
// desconto para pagamento fora da plataforma" — a review of the reading)
const RULE_FORBIDS = filter(
  String.raw`prohibit\p{L}*|forbid\p{L}*|not allowed|isn[’']?t allowed|against (?:the |its |their )?(?:rules|tos|terms|polic\p{L}*)|proíbe\p{L}*|proibid[oa]|não permite|prohíbe\p{L}*|prohibid[oa]|no permite|interdit\p{L}*|n[’']autorise pas|verbiete\p{L}*|verboten|nicht erlaubt|untersagt`,
);
// (a warning or a refusal of the way, read with its own negation: "Nunca pague via PayPal amigos e familiares", "N'envoyez jamais
// d'argent par MoneyGram", "Don't pay me with
// Cash App, please use the Upwork milestone" — a review of the thirty-fifth session's readings)
const NEVER_PAY = filter(
  String.raw`(?:don[’']?t|do not|never|nunca|jamais|niemals|nie|não|nao|ne) (?:\p{L}+ )?(?:pay|pague|pagues|paguem|pagar|paie|payez|payer|zahl\p{L}*|bezahl\p{L}*|send|envíe|envie|mande|envoyez|envoyer|envoie)|n[’'](?:envoyez|envoie|envoyer)`,
);
// (the writer paying the reader directly: "Can I send payment directly to your bank account?", "we will be paying you directly" —
// WRITER_PAYS_YOU above)
// (a closing "so", "but", "instead" … looked for within 200 characters: to the sentence's end, every "pays" of a sentence of
// thousands re-read all of it — a hostile-input probe of the thirty-sixth session)
const PAYER_SENDS = filter(
  String.raw`(?:${PLATFORMS}|the client|clients|my client|the customer) (?:\p{L}+ )?(?:pays?|sends?|transfers?|wires?|deposits?)(?![^.!?\n]{0,200}?(?:\bso\b|\bbut\b|instead|please|\bjust\b|can you|could you))|(?:can|could|may|shall|should) (?:i|we) (?:\p{L}+ )?(?:send|pay|transfer|wire)|${WRITER_PAYS_YOU}`,
);
// A money app asked by name to pay the writer, where the message gives the marketplace's fees as the reason: "could you pay me thru
// paypal this time? the upwork fees are killing me lol", "Kannst du mir das Geld per PayPal schicken? Dann sparen wir die Gebühren"
// (a probe of the forty-sixth session; labelling policy rule 13: a money app only where it goes around the marketplace).
// (the asking tested on the money app's sentences, not indexed: "Pay me in USDT." would hold a cell more)
const PAID_BY_SERVICE: Combination[] = [[SERVICE]];
const PAY_ME = asciiFirst(
  new RegExp(
    String.raw`(?<![\p{L}])(?:pay (?:me|us)(?! a visit)|send (?:me|us) (?:the )?(?:money|payment)|p[aá]g(?:ame|ueme|anos|uenos)|me pag(?:a|ue|ues|as|ar)|me (?:puedes|podés|podrías|puede|podría) pagar|(?:kannst du|könntest du|können sie|könnten sie) (?:mich|uns) (?:\p{L}+ ){0,4}?(?:be)?zahlen|(?:paie|payez|paye)-moi|me payer|zahl(?:st|en sie)? (?:mir|uns)|bezahl(?:st|en sie)? (?:mich|uns)|überweis(?:e|t|en sie)? (?:mir|uns)|(?:mir|uns) (?:das |den )?(?:geld|betrag|rest) (?:\p{L}+ ){0,3}?(?:schicken|senden|überweisen))(?![\p{L}])`,
    'iu',
  ),
);
// (the fees named as the marketplace's, or as what is saved: "the upwork fees are killing me", "Upwork's cut is too high")
const PLATFORM_FEES_NAMED = asciiFirst(
  new RegExp(feesOf(`${MARKETPLACE}|platform|plattform|plataforma|plateforme`), 'iu'),
);
const FEE_SIGN = wordsAhead(/fee|charge|commission|gebühr|provision|comisi|tarifa|frais|taxa|\bcut\b/i);
const MARKETPLACE_FEES = wordsAhead(
  asciiFirst(
    new RegExp(
      String.raw`(?:avoid|save|skip|no|without|spar\p{L}*|ohne|evitar|sin|éviter|sans|economiz\p{L}*|sem)\s+(?:\p{L}+\s+){0,3}?(?:${MARKETPLACE}|platform|plattform|plataforma|plateforme|site)?[’']?s?\s*(?:fees?|charges?|commission|cut|gebühr\p{L}*|provision|comisi[oó]n\p{L}*|tarifas?|frais|taxas?)`,
      'iu',
    ),
  ),
);

// A transfer the reader is asked to make for the writer, to be paid back — the "friend in need" whose banking app fails:
// "Necesito realizar una transferencia y no me deja entrar al home banking, ¿la podrás hacer vos y más tarde te reintegro?",
// "Estou tentando fazer uma transferência bancária e meu aplicativo está dando erro. Consegue fazer para mim?" (the tuning
// text, thirty-third session). The ask may name no transfer; the message must, with a pay-back or a failing app.
const DO_IT_FOR_ME: Combination[] = [
  [
    concept(
      String.raw`(?:can|could|would) you (?:please )?(?:make|do|send) (?:a |the |this |that )?(?:bank |wire )?(?:transfer|payment|it) for me|(?:la|lo) (?:podrás|podrías|puedes|podés) hacer (?:vos|tú|tu|por mí)|(?:me )?(?:haces|hacés|harías) (?:la|una|esa) transferencia|(?:consegue|pode|podes|poderia|consegues) fazer (?:ela |isso |esse pagamento |essa transferência )?(?:pra|para) mim|(?:kannst|könntest) du (?:\p{L}+ )?(?:für mich (?:eine |die )?überweisung|(?:die|eine) überweisung für mich|das für mich)|(?:peux|pourrais)-tu (?:faire |me faire )?(?:un|le|ce) virement pour moi`,
    ),
  ],
];
// (two scans of the message, neither across the other: a pattern spanning from one to the other would run from every
// transfer word to the text's end)
const TRANSFER_WORD =
  /(?<!\p{L})(?:transfer|transferencia|transferência|überweisung|virement|pagamento|pago)(?!\p{L})/iu;
const PAID_BACK =
  /(?<!\p{L})(?:pay|give) (?:you|it) back|te (?:lo )?(?:devuelvo|reintegro)|te devolvo|(?:zahle|gebe|überweise) (?:\p{L}+ ){0,3}?zurück|rembourse|(?<!\p{L})(?:app|appli|aplicativo|aplicación|home ?banking|banking(?:-app)?)(?!\p{L})[^.!?\n]{0,40}?(?:error|erro|not working|doesn[’']t work|no me deja|geht nicht|funktioniert nicht|ne marche pas|bloquead|bloqué)|no me deja entrar/iu;
function forMePaidBack(message: PreparedMessage): Hit[] {
  // (read with its own negation: "no me deja entrar al home banking, ¿la podrás hacer vos" is the app's no, not the ask's)
  // (the hits first: most messages have none, and the two patterns are scans of the whole text)
  const hits = readHits(message, DO_IT_FOR_ME, { negationIsPattern: true, unless: [STORY, NOT_MONEY, DECEASED] });
  return hits.length && TRANSFER_WORD.test(message.text) && PAID_BACK.test(message.text) ? hits : [];
}

export const rule: MessageRule = {
  id: 'alt-payment-request',
  kind: 'message',
  group: 'payment',
  concrete: 'payee',
  aboutPayment: true,
  check({ message }) {
    const quoted = [
      ...readHits(message, COMBINATIONS, {
        unless: [STORY, NOT_MONEY, WRITER_PAYS, DECEASED, CARD_TO_READER, CARD_AS_WORK, SELLS_CARDS, LIST_REFUSED],
      }).filter(
        (h) => BETWEEN_US.test(h.sentence) && !(PAYS_OWN_PEOPLE.test(h.sentence) && !ASKS_THE_READER.test(h.sentence)),
      ),
      // (an imperative of its own: no word of the writer's or the reader's needed)
      ...readHits(message, [[SERVICE, PAID_INTO_THIS]], {
        unless: [STORY, NOT_MONEY, WRITER_PAYS, DECEASED, CARD_TO_READER, CARD_AS_WORK, READER_RECEIVES],
      }),
      ...readHits(message, MONEY_APP_HANDLE, { unless: [STORY, WRITER_PAYS, CARD_AS_WORK] }).filter((h) =>
        PAID_AT_HANDLE.test(h.sentence),
      ),
      ...readHits(message, TO_A_NAMED_NUMBER, { negationIsPattern: true, unless: [STORY, WRITER_PAYS, NOT_TO_THIS] }),
      ...toANumberNamedNearby(message),
      ...forMePaidBack(message),
      ...readHits(message, MOBILE_NUMBER_NAMED, { negationIsPattern: true, unless: [STORY, WRITER_PAYS, NOT_TO_THIS] }),
      ...readHits(message, TO_A_GO_BETWEEN, { unless: [STORY, WRITER_PAYS, READER_RECEIVES] }),
      ...(RECEIVER_HINT.test(message.text) && SEND_SIGN.test(message.text) && !BANK_DETAILS.test(message.text)
        ? receiverForm(message)
        : []),
      // Read with their own negation ("then we don't need to pay the charge", "don't say anything about it").
      ...readHits(message, AROUND_PLATFORM, {
        negationIsPattern: true,
        unless: [STORY, WRITER_PAYS, REFUSES, READER_RECEIVES, PAYER_SENDS, NEVER_PAY, CARD_AS_WORK],
      }),
    ];
    // (a sign first: the fees pattern starts at every "no" and "sin" of the text)
    quoted.push(
      ...readHits(message, PAID_AROUND, { unless: [STORY, WRITER_PAYS, PAYER_SENDS, REFUSES, READER_RECEIVES] }),
    );
    // (the hits first: most messages have none, and the fees' patterns are scans of the whole text)
    quoted.push(
      ...readHits(message, DISCOUNT_OUTSIDE, { unless: [STORY, WRITER_PAYS, REFUSES, READER_RECEIVES, RULE_FORBIDS] }),
    );
    const direct = readHits(message, PAID_DIRECTLY, { unless: [STORY, WRITER_PAYS, REFUSES, READER_RECEIVES] });
    if (direct.length && FEE_SIGN.test(message.text) && MARKETPLACE_FEES.test(message.text)) quoted.push(...direct);
    const viaService = !FEE_SIGN.test(message.text)
      ? []
      : readHits(message, PAID_BY_SERVICE, {
          unless: [STORY, WRITER_PAYS, REFUSES, READER_RECEIVES, PAYER_SENDS, NEVER_PAY, CARD_AS_WORK],
        }).filter((h) => PAY_ME.test(h.sentence));
    // (the fee sign tested above: no money app is read without it)
    if (viaService.length && (MARKETPLACE_FEES.test(message.text) || PLATFORM_FEES_NAMED.test(message.text))) {
      // (the sentence that names the fees quoted beside it: the reason is part of the request)
      const at = message.sentences.findIndex((x) => MARKETPLACE_FEES.test(x) || PLATFORM_FEES_NAMED.test(x));
      const reason =
        at >= 0 && !viaService.some((h) => h.index === at)
          ? [{ ...viaService[0], sentence: message.sentences[at], index: at }]
          : [];
      quoted.push(...[...viaService, ...reason].filter((h) => !quoted.some((q) => q.index === h.index)));
    }
    if (!quoted.length) return undefined;
    return messageFinding(rule.id, 'high', quoted, [
      'G3 (payment to accounts not in the freelancer’s name)',
      'G1 Red flag indicators (payment services)',
    ]);
  },
};
