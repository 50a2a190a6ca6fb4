/**
 * G1 red flags; G3 (repeated prepayment requests): payment before delivery, upfront deposits. Five
 * languages, any word order (lib/text/cooccur.ts).
 */
import { asciiFirst, NOT_AFTER_WORD } from '../text/ascii-first';
import { wordsAhead } from '../text/required-words';
import { type Combination, concept, filter, cooccurring } from '../text/cooccur';
import {
  MARKETPLACE,
  MONEY,
  PAY_AHEAD,
  PAY_VERB,
  RELAYED_ASK,
  RELAYED_TO_READER,
  SUGGESTED_TO_READER,
  SUM,
  TO_RELATION,
  WRITER_WORDS,
} from '../text/lexicon';
import type { PreparedMessage } from '../text/message';
import { personal } from '../text/speech';
import { messageFinding } from './finding';
import type { MessageRule } from './types';

// "deposit", not a bank's "certificate of deposit" (a document; the seventeenth set read, twenty-fifth session).
const DEPOSIT_WORD = String.raw`(?<!certificate of )deposit`;
// Order-free, five languages: money before the work, and a demand for it (not a deposit someone paid).
const BEFORE = concept(
  String.raw`upfront|up-front|up front|in advance|beforehand|advance|${DEPOSIT_WORD}|first payment|before (?:I|we) (?:start|begin|write|do|deliver|send)|before starting|before any|first|vorab|im voraus|vorauszahlung|vorkasse|anzahlung|vorher|zuerst|erst (?:mal )?(?:die|das) (?:zahlung|geld|anzahlung|überweisung)|bevor ich|por adelantado|adelantado|anticipo|por anticipado|primero|antes de empezar|antes de comenzar|acompte|d[’']avance|à l[’']avance|avance|avant de commencer|adiantad[oa]|adiantamento|antecipad[oa]|antecipadamente|adiantadamente|anticipadamente|sinal|antes de começar|antes de (?:eu )?(?:começar|iniciar)|antes de que (?:empiece|comience|empecemos|comencemos|inicie)|avant que (?:je|nous) (?:commence|commencions|démarre)|bevor wir|primeiro`,
);
// (German "muss" is no demand in a question closed by "oder?"/"richtig?" — looked for within 200 characters: looked for to the
// sentence's end, every "muss" of a sentence of thousands re-read all of it, a hostile-input probe of the thirty-sixth session)
const DEMAND = concept(
  // (and a request relayed to the reader: "Notre comptable vous demande de régler l'acompte de 30 %" — a review of the forty-eighth
  // session)
  String.raw`${RELAYED_ASK}|(?:le|te|les) pido que|je (?:vous|te) prie de|(?:eu )?peço que|need|require\p{L}*|must|have to|please|send|can you|il (?:me|nous) fau(?:t|drait|dra)|would it be (?:ok|okay|possible|alright|fine) (?:if you|for you to|to (?:pay|send|get))|would you mind (?:paying|sending)|vous pourriez|tu pourrais|(?:te|le) importar[ií]a|(?:wäre|ist) es möglich,? dass (?:sie|du)|seria possível (?:você|vc|o senhor|a senhora)|any chance (?:you|u) could|(?:i|we) (?:always |usually |only |normally |just )?(?:charge|ask for)|(?:i (?:always |usually |only |normally |just )?|we only )(?:take|accept|collect)(?![^.!?\n]{0,60}? or (?:after|on|upon|at|monthly|when|in|later|per))|only (?=upfront|up-front|up front|in advance)|(?<=(?:upfront|up-front|up front|in advance) )only|(?:cobro|cobramos|peço|pedimos|pido|exijo|exigimos)(?= (?:(?:um|uma|un|una|el|la|o|a) )?(?:sinal|anticipo|adelanto|adiantamento|dep[óo]sito|entrada|señal|\d))|(?:kannst du|könntest du|können sie|könnten sie|puedes|podrías|puede|peux-tu|tu peux|pourrais-tu|pouvez-vous|vous pouvez|pode|podes|poderia) (?:mir|uns|me|nos|m[’']|moi)|want|would like|i[’']d like|hätte (?:ich )?gerne?|am liebsten|preferably|de preferencia|de préférence|de preferência|möchte|quiero|veux|voudrais|quero|gostaria|could you|könnten sie|könntest du|podrías|podría usted|poderia|pourriez-vous|pourrais-tu|or I|today|now|then I|book my time|brauche|brauch|benötige|bitte|zahlen sie|sonst|jetzt|fange|lege|necesito|neces[ií]t\p{L}*|por favor|envía|m[aá]nd(?:a|e)me|transfi[eé]r(?:e|a)me|dep[oó]s[ií]t(?:a|e)me|p[aá]g(?:a|ue)me|env[ií](?:a|e)me|g[ií]r(?:a|e)me|manda-me|envia-me|deposita-me|transfere-me|empiezo|il me faut|j[’']ai besoin|besoin|je demande|merci de|envoyez|preciso|mande|come[çc]o|(?<=(?:you|vous) (?:will|shall|are|may) be )asked to|(?<=you are )asked to|(?<=(?:is|are) )due(?! to)|(?<=(?:is|are|will be) )requested|(?<=(?:sera|seront|est|sont) )invitée?s? à|(?<=zu )(?:be)?zahlen|(?<=zu )überweisen|zu hinterlegen|zu entrichten|(?<=(?:i|we) (?:will |[’']ll |may |might |would )?)request|erforderlich|notwendig|verlangt|(?<=(?:wir|ich) )verlangen?|(?<!ich )muss(?! ich| wir| doch)(?![^.!?\n]{0,200}?(?:oder|nicht wahr|richtig)\s{0,3}\?)|ich muss (?:sie|dich|euch|ihnen) (?:bitten|auffordern)|(?<!^\s*)müssen(?! wir)|musst du|innerhalb (?:von )?\d+|within \d+|binnen \d+|dans (?:un délai de|les) \d+|sous \d+|dentro de(?: l[oa]s)? \d+|no prazo de \d+|em até \d+|pide|piden|(?<=(?:le|du|au) client )(?:versera|réglera|paiera)|(?<=(?:i|we)[’']d )ask|(?<=(?:i|we) would )ask|demanderai|demanderons|anfordern|il faut que (?:vous|tu)|(?<=se )requiere|requieren? (?:un|una)|verpflichtet|necesari[oa]|exig\p{L}*|debe|deberá|(?<=(?:est|sera|sont|seront) )(?:demandée?s?|exigée?s?|requise?s?)|obligatoire|doit|devra|doivent|devez|deve|deverá|exigid[oa]s?|necessári[oa]|solicitad[oa]|nécessaires?|(?<=(?:we|i) )ask(?: for| you)?`,
);
// Words that are a payment before the work by themselves: "deposit", "Anzahlung", "anticipo", "acompte" — and a security
// deposit demanded before the hand-over ("Une caution de 300 € sera demandée lors de la réservation", "Die Kaution … bei
// Übergabe zu bezahlen": policy v2.9 rule 44, applied to every set in the thirty-fourth session; French "caution" only
// after an article or "de", English "extra caution" being care; a landlord's "Mietkaution" is no service's; "an advance of $200", "a
// $200 advance": a review of the forty-fifth session).
const DEPOSIT = concept(
  String.raw`${DEPOSIT_WORD}|(?<=(?:[$€£]\s?\d[\d,.]*|\d[\d,.]*\s?(?:[$€£]|usd|eur|euros?|dollars?))\s(?:\p{L}+\s)?)retainer|retainer (?:fee|of [$€£]?\d)|sinal(?= (?:de )?(?:\d|r\$))|advance payment|advance(?= of (?:[$€£]\s?)?\d)|(?<=(?:[$€£]\s?\d[\d,.]*|\d[\d,.]*\s?(?:[$€£]|usd|eur|euros?|dollars?))\s)advance|partial payment|down[- ]payment|initial payment|booking fee|reservation fee|buchungsgebühr|reservierungsgebühr|pago inicial|pagamento inicial|paiement initial|dépôt (?:minimum|initial|de garantie)|pago parcial|paiement partiel|pagamento parcial|depósito (?:de )?(?:confirmación|reserva)|depósito del? \d{1,3}\s?%|anzahlung|vorauszahlung|vorkasse|vorschuss\p{L}*|anticipo|adelanto|acompte|arrhes|adiantamento|pagamento antecipado|chèques? de caution|(?:une|la) caution(?= (?:de |d[’']un montant de |à hauteur de )?[\d€$])|(?:une|la) caution(?= (?:sera|est|doit être) (?:demandée|exigée|versée|encaissée|déposée|remise))|(?<=(?:demandée?|exigée?) (?:\p{L}+ ){0,4}?)une caution|(?<!miet|gegen )kaution|(?<!bajo )fianza|(?<!sob )caução|security deposit|depósito de garantía|provisions? \(avances?\)|versement d[’']une provision|(?:verser|régler) une provision|en concepto de señal|una señal del|señal de(?:l)? \d+|(?:importe|pago|ingreso|abono) de la señal`,
);
// Terms that make a deposit or a share owed before the work: "a 50% deposit books you into my calendar",
// "25% deposit when a project is confirmed", "50% due upon acceptance / before work begins".
// ("due within" only counted from the booking or the order, or to secure it: "Payment is due within 14 days (of the invoice)" is
// an ordinary invoice's term, a false alarm on an honest freelancer's terms — fiftieth session)
const DUE_BEFORE = concept(
  // (forty-third session: a split whose first share is paid at the order or now — "50% on order, 50% on delivery", "50% al
  // hacer el pedido y 50% a la entrega", "Metade no pedido e metade na entrega", "Half now, half when done")
  String.raw`(?:on|upon|with|at) (?:the )?order(?=\s*[,;/+&-]|\s+(?:and|then)\s)|al (?:hacer el |realizar el |confirmar el )?pedido|bei (?:bestellung|auftrag|auftragserteilung|vertragsabschluss)(?=\s*[,;/+&-]|\s+(?:und|dann)\s)|al arrancar|à la commande(?=\s*[,;/+&-]|\s+(?:et|puis)\s)|al encargar(?:lo)?|no (?:ato do )?pedido|na encomenda|no fechamento(?: do (?:contrato|pedido|projeto))?|na contratação|na assinatura(?: do contrato)?|(?<=(?:\d{1,3}\s?%|half|metade|mitad|moitié|hälfte)(?:\s{1,3}(?:payment|deposit|pago|pagamento|paiement|zahlung))?\s{1,3})(?:now|ahora|agora|maintenant|jetzt)(?=\s*[,;/+&-]\s*(?:the |el |la |o |a |le |die |l[’'])?(?:other |andere |otra |outra |autre )?(?:\d{1,3}\s?%|half|rest|remainder|balance|mitad|resto|metade|restante|moitié|reste|solde|hälfte|rest)|\s+(?:and|y|e|et|und)\s+(?:the |el |la |o |a |le |die )?(?:\d{1,3}\s?%|half|rest|remainder|balance|mitad|resto|metade|restante|moitié|reste|solde|hälfte))`,
  String.raw`due (?:up ?on|on|at|before|when|with|immediately|to start|at the start)|due within (?:\S+ ){1,3}?(?:(?:of|after|from) (?:the |your )?(?:booking|order|signing|signature|confirmation|reservation|registration|acceptance of)|to (?:secure|confirm|book|reserve|hold))|due once (?:we|you|both (?:of us|parties)) (?:agree|sign|accept|confirm|book)|due once (?:the |your )?(?:contract|order|booking|quote|proposal|offer|estimate) is (?:signed|confirmed|accepted|placed|booked|approved)|to (?:start|begin|commence|kick off)|al (?:iniciar|comenzar|empezar)|al inicio|zu beginn|bei beauftragung|para realizar el pedido|(?:dûs|dus|dues?) à la commande|para (?:o )?início|início imediato|para iniciarmos|erst nach eingang|projektstart|démarrent après|(?:will|shall) (?:begin|start) once|once (?:the )?payment is (?:confirmed|received)|para confirmar|at the (?:beginning|start)|before any work|work commences|(?:up ?on|on|at) signing(?! off)|dès (?:la signature|la commande|réception du devis)|(?:na|en la|à la) data da reserva|na data da reserva|con la reserva|com a reserva|avec la réservation|with (?:the )?booking|mit der buchung|como señal(?! de buena fe)|como sinal(?! de boa fé)|as a deposit|comme acompte|als anzahlung|(?:asegura|garantiza) (?:la|su|tu) (?:reserva|cita)|garante a (?:reserva|marcação)|garantit (?:la|votre) réservation|sichert (?:die|ihre) (?:buchung|reservierung)|to (?:guarantee|secure|confirm|hold) (?:your|the|a) (?:\p{L}+ )?(?:appointment|booking|reservation|date|slot|spot|place|order|session|event)|at the time of (?:ordering|order|booking|reservation|signing)|when you (?:make|place) (?:the|your|a) (?:reservation|booking|order)|al momento de (?:ingresar|contratar|reservar|la reserva|hacer el pedido|realizar el pedido|la contratación)|para realizar la reserva|before (?:starting|beginning|commencing)|en concepto de reserva|(?:lors de|à) la réservation|lors de la commande|(?:up ?on|on) (?:my|our) accept\p{L}*|para (?:iniciar|comenzar|empezar|arrancar)|no se inicia|bei vertragsabschluss|bei (?:der )?(?:auftragsannahme|auftragsbestätigung|buchung|reservierung|vertragsunterzeichnung|bestellung|anmeldung)|zur (?:termin)?reservierung|erst mit (?:dem )?eingang|verbindlich,? (?:wenn|sobald|nachdem|mit)|na (?:confirmação|reserva|contratação|assinatura)|quando da (?:assinatura|reserva|contratação|confirmação)|para (?:o )?fechamento d[oa] (?:pedido|encomenda|contrato|reserva|orçamento)|(?:devient|est|sera|deviendra) ferme (?:et définitive )?(?:uniquement |seulement |qu[’'])?(?:après|dès|à) (?:la )?(?:réception (?:du|de l[’']) ?)?(?:paiement|règlement|versement|acompte)|no ato da (?:reserva|contratação|assinatura|inscrição)|para (?:validar|garantir|reservar)|nach (?:der )?auftragsbestätigung|zu leisten|pour (?:valider|lancer|démarrer|commencer)|como confirmación de(?: la)? reserva|bei auftragsvergabe|(?:lors de|au moment de) l[’']inscription|para que (?:\p{L}+\s+){0,2}?(?:inicio|início)|au lancement|sans (?:la signature et |le paiement)|para (?:iniciar|começar)|início dos trabalhos|books? you|secures? (?:your|the|a)|reserves? (?:your|the|a)|(?:deposit|upfront) basis|upon acceptance|on acceptance|when (?:a|the) project is confirmed|before (?:work|the work|we|i) (?:begins?|starts?)|fällig|bei auftragserteilung|vor (?:beginn|arbeitsbeginn)|a la firma|al confirmar|antes de (?:iniciar|comenzar|empezar|arrancar|começar|iniciarmos|começarmos|empezar a trabajar)|à la commande|à la signature|avant le début|na assinatura|antes do início|before the (?:beginning|start)|(?:booked|confirmed|reserved|secured)\W{0,2}\s(?:only )?(?:after|once|upon|when) (?:\p{L}+ )?(?:payment|deposit)|(?:inicia|empieza|comienza|começa|commence|beginnt|starts?|begins?) (?:con|com|par|mit|with) (?:un|uma|une|einer|an?)\b|(?:started|start|begin|begins|commence\p{L}*) (?:\p{L}+ ){0,2}?(?:after|once|when) (?:we|i) (?:receive|have received|get)|after (?:the )?(?:\p{L}+ (?:and )?)?(?:deposit|payment)s? (?:is|are|has been|have been) received|(?:timeline|work|project|production|design) (?:starts?|begins?|commences?) (?:when|once|after) (?:the |your |a )?(?:deposit|down payment|first payment) (?:is|has been) (?:received|paid|made)|(?:timeline|work|project|production|design) (?:starts?|begins?|commences?) (?:when|once|after) (?:we|i) (?:receive|get) (?:the |your |a )?(?:deposit|down payment|first payment)|(?:commence|débute|démarre)(?:ra)? (?:à|dès) (?:la )?réception (?:de l[’']|du )(?:acompte|premier (?:paiement|versement)|règlement|paiement|versement)|(?:comienza|empieza|inicia)(?:rá)? (?:cuando se recib[ea]|al recibir|tras recibir|con la recepción de)l? (?:el |la )?(?:depósito|anticipo|adelanto|señal|primer pago)|(?:começa|inicia)(?:rá)? (?:quando (?:o |a )?(?:sinal|entrada|depósito|adiantamento) (?:é|for) (?:recebid[oa]|pag[oa])|(?:após|com) o (?:recebimento|pagamento) d[oa] (?:sinal|entrada|adiantamento))`,
);
const SHARE_OR_DEPOSIT = concept(
  String.raw`50\s?/\s?50|(?:half|metade|mitad|moitié|hälfte)(?=\s+(?:now|upfront|up front|in advance|ahora|agora|maintenant|jetzt|no pedido|al pedido|al hacer el pedido|à la commande|on order|before|antes|avant|vorab|al (?:iniciar|comenzar|empezar|arrancar|inicio)|no início|au (?:début|démarrage)|zu beginn|bei (?:bestellung|auftrag)|at (?:the )?start|to start)(?![\p{L}]))|\[?\d{1,3}\]?\s?%|${DEPOSIT_WORD}|anzahlung|anticipo|depósito|acompte|sinal|sinalização|entrada|frais|fees?|payment|(?:first|erstes|primer|premier|primeiro) (?:third|drittel|tercio|tiers|terço)|half (?:of )?(?:the |my |our )?(?:cost|price|fee|total|amount|payment)|die hälfte|la mitad|la moitié|a metade|pagamento|pago|paiement|règlement|versement|intégralité(?<=l[’']intégralité)|(?:der |den )?volle[n]? preis`,
);
// The booking made with a deposit, or the deposit taken when the appointment is set: "la reserva se hace con un anticipo
// del 50 %", "the booking is confirmed with a 30 % deposit", "se solicita un depósito al momento de agendar la cita"
// (twenty-seventh session, the tuning text: studios' and schools' terms in the impersonal)
const BOOKED_WITH = concept(
  String.raw`(?:(?:reserva|inscripción|matrícula)s?(?: (?:del?|de la) \p{L}+)? se (?:hace|realiza|efectúa|formaliza|confirma)n? (?:con|mediante) (?:un|una|el|la)|(?:reservas?|inscrição|inscrições) (?:é|são|será|serão) (?:feit|efetuad|confirmad|formalizad|concluíd)[oa]s? (?:com|mediante) (?:um|uma|o|a)|réservation (?:se fait|est confirmée|est validée|sera confirmée|sera validée) (?:avec|par|contre) (?:un|une|le|la|l[’'])|(?:booking|reservation)s? (?:is|are) (?:made|confirmed|secured) (?:with|by) (?:a|an|the))(?!\s+(?:correo|e-?mail|mail|formulario|formulário|formulaire|form|llamada|ligação|appel|call|clic|click|mensaje|mensagem|message)(?![\p{L}]))|al momento de (?:agendar|programar)`,
);
// A share of the time, not of a payment: "At the start of the project, 20 % of the time goes to research", "Zu Beginn des
// Projekts fließen 20 % der Zeit in die Recherche" (a review of the thirty-ninth session) — unless a payment is named beside it
// (money said to go to something was tried and taken out: "I need 50 % before the start; it goes to buying materials").
const SHARE_OF_TIME = asciiFirst(
  /\d{1,3}\s?%\s+(?:of (?:the |my |our |your )?|del? |du |des |do |da |der |dos |das )(?:\p{L}+ ){0,2}?(?:time|tiempo|temps|tempo|zeit|hours|horas|heures|stunden|efforts?|esfuerzo)(?![\p{L}])/iu,
);
const PAY_NAMED = asciiFirst(
  /(?<![\p{L}])(?:deposit|payment|pay|paid|retainer|fee|anzahlung|zahlung|zahlen|honorar|anticipo|adelanto|pago|abono|seña|acompte|arrhes|paiement|payer|règlement|sinal|entrada|pagamento|pagar|adiantamento)(?![\p{L}])/iu,
);
const notATimeShare = (sentence: string) => !(SHARE_OF_TIME.test(sentence) && !PAY_NAMED.test(sentence));
const DUE_TERMS: Combination[] = [
  [SHARE_OR_DEPOSIT, DUE_BEFORE],
  [SHARE_OR_DEPOSIT, BOOKED_WITH],
];
// … unless owed only after the work, or through the platform ("die Anzahlung wird erst nach Abnahme fällig").
const ONLY_AFTER = concept(
  // ("payment due on receipt" of an invoice: paid when billed, for work done — a review class of the nineteenth session)
  String.raw`(?<=due )(?:up)?on receipt(?! of (?:the |this |your )?(?:quote|order|booking|deposit))|erst nach(?! (?:eingang|erhalt|zahlung))|only after(?! (?:\p{L}+ |\d{1,3}\s?% )?(?:(?:pre-?)?payment|the deposit|deposit|receipt|money|funds))|only upon|(?:über|via|through) the platform|über die plattform|solo después(?! del? (?:\p{L}+ del? )?(?:pago|abono|depósito|anticipo)(?! (?:final|total|completo|del saldo)))|seulement après(?! (?:le |la |l[’'])?(?:\p{L}+ d[eu] )?(?:paiement|règlement|versement|acompte|encaissement)(?! (?:final|finale|complet|intégral|du solde)))|somente após(?! (?:a |o )?(?:\p{L}+ d[oa] )?(?:pré-?pagamento|pagamento|sinal|entrada)(?! (?:final|total|integral|do saldo)))|só depois(?! d[oa] (?:\p{L}+ d[oa] )?(?:pré-?pagamento|pagamento|sinal|entrada)(?! (?:final|total|integral|do saldo)))`,
);
// Owed after the reader has what was promised: "you are expected to pay the sum of $12,000 for levies … after receiving
// your funds" (the seventeenth set read, twenty-fifth session) — paid afterwards, not ahead.
const PAID_AFTER = filter(
  String.raw`after (?:you (?:have )?|having )?(?:receiv\p{L}*|getting|receipt of) (?:all )?(?:your|the) (?:\p{L}+ )?(?:funds?|money|compensation|goods|items?|package|delivery|work)(?!\p{L})(?! link)|después de recibir (?:sus|tus|los|las|el|la) (?:\p{L}+ )?(?:fondos|dinero|mercancía)|(?:após|depois de) receber (?:seus|teus|os|o|a) (?:\p{L}+ )?(?:fundos|dinheiro|encomenda)|après (?:avoir )?reçu (?:vos|tes|les|le|la) (?:\p{L}+ )?(?:fonds|argent|colis)|nach (?:erhalt|empfang) (?:ihrer|deiner|der|des) (?:\p{L}+ )?(?:gelder|mittel|ware|lieferung)`,
);
// "erst nach Abnahme", "only after approval", "solo después de la entrega": owed after the work is accepted.
const AFTER_ACCEPTANCE = filter(
  String.raw`erst nach (?:der )?(?:abnahme|lieferung|fertigstellung)|only after (?:the )?(?:approval|delivery|completion)|solo después de (?:la )?(?:entrega|aprobación)|seulement après (?:la )?(?:livraison|validation)|somente após (?:a )?(?:entrega|aprovação)`,
);
// A deposit asked in a business's terms in the passive: "30 % d'acompte … sera encaissé le jour de l'achat", "wird
// vorab eine Terminkaution fällig", "ist ein erster Abschlag in Höhe eines Drittels der Auftragssumme zu zahlen"
// (twenty-seventh session, the tuning text; an appointment's caution, not a landlord's refundable "Mietkaution")
const DEPOSIT_CHARGED = concept(
  String.raw`(?:is|are|will be) (?:charged|collected|withheld)|(?:é|são|será|serão) (?:cobrad[oa]s?|retid[oa]s?)|se (?:cobra|cobran|cobrará|cobrarán|retiene|retendrá)|(?:est|sont|sera|seront) (?:facturée?s?|prélevée?s?|perçue?s?)|(?:wird|werden) (?:\p{L}+ ){0,3}?(?:erhoben|berechnet|einbehalten)`,
);
const DEPOSIT_TAKEN = concept(String.raw`(?<=(?:sera|seront|est|sont) )encaissée?s?`);
const APPOINTMENT_DEPOSIT = concept(
  String.raw`(?:termin|buchungs|reservierungs)(?:kaution|pauschale|gebühr)(?:en)?|erste[rn]? abschlag(?:szahlung)?`,
);
// A deposit kept if the customer cancels — "All deposits made for tattoos are deemed non-refundable", "Les acomptes déposés
// sont non remboursables", "die Anzahlung … einbehalten", "el dinero de confirmación de reserva no se reembolsará" — is a
// deposit taken for granted: paid before the work (labelling policy v2.8 rule 43, applied to every set in the thirty-fourth
// session).
const KEPT_WORDS = String.raw`non-?refundable|not refundable|(?:will|shall) not be refunded|no refunds?|forfeit\p{L}*|(?:will|shall) (?:in no case|not|never) refund|do(?:es)? not refund|nicht (?:rück)?erstatt\p{L}*|nicht zurückerstattet|einbehalten|verfällt|verfallen|no (?:es |son |será |serán )?reembolsables?|no se (?:reembolsa|reembolsará|devuelve|devolverá|restituye|restituirá)\p{L}*|no será (?:reembolsad|devuelt|restituid)[oa]|no (?:será|es) reembolsable|non[- ]remboursables?|ne (?:sera|seront) pas (?:restitué|remboursé|rendu)e?s?|restent acquise?s?|(?:sera|seront) conservée?s?|não reembolsáve(?:l|is)|não (?:é|será|serão) (?:reembolsad|devolvid)[oa]s?|não (?:há|haverá) (?:devolução|reembolso)`;
const DEPOSIT_NOUN = String.raw`(?:${DEPOSIT_WORD}|anzahlung|acompte|anticipo|adelanto|señal|arrhes|adiantamento|vorauszahlung|fianza|(?<!miet)kaution|caução|booking fee|reservation fee|down payment|advance payment|retainer)`;
const KEPT = concept(
  // the deposit, then its keeping ("the deposit … is non-refundable"), or the keeping, then the deposit ("verfällt die
  // Anzahlung", "or forfeit deposit"), in one clause
  String.raw`${DEPOSIT_NOUN}[^.;!?\n]{0,60}?(?<![\p{L}])(?:${KEPT_WORDS})|(?:${KEPT_WORDS})[^.;!?\n]{0,40}?(?<![\p{L}])${DEPOSIT_NOUN}`,
);
// (the deposit and its keeping in one clause, read with its own negation — "no se restituirá", "will in no case refund" —
// unless the deposit itself is denied, said to be refunded, not forfeited, or only acknowledged by a payer: a review of
// the thirty-fourth session)
const KEPT_TERMS: Combination[] = [[KEPT]];
const NOT_KEPT = filter(
  String.raw`(?:verfällt|verfallen|einbehalten)(?:\s+\S+){0,6}?\s+nicht(?![\p{L}])|can(?:not|[’']t) be (?:kept|forfeited|withheld)|(?:is|are) not (?:forfeited|kept)|n[’'](?:est|sera) pas (?:perdu|conservé|retenu)e?|(?<!not |n[’']t )(?:be )?refunded in full|(?:wird|werden) (?:\p{L}+ )?(?:voll(?:ständig)? )?(?:zurückerstattet|erstattet)(?! nicht)|se devuelve (?:íntegr|complet)\p{L}*|será devuelt[oa] (?:íntegr|complet)\p{L}*|sera (?:intégralement )?rembours\p{L}*|i understand|je comprends|entiendo|entendo|ich verstehe|refundable or non-refundable|(?:is|es|est|é|ist) (?:the |el |la |o |a |l[’'])?(?:deposit|anticipo|acompte|sinal|anzahlung|depósito) (?:\p{L}+ )?(?:refundable|reembolsable|remboursable|reembolsável|erstattbar)`,
);
const NO_DEPOSIT = filter(
  String.raw`(?:no|without|kein\p{L}*|ohne|sin|ningún|ninguna|sans|aucun\p{L}*|pas d[’']|sem|nenhum\p{L}*|nenhuma) (?:(?:a|an|any|un|una|une|um|uma|eine?|el|la|le|o|a)\s+)?(?:deposits?|anzahlung(?:en)?|acomptes?|anticipos?|adelantos?|señal|sinal|adiantamentos?|arrhes)|(?:don[’']?t|do not|doesn[’']?t|does not|never|won[’']?t|will not) (?:ask|take|require|charge|need|request)s? (?:for )?(?:a |any )?(?:deposit|advance)s?`,
);
// The writer's own rent deposit or a court's bail is no service's ("Mi casero exige una fianza de 1200 €, por eso necesito
// este contrato", "Fue liberado bajo fianza": a review of the thirty-fourth session).
const OWN_RENT_OR_BAIL = filter(
  String.raw`(?:mi|my|mein\p{L}*|mon|meu|minha|ma) (?:\p{L}+ )?(?:casero|casera|arrendador|vermieter\p{L}*|landlord|propriétaire|senhorio|proprietário|bailleur)|(?:an den|al|to the|to my|au|ao|à mon|a mi) (?:vermieter|casero|landlord|propriétaire|senhorio|bailleur)|bajo fianza|on bail|under bail|sous caution|sob fiança|gegen kaution`,
);
// A marketplace's escrow, in five languages.
const ESCROW_WORDS = String.raw`escrow|treuhand\p{L}*|em garantia|en garantía|custódia`;
// (the marketplace's escrow named, not a booking platform: "on Upwork everything goes through escrow", while "abonar el 50% … a
// través de la plataforma de reservas" still asks — forty-third session)
const MARKETPLACE_ESCROW = filter(
  String.raw`${ESCROW_WORDS}|(?:on|through|via|über|por|par|pelo|pela|en|sur|auf) (?:the )?(?:${MARKETPLACE})`,
);
// (not PLATFORM's refund words, which are this reading's own: a marketplace's escrow or milestones only)
const IN_ESCROW = filter(
  String.raw`${ESCROW_WORDS}|milestones?|hitos?|jalons?|platform|plattform|plataforma|plateforme|${MARKETPLACE}|99freelas`,
);
// An obligation put on the reader with the paying act itself ("solo tienes que dar una paga y señal del 50%", "deberás …
// hacer un depósito del 50%", "Hay que depositar una fianza del 30%", "você tem que pagar um adiantamento") — not the
// obligation alone, which asks for anything ("Primero tienes que aprobar el 50% de las pantallas", "Debes revisar el
// adelanto del diseño": a review of the thirty-fourth session).
const OBLIGED_TO_PAY = concept(
  String.raw`(?:(?:tienes|tiene|tenéis|tendrás|tendrá|hay) que|deberás|deberán|debes|debe usted|(?:você |o cliente )?(?:tem|terá|tens) que)\s+(?:\p{L}+\s+){0,8}?(?:dar|pagar|abonar|depositar|dejar|entregar|transferir|ingresar|hacer un (?:depósito|pago|ingreso)|realizar un (?:depósito|pago)|efetuar|fazer um (?:depósito|pagamento)|pagar um|depositar um)`,
);
// A deposit the terms say may be asked ("Un acompte peut être demandé", "Se puede solicitar un anticipo del 30%", "A deposit
// may be required"): read here, made a note below (mayBeAsked) — policy v2.9 rule 45.
const MAY_BE_ASKED_WORDS = String.raw`(?:peut|peuvent|pourra|pourront) (?:\p{L}+ )?être (?:exigée?s?|demandée?s?|requise?s?|sollicitée?s?)|(?:may|might|can) (?:\p{L}+ )?be (?:required|requested|charged)|(?:se )?(?:puede|pueden|podrá|podrán) (?:requerir|solicitar|exigir|pedir|cobrar)|(?:puede|pueden|podrá|podrán) (?:ser )?(?:solicitad|exigid|requerid|pedid|cobrad)\p{L}*|(?:puede|podrá) (?:requerirse|solicitarse|exigirse|pedirse)|(?:pode|podem|poderá|poderão) ser (?:solicitad|exigid|cobrad|pedid)\p{L}*|(?:kann|können) (?:\p{L}+ ){0,3}?(?:verlangt|gefordert|erhoben) werden`;
const MAY_BE_ASKED = concept(MAY_BE_ASKED_WORDS);
// A share of the pay in five languages: "half", "la mitad", "50 %".
const SHARE_WORDS = String.raw`half|die hälfte|la mitad|la moitié|a metade|metade|\d{1,3}\s?%`;
// A sum the writer needs before starting: "I need $200 before I start", "¿Me puedes adelantar 200 dólares antes de empezar?",
// "Pour démarrer, il me faut 200 € tout de suite", "Preciso de R$ 200 antes de começar" (a review of the fifty-first session:
// a share was read, a sum was not)
const SUM_NEEDED_FIRST: Combination[] = [
  [
    concept(
      String.raw`before (?:i|we) (?:can )?(?:start|begin|get started|commence)|antes de (?:empezar|comenzar|começar|iniciar|arrancar)|avant de (?:commencer|démarrer)|bevor (?:ich|wir) (?:\p{L}+ ){0,3}?(?:anfange|anfangen|beginne|beginnen|starte|starten|loslege|loslegen)|pour (?:démarrer|commencer)|para (?:empezar|comenzar|começar|iniciar|arrancar)|(?:pra|para) (?:eu |que eu )?(?:começar|iniciar)|para que (?:yo )?(?:empiece|comience|arranque|pueda (?:empezar|comenzar|arrancar|iniciar))|pour que je (?:commence|démarre|puisse (?:commencer|démarrer))|damit ich (?:\p{L}+ ){0,3}?(?:anfangen|beginnen|starten|loslegen)|so (?:that )?i can (?:start|begin|get started)|(?:pra|para) (?:eu )?poder (?:começar|iniciar)|upfront|up front|in advance|por adelantado|por anticipado|im voraus|vorab|d[’']avance|à l[’']avance|adiantad[oa]|antecipad[oa]|antecipadamente|tout de suite|right now|right away|ahora mismo|de inmediato|imediatamente|sofort`,
    ),
    concept(
      String.raw`(?:i|we) (?:\p{L}+ )?(?:need|require)(?! to)|i[’']d need(?! to)|(?:can|could|would) (?:you|u) (?:please )?(?:send|pay|transfer|wire|advance|give) (?:me|us)|(?<=^\W{0,3}(?:please |pls |so )?)(?:send|pay|transfer|wire) (?:me|us)|(?<=^\W{0,3}(?:(?:please|pls|kindly|bitte|por favor|porfa|pfv|por gentileza|stp|svp),? )?)(?:send|pay|transfer|wire|schick|überweis|zahl|manda|mande|envía|envia|envie|paga|pague|transfiere|transfira|libere|envoie|envoyez|paie|payez|vire|virez)(?= (?:(?:jetzt|ya|now|agora|maintenant|ahora|sofort|hoy|hoje) )?(?:(?:the|die|den|das|la|le|les|o|a|el|mir|me|nous|nos|uns) )?(?:(?:tarifa|taxa|cuota|comisión|comissão) de )?(?:[$€£]|\d|us\$|r\$))|necesito|necesitaría|necesitamos|preciso|precisaria|precisamos|il (?:me|nous) fau(?:t|drait|dra)|j[’']ai besoin|(?:ich|wir) (?:\p{L}+ )?(?:brauche|brauchen|benötige|benötigen)|adelantar(?:me|nos)|(?:me|nos) (?:puedes|podrías|puede|podría) adelantar|adiantar(?:-me)?|me adiant(?:a|e)`,
    ),
    filter(SUM),
  ],
];
// (a budget, the client's own, or something else the writer needs first: "We need a budget of $5,000 before we start hiring",
// "Before I start, I need you to confirm the $200 budget")
// (… nor money the writer spends: "We need $200 worth of API credits before we start testing; I'll buy them", "Wir brauchen sofort
// 300 € für die Serverkosten, die zahle ich selbst", "necesito 200 dólares en créditos; los compro yo" — a review of the reading)
const NOT_A_PAYMENT_NEEDED = filter(
  String.raw`budget|presupuesto|orçamento|invoice|factura|rechnung|facture|fatura|receipt|recibo|quote|estimate|devis|angebot|need you to|necesito que|preciso que|il faut que|hiring|contratar|embaucher|einstellen|worth of|credits?|créditos?|crédits?|guthaben|ad account|(?:i|we)[’']?(?:ll| will) (?:buy|pay|cover|top)|top (?:it|them) up|myself|ourselves|(?:zahle|bezahle|kaufe) ich (?:\p{L}+ )?selbst|selbst (?:zahle|bezahle|kaufe)|(?:los|las|lo|la) compro yo|yo mismo|(?:je )?(?:les |le |la )?(?:paie|achète) moi-même|moi-même|eu mesm[oa]|(?:eu )?(?:pago|compro) (?:eu|com)|(?:nuestra|our|unsere|notre|nossa) (?:tarjeta|card|karte|carte|cartão)|confirm`,
);
const COMBINATIONS: Combination[] = [
  [DEPOSIT, DEMAND],
  [DEPOSIT, OBLIGED_TO_PAY],
  [DEPOSIT, MAY_BE_ASKED],
  [DEPOSIT, DEPOSIT_TAKEN],
  // A deposit said to be charged, in the passive of a business's terms: "Em todos os passeios é cobrada uma taxa de caução de
  // 50€", "se cobra una fianza de 50 €", "Bei jeder Tour wird eine Kaution von 50 € erhoben" (fiftieth session, the tuning text)
  [DEPOSIT, DEPOSIT_CHARGED],
  [APPOINTMENT_DEPOSIT, DEMAND],
  [APPOINTMENT_DEPOSIT, DUE_BEFORE],
  // The work begun only upon the deposit: "Production of your piece will only begin upon confirmation of a 50 % deposit"
  // (twenty-seventh session, the tuning text; beside ONLY_AFTER's "only upon", which reads payment after the work)
  [
    DEPOSIT,
    concept(
      String.raw`(?:begin|start|commence)s? only (?:upon|after|once)|(?:will|shall) only (?:begin|start|commence) (?:upon|after|once)`,
    ),
  ],
  // The work starts when the first half arrives: "I'll start coding the moment the first half of the fee lands in my
  // account", "Sobald die erste Hälfte des Honorars eingegangen ist, setze ich mich an den Code", "en cuanto me entre la
  // primera mitad del pago", "dès que la première moitié est arrivée", "assim que a primeira metade cair" (seventeenth
  // session, a battery written blind to the rules)
  [
    concept(
      String.raw`(?:(?:(?:first|erste|primera|première|primeira) )?(?:half|hälfte|mitad|moitié|metade)|\d{1,3}\s?%) (?:of|des|del|de|da|do) (?:the |my |la |le |l[’']|o |a )?(?:fee|payment|price|total|money|amount|honorar\p{L}*|betrag\p{L}*|geld\p{L}*|pago|precio|dinero|importe|somme|prix|paiement|montant|valor|pagamento|dinheiro)`,
    ),
    concept(String.raw`the moment|as soon as|once|sobald|en cuanto|tan pronto|dès que|aussitôt que|assim que|logo que`),
    concept(
      String.raw`start\p{L}*|begin\p{L}*|setze ich mich|fange ich|beginne|me pongo|empiezo|comienzo|je me mets|je commence|commence|começo|inicio|eu começo`,
    ),
  ],
  // The reader asked to advance a share: "¿Podrías adelantarme el 50%?", "Consegue me adiantar 50%?"
  [
    concept(
      String.raw`adelantar(?:me|nos)|(?:me|nos) adelant(?:as|a|es|e)|(?:me|nos) adiant(?:ar|a|e)|adiantar-me|m[’']avanc(?:er|ez|es)|nous avanc(?:er|ez)|avance[sz]?-moi`,
    ),
    concept(String.raw`\d{1,3}\s?%|la mitad|a metade|(?:el|o) (?:pago|pagamento|dinero|dinheiro|valor)`),
  ],
  // The whole sum demanded to hold a slot: "Um den Termin zu halten, brauche ich den vollen Betrag bis morgen", "para
  // apartar tu lugar necesito el pago completo", "pour réserver ce créneau, il me faut le règlement complet"
  [
    concept(
      String.raw`full (?:amount|payment|fee)|(?:den )?vollen betrag|gesamtbetrag|pago completo|importe completo|règlement complet|paiement complet|montant complet|pagamento integral|valor (?:integral|total)`,
    ),
    DEMAND,
    filter(
      String.raw`to (?:keep|hold|reserve|secure|book)|um (?:den|diesen) (?:termin|platz|slot) zu|para (?:apartar|reservar|guardar|garantir|segurar)|pra (?:garantir|segurar|reservar)|pour (?:réserver|garder|bloquer)|(?:to|pour|para|um) (?:confirm|confirmer|confirmar) (?:your|the|a|votre|ta|la|le|l[’']|tu|su|sua|seu|o) (?:réservation|reservation|booking|order|commande|pedido|reserva|place|plaza|lugar|vaga|spot|date|appointment|rendez-vous|cita|inscription|inscripción|inscrição)`,
    ),
  ],
  // A share asked for now, the work after it: "Send half now and I'll start today", "Pode me mandar metade agora que eu
  // começo hoje?" (twentieth session, a review class)
  [
    concept(SHARE_WORDS),
    concept(String.raw`now|today|jetzt|heute|ahora|hoy|maintenant|aujourd[’']hui|agora|hoje`),
    concept(
      String.raw`send|pay|schick\p{L}*|zahl\p{L}*|überweis\p{L}*|manda\p{L}*|mande|envía\p{L}*|envie|paga|pague|envoie\p{L}*|envoyez|payez|vire|transfer\p{L}*`,
    ),
    filter(
      String.raw`(?:i|ich|yo|je|eu)(?:[’']ll| will| can)? (?:\p{L}+\s+){0,2}?(?:start|begin|fange|beginne|empiezo|comienzo|commence|démarre|começo|inicio)|(?:que|and|und|y|et|e) (?:eu |je |yo |ich )?(?:começo|empiezo|commence|fange|start)`,
    ),
  ],
  // "50 % upfront", "die Hälfte vorab": a share named as owed before
  [
    concept(String.raw`\d{1,3}\s?%|half|die hälfte|la mitad|la moitié|a metade`),
    concept(
      String.raw`upfront|up-front|up front|in advance|adv b4|b4 (?:i )?start|vorab|im voraus|por adelantado|adelantado|d[’']avance|à l[’']avance|adiantad[oa]|antecipad[oa]`,
    ),
  ],
  // "Paga la mitad antes", "Você pode me pagar metade antes?", "Zahl mir die Hälfte vorher", "Envíame el 50% antes y arranco",
  // "Payez la moitié avant, le reste à la livraison": a share with "before" right after it (or after the price's word), the verb
  // one the reader is asked with — not a third person's infinitive ("rejeita pagar sequer 20–30% antes" is advice), files sent
  // ("Manda la mitad de los archivos antes") nor a comparison ("pagas la mitad de lo que pagabas antes", "un 20% más que antes"):
  // forty-second session and its two reviews (the share a concept of its own first: a cheap gate before the verbs, common words)
  [
    concept(SHARE_WORDS),
    concept(
      String.raw`pay|zahl|zahlst|zahlen sie|überweis|überweise|überweisen sie|schick|schicke|schicken sie|paga|pagas|pague|pagues|págame|pagame|pagarme|me pagar|pagar-me|envíame|envíeme|mándame|manda|mande|envia|me paies|me payez|me payer|payez|paie|versez|versez-moi|envoyez|envoyez-moi|send`,
    ),
    filter(
      String.raw`(?:${SHARE_WORDS})\s+(?:(?:del?|du|do|des|vom|of the|of)\s+)?(?:(?:total|pago|precio|monto|importe|prix|montant|preço|valor|betrags?|honorars?|preises|price|fee|amount)\s+)?(?:antes|vorher|avant|beforehand)(?![\p{L}])`,
    ),
  ],
  // "Pay upfront and I start", "Zahlen Sie im Voraus": an imperative to pay before
  [
    BEFORE,
    concept(
      String.raw`^(?:please\s+|kindly\s+|bitte\s+)?(?:pay|send|transfer|wire|zahlen sie|bezahlen sie|überweisen sie|paga|pague|payez|envoyez|versez)`,
    ),
  ],
  // A fee to secure the job or the slot: "Just pay ₹499 to confirm your interview slot", "startup fee".
  [
    concept(
      String.raw`confirm|secure|reserve|register|first of all|reservar|asegurar|garantizar|confirmar|réserver|garantir|sécuriser|sichern|reservieren`,
    ),
    concept(
      PAY_VERB,
      String.raw`fees?|payment me|(?:make|complete|submit) (?:the |a |your )?payment|inscripci[oó]n|matr[ií]cula|inscrição|taxa de inscrição|frais d[’']inscription|anmeldegebühr|cuota`,
    ),
    // (Spanish, French, Portuguese, German forms: "para reservar tu lugar tienes que pagar una inscripción de 40 dólares" — a probe
    // of the forty-sixth session)
    filter(
      String.raw`to (?:confirm|secure|reserve|book|register)|first of all|para (?:reservar|asegurar|garantizar|confirmar) (?:tu|su|seu|sua|o|a|el|la) (?:lugar|plaza|puesto|vaga|vaga|cupo)|pour (?:réserver|garantir|confirmer) (?:ta|votre|la) place|um (?:deinen|ihren) platz zu (?:sichern|reservieren)`,
    ),
  ],
  // (not one said to be none: "Zero start-up fee", "no registration fee" — a job ad's promise; the tuning text, forty-eighth session)
  [
    concept(
      String.raw`(?<!(?:zero|no|without|free of|kein\p{L}*|sin|sans|sem|aucun\p{L}*) )(?:startup|start-up|registration|joining|training|processing|onboarding) fee`,
    ),
  ],
  // A purchase made the condition of the job: "To get this job you must first buy our software license, $89, after that we onboard
  // you" (a probe of the forty-sixth session: the fake recruiter's starter kit)
  [
    concept(
      // (anchored on the verb, not on "to", "para", "pour": words of nearly every sentence)
      String.raw`(?<=to )(?:get|secure|land) (?:this|the) (?:job|position|role)(?! done)|(?<=para )(?:conseguir|obtener) (?:este|el) (?:trabajo|puesto|empleo)|(?<=pour )obtenir (?:ce|le) (?:poste|travail|job)|(?<=para )conseguir (?:esta|a|este|o) (?:vaga|trabalho)|(?<=um (?:den|diesen) (?:job|auftrag) zu )(?:bekommen|erhalten)`,
    ),
    concept(
      String.raw`(?:must|have to|need to|needs to) (?:first )?(?:buy|purchase|pay for) (?:our|my|the (?:training|starter|kit|license|licence|course|software|equipment|materials))|(?:tienes|tiene) que (?:comprar|pagar)|(?:tu dois|vous devez) (?:d[’']abord )?(?:acheter|payer)|(?:você precisa|tem que) (?:comprar|pagar)|(?:musst|müssen) (?:du|sie) (?:zuerst )?(?:\p{L}+ )?(?:kaufen|bezahlen)`,
    ),
  ],
  // A step of the order's checklist that pays the deposit ("2. 💳 Realizar anticipo del 50%", "- [ ] Realizar primeiro
  // pagamento"), and bookings taken only with one ("Todas las reservaciones se manejan sólo con depósito") — the tuning text,
  // thirty-third session
  [
    concept(
      String.raw`(?<=^[^a-zA-ZÀ-ÿ]{0,12})(?:(?:realizar|efectuar|abonar|efetuar|fazer|verser|régler|effectuer)\s+(?:el |un |una |o |um |l[’'])?(?:anticipo|depósito|adelanto|pago inicial|primer pago|primeiro pagamento|pagamento inicial|sinal|adiantamento|acompte|avance)|pay (?:a |the |your )?(?:deposit|down payment|first payment|advance payment)|make (?:the |your )?(?:down payment|first payment|advance payment))|s[oó]lo (?:con|mediante) (?:el |un |una )?(?:depósito|anticipo|seña|adelanto|pago previo)`,
    ),
  ],
  // A parcel held for a payment not made: "la entrega de su paquete esta retenida por falta de pago", "your package is on
  // hold due to unpaid customs fees", "colis bloqué faute de paiement" (parcel text messages; the thirteenth set read,
  // twenty-first session)
  [
    concept(
      String.raw`(?:por|for|due to|because of) (?:la |the )?(?:falta de pago|lack of payment|non-?payment)|unpaid (?:\p{L}+ )?(?:fees?|duties|duty|customs|charges?|shipping)|faute de paiement|(?:frais|droits) (?:de \p{L}+ )?(?:impayés|non (?:payés|réglés))|por falta de pagamento|(?:taxa|tarifa) pendente|wegen (?:fehlender|ausstehender|nicht bezahlter) (?:zahlung|gebühr\p{L}*|zollgebühr\p{L}*)|(?:ausstehende|offene|unbezahlte) (?:zoll)?gebühr\p{L}*`,
    ),
    filter(
      String.raw`paquete|package|parcel|shipment|colis|envoi|pacote|encomenda|paket|sendung|entrega|delivery|livraison|envío|lieferung|zustellung|retenid[oa]|on hold|held|bloqu\p{L}*|retid[oa]|zurückgehalten`,
    ),
  ],
  // … or released only once paid: "A liberação da sua encomenda só será possível após a quitação da taxa", "Para liberar
  // sua encomenda … recomendamos que o pagamento seja realizado imediatamente" (fake customs mails; the sixteenth set
  // read, twenty-second session)
  [
    concept(
      String.raw`liberar|liberação|liberación|release|libérer|freigeben|freigabe|pend[eê]ncia (?:no |de |do )?pagamento|pagamento pendente`,
    ),
    filter(String.raw`encomenda|pacote|paquete|package|parcel|colis|paket|sendung|entrega`),
    filter(String.raw`pagamento|pago|payment|paiement|zahlung|taxas?|tasas?|fees?|frais|gebühr\p{L}*|quitação`),
  ],
  // Proof of a transfer awaited before the goods are sent: "J'attends la preuve du virement et votre adresse afin de
  // procéder à l'envoi" (a fake seller's message quoted in a report; the sixteenth set read)
  [
    concept(
      String.raw`(?:preuve|justificatif|capture) (?:du|de (?:votre|la)) (?:virement|paiement|transaction)|proof of (?:the )?(?:payment|transfer)|comprovante (?:de|do) (?:pagamento|pix|transferência)|comprobante de (?:pago|transferencia)|zahlungsnachweis|überweisungsbeleg`,
    ),
    filter(
      String.raw`envoi|expédi\p{L}*|livraison|ship\p{L}*|dispatch\p{L}*|envío|enviar|versand|versenden|entrega|envio`,
    ),
  ],
  [concept(String.raw`\d{1,3}\s?%\s(?:de |na |como )?entrada|pagamento da entrada`)],
  // A fee for something the writer holds back: "you will pay an insurance fee to UPS", "a shipping fee must
  // be paid", "send the $5 today for the postal stamp".
  [
    concept(
      String.raw`(?:insurance|shipping|delivery|redelivery|re-delivery|customs|clearance|handling|release|security|transfer|activation|stamp|postal) (?:fee|duty|duties|charges?|amount|cost)|postal stamp|security amount|fees? for (?:a |the )?(?:new |another )?(?:delivery|redelivery) attempt`,
      String.raw`(?:frais|gebühr|tasa|tasas|taxa|taxas|gastos|droits) (?:de |d[’'])?(?:livraison|envoi|dédouanement|douane|assurance|versand|zoll|envío|aduana|seguro|entrega|alfândega|importação|importación)`,
      String.raw`zollgebühr\p{L}*|versandgebühr\p{L}*|zustellgebühr\p{L}*|taxa pendente`,
    ),
    filter(
      String.raw`must|should|will (?:pay|have to)|have to|need to|is required|are required|please|kindly|send|pay|muss|müssen|bitte|bezahl\p{L}*|zahlen|debe|deberá|por favor|pague\p{L}*|pagar|doit|devez|veuillez|payez|régler|deve|precisa|pague`,
    ),
  ],
  // Named outright: "an upfront payment is required", "nur gegen Vorkasse".
  [
    concept(
      String.raw`upfront payment|up-front payment|advance payment|initial payment of|pago inicial del|pagamento inicial de|paiement initial de|pago a cuenta|versement d[’'](?:un )?acompte|pago inicial de|(?:uniquement |seulement )?après (?:l[’']encaissement|encaissement|le versement|le paiement|réception) de l[’']acompte|una vez realizado el pago|payment in advance|full (?:payment|amount) (?:first|now|before)|paiement préalable|pago previo|previo pago|pagamento prévio|prévio pagamento|(?<!no |without )prepayment(?! penalt)|vorherige zahlung|prior payment|pré-?paiement|prépaiement|vorauszahlung|vorkasse|vorauskasse|pago por adelantado|pago anticipado|pagos? adelantados?|paiement d[’']avance|paiement anticipé|pagamento antecipado|pagamento adiantado`,
    ),
  ],
  [
    BEFORE,
    concept(PAY_VERB, MONEY, String.raw`\d{1,3}\s?%|half|hälfte|mitad|moitié|metade|total|full amount|gesamt\p{L}*`),
    DEMAND,
  ],
  // Terms that make the pay due ahead: "payable in advance", "payables d'avance", "zahlbar im Voraus",
  // "payable en début de semestre", "a pagar por adelantado".
  [
    concept(
      String.raw`payables?|(?<=to be )paid|(?<=à )(?:payer|régler|verser)|(?<=zu )bezahlen|zahlbar|(?<=zu )zahlen|(?<=a )pagar|pagaderos?|pagável|pagáveis|(?<=a ser )pago`,
    ),
    // A filter: "in", "at", "au", "no" would be anchors in every message.
    filter(
      String.raw`in advance|ahead|d[’']avance|à l[’']avance|im voraus|vorab|por adelantado|por anticipado|antecipadamente|adiantadamente|au moment de (?:l[’']inscription|la réservation|la commande|la signature)|lors de (?:l[’']inscription|la réservation|la commande|la signature)|dès (?:la signature|la commande)|à la signature|at (?:the time of )?(?:booking|registration|signing)|bei (?:der )?(?:anmeldung|buchung|bestellung)|en el momento de (?:la )?(?:inscripción|reserva)|no (?:ato|momento) da (?:inscrição|reserva)|en début d[eu]|au début d[eu]|at the (?:start|beginning) of|zu beginn|al (?:inicio|principio|comienzo) de|no início d[eoa]`,
    ),
  ],
];

