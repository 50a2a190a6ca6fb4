/**
 * Who pays whom in a sentence that names a coin, for the crypto notes (lib/rules/grade.ts). A crypto request has the
 * writer as the one paid ("send me USDT", "my wallet", "I only accept BTC", "apóyame con sats") or the reader as the one
 * who pays ("Können Sie das Geld über Bitcoin senden?", "Senden Sie 2000 Euro in Bitcoins"). A guide or an article about
 * crypto payments names people too, but as the ones who would be paid — the reader, freelancers, "we'll cover the pros
 * and cons of getting paid in crypto", "cobrar por tu trabajo en criptomonedas", "proposer à vos clients de vous régler
 * en bitcoins" — and asks nothing (fortieth session: 22 of the 28 wrong notes on bench/benign-advice; on the tuning text
 * every right crypto note names one of these roles, 8 of its 13 wrong ones none).
 */
import { asciiFirst } from '../text/ascii-first';

// The writer as the one paid or reached: an object of the first person ("send me", "mir … schicken", "me apoiar", "pay us"),
// or a possessive on what a payment goes to or is for ("my wallet", "mon adresse LTC", "a mi cuenta", "my payment address",
// "my funds", "unser Konto") — not any "our" ("notre article", "our guide"); the Spanish and Portuguese verb endings
// ("envíame", "pagarnos") are read by the grader's IN_THE_VERB; "nous" and "nos" only as the ones paid ("nous payer", "nos
// paga"): they are also "we", "our" and Portuguese "in the".
const WRITER_PAID = asciiFirst(
  /(?<![\p{L}])(?:me|mir|mich|uns|moi|mim|conosco|mí)(?![\p{L}])|(?<![\p{L}])m[’'](?=\p{L})|(?<![\p{L}])(?:my|mine|our|ours|mein\p{L}*|unser\p{L}*|mon|ma|mes|notre|meu|minha|meus|minhas|nosso|nossa|mi|mis|nuestr\p{L}*)\s+(?:[\p{L}\d-]+\s+)?(?:wallets?|address\p{L}*|adresse\p{L}*|direcci[oó]n|endereço|accounts?|konto|cuenta|conta|compte|payments?|paiements?|pagos?|pagamentos?|zahlung\p{L}*|invoices?|rechnung\p{L}*|factura|facture|fatura|fees?|honorar\p{L}*|honorarios|honoraires|rates?|tarif\p{L}*|prices?|preis\p{L}*|prix|precio|preço|funds?|fonds|gelder|earnings|salary|salaire|salario|salário|gehalt|work|services?|btc|bitcoin|usdt|eth|ltc|crypto\p{L}*|krypto\p{L}*|cripto\p{L}*|qr|donation|spende|dona[cç]\p{L}*|don|tips?)(?![\p{L}])|(?<![\p{L}])(?:nous|nos) (?:payer|régler|verser|virer|envoyer|envoyez|paga\p{L}*|pagu\p{L}*|envía\p{L}*|envi[ae]\p{L}*|manda\p{L}*|mande\p{L}*|transfier\p{L}*|deposit\p{L}*)(?![\p{L}])/iu,
);
// The writer taking a coin or asking to be paid in it, as the writer's terms ("I accept BTC", "I will only accept payment in
// Bitcoin", "I'd rather get paid in USDT", "Ich möchte in Bitcoin bezahlt werden", "J'accepte uniquement les paiements en USDT",
// "Wir akzeptieren derzeit Zahlungen per Bitcoin").
const WRITER_TAKES = asciiFirst(
  /(?<![\p{L}])(?:(?:i(?:[’'](?:d|ll|m))?|we(?:[’'](?:d|ll|re))?|ich|wir|je|nous)\s+(?:(?:can|also|only|will|would|do|now|currently|gladly|auch|nur|derzeit|jetzt|gerne|lieber|aussi|seulement|uniquement|n[’']|ne)\s+){0,2}|j[’'])(?:accept|take|receive|prefer|rather|want|akzeptiere|akzeptieren|nehme|nehmen|erhalte|möchte|bevorzuge|will|accepte|acceptons|prends|prenons|reçois|recevons|préfère|préférons|veux|voudrais|souhaite)(?![\p{L}])/iu,
);
// The writer proposing to settle it together ("if ur ok with it we could do the payments in USDT", "let's do the payment in
// BTC", "podemos hacer el pago en USDT", "on peut faire le paiement en USDT").
const TOGETHER = asciiFirst(
  /(?<![\p{L}])(?:we could|we can|let[’']?s|wir könnten|wir können|können wir|podemos|podríamos|poderíamos|on peut|on pourrait|nous pouvons|nous pourrions) (?:do|make|handle|settle|machen|abwickeln|hacer|realizar|fazer|faire|régler|effectuer) (?:the |die |el |los |o |os |le |les )?(?:payments?|zahlung(?:en)?|pagos?|pagamentos?|paiements?|it)(?![\p{L}])/iu,
);
// The reader as the one who pays or sends: a second person beside a verb of paying or sending ("Können Sie das Geld über
// BITCOIN senden?", "Ich empfehle Ihnen, die 400 $ per Bitcoin-Wallet zu senden", "you can pay in USDT"), or such a verb
// opening the sentence, as an imperative does ("Send 0.5 BTC", "Senden Sie sofort …").
const READER = asciiFirst(/(?<![\p{L}])(?:you|u|sie|ihnen|du|vous|usted|ustedes|você|vocês|vc)(?![\p{L}])/iu);
const PAYS = asciiFirst(
  /(?<![\p{L}])(?:pay|send|transfer|wire|deposit|zahlen|bezahlen|senden|schicken|überweisen|payer|envoyer|envoyez|virer|pagar|pague|enviar|envíe|envie|transferir|depositar|mandar|mande)(?![\p{L}])/iu,
);
// (the reader paid, not paying: "clients propose to pay you", "vous régler", "te pagar", "vous permettez à vos clients de payer
// en bitcoin")
const READER_IS_PAID = asciiFirst(
  /(?<![\p{L}])(?:your|vos|votre|tus|sus|seus|suas|ihre|deine) (?:clients?|customers?|kunden|clientes?|clientèle|buyers?|käufer)(?![\p{L}])|(?<![\p{L}])(?:pay|paid|send|sent)\s+(?:you|u)(?![\p{L}])|(?<![\p{L}])(?:vous|te)\s+(?:régler|payer|pagar|paguen|pagam|enviar)(?![\p{L}])/iu,
);
const OPENS_WITH_PAYING = asciiFirst(
  /^\W*(?:please\s+)?(?:pay|send|transfer|wire|deposit|senden|schicken|überweisen|zahlen|payez|envoyez|virez|paga|pague|envía|envie|manda|mande|transfiere|deposita)(?![\p{L}])/iu,
);
const readerPays = (s: string) =>
  (READER.test(s) && PAYS.test(s) && !READER_IS_PAID.test(s)) || OPENS_WITH_PAYING.test(s);

// ("us" in lower case, or opening a sentence: "US dollars" names no one)
const US = /(?<![\p{L}])(?:us|Us)(?![\p{L}])/u;

/** Whether a sentence naming a coin gives the writer as the one paid or the reader as the one who pays. */
export const namesPayeeOrPayer = (s: string): boolean =>
  WRITER_PAID.test(s) || US.test(s) || WRITER_TAKES.test(s) || TOGETHER.test(s) || readerPays(s);
