/**
 * Who pays whom in a sentence that names a coin, for the crypto notes (lib/rules/grade.ts). A crypto request has the
 * writer as the one paid ("send me USDT", "my wallet", "I'd like to receive payment in Bitcoin", "apóyame con sats"), the
 * reader as the one who pays ("Können Sie das Geld über Bitcoin senden?", "Would USDT work for you as the payment
 * method?"), a proposal to settle it so ("Can we switch the payment to crypto?") or terms that set it ("Die Bezahlung
 * erfolgt in USDT"). A guide or an article about crypto payments names people too, but as the ones who would be paid —
 * the reader, freelancers, "we'll cover the pros and cons of getting paid in crypto", "cobrar por tu trabajo en
 * criptomonedas", "proposer à vos clients de vous régler en bitcoins" — and asks nothing (fortieth session: 22 of the 28
 * wrong notes on bench/benign-advice; on the tuning text every right crypto note names one of these roles, 8 of its 13
 * wrong ones none; a review's 300 realistic requests widened each role).
 */
import { asciiFirst } from '../text/ascii-first';

// The writer as the one paid or reached: an object or a singular possessive of the first person ("send me", "mir …
// schicken", "me apoiar", "pay us", "my wallet", "my country has restrictions"), a plural possessive only on what a
// payment goes to or is for ("our wallet", "unser Konto" — not "notre article", "our guide"); the Spanish and Portuguese
// verb endings ("envíame", "pagarnos") are read by the grader's IN_THE_VERB; "nous" and "nos" only as the ones paid
// ("nous payer", "nos paga"): they are also "we", "our" and Portuguese "in the".
const WRITER_PAID = asciiFirst(
  /(?<![\p{L}])(?:me|mir|mich|uns|moi|mim|conosco|mí|my|mine|mein\p{L}*|mon|ma|mes|meu|minha|meus|minhas|mi|mis)(?![\p{L}])|(?<![\p{L}])m[’'](?=\p{L})|(?<![\p{L}])(?:our|ours|unser\p{L}*|notre|nosso|nossa|nuestr\p{L}*)\s+(?:[\p{L}\d-]+\s+)?(?:wallets?|address\p{L}*|adresse\p{L}*|direcci[oó]n|endereço|accounts?|konto|cuenta|conta|compte|payments?|paiements?|pagos?|pagamentos?|zahlung\p{L}*|invoices?|rechnung\p{L}*|factura|facture|fatura|fees?|honorar\p{L}*|honorarios|honoraires|rates?|tarif\p{L}*|prices?|preis\p{L}*|prix|precio|preço|funds?|fonds|gelder|earnings|salary|salaire|salario|salário|gehalt|btc|bitcoin|usdt|eth|ltc|crypto\p{L}*|krypto\p{L}*|cripto\p{L}*|qr|donation|spende|dona[cç]\p{L}*|don|tips?)(?![\p{L}])|(?<![\p{L}])(?:nous|nos) (?:payer|régler|verser|virer|envoyer|envoyez|paga\p{L}*|pagu\p{L}*|envía\p{L}*|envi[ae]\p{L}*|manda\p{L}*|mande\p{L}*|transfier\p{L}*|deposit\p{L}*)(?![\p{L}])/iu,
);
// The writer taking a coin or asking to be paid in it, as the writer's terms: a first person with a verb of taking, wanting,
// preferring, using or billing, a few words apart ("I accept BTC", "I'd like to receive payment in Bitcoin", "I'm looking
// to get paid in USDT", "I'd be paid in USDT, right?", "We invoice in USDT", "For payment I use USDT", "Wir bevorzugen
// Zahlungen in USDT", "Ich hätte gerne die Zahlung in USDT", "J'aimerais être payé en USDT", "Je préférerais un paiement en
// bitcoin", "Nosotros cobramos en bitcoin") — not the perfect of a story ("I have been accepting BTC for 4 years").
const WRITER_TAKES = asciiFirst(
  /(?<![\p{L}])(?:(?:i|i[’'](?:d|ll|m)|we|we[’'](?:d|ll|re)|ich|wir|je|nous|yo|nosotros|nosotras|eu|nós) (?:\p{L}{1,20} ){0,3}?|j[’'])(?:accept|take (?:\p{L}{1,20} )?(?:payments?|crypto\p{L}{0,12}|bitcoins?|btc|usdt|eth|ethereum|stablecoins?|coins?)|receive|prefer|rather|want|like|love|appreciate|need|use|invoice|bill|charge|grateful|comfortable|go with|be paid|get paid|paid|bezahlt|être payée?|payée?|ser pag[oa]|pagad[oa]|akzeptiere|akzeptieren|nehme|nehmen|erhalte|möchte|möchten|bevorzuge|bevorzugen|hätte|hätten|wäre|wären|würde|würden|brauche|brauchen|nutze|nutzen|verwende|verwenden|berechne|berechnen|will|accepte|acceptons|prends|prenons|reçois|recevons|préfère|préférons|préférerais|préférerions|veux|voulons|voudrais|voudrions|souhaite|souhaitons|souhaiterais|aimerais|aimerions|serais|utilise|utilisons|facture|facturons|acepto|aceptamos|prefiero|preferimos|quiero|queremos|necesito|necesitamos|cobro|cobramos|uso|usamos|utilizo|utilizamos|facturo|facturamos|aceito|aceitamos|prefiro|quero|preciso|precisamos|cobramos|recebo|recebemos)(?![\p{L}])/iu,
);
// The writer proposing to settle it so ("if ur ok with it we could do the payments in USDT", "Can we switch the payment to
// crypto?", "Could we do the payment in USDT?", "any chance we can settle this in BTC?", "Können wir die Zahlung in USDT
// abwickeln?", "podemos hacer el pago en USDT", "on peut faire le paiement en USDT").
const TOGETHER = asciiFirst(
  /(?<![\p{L}])(?:we could|we can|can we|could we|shall we|(?:any chance|how about|what about|maybe) we|let[’']?s|let us|wir könnten|wir können|können wir|könnten wir|podemos|podríamos|poderíamos|on peut|on pourrait|peut-on|pourrait-on|nous pouvons|pouvons-nous|pourrions-nous) (?:[\p{L}\d]{1,20} ){0,4}?(?:do|make|handle|settle|switch|move|change|machen|abwickeln|umstellen|wechseln|hacer|realizar|cambiar|pasar|fazer|mudar|passar|faire|régler|effectuer|passer|changer)(?![\p{L}])/iu,
);
// (… of the payment: "can we do something to get a lil crypto stash for bounties" proposes no way to pay)
const PAYMENT_WORD = asciiFirst(
  /(?<![\p{L}])(?:payments?|pay\p{L}*|zahlung(?:en)?|bezahlung|pagos?|pagamentos?|paiements?|invoices?|rechnung|factura|facture|fatura|milestones?|this|it|that)(?![\p{L}])/iu,
);
const together = (s: string) => TOGETHER.test(s) && PAYMENT_WORD.test(s);
// The reader as the one who pays or sends: a second person beside a verb of paying or sending ("Können Sie das Geld über
// BITCOIN senden?", "Would you consider paying in USDT?", "It would be great if you could make the payment in USDT", "Could
// you settle the invoice in USDT?", "Can your team send the payment in USDT?"), or such a verb opening the sentence, as an
// imperative does ("Send 0.5 BTC", "Senden Sie sofort …").
const READER = asciiFirst(
  /(?<![\p{L}])(?:you|u|your|ur|sie|ihnen|ihr|du|dir|dein\p{L}*|vous|votre|usted|ustedes|você|vocês|vc|te|ti|tú)(?![\p{L}])/iu,
);
const PAYS = asciiFirst(
  /(?<![\p{L}])(?:pay|paying|send|sending|transfer|wire|deposit|settle|(?:make|do|handle|hacer|realizar|fazer|effectuer|faire) (?:the |a |el |o |le |un |um )?(?:next |first |final )?(?:payment|pago|pagamento|paiement)|zahlen|bezahlen|begleichen|senden|schicken|überweisen|payer|régler|envoyer|envoyez|virer|pagar|pague|enviar|envíe|envie|transferir|depositar|mandar|mande)(?![\p{L}])/iu,
);
// … or asked whether a coin suits the reader for the payment ("is USDT ok for you?", "Would USDT (TRC20) work for you as the
// payment method?", "Wäre eine Zahlung in Bitcoin für Sie möglich?", "Est-ce que l'USDT vous convient pour le paiement ?",
// "¿Te parece bien USDT para el pago?", "Tudo bem pra você o pagamento em USDT?", "Are you open to crypto payments?").
const SUITS_THE_READER = asciiFirst(
  /(?<![\p{L}])(?:ok(?:ay)? for you|fine (?:for|with) you|work for you|works for you|possible for you|open to|consider|comfortable with|do you (?:work with|accept|use)|für sie|für dich|vous convient|te convient|vous va|te va|te parece|le parece|te sirve|le sirve|pra você|para você|pra vc|para vc|tudo bem)(?![\p{L}])/iu,
);
const askedOfTheReader = (s: string) => s.includes('?') && SUITS_THE_READER.test(s);
// (the reader paid, not paying: "clients propose to pay you", "vous régler", "te pagar", "vous permettez à vos clients de payer
// en bitcoin", "getting paid in cryptocurrency so that you can …")
const READER_IS_PAID = asciiFirst(
  /(?<![\p{L}])(?:your|vos|votre|tus|sus|seus|suas|ihre|deine) (?:clients?|customers?|kunden|clientes?|clientèle|buyers?|käufer)(?![\p{L}])|(?<![\p{L}])(?:pay|paid|send|sent)\s+(?:you|u)(?![\p{L}])|(?<![\p{L}])(?:vous|te)\s+(?:régler|payer|pagar|paguen|pagam|enviar)(?![\p{L}])|(?<![\p{L}])(?:getting|get|be|being) paid(?![\p{L}])/iu,
);
const OPENS_WITH_PAYING = asciiFirst(
  /^\W*(?:please\s+)?(?:pay|send|transfer|wire|deposit|senden|schicken|überweisen|zahlen|payez|envoyez|virez|paga|pague|envía|envie|manda|mande|transfiere|deposita)(?![\p{L}])/iu,
);
const readerPays = (s: string) =>
  (READER.test(s) && PAYS.test(s) && !READER_IS_PAID.test(s)) || askedOfTheReader(s) || OPENS_WITH_PAYING.test(s);
// Terms that set the payment in a coin, said of the payment ("All payments go through USDT (TRC20)", "Die Bezahlung erfolgt in
// USDT", "Le paiement se fait en USDT", "El pago se realiza en USDT", "O pagamento é feito em USDT", "Your payment for the
// remaining work should be in USDT") — not a guide's plural ("los pagos con stablecoins").
const PAYMENT_SET = asciiFirst(
  /(?:(?<![\p{L}])(?:the|all|your|die|alle|le|la|tous les|el|todos los|o|todos os) (?:\p{L}+ )?|^\W*)(?:payments?|bezahlung|zahlung(?:en)?|paiements?|pago|pagos|pagamentos?|salary|salaries|salario|salaire|salário|gehalt|wages?|compensation) (?:\p{L}+ ){0,4}?(?:is|are|will be|should be|must be|can be|goes|go|erfolgt|erfolgen|wird|werden|kann|se fait|se fera|sera|peut être|se realiza|se hará|se hace|será|puede|é feito|é feita|será feito|pode ser)(?![\p{L}])/iu,
);

// … or asked whether it can go so, of the payment itself ("Could the payment be done in USDT?", "Is there a way to get paid in
// crypto instead?", "Would it be possible to get paid in USDT?": a review of the forty-ninth session; "Wäre eine Zahlung in Bitcoin
// möglich?", "Is payment in Bitcoin possible?", "¿Es posible el pago en USDT?": a review of the fiftieth session — not of an app's
// checkout: "Le paiement en Bitcoin est-il possible dans l'appli ?", its second review)
const ASKED_OF_THE_PAYMENT = asciiFirst(
  /(?<![\p{L}])(?:(?:can|could|would|will) (?:the|this|my|our) (?:payment|invoice|fee)|is there a way to (?:get paid|be paid|pay|receive)|gibt es (?:eine|irgendeine) möglichkeit,? (?:\p{L}+ ){0,3}?(?:bezahlt zu werden|zu bezahlen|zu zahlen|zu erhalten)|hay (?:forma|manera|alguna forma|alguna manera) de (?:cobrar|recibir|pagar)|tem como (?:receber|pagar|ser pago)|(?:il y a|y a-t-il) (?:un )?moyen d[’'](?:être payée?|payer|recevoir)|(?:would|will|is) it (?:be )?possible to (?:get paid|be paid|receive (?:the |my )?payments?)|(?:(?:is|would|will) (?:a |the )?payment (?:in|with|via|by) \S+ (?:be )?possible|(?:es|sería|seria) posible (?:el |un )?pago (?:en|con)|(?:le |un )?paiement (?:en|par) \S+ (?:est-il|serait-il|est|serait) possible|(?:é|seria) possível (?:o |um )?pagamento (?:em|com)|(?:ist|wäre) (?:eine |die )?(?:zahlung|bezahlung) (?:in|mit|per) \S+ möglich)(?![^.!?\n]{0,60}(?:app|appli|application|checkout|site|website|web|shop|store|tienda|boutique|loja|plugin|feature|module|intégr|integr)))(?![\p{L}])/iu,
);

// ("us" in lower case, or opening a sentence: "US dollars" names no one)
const US = /(?<![\p{L}])(?:us|Us)(?![\p{L}])/u;

/** Whether a sentence naming a coin gives the writer as the one paid or the reader as the one who pays, or sets the terms. */
export const namesPayeeOrPayer = (s: string): boolean =>
  WRITER_PAID.test(s) ||
  US.test(s) ||
  WRITER_TAKES.test(s) ||
  together(s) ||
  readerPays(s) ||
  PAYMENT_SET.test(s) ||
  ASKED_OF_THE_PAYMENT.test(s);