// Terms that order the payment before the service, in any trade and five languages: "the balance is due before
// the event", "Zahlung vor Kursbeginn", "el pago se realiza antes del inicio del curso", "paiement avant la
// prestation", "pagamento antes da entrega"; or the service after it: "we ship after receipt of payment",
// "Versand nach Zahlungseingang", "la reserva se confirma tras el pago", "le cours commence après le paiement"; "before" also
// as "préalablement à", "de manera previa a", "con anterioridad a", "previamente a" (thirty-ninth session; the whole amount and
// the French imperative "Réglez" as payments were tried and taken out: "Der Gesamtbetrag … beträgt 900 €", "Réglez les derniers
// détails avant le début").
const PAYMENT = concept(
  String.raw`payments?|paid|deposits?|retainers?|fees?|gebühr(?:en)?|balance|full amount|(?:amount|money)(?= (?:is|has been|was|have been) (?:received|paid|credited|transferred|in (?:our|my) account))|pre-?payments?|vorausleistung|zahlung\p{L}*|bezahl\p{L}*|(?<=zu )(?:be)?zahlen|anzahlung|vorauszahlung|vorkasse|restbetrag|betrag|geldeingang|pagos?|saldo (?:restante|pendiente|total|final|de (?:r\$|\$|€|\d))|pagarse|pagad[oa]s?|abonad[oa]s?|anticipo|seña|depósito|fianza|importe|ingreso(?= (?:sea|esté|se haya|haya sido|ha sido) (?:reflejado|recibido|acreditado|confirmado))|señal|paiements?|payée?s?|réglée?s?|règlement|versement|acompte|arrhes|solde|montant|virement|pagamentos?|pag[oa]s?|sinal|entrada|valor`,
);
const BEFORE_SERVICE = filter(
  String.raw`(?:before (?:you|u) (?:can )?(?:receive|get)|bevor (?:sie|du) (?:\p{L}+\s+){0,3}?(?:erhalten|bekommen)|antes de (?:recibir|receber)|avant de recevoir|avant que (?:je|nous) (?:ne )?(?:commence|démarre))|(?:before|prior to|no later than|vor|spätestens vor|antes de(?:l| la| los| las)?|avant(?: le| la| les| l[’'])?|antes d[oa]s?|no más tarde|préalablement (?:à|au)(?: la| le| l[’']| les)?|de (?:manera|forma) previa (?:a|al)(?: la| los| las)?|con anterioridad (?:a|al)(?: la| los| las)?|previamente (?:a|al|ao|à)(?: la| los| las)?)\s+(?!(?:or|oder|o|ou|ort)\s)(?:\p{L}+\s+){0,3}?(?:work|works|start|commission\p{L}*|comisi[oó]n|comissão|arte|artwork|retrait|stage|séjour|formation|atelier|workshop|seminars?|séminaire|seminário|seminario|taller|schulung|lehrgang|beginning|commencement|event|course|class|lessons?|sessions?|shoot|delivery|dispatch|shipping|shipment|services?|project|booking|arrival|check-in|installation|production|printing|beginn\p{L}*|start|kursbeginn|projektbeginn|arbeitsbeginn|veranstaltung|kurs\p{L}*|lieferung|auslieferung|versand|leistung\p{L}*|termin|anreise|ausführung|produktion|inicio|comienzo|evento|curso|clases?|entrega|envío|servicio|proyecto|llegada|trabajos?|producción|début|commencement|événement|cours|livraison|envoi|expédition|prestations?|projet|arrivée|travaux|production|início|evento|curso|aulas?|entrega|envio|serviço|projeto|chegada|produção|trabalhos?|wedding|hochzeit\p{L}*|boda|mariage|casamento|party|fête|fiesta|festa|makeup|maquillaje|maquillage|maquiagem|departure|salida|départ|partida|pick-?up|recogida|levantamento|abholung|mietbeginn|reisebeginn|rental|alquiler|location|aluguel|stay|estancia|estadia|appointment|cita|rendez-vous|consulta|tour|trip|viaje|voyage|viagem|reise|ceremony|ceremonia|cérémonie|cerimônia|trauung)`,
);
const AFTER_PAYMENT = filter(
  String.raw`(?:a partir d[oa]|à partir d[eu]|a partir del?) (?:(?:la|le|l[’']|a|o|confirmação d[oa]|confirmación del?|réception d[eu])\s*)?(?:pagamento|pago|paiement|règlement|versement|acompte|sinal|anticipo|depósito)|(?:after|once|upon|only after|until|as soon as|nach|erst nach|bei eingang|nach erhalt|sobald|después de(?:l)?|luego de(?:l| que)?|tras(?: el| la)?|una vez|une fois(?: que| le| la| l[’'])?|uma vez(?: que| o| a)?|hasta(?: el| la)?|recibido|en cuanto|tan pronto como|après(?: le| la| l[’'])?|dès(?: le| la| réception| que)?|à réception|au moment où|lorsque|jusqu[’']à|após|depois d[eo]|somente após|até|assim que|logo que|cuando (?:se )?(?:realice|haga|efectúe|reciba))\s+(?!(?:the |la |el |a |o |le |die |der |l[’'])?(?:delivery|completion|entrega|finalización|conclusión|livraison|réalisation|lieferung|abnahme|fertigstellung|conclusão|finalização)(?![\p{L}])(?!\s+(?:of the|of|del|de la|de l[’']|do|da|der) (?:payment|deposit|pago|anticipo|paiement|acompte|pagamento|sinal|zahlung|anzahlung)))(?:\(?(?:\p{L}+|\d+\s?%)\)?(?:\s+|[’'])){0,5}?(?:receipt of (?:the )?(?:payment|deposit)|(?:the )?(?:pre-?)?payment|(?:the )?deposit|(?:the )?(?:money|amount|full amount) (?:is|has been|was|have been) (?:received|paid|credited|transferred|in (?:our|my) account)|funds|zahlungseingang|geldeingang|eingang der (?:zahlung|anzahlung)|zahlung|anzahlung|erhalt der zahlung|geld|pago|abono|ingreso|depósito|anticipo|dinero|importe|paiement|règlement|encaissement|acompte|arrhes|versement|virement|argent|pagamento|sinal|depósito|dinheiro)`,
);
const SERVICE_VERB = concept(
  String.raw`start\p{L}*|begin\p{L}*|commence\p{L}*|confirm\p{L}*|book\p{L}*|reserv\p{L}*|secur\p{L}*|ship\p{L}*|dispatch\p{L}*|deliver\p{L}*|process\p{L}*|tramit\p{L}*|released?|send|sent|beginn\p{L}*|start\p{L}*|bestätigt|reserviert|versand|versend\p{L}*|verschickt|geliefert|ausgeliefert|bearbeitet|(?:weiter)?verarbeit\p{L}*|auszahl\p{L}*|comienz\p{L}*|empez\p{L}*|empiez\p{L}*|(?:tem|têm|tiene) in[ií]cio|inici\p{L}*|confirm\p{L}*|reserv\p{L}*|envía\p{L}*|envi\p{L}*|entreg\p{L}*|commenc\p{L}*|démarr\p{L}*|envoi\p{L}*|envoy\p{L}*|confirm\p{L}*|réserv\p{L}*|expédi\p{L}*|livr\p{L}*|valid\p{L}*|começ\p{L}*|inici\p{L}*|garant\p{L}*`,
);
// The same said with a negation: "no work begins until the deposit is received", "aucun travail ne sera commencé
// sans le paiement de l'acompte", "kein Versand ohne Zahlungseingang", "não iniciamos sem o sinal".
const UNLESS_PAID = filter(
  String.raw`(?:until|unless|without|bis(?: zum)?|ohne|hasta(?: que| no)?|sin|sans|jusqu[’']à|sem|até(?: que)?)\s+(?:\p{L}+\s+){0,5}?(?:payment|paid|deposit|retainer|fees?|gebühr(?:en)?|frais|tasas?|taxas?|zahlung\p{L}*|bezahl\p{L}*|anzahlung|vorkasse|pago|pagado|abonado|anticipo|depósito|seña|señal|ingreso|paiement|payé|réglé|règlement|encaissement|acompte|versement|pagamento|pago|sinal|entrada)`,
);
const NEGATED = filter(
  String.raw`no|not|never|nothing|won[’']t|will not|kein\p{L}*|nicht|erst|ningún|ninguna|nada|nunca|aucun\p{L}*|ne|n[’']|pas|jamais|nenhum\p{L}*|nenhuma|não|nao|nunca`,
);
// Work refused without a deposit, the negation on the writer's starting: "I don't start without a deposit", "I do not start
// work without a 30% deposit", "Ohne Anzahlung fange ich nicht an", "Ich fange nicht ohne Anzahlung an" — not "I don't mind
// starting without a deposit", "Keine Sorge, ich fange auch ohne Anzahlung an" (forty-second session and its review)
// (read with the negation as its pattern, beside NEGATED_TERMS; the writer looked behind — a filter starting with the one-letter
// "i" is never tried)
const DONT_START_WITHOUT: Combination = [
  concept(
    String.raw`deposit|advance|upfront|prepayment|anzahlung|vorkasse|vorauszahlung|vorschuss|avance|acompte|anticipo|adelanto|adiantamento|sinal|entrada|pag[oa] antes`,
  ),
  filter(
    String.raw`(?<=(?:i|we)\s{1,3}(?:(?:really|just|simply)\s{1,3})?)(?:don[’']?t|do not|can[’']?t|cannot|won[’']?t|will not|never)\s+(?:start|begin|commence)(?:\s+(?:any|the|a|work|working|the work|a project|projects?|on))*\s+(?:without|until|before)\s+(?:(?:a|an|any|the|my|your)\s+)?(?:\d{1,3}\s?%\s+)?(?:deposit|advance|upfront|prepayment|down ?payment)|without (?:a |an |any |the )?(?:\d{1,3}\s?%\s+)?(?:deposit|advance payment|prepayment|down ?payment|upfront(?: payment)?),?\s+(?:i|we)\s+(?:don[’']?t|do not|never|won[’']?t|can[’']?t|cannot)\s+(?:start|begin)|sans\s+(?:l[’']|un |une |d[’'])?(?:\d{1,3}\s?%\s+d[’']\s?)?(?:avance|acompte|prépaiement)(?:\s+de\s+\d{1,3}\s?%)?,?\s+(?:je|nous)\s+ne\s+(?:commence|commençons|démarre|démarrons|commencerai|démarrerai)\s+pas|(?:je|nous) ne (?:commence|démarre|commencerai|démarrerai) (?:rien |pas )?sans (?:l[’']|un |une )?(?:avance|acompte)|sin\s+(?:(?:el|un|una)\s+)?(?:\d{1,3}\s?%\s+de\s+)?(?:anticipo|adelanto|depósito)(?:\s+del?\s+\d{1,3}\s?%)?,?\s+no\s+(?:empiezo|comienzo|arranco|empezamos|comenzamos)|no (?:empiezo|comienzo|arranco|empezamos|comenzamos) sin (?:(?:el|un|una) )?(?:anticipo|adelanto|depósito)|sem\s+(?:o\s+|um\s+|a\s+)?(?:\d{1,3}\s?%\s+de\s+)?(?:adiantamento|sinal|depósito|entrada)(?:\s+de\s+\d{1,3}\s?%)?,?\s+(?:eu\s+)?não\s+(?:começo|inicio|começamos)|não (?:começo|inicio|começamos) sem (?:o |um )?(?:adiantamento|sinal|depósito)|só (?:começo|inicio|começamos) (?:com|depois d[eo]|após) (?:\d{1,3}\s?%|(?:a )?metade|o adiantamento|o sinal)(?: pag[oa] antes)?|ohne\s+(?:\p{L}+\s+|\d{1,3}\s?%\s+)?(?:anzahlung|vorkasse|vorauszahlung|vorschuss)(?:\s+von\s+\d{1,3}\s?%)?\s+(?:fange|lege|beginne|starte)\s+(?:ich|wir)\s+(?:\p{L}+\s+)?(?:nicht|nie)|(?:ich|wir)\s+(?:fange|lege|beginne|starte)\s+(?:nicht|nie)\s+(?:an\s+|los\s+)?ohne\s+(?:\p{L}+\s+)?(?:anzahlung|vorkasse|vorauszahlung|vorschuss)|(?:ich|wir)\s+(?:fange|lege|beginne|starte)\s+(?:nicht|nie)\s+(?:an|los),?\s+ohne\s+dass\s+(?:\p{L}+\s+){0,3}?(?:anzahlung|vorkasse|vorauszahlung|vorschuss)|no\s+(?:deposit|advance|upfront|prepayment),?\s+no\s+(?:work|start|job|project)|keine\s+(?:anzahlung|vorkasse),?\s+keine\s+(?:arbeit|leistung)`,
  ),
];
const NEGATED_TERMS: Combination[] = [[SERVICE_VERB, PAYMENT, UNLESS_PAID, NEGATED], DONT_START_WITHOUT];
// The booking or order made binding by the payment: "la reserva se confirma con el pago de la seña", "le paiement de
// l'acompte confirme la commande", "a reserva só será efetuada mediante pré-pagamento", "the booking is confirmed
// with the payment".
const CONFIRMED_BY_PAYMENT = filter(
  String.raw`(?:confirm|valid|bestätig|garantiz|efetu|efectu|formaliz|secur)\p{L}*\s+(?:\p{L}+\s+){0,3}?(?:con|com|with|avec|mit|par|by|mediante|upon|on|à|dès|nach)\s+(?:\p{L}+(?:\s+|[’'])){0,3}?(?:pagos?|pagamentos?|payments?|paiements?|zahlung\p{L}*|versements?|abono|ingreso|pr[ée]-?pag\p{L}*|prepago|prepayment|acomptes?|seña|señal|sinal|deposits?|anzahlung|encaissement)|(?:pago|paiement|payment|pagamento|zahlung|versement|abono) (?:\p{L}+(?:\s+|[’'])){0,2}?(?:acompte|deposit|seña|señal|sinal|anzahlung|anticipo|adelanto|entrada)\s+(?:\p{L}+\s+){0,2}?(?:confirm|valid|bestätigt|garantiz|formaliz)\p{L}*`,
);
// Taking part or the service only once paid: "die Teilnahme ist nur bei fristgerechter Zahlung möglich", "un cours ne
// peut avoir lieu que s'il a été réglé préalablement", "only once the payment is received".
const ONLY_IF_PAID = filter(
  String.raw`nur (?:bei|nach|gegen|mit) (?:\p{L}+\s+){0,2}?(?:zahlung|bezahlung|vorkasse|vorauskasse|vorausleistung|anzahlung|zahlungseingang|vorauszahlung)|qu(?:e|[’'])\s*(?:si|s[’']|après|une fois) (?:\p{L}+(?:\s+|[’'])){0,4}?(?:réglée?s?|payée?s?|paiement|règlement|encaissement|versement|acompte)|(?:só|somente|apenas) (?:\p{L}+\s+){0,3}?(?:mediante|após|depois d[oa]) (?:o |a )?(?:\p{L}+ d[oa] )?(?:pré-?pagamento|pagamento|sinal|entrada)|solo (?:\p{L}+\s+){0,3}?(?:tras|después del|con el|mediante) (?:pago|abono)|only (?:once|after|if|when) (?:\p{L}+\s+){0,3}?(?:paid|payment)`,
);
// A payment said to be made ahead: "Monatsbeiträge/Kursgebühren sind im Voraus fällig", "el abono de las
// mensualidades será siempre por adelantado", "les cours sont payables d'avance", "Se abonará un 40 % por anticipado de los
// Pedidos" (the twenty-first set read, thirty-second session), "El cliente abonará un 40 % por anticipado" (a review of it) (the
// payment words as a filter:
// German compounds, "Kursgebühren", are words of their own).
const IN_ADVANCE = concept(
  String.raw`in advance|up ?front|up-front|im voraus|por adelantado|por anticipado|d[’']avance|à l[’']avance|antecipadamente|adiantadamente|préalablement|au préalable`,
);
const MADE_AHEAD = filter(
  String.raw`(?:is|are|will be|must be|to be|sind|ist|werden|será|serán|es|son|est|sont|sera|seront|é|são|serão|a été|ont été|(?<=(?:cliente|client|clientes|clients|comprador|compradora|contratante|locatario|locatário|arrendatario) )(?:abonará|abonarán|pagará|pagarán|abona|abonan|paga|pagan|paiera|paieront|paie|paient|versera|verseront|verse|versent)|se (?:abona|abonan|abonará|abonarán|paga|pagan|pagará|pagarán|cobra|cobran|cobrará|cobrarán|realiza|efectúa|faz|fazem|règle|règlent|paie|paient))\s+(?:(?:\p{L}+|\d{1,3}\s?%)\s+){0,2}?(?:in advance|up ?front|up-front|im voraus|por adelantado|por anticipado|d[’']avance|à l[’']avance|antecipadamente|adiantadamente|préalablement|au préalable)`,
);
const PAYMENT_WORD = filter(
  String.raw`\p{L}*(?:gebühr|beitr[äa]g|zahlung|kosten|honorar|miete)\p{L}*|fällig|mensualidad\p{L}*|cuotas?|matrícula|abonos?|abonar[aá]n?|abonan?|pagar[aá]n?|pagos?|fees?|payments?|paid|paiements?|réglée?s?|payée?s?|pagamentos?|mensalidades?|propinas?|pag[oa]s?|rent|loyers?|tuition|frais|tarifs?|cours`,
);
// The order words ("before", "après", "una vez", "bei") are among the commonest of five languages: they are
// filters, tried only on sentences that hold a payment word (and a service verb), not anchors of their own.
const ORDERED_TERMS: Combination[] = [
  [PAYMENT, BEFORE_SERVICE],
  [SERVICE_VERB, PAYMENT, AFTER_PAYMENT],
  [SERVICE_VERB, PAYMENT, CONFIRMED_BY_PAYMENT],
  [PAYMENT, ONLY_IF_PAID],
  [IN_ADVANCE, MADE_AHEAD, PAYMENT_WORD],
];

// Paid first, the work after: "Págame primero y te envío el código", "Paie-moi d'abord, ensuite je t'envoie les fichiers",
// "Primeiro você paga, depois eu faço", "Zahl erst mal die Hälfte, dann fange ich an"; the delivery promised once the reader
// has paid ("I'll deliver the files once you pay the full $800", "sobald du zahlst, schicke ich"); work stopped unless the
// reader pays ("Send the money today or I stop working") — a five-language probe of the thirty-fifth session; the whole payment
// first ("Bitte erst die volle Zahlung, dann schicke ich den Quellcode", "Envoyez d'abord le paiement complet, ensuite je livre",
// "Primeiro me manda o pagamento total, depois entrego o código": a review of the fiftieth session).
const READER_PAYS = String.raw`pay me|pay us|send (?:me )?the (?:money|payment)|págame|páganos|pagame|págueme|pagueme|me pagas?|me pagues|(?:tú|usted|você|vc|voce) (?:me )?paga[s]?|(?:paie|payez|paye)-moi|payez|tu (?:me )?paies|vous (?:me )?payez|(?<!(?:die|der|eine|einer|diese|jede) )zahl(?:st)?|bezahl(?:st)?|zahlen sie|bezahlen sie|überweis(?:t|e)?|(?:first|primero|primeiro|d[’']abord|zuerst|erst)(?: (?:me|mir))?(?: (?:send|manda|mande|envía|envia|envoyez|envoie|schick|sende|paga|pague|payez))? (?:the|el|o|le|die) (?:(?:full|complete|entire|volle|gesamte|komplette) )?(?:payment|pago|pagamento|paiement|règlement|zahlung|bezahlung)(?: (?:completo|total|complet|integral|intégral))?(?![ ]+\p{L})|(?:the|el|o|le|die) (?:payment|pago|pagamento|paiement|règlement|zahlung),? (?:first|primero|primeiro|d[’']abord|zuerst)`;
// (an invoice already due for work done is asked after the work: "Send the payment today or I'll pause the work, the invoice is
// 30 days overdue")
const OVERDUE = filter(
  String.raw`overdue|past due|überfällig|ausstehende rechnung|vencid[oa]s?|atrasad[oa]s?|en retard|impayée?s?|invoice (?:is|was) (?:due|sent)|rechnung (?:ist|war) (?:fällig|offen)`,
);
// … and the money arriving in the writer's account before the work starts ("Sobald die erste Hälfte auf meinem Konto ist, fange
// ich an", "Apenas me caiga el pago a mi cuenta arranco", "Assim que cair o Pix da entrada eu começo", "Once the deposit hits my
// account I'll start": labelling policy rule 46, work that waits for payment; a battery labelled blind by the policy,
// thirty-sixth session)
const MONEY_IN = concept(
  // (a review of the day's readings: "Sobald die Zahlung da ist", "nach Eingang der ersten Rate", "Una vez recibido el 50%", "Dès
  // réception du premier paiement", "dès que les 50 % sont versés", "dès que j'aurai reçu la première moitié", "Depois de receber a
  // entrada")
  String.raw`sobald (?:die |das |der )?(?:erste[n]? )?(?:zahlung|anzahlung|geld|hälfte|überweisung|\d{1,3}\s?%) (?:\p{L}+ ){0,2}?(?:da ist|da sind|drauf ist|auf (?:meinem|unserem|dem) konto (?:ist|sind))|nach (?:erhalt|eingang) (?:der |des )?(?:ersten |1\. )?(?:rate|teilzahlung|abschlagszahlung)|una vez recibid[oa] (?:el |la )?(?:primer |primera )?(?:\d{1,3}\s?%|mitad|pago|anticipo|adelanto|seña)|dès réception (?:du |de la )(?:premier |première )(?:paiement|versement|moitié|acompte)|(?:dès que|quand|une fois que) (?:les |le |la |l[’'])?(?:\d{1,3}\s?%|moitié|acompte|paiement|premier paiement) (?:\p{L}+ ){0,2}?(?:sont|est|seront|sera) (?:versée?s?|reçue?s?|payée?s?|réglée?s?)|dès que j[’']aurai reçu (?:la |le |l[’'])?(?:première |premier )?(?:moitié|acompte|paiement|\d{1,3}\s?%)|(?:dès que|quand|une fois que) (?:je |j[’'])(?:reçois|recevrai|ai reçu) (?:les |la |le |l[’'])?(?:premiers? |premières? )?(?:\d{1,3}\s?%|moitié|acompte|paiement|virement)|depois de (?:eu )?receber (?:o |a )?(?:\d{1,3}\s?%|metade|pagamento|sinal|entrada)`,
  // (the writer receiving a share or the payment: "I'll start as soon as I receive the first 30%", "Comienzo después de recibir
  // el 50%", "Je commence dès réception de 50 %", "Começo assim que receber 50%" — forty-third session)
  String.raw`(?:once|as soon as|when|after|upon) (?:i|we) (?:\p{L}+ )?(?:receive|get|have received|have got|got) (?:the |your |a |my )?(?:first |initial )?(?:\d{1,3}\s?%|half|payment|deposit|advance|money|funds|upfront)|(?:after|upon) (?:receiving|receipt of) (?:the |your |a )?(?:first |initial )?(?:\d{1,3}\s?%|half|payment|deposit|advance)|once (?:the )?payment is (?:confirmed|received|made|done)`,
  String.raw`(?:después de|tras|al) recibir (?:el |la |los )?(?:primer |primera )?(?:\d{1,3}\s?%|mitad|pago|anticipo|adelanto|seña|depósito)|(?:en cuanto|apenas|cuando) (?:me )?(?:reciba|llegue) (?:el |la )?(?:primer |primera )?(?:\d{1,3}\s?%|mitad)`,
  String.raw`(?:assim que|quando|logo que|depois que|após) (?:eu )?receber (?:o |a |os |as )?(?:primeir[oa]s? )?(?:\d{1,3}\s?%|metade|pagamento|sinal|entrada)|após (?:o )?recebimento (?:do |da )(?:\d{1,3}\s?%|metade|pagamento|sinal|entrada)`,
  String.raw`dès réception (?:de |des |du |de la |de l[’'])?(?:\d{1,3}\s?%|moitié|paiement|acompte|virement|versement)`,
  String.raw`(?:once|as soon as|when|after|the moment) (?:the |your |my )?(?:\p{L}+ ){0,2}?(?:payment|deposit|money|funds|half|advance|transfer|pix|wire|installment|instalment)s? (?:\p{L}+ ){0,2}?(?:hits|arrives|lands|is in|reaches|clears|has cleared|comes in|shows up)`,
  String.raw`sobald (?:ich|wir) (?:die |den |das |ihre |deine |eure )?(?:erste[n]? )?(?:hälfte|anzahlung|zahlung|\d{1,3}\s?%|betrag|geld|vorauszahlung|überweisung) (?:\p{L}+ ){0,2}?(?:erhalten|bekommen) (?:habe|haben)|sobald (?:die |den )?\d{1,3}\s?% (?:\p{L}+ ){0,2}?(?:eingegangen sind|eingehen|da sind|auf (?:meinem|unserem) konto sind)|nach (?:erhalt|eingang) (?:von |der |des |ihrer |deiner |eurer )?(?:\d{1,3}\s?%|hälfte|anzahlung|zahlung)`,
  String.raw`sobald (?:die |das |der |ihre |deine )?(?:\p{L}+ ){0,2}?(?:zahlung|anzahlung|geld|hälfte|betrag|überweisung|vorauszahlung) (?:\p{L}+ ){0,4}?(?:auf (?:meinem|unserem) konto|eingeht|eingegangen ist|ankommt|gutgeschrieben ist)`,
  String.raw`(?:apenas|cuando|en cuanto|una vez que|ni bien) (?:me )?(?:caiga|llegue|entre|reciba|se acredite|esté) (?:el |la |mi )?(?:\p{L}+ ){0,1}?(?:pago|dinero|anticipo|adelanto|transferencia|seña|depósito)`,
  String.raw`(?:assim que|quando|logo que|depois que) (?:cair|entrar|chegar|eu receber|compensar) (?:o |a )?(?:pix|pagamento|dinheiro|entrada|sinal|transferência|depósito|valor)`,
  String.raw`(?:dès que|quand|une fois que) (?:le |l[’'])(?:paiement|acompte|virement|argent|versement) (?:\p{L}+ ){0,2}?(?:arrive|est reçu|est arrivé|sera arrivé|tombe|est sur)|dès réception (?:du |de l[’'])(?:paiement|acompte|virement|versement)`,
);
const WRITER_STARTS = filter(
  String.raw`je me mets au travail|je m[’']y mets|je (?:commencerai|démarrerai|lancerai)|(?:i|we)(?:[’']ll| will| can)? (?:\p{L}+ )?(?:start|begin|get started|kick off)|(?:ich|wir) (?:fange|fangen|beginne|beginnen|starte|starten)|(?:the |o |el |le |das |die )?(?:project|work|job|projeto|trabalho|proyecto|trabajo|projet|travail|projekt|arbeit) (?:\p{L}+ ){0,4}?(?:will (?:begin|start)|begins|starts|tem início|começa|inicia|comienza|empieza|commence|démarre|beginnt|startet)|(?:fange|fangen) (?:ich|wir) (?:\p{L}+ ){0,4}?an|(?:lege|legen|leg) (?:ich|wir) (?:\p{L}+ )?los|(?:starte|beginne) ich|arranco|empiezo|comienzo|(?:eu )?começo|(?:eu )?inicio|je (?:commence|démarre|lance)|on (?:commence|démarre)`,
);
// A share asked to be paid now, or so that the writer starts: "Please send 30% now so I can lock your slot and begin Monday",
// "Kindly release 30% advance so that I can start", "Faz o pix de 50% e eu começo agora", "Bitte überweisen Sie 40 % jetzt, dann
// lege ich heute noch los", "Merci de régler la moitié maintenant, je commence aujourd'hui" (a review of the forty-third session)
const SHARE_SENT = concept(
  String.raw`me (?:env[ií]as|mandas|pagas|depositas|transfieres|pasas)\s+(?:el\s+|la\s+)?(?:\d{1,3}\s?%|mitad)|(?:versez|payez|réglez|envoyez|virez|verse|paie|règle|envoie|vire)-moi\s+(?:la\s+)?(?:\d{1,3}\s?%|moitié)|(?:faz|faça|manda|mande|envia|envie|paga|pague)\s+(?:o\s+)?sinal`,
  String.raw`(?:send|pay|release|transfer|wire|deposit|fund)\s+(?:me\s+|us\s+)?(?:the\s+|a\s+|an\s+)?(?:first\s+)?(?:\d{1,3}\s?%|half)`,
  String.raw`(?:env[ií]a(?:me)?|p[aá]ga(?:me)?|transfi[eé]re(?:me)?|deposita(?:me)?|m[aá]nda(?:me)?|haz(?:me)?|env[ií]e(?:me)?|pague(?:me)?|transfiera(?:me)?)\s+(?:el\s+|la\s+|un\s+|una\s+)?(?:pago\s+(?:de(?:l)?\s+)?|transferencia\s+(?:de(?:l)?\s+)?)?(?:\d{1,3}\s?%|mitad)`,
  String.raw`(?:faz|faça|manda|mande|envia|envie|paga|pague|transfere|transfira|deposita|deposite)\s+(?:o\s+|a\s+|um\s+)?(?:pix\s+|pagamento\s+|transferência\s+)?(?:de\s+|da\s+|do\s+)?(?:\d{1,3}\s?%|metade)`,
  String.raw`(?:régler|réglez|règle|payer|payez|paie|verser|versez|verse|envoyer|envoyez|envoie|virer|virez|vire)\s+(?:moi\s+)?(?:la\s+|les\s+|un\s+)?(?:\d{1,3}\s?%|moitié)`,
  String.raw`(?:überweisen sie|überweis\p{L}*|zahlen sie|zahl|bezahl\p{L}*|schick\p{L}*|senden sie)\s+(?:mir\s+|uns\s+)?(?:bitte\s+)?(?:die\s+|den\s+|erst\s+)?(?:\d{1,3}\s?%|hälfte)`,
);
const NOW_OR_START = filter(
  String.raw`(?:que|e) (?:eu )?(?:já )?(?:começo|inicio)|y (?:hoy mismo |ya )?arranco|puis je commence|now|today|advance|upfront|up front|first|so (?:that )?(?:i|we) can (?:start|begin|lock|book|get started)|and (?:i|we)(?:[’']ll| will)? (?:start|begin)|jetzt|heute|vorab|zuerst|dann (?:lege|fange|starte|beginne) ich|ahora|hoy|primero|por adelantado|y (?:empiezo|comienzo|arranco)|para que (?:pueda|podamos) (?:empezar|comenzar|arrancar)|agora|hoje|adiantado|primeiro|e (?:eu )?(?:começo|inicio)|pra (?:eu )?começar|para (?:eu )?começar|maintenant|aujourd[’']hui|d[’']abord|d[’']avance|je commence|pour que je (?:puisse )?commence`,
);
const PAID_FIRST: Combination[] = [
  [MONEY_IN, WRITER_STARTS],
  [SHARE_SENT, NOW_OR_START],
  [
    concept(READER_PAYS),
    filter(String.raw`first|primero|primeiro|d[’']abord|en premier|zuerst|erst(?: mal| einmal)?|vorher|vorab`),
    filter(
      String.raw`then|and (?:i|we)(?:[’']ll| will)?|luego|después|despues|y (?:te|le|les|luego|después|yo)|e (?:eu|te|lhe|depois)|depois|ensuite|puis|et (?:je|j[’']|on|nous)|dann|danach|und (?:ich|wir)`,
    ),
  ],
  [
    concept(
      String.raw`(?:once|after|when|as soon as) (?:you(?:[’']ve| have)?|u) (?:\p{L}+ )?(?:pay|paid|transfer|transferred|wire|wired|(?:send|sent) (?:me |us )?(?:the |your |a )?(?:money|payment|deposit|funds|amount))`,
      String.raw`(?:cuando|en cuanto|apenas|una vez que|después de que) (?:me )?(?:pagues|pague|transfieras|deposites)`,
      String.raw`(?:quando|assim que|logo que|depois que) (?:você |vc )?(?:me )?(?:pagar|transferir|depositar)`,
      String.raw`(?:dès que|quand|une fois que|après que) (?:tu|vous) (?:m[’'])?(?:aur(?:as|ez) )?(?:pay|paie|payé|pay[ée]z|vir|régl)\p{L}*`,
      String.raw`(?:sobald|wenn|nachdem) (?:du|sie) (?:\p{L}+ ){0,3}?(?:zahlst|bezahlst|überweist|zahlen|bezahlen|überweisen|bezahlt hast|überwiesen hast|bezahlt haben|überwiesen haben)`,
    ),
    filter(
      String.raw`(?:i|we)(?:[’']ll| will| can)? (?:\p{L}+ )?(?:deliver|send|release|share|hand|give|start|begin|upload|transfer the)|(?:te|le|les|lhe|vous|t[’']|dir|ihnen) (?:\p{L}+ )?(?:envío|mando|entrego|paso|envio|entrego|envoie|envoies|envoyer|livre|schicke|sende|liefere)|(?:empiezo|comienzo|arranco|começo|inicio|je commence|fange ich|beginne ich|schicke ich|liefere ich|sende ich)`,
    ),
  ],
  [
    concept(
      READER_PAYS,
      String.raw`send (?:the|my) (?:money|payment|deposit)|envía(?:me)? el (?:dinero|pago)|manda(?:-me)? o (?:dinheiro|pagamento)|envoie(?:-moi)? l[’']argent|schick(?:e|en sie)? (?:mir )?das geld`,
    ),
    filter(
      String.raw`or (?:else )?(?:i|we)(?:[’']ll| will)? (?:stop|pause|quit|won[’']t (?:continue|deliver)|cannot continue|can[’']t continue)|sonst (?:höre|stoppe|mache|arbeite|liefere) (?:ich|wir)|o (?:si no )?(?:dejo|paro|no sigo|no entrego)|sino (?:dejo|paro)|sinon (?:j[’']arrête|je (?:m[’']arrête|stoppe|ne livre))|ou (?:eu )?(?:paro|não (?:continuo|entrego))|senão (?:eu )?(?:paro|não)`,
    ),
  ],
];
// A sum the reader is told to pay, send or transfer — "You must pay $500 now", "müssen Sie die 450 Euro … überweisen",
// "Tiene que pagar 300 euros para recibir el dinero", "Vous devez payer 300 euros", "Você precisa pagar R$ 300" (the
// advance-fee letter and the fake recruiter's fee; thirty-fifth session, the tuning text's misses): the obligation and
// the paying act together, the sum a filter.
// (a cost the reader pays to a third party — the store, a registrar, a trademark office, a stock library — or pays "yourself": "You
// will need to pay $99 to Apple for the developer account", "Sie müssen die 29 € für die Domain selbst bezahlen", "Pay the $350
// filing fee on the USPTO website"; a review of the thirty-fifth session's readings — a loan's "registro" is not a trademark's:
// "debe enviar los 450 euros para el registro del préstamo", the forty-fourth session)
const THIRD_PARTY_COST = filter(
  String.raw`(?:to|an|a|à|ao|al|para|pour|bei|auf|on|sur|en|no|na) (?:the |die |den |der |la |le |el |o |a )?(?:apple|google|microsoft|amazon|aws|shopify|godaddy|namecheap|registrar|app store|play store|uspto|inpi|dpma|euipo|oepm|patent office|trademark office|website|webseite|sitio web|site)|(?:for|für|para|pour|pelo|pela|de) (?:the |die |den |das |el |la |le |o |a |un |une |um |uma )?(?:domains?|domain name|domäne|dominio|domínio|nom de domaine|hosting|licen[cs]es?|lizenz\p{L}*|licencias?|licenças?|stock (?:photos?|images?)|fotos? de stock|images? libres|fonts?|plugins?|themes?|developer account|entwicklerkonto|cuenta de desarrollador|compte développeur|conta de desenvolvedor|filing|trademark|marke|marca|brevet|patent|(?:registro|enregistrement)(?! (?:del?|do|da|du|de la) (?:préstamo|prestamo|crédito|credito|empréstimo|emprestimo|prêt|crédit))|anmeldung)|selbst|yourself|vous-même|toi-même|tú mismo|usted mismo|você mesmo|directly to the|direkt an die`,
);
const SUM_DEMANDED: Combination[] = [
  [
    concept(
      String.raw`(?<!(?:he|she|they|it|who|i|we|i[’']ll|we[’']ll|i[’']d|we[’']d|users?|customers?|clients?|buyers?|visitors?|members?|players?) )(?:must|have to|need to|needs to|(?:are|is) required to|will (?:have|need) to) (?:\p{L}+ ){0,2}?(?:pay|send|wire|transfer|remit|deposit)(?!\p{L})`,
      String.raw`(?:müssen sie|sie müssen|musst du|du musst) (?:\S+ ){0,16}?(?:überweisen|zahlen|bezahlen|einzahlen|senden|schicken|entrichten|begleichen)(?!\p{L})`,
      String.raw`(?<!(?:él|ella|ellos|ellas|quien|usuario|usuarios|cliente|clientes|comprador|compradores) )(?:tiene|tienes|tendrá|tendrás|debe|debes|deberá|deberás|necesita|necesitas) (?:que )?(?:pagar|enviar|transferir|depositar|abonar|ingresar)(?!\p{L})`,
      String.raw`(?:vous devez|vous devrez|tu dois|tu devras|il (?:vous|te) faut) (?:\p{L}+ )?(?:payer|envoyer|verser|virer|régler|transférer)(?!\p{L})`,
      String.raw`(?<!(?:ele|ela|eles|elas|quem|usuário|usuários|cliente|clientes|comprador) )(?:precisa|precisará|deve|deverá|tem que|terá que|tens que) (?:de )?(?:pagar|enviar|transferir|depositar)(?!\p{L})`,
    ),
    filter(SUM),
    // … now, first, or for something still to come ("to release your funds", "damit wir beginnen können", "para recibir el
    // dinero") — not an extortion's demand with nothing promised ("you must transfer $1490 in Bitcoin to this wallet")
    filter(
      String.raw`now|today|immediately|asap|as soon as possible|first|before|in advance|upfront|up front|in order to|so (?:that )?(?:we|i|you) can|to (?:release|receive|get|process|start|begin|activate|unlock|proceed|complete|secure|confirm|claim|continue)|jetzt|sofort|heute|umgehend|so schnell wie möglich|schnellstmöglich|zuerst|vorab|vorher|im voraus|damit|um (?:\S+ ){0,6}?zu|für (?:die|den|das) \p{L}*(?:gebühr|registrierung|bearbeitung|freigabe|eröffnung|zustellung)\p{L}*|ahora|hoy|inmediatamente|cuanto antes|lo antes posible|primero|antes|por adelantado|para (?:recibir|liberar|iniciar|empezar|comenzar|procesar|activar|desbloquear|obtener|continuar|poder)|maintenant|aujourd[’']hui|immédiatement|dès que possible|au plus vite|d[’']abord|avant|d[’']avance|afin de|pour (?:recevoir|débloquer|libérer|commencer|démarrer|traiter|activer|obtenir|continuer|pouvoir)|agora|hoje|imediatamente|o quanto antes|o mais rápido possível|primeiro|antes|adiantado|para (?:receber|liberar|iniciar|começar|processar|ativar|desbloquear|obter|continuar|poder)`,
    ),
  ],
];
// A fee the reader is told to pay: "you must pay a one-time fee", "Überweisen Sie die Gebühr", "müssen Sie eine
// einmalige Gebühr entrichten", "une somme de frais est à régler". The fee is a filter (compounds such as
// "Überweisungsgebühren" are words of their own), the pay verb and the obligation are the concepts.
// (the fee named, and the paying of one: shared by the demand and the suggestion below)
const FEE_NAMED = filter(
  String.raw`fees?\b|gebühr(?:en)?|(?!überweisungs|zahlungs)\p{L}{1,24}gebühr(?:en)?|frais|tasas?\b|taxas?\b|tarifa|cuota|cargos?\b`,
);
const FEE_PAID = concept(
  PAY_VERB,
  String.raw`entricht\p{L}*|begleich\p{L}*|abonar|abone|abonen|acquitter|acquittez|cover the|régler|einzahlen`,
);
const FEE_DEMANDS: Combination[] = [
  [
    FEE_PAID,
    // The obligation and the fee are filters: "have", "please", "es" would be anchors in nearly every message.
    filter(
      // (and a request relayed to the reader: "Notre directeur vous demande de payer les frais de dossier", "O diretor pede que você
      // pague a taxa" — a review of the forty-eighth session; only these frames, not DEMAND's wider RELAYED_ASK: with "needs you to"
      // and the other English frames a fee named in hiring text became one more wrong red flag on the held-out totals, the
      // forty-ninth session)
      String.raw`must|have to|has to|need to|needs to|required|requires|please|kindly|müssen|muss|bitte|erforderlich|benötigt|notwendig|obligatorisch\p{L}*|debe|debes|deberá|tiene que|tienes que|es necesario|doit|devez|devrez|il faut|veuillez|deve|deverá|precisa|tem que|é necessário|${RELAYED_TO_READER}`,
    ),
    FEE_NAMED,
  ],
];
// A fee suggested to the reader where the reader's money or goods are held ("Ich schlage vor, dass Sie … die Gebühr … bezahlen",
// "I highly recommend that you pay the release fee", "Lhe recomendo pagar a taxa … seu empréstimo": the advance-fee letter's
// polite form; the tuning text, forty-fourth session) — not advice on a plan, a course or a visa, which holds nothing of the
// reader's (a review of it).
const FEE_SUGGESTED: Combination[] = [[FEE_PAID, filter(SUGGESTED_TO_READER), FEE_NAMED]];
// A fee asked in the imperative ("Payez 1,99€ de frais", "Pague agora … para pagar a taxa", "Zahlen Sie die Gebühr"), and a
// parcel held because a fee is unpaid ("Ihr Paket konnte nicht zugestellt werden, da die Zollgebühren nicht bezahlt
// wurden", "su paquete no se ha podido entregar porque no se han pagado las tasas") — the parcel-fee SMS, read with its
// negations (twenty-third session, the read text).
// (the fee's names shared by the readings below, so they stay in step; each adds its own narrower or wider words)
const FEE_NAMES = String.raw`fees?|frais|tasas?|taxas?`;
const FEE_WORD = String.raw`\p{L}*gebühr\p{L}*|${FEE_NAMES}|tarifa|droits de douane`;
// (a fee to be avoided is not the one asked: "Bitte begleichen Sie den Betrag, um zusätzliche Gebühren zu vermeiden")
const FEE_AVOIDED = filter(String.raw`vermeiden|to avoid|para evitar|pour éviter|evite|evitar`);
// (nor, beside a fee asked, a fee to be avoided or saved: "um zusätzliche Mahngebühren zu vermeiden", "Zahle bitte über
// PayPal Freunde & Familie, dann spare ich die Gebühren" — alt-payment's ask; twenty-seventh session; the marketplace's named apart,
// "dann sparen wir die fiverr gebühr" — the parity battery, fifty-fifth session)
const FEE_SAVED = filter(
  String.raw`(?:mahn|bank|zusatz|service|transfer|überweisungs|paypal-)?gebühr(?:en)? zu (?:vermeiden|sparen)|spar(?:e|en) (?:ich|wir) (?:mir |uns )?(?:die )?(?:(?:upwork|fiverr|freelancer|workana|malt|plattform)[- ]|mahn|bank|zusatz|service|transfer|überweisungs|paypal-)?gebühr(?:en)?|(?:avoid|save on|save|skip|dodge) (?:any |the |all )?(?:(?:additional|extra|late|bank|transfer|service|paypal|upwork|fiverr|freelancer|platform|marketplace|workana|malt)(?:[’']s)? )?(?:fees?|charges?|commission|cut)|saves? (?:us|you|me)(?: both)? (?:the |on )?(?:\p{L}+ )?(?:fees|charges)|(?:gebühren|fees|comisiones|frais|taxas|tarifas) (?:\p{L}+ )?(?:sind|are|son|sont|são) (?:\p{L}+ )?(?:zu hoch|too high|demasiado altas|muy altas|trop élevés|muito altas|crazy)|éviter (?:des |les )?frais|(?:evitar|ahorrar) (?:las |los )?(?:cargos|tasas|comisiones)|(?:fees|frais|comisiones|comisión|taxas?|gebühren) (?:\p{L}+ )?(?:are|is|sont|seront|son|es|são|é|sind) (?:much |way |bien |mucho |muito |viel )?(?:lower|cheaper|smaller|less|plus bas|plus faibles|moins chers|más bajas|menores|menos|mais baixas|menores|niedriger|günstiger)`,
);
const FEE_IMPERATIVE: Combination[] = [
  [
    concept(
      String.raw`payez|réglez|(?<!que (?:você |voce |vc |usted |o senhor |a senhora |ustedes |vocês )?)pague|(?<!que (?:vocês |ustedes )?)paguem|pagá|zahlen sie|bezahlen sie|begleichen sie|überweisen sie|(?<=^[^a-zA-Z]{0,12}(?:(?:please|kindly|now|just|so|then)\s{1,3}){0,2})(?:pay|send|wire|transfer|remit)(?= (?:us |me )?(?:the |a |an |this |that |your |our |my )?(?:[$€£]?\d[\d.,]*(?: ?(?:usd|eur|dollars?|euros?))? )?(?:\p{L}+(?:-\p{L}+)? )?(?:fees?|charges?)(?![\p{L}]))`,
    ),
    filter(FEE_WORD),
  ],
];
const FEE_UNPAID: Combination[] = [
  [
    concept(
      String.raw`zugestellt|zustell\p{L}*|geliefert|liefer\p{L}*|delivered|delivery|deliver|entregar|entregado|entrega|entregue|livré|livrer|livraison`,
    ),
    filter(FEE_WORD),
    filter(
      String.raw`nicht (?:\p{L}+\s+)?(?:bezahlt|beglichen)|not (?:been )?paid|unpaid|no se (?:han|ha) pagado|no (?:han|ha) sido pagad\p{L}*|impayée?s?|non (?:réglée?s?|payée?s?)|n[’']ont pas été (?:réglée?s?|payée?s?)|não (?:foi|foram) pag\p{L}*|pendentes?|pendientes? de pago|ausstehend\p{L}*|outstanding|aguarda(?:ndo)? (?:o )?pagamento|awaiting (?:the )?payment|en attente (?:du|de) (?:paiement|règlement)|wartet auf (?:die )?(?:zahlung|bezahlung)|(?:en espera|a la espera) del pago`,
    ),
  ],
];
// The reader's money or goods, held ("your funds", "Ihre Spende", "su paquete", "vos fonds"; a loan, a refund or a compensation
// paid out: "die Überweisung Ihrer Entschädigungszahlung", the forty-fourth session).
const YOUR_HELD_THING = String.raw`(?:your|ihre?[mnrs]?|su|sus|tu|tus|votre|vos|ton|tes|seu|sua|seus|suas)\s+(?:\p{L}+\s+)?(?:funds?|fund transfer|winnings|inheritance|donation|prize|package|parcel|luggage|consignment|compensation|cheque|check|equipment|laptop|spende\p{L}*|gewinn\p{L}*|erbschaft|paket\p{L}*|sendung|gelder|fonds|geld|fondos|premio|herencia|paquete|donación|equipo|gains|héritage|colis|don|fundos|prêmio|herança|pacote|doação|equipamento|loan|payout|refund|entschädigung\p{L}*|auszahlung|kredit|darlehens?|rückerstattung|préstamo|indemnización|compensación|reembolso|prêt|indemnisation|remboursement|empréstimo|indenização|compensação)(?![\p{L}])`;
// A fee the reader is to pay or send for money or goods of their own to be released — the advance-fee scheme, in fake
// job offers too ("a fee for your equipment"): "use the account details below to send the fee $1080 … for your funds
// transfer", "die Hälfte der Gebühr für Ihre Spende" (twentieth session, the tenth set read).
const FEE_FOR_RELEASE: Combination[] = [
  [
    // (verbs, not "transfer" or "pago" as nouns: "a fee for each transfer of your funds" is no demand)
    concept(
      String.raw`pay|paying|send|sending|wire|remit|transfer (?:the|a|this|that|it)|bezahlen|zahlen|überweisen|schicken|senden|pagar|pague|pagues|paga|envía|envíe|enviar|payer|payez|régler|réglez|envoyer|envoyez|verser|versez|envie|transferir|transfira|transfiera|transférer|transférez`,
    ),
    filter(
      String.raw`fees?\b|gebühr(?:en)?|(?!überweisungs|zahlungs)\p{L}{1,24}gebühr(?:en)?|frais|tasas?\b|taxas?\b|tarifa`,
    ),
    filter(YOUR_HELD_THING),
  ],
];
// A fee named as required, the reader's money or goods held until it is paid — the advance-fee letter that asks with no
// pay verb: "Um den Vorgang abzuschließen, ist eine kleine ausstehende Gebühr erforderlich. … Sobald diese Gebühr
// beglichen ist, wird Ihre Sendung … eingeplant", "benötigt die Bank die obligatorischen Überweisungsgebühren in Höhe von
// 850 Euro", "Ohne die erforderliche Gebühr können wir Ihre Spende nicht weiterverarbeiten" (twenty-ninth session, the
// tuning text). Read only where the message names such a held thing of the reader's.
const REQUIRED_WORD = String.raw`erforderlich\p{L}*|obligatorisch\p{L}*|benötigt|angeforderte?n?|required|mandatory|compulsory|obligatoire|obligatorio|obligatoria|obrigatóri[oa]|requise?s?`;
const FEE_REQUIRED: Combination[] = [
  [
    concept(
      String.raw`(?:${REQUIRED_WORD}) (?:\p{L}+ ){0,3}?(?:\p{L}*gebühr(?:en)?|${FEE_NAMES})(?![\p{L}])(?!\s*:\s*(?:none|no|keine|ninguna|aucun|nenhuma|n/a)(?![\p{L}]))`,
      String.raw`(?:gebühr(?:en)?|${FEE_NAMES}) (?:\p{L}+ ){0,2}?(?:${REQUIRED_WORD})(?![\p{L}])`,
      // (a compound fee before the word: "Die Zollgebühr ist erforderlich" — a review of the twenty-ninth session)
      String.raw`(?<=\p{L}gebühr(?:en)? (?:[^\s.!?]+ ){0,3}?)(?:erforderlich\p{L}*|obligatorisch\p{L}*|benötigt|notwendig)`,
    ),
  ],
];
const HELD_THING = asciiFirst(new RegExp(String.raw`(?<![\p{L}])${YOUR_HELD_THING}`, 'iu'));
// … said to be held or not yet released ("on hold", "zurückgehalten", "nicht weiterverarbeiten", "Zustellung", "release")
// — not a gig's package whose extras cost a fee ("Your package includes 3 revisions. For more, an additional fee is
// required": a review of the twenty-ninth session).
const HELD_OR_RELEASED = asciiFirst(
  /(?<![\p{L}])(?:on hold|held|hold|release\p{L}*|retain\p{L}*|zurückgehalten|warteschleife|freigabe|freigeben|freigegeben|freischalt\p{L}*|weiterverarbeit\p{L}*|zustell\p{L}*|abschlie\p{L}*|abwickl\p{L}*|retenid[oa]s?|liberar|liberación|bloquead[oa]s?|retenu\p{L}*|libér\p{L}*|bloqué\p{L}*|retid[oa]s?|libera\p{L}*|process\p{L}*|complete the|transfer of your|transferencia de su|virement de vos)(?![\p{L}])/iu,
);
const GIG_EXTRAS = asciiFirst(
  /(?<![\p{L}])(?:revisions?|korrektur\p{L}*|revisiones|révisions|revisões|premium|basic|standard|gig|rush|express)(?![\p{L}])/iu,
);
const heldForAFee = (text: string) => HELD_THING.test(text) && HELD_OR_RELEASED.test(text) && !GIG_EXTRAS.test(text);
function feeRequiredOfHeld(message: PreparedMessage): string[] {
  const unless = [PLATFORM, THROUGH_MARKETPLACE, WRITER_PAYS, PAID_AFTER, FEE_SAVED, TO_SOMEONE_CLOSE];
  const found = [...cooccurring(message, FEE_REQUIRED, { unless }), ...cooccurring(message, FEE_SUGGESTED, { unless })];
  return found.length && heldForAFee(message.text) ? found : [];
}
// Payment at the start of each period: "le paiement se fait au début de chaque semestre", "payment at the
// beginning of each month".
const PERIOD_START = filter(
  String.raw`at the (?:start|beginning) of (?:each|every)|au début de chaque|en début de (?:mois|semestre|trimestre|période|séance|chaque)|zu beginn (?:jedes|jeder)|al (?:inicio|principio|comienzo) de cada|a principios de (?:cada|mes)|no início de cada`,
);
const TO_SOMEONE_CLOSE = filter(TO_RELATION);
const AHEAD_TERMS: Combination[] = [[PAYMENT, PERIOD_START]];

// Escrow and milestones are the platform's protection; a deposit for something else is no prepayment. (The reader's own refund or
// payout is no marketplace's refund: "To release your refund, pay the fee", "die Freigabe Ihrer Rückerstattung" — a review of the
// forty-fourth session.)
const PLATFORM = concept(
  String.raw`(?<!(?:not (?:through|via|in|into|using|on) |rather than (?:through |via )?|instead of |outside (?:of )?|without |bypass(?:ing)? |skip(?:ping)? |no |not )(?:the |an? |any )?)escrow|en garantía|aushandeln|negotiate|negociar|négocier|(?<!(?:your|ihre?[mnrs]?|deine?[mnrs]?|su|sus|tu|tus|votre|vos|ton|tes|seu|sua|seus|suas) (?:\p{L}+ )?)rückerstattung|(?<!(?:your|ihre?[mnrs]?|deine?[mnrs]?|su|sus|tu|tus|votre|vos|ton|tes|seu|sua|seus|suas) (?:\p{L}+ )?)(?<!non-|non |no |not |isn[’']t |n[’']t be |(?:not|n[’']t) (?:accept|give|offer|issue|do) )refund\p{L}*|(?<!(?:your|ihre?[mnrs]?|deine?[mnrs]?|su|sus|tu|tus|votre|vos|ton|tes|seu|sua|seus|suas) (?:\p{L}+ )?)(?<!no |no es |não |não é |nao |nao e )reembols\p{L}*|(?<!(?:your|ihre?[mnrs]?|deine?[mnrs]?|su|sus|tu|tus|votre|vos|ton|tes|seu|sua|seus|suas) (?:\p{L}+ )?)(?<!non |pas |n[’']est pas |ne sont pas )rembours\p{L}*|(?<!(?:not (?:through|via|in|into|using|on) |rather than (?:through |via )?|instead of |outside (?:of )?|without |bypass(?:ing)? |skip(?:ping)? |no |not )(?:the |an? |any )?)milestones?|button|deposit system|plugin|prizes?|(?<!(?:your|ihre?[mnrs]?|deine?[mnrs]?|su|sus|tu|tus|votre|vos|ton|tes|seu|sua|seus|suas) (?:\p{L}+ )?)payout|activation fee|meilenstein\p{L}*|treuhand\p{L}*|hitos?|(?:um|uma|un|una|une|a|an|ein|einen) (?:(?:site|sistema|sitio|système) de (?:reservas|réservation)|booking (?:site|system|app|platform|website)|buchungssystem|reservierungssystem)|jalons?|étapes|etapas?|marcos?|em garantia|custódia|not needed|not required|no need|not how|nicht üblich|nicht nötig|nicht erforderlich|features?|functions?|funktion\p{L}*|booking ?/ ?payments?|functionalit\p{L}*|funcionalidad\p{L}*|fonctionnalit\p{L}*|funcionalidade\p{L}*|gateways?|payment processors?|integrations?|auslastung|arbeitspensum|pensum|workload|carga horaria|dedicación|dedicação|taux d[’']occupation|checkout|shop|venue|client paid|customer paid|would be (?:great|nice) if|(?:est|sont) en droit de (?:vous )?demander|(?:is|are) entitled to (?:ask|request|require|demand)|(?:has|have) the right to (?:ask|request|require|demand)|(?:ist|sind) berechtigt,? (?:\p{L}+ ){0,3}?(?:zu )?(?:verlangen|fordern)|tienen? derecho a (?:pedir|solicitar|exigir)|t[eê]m (?:o )?direito de (?:pedir|solicitar|exigir)`,
);

// What a deposit is, as articles and glossaries say it: "a 50% upfront payment is a billing arrangement where …",
// "eine Zahlung per Vorkasse ist eine häufige Zahlungsart", "il constitue un paiement anticipé", "payer un acompte à la
// commande est la norme" — said of no one: a sentence that names its writer or its reader ("my only condition is an
// advance payment of 30 %", "… is the standard practice for all my clients") sets terms (definedOnly).
const DEFINED = wordsAhead(
  asciiFirst(
    new RegExp(
      String.raw`(?<![\p{L}])(?:is|are|ist|sind|es|son|est|sont|é|são|constitue|constitutes|constituye|constitui|means|bedeutet|significa|signifie|désigne|refers to)\s+(?:\p{L}+\s+){0,3}?(?:a|an|the|ein|eine|einer|un|una|une|um|uma|la|le|el|o|die|der|das)\s+(?:\p{L}+\s+){0,2}?(?:arrangement|practice|norm|convention|document|zahlungsart|zahlungsmethode|praxis|gepflogenheit|práctica|costumbre|norma|documento|pratique|norme|usage|coutume|prática|costume)(?![\p{L}])`,
      'iu',
    ),
  ),
);
const definedOnly = (s: string) => DEFINED.test(s) && !personal(s) && !ASKED_TOO.test(s);

// Advice to other freelancers about their own clients, not terms set for the reader: "when you say to your client: …",
// "Précisez à vos clients que …", "bei Neukunden ist es empfehlenswert, …" (labelling policy v2.1, rule 15) — the
// reader's clients told something, or a recommendation with no writer in it ("It's a good idea to pay the deposit
// today, then I start" is the writer's ask).
const TELL_YOUR_CLIENTS = filter(
  String.raw`(?:say|tell|explain|ask|charge|bill|quote|précise[zr]?|di|dile|diga|diz|sag|sagen sie)\p{L}*\s+(?:to\s+|à\s+|a\s+)?(?:your|tu|tus|votre|vos|seu|seus|sua|suas|teu|teus|ihre?n?|deine?n?)\s+(?:new\s+|nouveaux\s+|neue\p{L}*\s+)?(?:clients?|customers?|clientes?|kunden|auftraggeber\p{L}*)`,
);
// (advice to peers also as "a tip is to charge …", "uma dica é cobrar …", "best practice is to ask …": a hunt for false alarms
// on hiring advice, thirty-ninth session — the reader as the one who charges, not any sentence that says "tip": a review)
const ADVISED = wordsAhead(
  asciiFirst(
    new RegExp(
      String.raw`(?<![\p{L}])(?:(?:it is|it[’']s) (?:advisable|recommended|a good idea)|empfehlenswert|es recomendable|se recomienda|il est conseillé|il est recommandé|é aconselhável|é recomendável|recomenda-se|se suele|suelen|una recomendación es|my (?:advice|recommendation|suggestion) (?:is|would be)|mon conseil|mi consejo|meu conselho|(?:(?:uma|a|one|my|our|un|una|ein|mein) (?:\p{L}+ )?(?:dica|tip|consejo|conseil|astuce|tipp|sugerencia|sugestão|recomendação|recomendación|recommandation|empfehlung)(?: \p{L}+)? (?:é|is|es|est|ist)|best practice (?:is|for \p{L}+ is)|(?:la )?buena práctica es|(?:la )?bonne pratique (?:est|consiste à)|(?:a )?boa prática é)(?: to| de| d[’'])? (?:ask|charge|request|require|bill|invoice|cobrar|pedir|solicitar|exigir|facturar|demander|exiger|facturer|réclamer|verlangen|fordern|berechnen))(?![\p{L}])`,
      'iu',
    ),
  ),
);
const WRITER_IN = asciiFirst(new RegExp(String.raw`(?<![\p{L}])(?:${WRITER_WORDS}|i[’']ll)(?![\p{L}])`, 'iu'));
const advisedOnly = (s: string) => ADVISED.test(s) && !WRITER_IN.test(s);
// What is customary or frequent, said of no one: "Es ist üblich, bei der Buchung … eine Anzahlung zu leisten", "eine Zahlung
// per Vorkasse ist … eine häufige Zahlungsart", "In France, advance payment is made frequently", "Em grande parte dos casos,
// o valor precisa ser quitado antes", "Hay que saber que muchas empresas exigen el pago por adelantado" (articles and
// explainers; twenty-ninth session, the tuning text) — a sentence with its writer in it sets terms ("bei uns ist es üblich,
// 50 % vorab zu zahlen"), and "üblich" alone stays (a goldsmith's "eine Anzahlung von 50 % ist üblich" sets them).
const CUSTOMARY = wordsAhead(
  asciiFirst(
    /(?<![\p{L}])(?:es ist (?:üblich|gängig|normal)|(?:eine )?häufige zahlungsart|(?:is|are) (?:made|paid|asked|required) (?:very )?(?:frequently|often|commonly)|it is (?:common|usual|customary|standard practice)|it[’']s (?:common|usual|customary)|é (?:comum|habitual|frequente)|es (?:común|habitual|frecuente)|il est (?:courant|habituel|fréquent|d[’']usage)|(?:em|na) (?:grande parte|maioria) dos casos|in most cases|dans la plupart des cas|en la mayoría de los casos|in den meisten fällen|hay que saber que|(?:muchas|algunas) empresas|many (?:companies|businesses)|viele (?:firmen|unternehmen|händler))(?![\p{L}])/iu,
  ),
);
const customaryOnly = (s: string) => CUSTOMARY.test(s) && !WRITER_IN.test(s) && !FOR_THE_WRITER.test(s);
// The reader as the one who asks for the money, from someone else: advice to freelancers about their own clients ("Vous
// lui envoyez alors un devis en lui demandant un acompte", "peça parte adiantado (50%)", "Sometimes you want to get a
// fraction of the payment in advance", "Wer … auf Nummer sicher gehen will, verlangt Vorkasse"; labelling policy v2.1,
// rule 15; twenty-ninth session, the tuning text) — unless the writer asks the reader too ("… so please send it today").
const READER_ASKS = wordsAhead(
  asciiFirst(
    new RegExp(
      String.raw`(?<![\p{L}])(?:(?:you|u)(?: (?:can|could|should|may|might|have to|must|always|then|also|just|simply|don[’']t|do))* (?:ask|request|charge|demand|require|collect|invoice|bill)|(?:you|u) (?:want|need|would like) to (?:get|receive|collect)|(?:vous|tu) (?:(?:pouvez|devez|devriez|pourriez|lui|leur) )*(?:demandez|demander|exigez|exiger|facturez|facturer|réclamez|réclamer|demandes|exiges)|en (?:lui |leur )?(?:demandant|exigeant|réclamant)|(?:demandez|exigez|réclamez)(?:-(?:lui|leur)| (?:à|aux) (?:vos|votre|tes|ton) clients?)|(?:você|voce|vc) (?:(?:pode|deve|precisa) )?(?:pe[çc]a|pedir|cobrar|cobre|exigir|exija|solicitar)|(?:^|(?<=[,;:]\s?|\s(?:e|y)\s))(?:pe[çc]a|cobre|exija|pida|cobra|pide|exige)(?= (?:\p{L}+ ){0,2}?(?:parte|um|uma|o|a|el|la|un|una|\d))|(?:tú|usted) (?:(?:puedes|debes|puede|debe) )?(?:pides|pide|pedir|cobras|cobrar|exiges|exigir)|(?:verlangen|fordern) sie|(?:du )?(?:verlangst|forderst) du|wer (?:\p{L}+ ){0,8}?(?:will|möchte)\p{L}*,? (?:verlangt|fordert)|(?:your|votre|ton|tu|su|seu|teu|ihre|deine) (?:work|travail|trabajo|trabalho|arbeit) (?:will |wird |va |vai |va a )?(?:start\p{L}*|begin\p{L}*|début\p{L}*|commence\p{L}*|comenzar\p{L}*|comenzará|empezará|começa\p{L}*|beginn\p{L}*))(?![\p{L}])`,
      'iu',
    ),
  ),
);
// (an ask of the reader for the writer: "please", "pay me", "envoyez-moi" — not the reader's own "vous lui envoyez un devis")
const FOR_THE_WRITER = asciiFirst(
  /(?<![\p{L}])(?:please|kindly|bitte|por favor|veuillez|merci de|s[’']il (?:te|vous) pla[iî]t|(?:pay|send|transfer|wire) (?:me|us)|(?:get|send|transfer|wire|pay) (?:\S+ ){0,4}?to (?:me|us)|(?:zahlen|überweisen|schicken) sie (?:mir|uns)|(?:envoyez|payez|versez)-(?:moi|nous)|me (?:pague|pagues|mande|mandes|envie|envíe|paie|payez|verse))(?![\p{L}])/iu,
);
const readerAsks = (s: string) => READER_ASKS.test(s) && !FOR_THE_WRITER.test(s);

// Paid through the marketplace, where payment belongs ("100% of payments go through Fiverr", "el pago se hace por
// Upwork"): a filter, not a concept — "por", "par" and "via" would be anchors in every message.
// (a share of something that is no payment — "as soon as I get half of the product photos", "sobald die Hälfte der Texte
// eingegangen ist", "dès réception de 50 % des contenus", "el 50% de los clientes" —, a phase already delivered paid for, or terms
// told as advice or a survey's figure: a review of the forty-third session's readings)
const NOT_A_PAYMENT_SHARE = filter(
  String.raw`(?:half|hälfte|mitad|metade|moitié|\d{1,3}\s?%)\s+(?:of|der|des|de|del|dos|das|da|do|du)\s+(?:the\s+|your\s+|my\s+|los\s+|las\s+|os\s+|as\s+|les\s+|die\s+|mis\s+|tus\s+|seus\s+|suas\s+|meus\s+|mes\s+|vos\s+|ihre[rn]?\s+|deine[rn]?\s+)?(?:\p{L}+\s+)?(?:photos?|fotos|pictures?|images?|imágenes|imagens|bilder|files?|dateien|archivos|arquivos|fichiers|texts?|texte|textos|textes|contents?|contenus|conteúdos|inhalte|materials?|materiales|materiais|matériaux|unterlagen|logos?|concepts?|konzepte|conceptos|conceitos|designs?|diseños|maquettes|mockups?|pages?|seiten|páginas|screens?|products?|produkte|productos|produtos|produits|clients|customers|users|people|kunden|nutzer|clientes|usuarios|usuários|utilisateurs|gens|personas|pessoas|freelancers|respondents|befragten|samples?|assets?|recursos|ressources|contenido|conteúdo|contenu|content|feedback|comentarios|comentários|retours|kommentare)(?![\p{L}])|(?:already |est |is |has been |was |foi |fue |ist |wurde |ya |já )(?:\p{L}+ )?(?:delivered|livrée?|entregue|entregad[oa]|geliefert|completed|terminée?|fertig|abgeschlossen|concluíd[oa])|(?:pro )?(?:tips?|tipps?|consejos?|dicas?|conseils?)(?:\s+\p{L}+){0,3}\s*:|(?:según|selon|laut|according to|segundo) (?:un |une |a |einer |uma )?(?:estudio|étude|study|survey|umfrage|studie|pesquisa|encuesta|enquête|sondage|\p{L}+,)|(?:phase|fase|etapa|stage|milestone|meilenstein)\s+\d+[^.!?\n]{0,30}(?:livrée?|delivered|entregue|entregad[oa]|geliefert|done|completed)|payment (?:api|keys?|credentials|gateway|integration|module)|desconto|descuento|discount|rabatt|remise|\d{1,3}\s?% off|survey|encuesta|umfrage|enquête|pesquisa|studie|study|sondage|increasingly|cada vez más|immer mehr|de plus en plus|cada vez mais`,
);
// (the writer offering to pay or send a share ahead: "I'll send half now and the rest when you deliver", "We'll pay 50% on order" —
// a client's offer, not a demand; forty-third session)
const WRITER_SENDS_SHARE = filter(
  String.raw`nous (?:payons|réglons|versons)|pagaremos|pagaré|vamos pagar|vou pagar|pagarei|nous paierons|nous payerons|je paierai|je payerai|on (?:vous |te )?paie|wir zahlen|ich zahle|(?:our|my|the) client (?:will )?pays?|(?:nuestro|mi|el) cliente paga|(?:notre|mon|le) client (?:paie|paye|verse)|(?:unser|mein|der) (?:kunde|auftraggeber) zahlt|(?:nosso|meu|o) cliente paga|(?:i|we)(?:[’']ll| will| can| could| would| shall)? (?:(?:happily|gladly|also|then|just) )?(?:pay|send|transfer|wire|release|fund|deposit) (?:you )?(?:the )?(?:first )?(?:\d{1,3}\s?%|half|payment|deposit|money|amount)|(?:ich|wir) (?:zahle|zahlen|überweise|überweisen|schicke|schicken|sende|senden) (?:ihnen |dir )?(?:die |den )?(?:\d{1,3}\s?%|hälfte|anzahlung)|(?:te|le|les) (?:pago|envío|mando|transfiero|deposito) (?:el |la )?(?:\d{1,3}\s?%|mitad|anticipo)|(?:eu )?(?:te |lhe )?(?:pago|envio|mando|transfiro|deposito) (?:o |a )?(?:\d{1,3}\s?%|metade|sinal|entrada)|je (?:vous |te )?(?:paie|paye|verse|envoie|règle|vire) (?:les |la )?(?:\d{1,3}\s?%|moitié|acompte)`,
);
// (paid ahead into the marketplace's escrow, the work after: "Once the payment is confirmed by Upwork, I'll start", "I'll start as soon
// as you fund the milestone" — labelling policy rule 65; forty-third session)
const HELD_BY_MARKETPLACE = filter(
  String.raw`${ESCROW_WORDS}|milestones?|meilensteins?|hito|marco|(?:by|via|through|on|in|über|von|por|par|pelo|pela) (?:the )?(?:${MARKETPLACE}|platform|plattform|plataforma|plateforme)`,
);
const THROUGH_MARKETPLACE = filter(
  String.raw`(?<!(?:not|rather than|instead of|nicht|no|pas|não|em vez de|en vez de|au lieu de|statt) )(?:through|via|über|por|par|pelo|pela|on|en|sur|auf|na|no) (?:the |la |el |a |o )?(?:upwork|fiverr|freelancer|malt|workana|toptal|platform|plattform|plataforma|plateforme)`,
);
// (the writer's side paying or releasing money to the reader: "Das Unternehmen stellt Ihnen 50 % Vorauszahlung … zur
// Verfügung", "we are planning to release first batch of the funds", "help me collect this deposit" — twenty-third session;
// a payout's first instalment to the reader: "pick up your first Money Gram payment $5000.00 today", "here is your
// payment details for the first $5000 sent today", "we instantly transfer the first payment of $5000 in your name", "an
// upfront payment of 80 % will be made to your account", "die Bank überweist Ihnen das Geld" — the twentieth set read,
// twenty-fifth session) — not after a fee asked for it: "pay the release fee of $200 so your funds can be transferred today" (a
// review of the forty-fourth session)
const WRITER_PAYS = filter(
  String.raw`(?<!\b(?:send|pay|wire)\b[^!?\n]{0,200})pick up (?:your|the) (?:first )?(?:\p{L}+\s+){0,2}?(?:payment|transfer|funds?|money)|your (?:\p{L}+\s+)?payment details|(?<!(?<![\p{L}])(?:need|needs|want|wants|require|requires|expect|must be|have (?:it|them|the \p{L}+)|get|please|fee|fees)\s[^.!?\n]{0,40})(?:sent|paid|transferred|credited) (?:to you )?today|(?<!^\s*(?:please\s+|kindly\s+)?(?:send|pay)\b[^!?\n]{0,200})(?:transfer|send|pay|wire|credit|remit)\p{L}* (?:\S+\s+){0,12}?(?:in your name|(?:to|into) your (?:designated |bank |own )?(?:account|e-?wallet))|(?:will be|is|was|has been) (?:\p{L}+\s+)?(?:made|paid|sent|transferred|wired|credited) (?:to|into) your (?:\p{L}+\s+)?(?:account|name)|überweist (?:ihnen|dir)|(?:ihnen|dir) (?:\S+\s+){0,3}?überwiesen|(?:stellt|stellen|stelle|gewährt|gewähren) (?:ihnen|dir) (?:\S+\s+){0,3}?(?:vorauszahlung|vorschuss|anzahlung)|(?:provide|give|offer|grant)s? (?:you|u) (?:\S+\s+){0,3}?(?:advance|upfront|pre-?payment)|(?:bietet|bieten|biete) (?:\S+\s+){0,2}?(?:vorauszahlung|vorkasse|vorschuss)|offers? (?:to pay )?(?:\S+\s+){0,2}?(?:upfront|advance|pre-?)(?:\s|-)?payment|(?<!(?:before|until|till|so that|so|then) )(?:we|i)(?: are| am|[’']re|[’']m)? (?:\p{L}+\s+){0,3}?release (?:\p{L}+\s+){0,4}?(?:funds?|payment|money)|(?:collect|claim|inherit|receive) (?:this|the|my|his|her|their) (?:\p{L}+\s+)?deposit|(?:paid|pay|pagad[oa]s?|payée?s?|bezahlt) (?:\p{L}+ ){0,3}?(?:by me|by us|von mir|von uns|por mí|por nosotros|par moi|par nous|por mim|por nós)|te (?:envío|mando) el pago|(?:i|we) (?:can|will|could|would|[’']ll|[’']d|am happy to|am willing to|are happy to) (?:\p{L}+\s+){0,2}?make (?:a |an |the )?(?:[\d%$€£.,]+\s+|\p{L}+\s+){0,2}?(?:down payment|deposit|advance payment|first payment|prepayment)|i (?:can|will|could|would|[’']ll|[’']d|am happy to|am willing to) (?:\p{L}+\s+){0,2}?(?:(?:send|provide)(?: (?:you|u))? (?:(?:the|a|an|your|some|my|our) )?(?:\p{L}+ )?(?:money|payment|funds|cash|advance|deposit|\$|€|£|\d)(?! ?(?:invoice|bill|request|notice)s?(?![\p{L}]))|pay|transfer|wire|cover|advance)|we (?:can|will|could|[’']ll|are happy to) (?:\p{L}+\s+){0,2}?(?:(?:send|provide)(?: (?:you|u))? (?:(?:the|a|an|your|some|my|our) )?(?:\p{L}+ )?(?:money|payment|funds|cash|advance|deposit|\$|€|£|\d)(?! ?(?:invoice|bill|request|notice)s?(?![\p{L}]))|pay|transfer|cover)|(?:ich|wir) (?:kann|können|werde|werden|würde|würden) (?:(?:\p{L}+|[\d%€$.,]+)\s+){0,5}?(?:zahlen|bezahlen|überweisen|schicken)|(?:ich|wir) (?:zahle|zahlen|bezahle|bezahlen|überweise|überweisen) (?:jetzt |heute |gleich |sofort |gern |gerne )?(?:die|eine|den|das|ihnen|dir) (?:\p{L}+ )?(?:anzahlung|vorauszahlung|vorschuss|kaution)|(?:puedo|podemos) (?:pagar|enviar|adelantar)(?:te|le|les|os)?|je (?:peux|vais|pourrais) (?:\p{L}+\s+)?(?:payer|envoyer|verser)|(?:posso|podemos) (?:te |lhe |vos )?(?:pagar|enviar|adiantar)|^\s*(?:(?:te|le|les) devuelvo|(?:je )?vous rembourse|(?:eu )?(?:te |lhe )?devolvo|ich erstatte|(?:i|we)(?:[’']ll| will)? (?:refund|return) (?:you|your|the))`,
);

// A cancellation schedule ("en cas d'annulation … retenue de 25 %", "Havendo desistência até 30 dias antes …", "bei Absage am
// Unterrichtstag werden 50 % des Honorares fällig" — a tutor's terms, the twenty-sixth set read) or a
// late-cancellation fee is no demand — unless the sentence names a deposit as well ("The deposit is due upon
// acceptance and is forfeited upon cancellation", "Die Anzahlung … sonst erfolgt die Stornierung").
const CANCELLATION = wordsAhead(
  filter(
    String.raw`(?:in (?:the )?case of|upon|on|for) (?:a )?cancellation|cancell?ations? (?:is|are|made|fees?|policy)|free cancell?ation|if you cancel|annulation\p{L}*|stornierung|storno\p{L}*|rücktritt\p{L}*|(?:bei|im falle einer?) (?:\p{L}+ )?(?:absage|abs?sagen|kündigung)|cancelación|anulación|cancelamento|desistência|retenue de|retención de|retenção de|einbehalt\p{L}*`,
  ),
);
// Arrears: interest or a fee on a late payment, a service suspended until an overdue invoice is paid, a late cancellation's fee ("Bei Zahlungsverzug werden
// Verzugszinsen … fällig", "somente restabelecido mediante o pagamento da fatura atrasada") — owed after the work, no demand before
// it (thirty-eighth session: a hunt for false alarms on published business pages).
const ARREARS = wordsAhead(
  filter(
    String.raw`gekündigt|ausfallgebühr\p{L}*|ausfallhonorar\p{L}*|stornogebühr\p{L}*|zahlungsverzug|verzugszins\p{L}*|mahngebühr\p{L}*|in verzug|late (?:payments?|fees?|charges?)|overdue|arrears|past due|intérêts de retard|pénalités de retard|retard de paiement|intereses (?:de demora|moratorios)|(?:en|em|de) mora|juros (?:de mora|moratórios)|inadimpl\p{L}*|em atraso|fatura atrasada|factura vencida|facture impayée|impayés?`,
  ),
);
// (a late-cancellation fee "due" with "24 hours in advance" notice is no deposit before the work; pay named before the work
// — "Das Honorar ist vor Leistungsbeginn zu zahlen, bei Absage …", thirty-third session — counts as a deposit named. Not
// BEFORE_THE_WORK below: its "avant le début" also dates a cancellation schedule's steps, "30 jours avant le début de l'école";
// nor "bis 14 Tage vor Kursbeginn", a step's date too — thirty-seventh session, a policy-labelled battery read)
const DEPOSIT_NAMED = filter(
  String.raw`(?<!(?:tage?n?|wochen|stunden|monate?n?) )vor (?:leistungs|arbeits|projekt|kurs)?beginn|before (?:the work|work|starting|i start|we start)|no ato da reserva|na data da reserva|(?:à|lors de) la réservation|at (?:the time of )?booking|bei (?:der )?buchung|con la reserva|al reservar|deposits?|anzahlung|vorauszahlung|vorkasse|acompte|arrhes|sinal|anticipo|señal|adelanto|adiantamento|upfront|up-front|up front`,
);
// An item of a list of payment methods ("Wir bieten Ihnen folgende Zahlungsmöglichkeiten: - Vorkasse - Rechnung -
// PayPal") is an option offered, not a demand: a bulleted line of at most three words under such a heading.
const METHODS_HEADING =
  /(?:zahlungs(?:möglichkeiten|arten|methoden|optionen)|payment (?:methods|options)|we accept|formas de pago|métodos de pago|medios de pago|moyens de paiement|modes de (?:paiement|règlement)|formas de pagamento|métodos de pagamento|meios de pagamento)\s*:?/i;
function methodInList(sentence: string, text: string): boolean {
  return (
    /^\s*[*•·–-]\s*/.test(sentence) &&
    sentence.replace(/^[\s*•·–-]+/, '').split(/\s+/).length <= 3 &&
    METHODS_HEADING.test(text)
  );
}
// A deposit that may be asked is a soft term ("un acompte peut être exigé", "may be required", "kann verlangt werden"): a
// note — unless the sentence asks for it as well ("… may be required before I start, please send it today").
const MAY_BE = wordsAhead(
  asciiFirst(
    new RegExp(
      String.raw`(?:peut|peuvent|pourra|pourront) (?:\p{L}+ )?être (?:exigée?s?|demandée?s?|requise?s?|sollicitée?s?)|(?:may|might|can|could) (?:\p{L}+ )?be (?:required|requested|asked|charged|demanded)|(?:may|might|can|could) (?:also )?(?:require|request|ask for)|(?:se )?(?:puede|pueden|podrá|podrán|podría|podrían) (?:requerir|solicitar|exigir|pedir|cobrar)|(?:pode|podem|poderá|poderão) (?:exigir|solicitar|requerer|pedir|cobrar)|(?:peut|peuvent|pourra|pourront) (?:exiger|demander|réclamer)|(?:kann|können|könnte|könnten) (?:\S+ ){0,10}?(?:verlangt|gefordert|erhoben|berechnet|fällig) werden|(?:puede|pueden|podrá|podrán|podría|podrían) (?:\p{L}+ )?(?:ser )?(?:solicitad|exigid|requerid|pedid|cobrad)\p{L}*|(?:pode|podem|poderá|poderão|poderia) (?:\p{L}+ )?ser (?:solicitad|exigid|cobrad|pedid)\p{L}*`,
      'iu',
    ),
  ),
);
// Paid once a first part is delivered — a sketch or draft approved — is paid for work done, not before it: "metade do
// valor depois da aprovação do sketch e a outra metade antes de receber a arte", "50% after the sketch is approved".
const AFTER_DRAFT = wordsAhead(
  asciiFirst(
    new RegExp(
      String.raw`(?:after|once|upon|após|depois d[ao]|nach|después de(?:l| la)?|tras(?: el| la)?|après(?: le| la| l[’'])?)\s+(?:\p{L}+\s+){0,3}?(?:sketch|sketches|rascunho|esboço|draft|boceto|borrador|croquis|esquisse|skizze|entwurf)`,
      'iu',
    ),
  ),
);
// (unless a share is still asked ahead: "100% upfront or 50% upfront and 50% after sketch approval")
// (a share still asked ahead; with "now", "today", "first" where the part paid is a draft's or the last)
const STILL_AHEAD =
  /upfront|up-front|in advance|adelantad|anticipad|d[’']avance|im voraus|vorab|antecipad|adiantad|deposit|anzahlung|sinal|acompte|anticipo|adelanto|before (?:i|we) (?:start|begin)|bevor|antes de (?:empezar|comenzar|começar)|avant de commencer/i;
const UPFRONT = new RegExp(
  `${STILL_AHEAD.source}|\\b(?:now|today|jetzt|heute|hoy|ahora|hoje|agora|aujourd[’']hui|maintenant|first)\\b`,
  'i',
);
const paidAfterDraft = (s: string) => AFTER_DRAFT.test(s) && !UPFRONT.test(s);
// Paid at the end, once the work is there: "Payment due at the end of your project before final file delivery", "Upon final
// payment, the Client is granted full ownership of the final, delivered website", "Payment is due upon verification that the
// code has been delivered", "um depósito de 50 % … é feito na aprovação do rascunho" (a draft approved is work delivered;
// twenty-ninth session, the tuning text) — unless a part is still asked ahead, or before the work starts.
const PAID_AT_THE_END = wordsAhead(
  asciiFirst(
    /(?<![\p{L}])(?:(?:upon|on|after|with) (?:the )?final payment|at the end of (?:the |your |each |every )?(?:project|work|job|commission|session|contract)|that the (?:code|work|project|files?|design|website) (?:has|have) been (?:delivered|completed)|after the (?:work|project|job|commission) (?:is|has been) (?:completed|finished|done|delivered)|(?:na|on|upon|at|à la|a la|bei der) (?:aprovação|approval|validation|aprobación|freigabe|abnahme) d(?:o|a|u|e|es|el) (?:rascunho|esboço|sketch|draft|boceto|borrador|croquis|esquisse|skizze|entwurfs?))(?![\p{L}])/iu,
  ),
);
const BEFORE_THE_WORK =
  /\bbefore (?:the )?(?:work|start|beginning|i|we)\b|\bvor (?:beginn|arbeitsbeginn|projektbeginn)|\bantes d[eo] (?:iniciar|início|começar|empezar|comenzar)|\bavant (?:le début|de commencer)/i;
// … or due some days after the work is delivered: "Your first payment is due within 5 days of the work being delivered",
// "Zahlung fällig innerhalb von 14 Tagen nach Lieferung" (a review of the fiftieth session: a note) — "first" here the first of
// several payments, each after its part.
const DUE_AFTER_DELIVERY = asciiFirst(
  /(?<![\p{L}])(?:due|payable|fällig|zahlbar|vence|a pagar|exigible|payable|devido|vencimento) (?:within|after|in|innerhalb von|binnen|nach|en|dentro de|sous|dans les|em|até|a los|à) (?:\S+ ){0,3}?(?:of|after|from|following|nach|tras|después de(?: la)?|de la|após(?: a)?|da|après(?: la)?|de|del?) (?:the |die |der |la |le |a |o |el )?(?:(?:work|project|files?|code|website|design|milestone)s? (?:being|having been|is|has been|are|have been) (?:delivered|completed|approved|accepted|finished)|(?:final )?(?:delivery|completion|lieferung|abnahme|fertigstellung|entrega|livraison|conclusão|conclusión))(?![\p{L}])/iu,
);
const paidAtTheEnd = (s: string) =>
  (PAID_AT_THE_END.test(s) && !UPFRONT.test(s) && !BEFORE_THE_WORK.test(s)) ||
  (DUE_AFTER_DELIVERY.test(s) && !STILL_AHEAD.test(s) && !BEFORE_THE_WORK.test(s));
const ASKED_TOO =
  /\b(?:please|send|pay|transfer|bitte|überweisen sie|por favor|envíe|envía|veuillez|envoyez|payez|envie|pague)\b/i;
// (… and a deposit that may be needed, a possible one, one the writer may ask: "peut nécessiter le versement d'un acompte",
// "es ist möglich, eine Vorauszahlung … anzufordern", "eine eventuelle Vorauszahlung", "wir sind berechtigt, bei der
// Auftragserteilung eine angemessene Vorauszahlung zu verlangen" — twenty-ninth session, the tuning text)
const MAY_BE_NEEDED = wordsAhead(
  asciiFirst(
    /(?<![\p{L}])(?:(?:peut|peuvent|pourra|pourront) nécessiter|es ist möglich,? (?:eine[nm]?|die|den) (?:\p{L}+ ){0,3}?(?:anzufordern|zu verlangen|zu fordern|zu erheben)|berechtigt,? (?:\p{L}+ ){0,3}?(?:eine[nm]?|die|den) (?:\p{L}+ )?(?:vorauszahlung|anzahlung|vorkasse|vorschuss)|eventuelle[nr]? (?:vorauszahlung|anzahlung|vorkasse)|éventuel(?:le)? (?:acompte|paiement|versement)|(?:eventual|posible) (?:anticipo|pago|depósito)|(?:eventual|possível) (?:sinal|entrada|pagamento|depósito))(?![\p{L}])/iu,
  ),
);
const mayBeAsked = (s: string) => (MAY_BE.test(s) || MAY_BE_NEEDED.test(s)) && !ASKED_TOO.test(s);
// (… a note only where the deposit is what may be asked — "required", "requested", "charged", "exigé", "solicitado" — or a
// possible one is named; "you may be asked by your bank to confirm the deposit" asks the reader nothing of the writer's:
// dropped, as every "may" sentence was before the thirty-fourth session)
// (German with the deposit and its sum between: "Bei Buchung kann eine Anzahlung von 30 % verlangt werden", "Vor Beginn kann eine
// Anzahlung von 50 % fällig werden"; a levy that "kann … fällig werden" — "eine Künstlersozialabgabe" — asks nothing: forty-second
// session and its review)
const MAY_BE_TERM = asciiFirst(
  new RegExp(
    String.raw`(?<![\p{L}])(?:${MAY_BE_ASKED_WORDS}|(?:kann|können|könnte|könnten) (?:\S+ ){0,10}?(?:verlangt|gefordert|erhoben|berechnet) werden|(?:kann|können|könnte|könnten) (?:\S+ ){0,6}?(?:anzahlung|vorauszahlung|vorkasse|kaution|vorschuss)\S* (?:\S+ ){0,6}?fällig werden)(?![\p{L}])`,
    'iu',
  ),
);
const mayBe = (s: string): 'firm' | 'soft' | 'asks nothing' =>
  !mayBeAsked(s) ? 'firm' : MAY_BE_TERM.test(s) || MAY_BE_NEEDED.test(s) ? 'soft' : 'asks nothing';
// (… unless the sentence asks for pay ahead as well: "Bitte überweisen Sie vorab 50 %, bei Zahlungsverzug …", "Necesito el 50% por
// adelantado; los pagos en mora tienen recargo" — a review of the day's readings)
const AHEAD_ASKED = asciiFirst(
  new RegExp(
    String.raw`(?<![\p{L}])(?:${PAY_AHEAD}|vorher|vorauszahl\p{L}*|por adelantado|adelantad[oa]|anticipad[oa]|adiantad[oa]|antecipad[oa]|before (?:any|the|i|we|starting)|antes de (?:empezar|comenzar|começar|iniciar)|avant de commencer)(?![\p{L}])`,
    'iu',
  ),
);
const noDemandInCancellation = (s: string) =>
  !(
    (CANCELLATION.test(s) && !DEPOSIT_NAMED.test(s)) ||
    (ARREARS.test(s) && !DEPOSIT_NAMED.test(s) && !AHEAD_ASKED.test(s))
  );
// A share of the time worked remotely or on site is no share of the price ("dann bis zu 40% Remote", real marketplace text)
const WORK_SPLIT =
  /\d{1,3}\s?%\s?(?:remote|onsite|on-site|vor ort|homeoffice|home-office|home office|mobil|télétravail|remoto|presencial)/i;
// Paid ahead or on the spot, as the reader likes: "payment is made online at the time of booking or in cash in person"
// (an option, not a payment before the work; twenty-second session, the read text)
const OR_ON_SITE = wordsAhead(
  asciiFirst(
    // (\b before a letter: NOT_AFTER_WORD)
    new RegExp(
      String.raw`${NOT_AFTER_WORD}(?:or|ou|oder|o)\s+(?:[\p{L}]+\s+){0,2}?(?:in person|on site|on arrival|at the (?:door|venue|counter)|sur place|vor ort|en persona|en el lugar|no local|presencialmente|(?:au plus tard|at the latest|spätestens|a más tardar|no máximo),? (?:durant|pendant|lors d\p{L}*|during|at|on|während|bei|am|durante|el día|no dia|na|no))(?![\p{L}])`,
      'iu',
    ),
  ),
);
// Paying on receipt offered among the ways to pay, anywhere in the message ("Nachnahme – Sie zahlen bei Erhalt", "Kauf auf
// Rechnung", "Réglement en espèces le jour du retrait ou de la livraison", "cash on delivery", "contra reembolso"): paying
// ahead is then one option the reader may choose, not a demand (twenty-ninth session, the tuning text's shop terms) —
// unless the sentence asks a deposit or a share, or makes paying ahead the only way ("nur gegen Vorkasse").
const PAY_LATER_OFFERED = asciiFirst(
  /(?<![\p{L}])(?<!(?:keine?|ohne|no|not|sans|pas de|sin|sem|nicht per|nicht auf) )(?:nachnahme|kauf auf rechnung|rechnungskauf|sie zahlen bei erhalt|cash on delivery|pay(?:ment)? on delivery|contra ?reembolso|pago contra entrega|paiement à la livraison|(?:réglement|règlement|paiement) (?:\p{L}+ ){0,3}?le jour (?:du retrait|de la livraison)|pagamento (?:na|contra) entrega)(?![\p{L}])(?![^.!?\n]{0,40}(?<![\p{L}])(?:nicht|not|no longer|pas|não|no es|no está|no se)(?![\p{L}]))/iu,
);
const SHARE_OR_ONLY = asciiFirst(
  /\d{1,3}\s?%|(?<![\p{L}])(?:deposits?|anzahlung|acompte|arrhes|sinal|anticipo|señal|seña|adelanto|entrada|only|nur|ausschließlich|uniquement|seulement|exclusivement|solo|sólo|solamente|somente|apenas|exclusivamente)(?![\p{L}])/iu,
);
// (… or paying in person offered anywhere in the message: "payment is made online at the time of booking or in cash in
// person", and then "a confirmation email … is sent as soon as payment is validated" is that option's)
// Words one of which every paying-on-receipt term holds ("rechnung" for both of "Kauf auf Rechnung", "Rechnungskauf"; none
// with an "s" or a "k", which the "iu" pattern also reads as "ſ" and the Kelvin sign): a cheap look before its scan.
const PAY_LATER_WORD = wordsAhead(/nachnahme|rechnung|bei erhalt|delivery|reembol|entrega|livrai|le jour/i);
// (the sentence first, the message's side once per message: two scans of the whole text, which ran for each sentence)
const oneWayOfSeveral = (s: string, offered: () => boolean) => !SHARE_OR_ONLY.test(s) && offered();

// Paid when the stay or the service begins, on the spot: "a qual deverá ser paga no ato do check-in", "payable on arrival",
// "à régler à l'arrivée", "zahlbar bei Anreise" (the tuning text's hotel terms, twenty-eighth session) — paid at the
// counter, not before — unless the sentence names a deposit or a share at booking too (DEPOSIT_NAMED).
const ON_ARRIVAL = wordsAhead(
  asciiFirst(
    new RegExp(
      String.raw`(?<![\p{L}])(?:(?:no ato|no dia|na hora|no momento) d[oa] (?:check\s?-?\s?in|chegada|entrada)|(?:at|upon|on) (?:check\s?-?\s?in|arrival(?! of))|(?:à|lors de) l[’']arrivée|au check\s?-?\s?in|bei (?:der )?(?:anreise|ankunft)|(?:a|en) la llegada|al llegar|na chegada)(?![\p{L}])`,
      'iu',
    ),
  ),
);
// A charge for choosing to pay ahead, as one option among others: "Bei Rechnungslegung (Vorkasse) fallen zusätzliche
// Gebühren in Höhe von 5,00 € an", "for advance payments an extra fee of 3 % applies" (the tuning text's tour terms, twenty-eighth
// session) — the option's price, not a demand to pay ahead.
const OPTION_SURCHARGE = wordsAhead(
  asciiFirst(
    new RegExp(
      String.raw`(?<![\p{L}])(?:bei|für|for|with|on|pour|sur|con|para|com)\s+(?:[\p{L}()]+\s+){0,2}?\(?(?:vorkasse|vorauszahlung|prepayments?|advance payments?|paiements? anticipés?|pagos? anticipados?|pagamentos? antecipados?)\)?\s+(?:\p{L}+\s+){0,2}?(?:zusätzliche|extra|additional|supplémentaires?|adicional(?:es)?)`,
      'iu',
    ),
  ),
);

// Payment terms as the work itself: a checkout or booking flow to build, a shop's terms to translate ("Our app needs a prepayment
// flow: users pay a 20% deposit when booking", "La réservation est confirmée après paiement d'un acompte de 30 % — texte à traduire",
// "Zahlungsbedingungen für den Onlineshop (bitte übersetzen)"; a review of the forty-fifth session; the software's behaviour
// specified, "The booking page should require a 20% deposit before confirming", "El sistema de reservas debe pedir un depósito",
// "Le module de réservation doit demander un acompte", "The system should require a 20% deposit when the user books": the
// fiftieth session's reviews) — not where the reader is asked
// to pay or the writer needs it ("I will build the checkout flow once you send the 50% deposit").
const TERMS_AS_WORK = filter(
  String.raw`^(?![^]*(?:(?:you|u) (?:to )?(?:send|pay|transfer|deposit|wire)|(?:^\W*|[.!;:,]\s*|please |kindly )(?:send|pay|transfer|wire)(?: me| us)? (?:the |a )?(?:\d|deposit|advance|upfront)|(?:^|\s)i (?:need|require|ask)))[^]*?(?:(?:prepayment|pre-payment|deposit|payment|checkout|vorkasse|anzahlungs?|zahlungs?|acompte|paiement|depósito|pago|sinal|pagamento)[\s-]+(?:flow|feature|function\p{L}*|module|logic|step|integration)|please (?:implement|build|add|code|set up) (?:it|this|that)(?= in (?:stripe|woocommerce|shopify|paypal|the (?:app|site|checkout|booking)))|(?:(?:booking|reservation|checkout|payment|order) (?:page|system|module|form|flow|widget|plugin|app|engine|tool)|(?<=(?:^\W*|[.!?;:]\s*)the )(?:system|app|site|website|form|checkout|plugin|backend|api)|(?:sistema|módulo|formulario|formulário|página) de (?:reservas?|pagos?|pagamentos?|pedidos)|(?:module|système|formulaire|page) de (?:réservation|paiement|commande)|(?:buchungs|reservierungs|bestell|zahlungs)(?:system|seite|formular|modul|maske))\s+(?:\p{L}+\s+){0,2}?(?:should|must|needs? to|has to|will|would|debe|debería|tiene que|deve|deveria|tem que|doit|devrait|soll|sollte|muss)(?![\p{L}])|(?:suggest|propose|recommend|vorschlagen|empfehle|empfehlen|sugiero|sugeriría|propongo|recomiendo|suggère|suggérerais|recommande|sugiro|sugeriria|proponho|recomendo),? (?:that |dass |que )?(?:the |das |el |le |o |la |a )?(?:system|app|site|checkout|booking|module|plugin|platform|sistema|système|módulo|modul|plattform|plataforma|plateforme)(?![\p{L}])|(?:your|vos|tus|seus|suas|ihre|the|los|les|os|die) (?:customers|guests|users|buyers|visitors|shoppers|patients|students|utilisateurs|acheteurs|visiteurs|clientes|huéspedes|usuarios|compradores|kunden|gäste|nutzer|käufer|hóspedes|usuários)(?<!(?:the|les|los|os|die) (?:clientes|kunden)) (?:\p{L}+\s+){0,3}?(?:pay|pays|book|books|verser|payer|régler|pagar|paguen|paguem|pagam|pagan|zahlen|bezahlen|leisten|buchen|reserv\p{L}*)(?![\p{L}])|(?:vos|tus) clients? (?:\p{L}+\s+){0,2}?(?:verser|payer|régler)|(?:le |el |o |das |the )(?:module|système|sistema|módulo|system|modul|plugin|checkout) (?:\p{L}+\s+){0,2}?(?:permettra|permet|permitirá|permite|permitirá|erlaubt|ermöglicht|lets|will let|allows|will allow)(?![\p{L}])|(?:texte?|texto) (?:à|a|para|pour|for|to) (?:tradu\p{L}*|translat\p{L}*)|(?:the )?(?:website|web ?site|site|page|shop)(?:[’']s)? text (?:says|reads)|(?:el )?texto de (?:la web|la página|la tienda|el sitio) dice|le texte (?:du site|de la page|de la boutique) dit|o texto d[oa] (?:site|página|loja) diz|der text (?:der webseite|auf der seite|des shops) lautet|(?:text|texte|texto) (?:for|para|pour) (?:the |la |le |o |a |el )?(?:web|site|website|página|page|sitio|shop|tienda|loja|boutique)|(?:bitte |please )?(?:übersetzen|translate)\)|zu übersetzen\p{L}*|à traduire|a traducir|para traduzir|bitte übersetzen|translate (?:this|the following|it)(?: text| paragraph| sentence| policy)? (?:into|to) \p{L}+)`,
);
// Said on the marketplace, through it, or paid by the writer: no demand of the reader — every reading's first exceptions.
const NO_DEMAND_OF_THE_READER = [PLATFORM, THROUGH_MARKETPLACE, WRITER_PAYS, TERMS_AS_WORK];

export const rule: MessageRule = {
  id: 'prepayment-pressure',
  concrete: 'sum',
  aboutPayment: true,
  kind: 'message',
  group: 'payment',
  check({ message }) {
    // The writer paying in advance ("I can send the money in advance to buy a computer") is no demand.
    const quoted = [
      ...new Set([
        ...cooccurring(message, COMBINATIONS, {
          unless: [...NO_DEMAND_OF_THE_READER, AFTER_ACCEPTANCE, TELL_YOUR_CLIENTS, PAID_AFTER, OWN_RENT_OR_BAIL],
        }),
        ...cooccurring(message, SUM_NEEDED_FIRST, {
          unless: [...NO_DEMAND_OF_THE_READER, TELL_YOUR_CLIENTS, PAID_AFTER, OWN_RENT_OR_BAIL, NOT_A_PAYMENT_NEEDED],
        }),
        ...cooccurring(message, DUE_TERMS, {
          unless: [
            ...NO_DEMAND_OF_THE_READER,
            ONLY_AFTER,
            TELL_YOUR_CLIENTS,
            PAID_AFTER,
            OWN_RENT_OR_BAIL,
            WRITER_SENDS_SHARE,
            NOT_A_PAYMENT_SHARE,
            MARKETPLACE_ESCROW,
          ],
        }).filter(notATimeShare),
        ...cooccurring(message, ORDERED_TERMS, {
          unless: [...NO_DEMAND_OF_THE_READER, ONLY_AFTER, TELL_YOUR_CLIENTS, PAID_AFTER],
        }).filter(notATimeShare),
        ...cooccurring(message, KEPT_TERMS, {
          unless: [IN_ESCROW, THROUGH_MARKETPLACE, WRITER_PAYS, NO_DEPOSIT, NOT_KEPT, OWN_RENT_OR_BAIL],
          negationIsPattern: true,
        }),
        ...cooccurring(message, NEGATED_TERMS, {
          unless: [...NO_DEMAND_OF_THE_READER],
          negationIsPattern: true,
        }),
        // A fee paid to someone close to the writer is alt-payment-request's ("pay the fee to my sister").
        ...cooccurring(message, FEE_DEMANDS, {
          unless: [...NO_DEMAND_OF_THE_READER, TO_SOMEONE_CLOSE, FEE_SAVED, PAID_AFTER],
        }),
        ...cooccurring(message, PAID_FIRST, {
          unless: [
            ...NO_DEMAND_OF_THE_READER,
            AFTER_ACCEPTANCE,
            TELL_YOUR_CLIENTS,
            PAID_AFTER,
            OVERDUE,
            HELD_BY_MARKETPLACE,
            NOT_A_PAYMENT_SHARE,
            WRITER_SENDS_SHARE,
          ],
        }),
        ...cooccurring(message, SUM_DEMANDED, {
          unless: [...NO_DEMAND_OF_THE_READER, TO_SOMEONE_CLOSE, FEE_SAVED, PAID_AFTER, THIRD_PARTY_COST],
        }),
        ...cooccurring(message, FEE_FOR_RELEASE, { unless: [...NO_DEMAND_OF_THE_READER, PAID_AFTER] }),
        // (the whole-text look for a held thing only where a required fee was read: most messages have none)
        ...feeRequiredOfHeld(message),
        ...cooccurring(message, FEE_IMPERATIVE, {
          unless: [...NO_DEMAND_OF_THE_READER, TO_SOMEONE_CLOSE, FEE_AVOIDED, FEE_SAVED, PAID_AFTER, THIRD_PARTY_COST],
        }),
        ...cooccurring(message, FEE_UNPAID, {
          unless: [...NO_DEMAND_OF_THE_READER],
          negationIsPattern: true,
        }),
        ...cooccurring(message, AHEAD_TERMS, {
          unless: [...NO_DEMAND_OF_THE_READER, ONLY_AFTER, PAID_AFTER],
        }),
      ]),
    ];
    let offered: boolean | undefined;
    const laterOffered = () =>
      (offered ??=
        (PAY_LATER_WORD.test(message.text) && PAY_LATER_OFFERED.test(message.text)) || OR_ON_SITE.test(message.text));
    const demanded = quoted
      .filter(noDemandInCancellation)
      .filter(
        (q) =>
          !methodInList(q, message.text) &&
          mayBe(q) !== 'asks nothing' &&
          !paidAfterDraft(q) &&
          !paidAtTheEnd(q) &&
          !definedOnly(q) &&
          !advisedOnly(q) &&
          !readerAsks(q) &&
          !customaryOnly(q) &&
          !OR_ON_SITE.test(q) &&
          !oneWayOfSeveral(q, laterOffered) &&
          !(ON_ARRIVAL.test(q) && !DEPOSIT_NAMED.test(q)) &&
          !OPTION_SURCHARGE.test(q) &&
          !WORK_SPLIT.test(q),
      );
    if (!demanded.length) return undefined;
    // A deposit the terms say may be asked is a term all the same (labelling policy v2.9 rule 45, applied to every set in
    // the thirty-fourth session), but a soft one: weak evidence, a note unless another sentence demands it outright.
    return messageFinding(
      rule.id,
      'medium',
      demanded.map((q) => (mayBe(q) === 'soft' ? { sentence: q, index: -1, words: [], weak: true } : q)),
      ['G1 Red flag indicators (payment before delivery)', 'G3 (repeated prepayment requests)'],
    );
  },
};
