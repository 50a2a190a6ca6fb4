/** G1 red flags and mitigations: asks to be paid in virtual currency, or gives a wallet address. */
import { asciiFirst } from '../text/ascii-first';
import { type Combination, concept, readHits } from '../text/cooccur';
import { cryptoPaymentSentences } from '../text/crypto';
import { COIN, feesOf, MARKETPLACE, NONE_ACCEPTED, WRITER_WORDS } from '../text/lexicon';
import { inOrder, type PreparedMessage } from '../text/message';
import { mayHold, piecesFor, wordsAhead } from '../text/required-words';
import { findWallets } from '../text/wallets';
import { messageFinding } from './finding';
import type { MessageRule } from './types';

// An address named as a smart contract's in web3 work ("The contract is deployed at 0x…, please audit the transfer
// function"), a test network's or the shop's configured one ("Test wallet for the staging dApp: 0x… (Sepolia)", "The merchant wallet
// in the config is 0x…"; a review of the forty-fifth session): code to work on, not a wallet to pay — unless the sentence also asks
// to be paid there.
const CONTRACT = wordsAhead(
  /\b(?:smart contract|contract(?: is)? (?:deployed|address|at|on)|deployed (?:at|to|on)|token address|contract address|audit\w*|abi|testnet|mainnet|etherscan|block explorer|verified source|sepolia|goerli|holesky|devnet|faucet|test (?:eth|wallet|funds|tokens|network)|no real funds|staging|config(?:uration)?|\.env|merchant wallet)\b/i,
);
const PAY_ASK =
  /\b(?:pay(?:ment)?s? (?:me|to|into|here)|send (?:me|the (?:payment|funds|money|usdt|eth|btc)|(?:usdt|eth|btc|crypto|funds|money) to)|donat\w*|tips?\b|my (?:wallet|address)|deposit (?:to|into)|wallet of mine)/i;
const contractOnly = (sentence: string) => CONTRACT.test(sentence) && !PAY_ASK.test(sentence);

// (twenty-seventh session, the tuning text) Sentences that name a coin as a way to pay and still ask nothing of the
// reader — each a form several texts used:
// - a coin as one of a list of ways to pay, beside two or more that are not coins ("Wir akzeptieren auch andere
//   Zahlungsmethoden: Money Gram, Crypto, Apple iTunes Card", "Zahlungsmethoden BITCOIN VISA MASTERCARD", "1) Send Via
//   Bitcoin Wallet 2) Sending through Gift Cards"): labelling policy rule 14, a plain list of methods — unless the coin
//   is set apart as the preferred or recommended one; also a donation page's list (policy v2.11 rule 55, thirty-seventh
//   session: "Spenden per Überweisung, Lastschrift, PayPal oder in Bitcoin", "GitHub Sponsors, Open Collective … Bitcoin");
const OTHER_METHOD = asciiFirst(
  /(?<![\p{L}])(?:money ?gram|western union|ria|visa|master ?card|maestro|amex|american express|paypal|neteller|payoneer|skrill|zelle|venmo|cash ?app|wire transfers?|bank ?(?:transfer|überweisung|wire)|banküberweisung|(?:apple |itunes |steam |google play |amazon |ebay )?(?:gift ?cards?|geschenkkarten?)|(?:apple )?itunes(?: card)?|steam|ebay cards?|sofort(?:überweisung| banking)|giropay|klarna|(?:bank)?überweisung|lastschrift|sepa|transferencias?(?: bancarias?)?|transferências?(?: bancárias?)?|virements?(?: bancaires?)?|bizum|pix|boleto|mercado ?pago|m-?pesa|revolut|apple pay|google pay|stripe|(?:credit|debit) cards?|kreditkarten?|tarjetas?(?: de (?:crédito|débito))?|cart(?:ão|ões)(?: de (?:crédito|débito))?|cartes? bancaires?|github sponsors|open ?collective|patreon|ko-?fi|liberapay|buy me a coffee)(?![\p{L}])/giu,
);
// (stems matched from a word's start, with no run of letters after them: "preferred", "Empfehlung", "recomendado")
const SET_APART = asciiFirst(
  /(?<![\p{L}])(?:prefer|bevorz|recommend|empfehl|empfohl|recomend|recommand|schnellste|barat|suggest|(?:only|nur|solo|solamente|uniquement|seulement|somente|apenas|discount|rabatt|descuento|remise|desconto|off|best|rather|easier|fastest|faster|schneller|cheaper|cheapest|günstiger|moins cher|schlage)(?![\p{L}]))/iu,
);
// (most sentences name no way to pay: the scan is tried only where its words are — lib/text/required-words.ts)
const OTHER_METHOD_PIECES = piecesFor(OTHER_METHOD);
const namesAMethod = (s: string) => !OTHER_METHOD_PIECES || mayHold(OTHER_METHOD_PIECES, s);
function listsMethods(s: string): boolean {
  if (!namesAMethod(s)) return false;
  OTHER_METHOD.lastIndex = 0;
  const named = new Set<string>();
  for (let m = OTHER_METHOD.exec(s); m && named.size < 2; m = OTHER_METHOD.exec(s)) named.add(m[0].toLowerCase());
  return named.size >= 2 && !SET_APART.test(s);
}
// - the reader as the one paid, or the holder of the coins: "Your email was selected to receive a donation of 10 BTC",
//   "Sie haben 220.564,77 € auf Ihrem Bitcoin-Konto erhalten", "Ihrer ausstehenden Bitcoin-Transaktion", "Vos actifs
//   numériques sont prêts à être transférés" — a fake payout's bait, not a request to pay the writer;
// (each in looks without a run of words between, which the ReDoS checker calls super-linear however bounded)
const HELD_COIN = String.raw`(?:bitcoin|btc|krypto|crypto|usdt|tether|eth|ethereum|kryptowährungs)`;
const CHOSEN = wordsAhead(
  asciiFirst(/(?<![\p{L}])(?:selected|chosen|picked|qualified|eligible) to receive[ds]?(?![\p{L}])/iu),
);
const READERS = asciiFirst(
  /(?<![\p{L}])(?:ihr|ihre[mnrs]?|dein|deine[mnrs]?|your|votre|vos|tu|tus|su|sus|seu|sua)(?![\p{L}])/iu,
);
const COIN_ACCOUNT = asciiFirst(
  new RegExp(
    String.raw`(?<![\p{L}])${HELD_COIN}[- ]?(?:konto|account|balance|guthaben|transaktion|transaction|wallet|portefeuille|cuenta|conta|saldo|solde)(?![\p{L}])`,
    'iu',
  ),
);
const READERS_FUNDS = wordsAhead(
  asciiFirst(
    /(?<![\p{L}])(?:vos|votre|your|ihre) (?:actifs|assets|fonds|funds|gelder) (?:numériques |digital |digitalen )?(?:sont|are|sind)(?![\p{L}])/iu,
  ),
);
const YOU_HAVE = wordsAhead(
  asciiFirst(/(?<![\p{L}])(?:sie haben|du hast|you have|you[’']ve been|you have been)(?![\p{L}])/iu),
);
const RECEIVED = asciiFirst(/(?<![\p{L}])(?:erhalten|received|credited|gutgeschrieben)(?![\p{L}])/iu);
// (none of them where the writer's own account is named too: "you have received my invoice, send it to my BTC wallet")
const WRITERS = asciiFirst(
  /(?<![\p{L}])(?:my|mein|meine[mnrs]?|mi|mis|mon|ma|mes|meu|minha|to us|to our|an uns|auf unser\p{L}*)(?![\p{L}])/iu,
);
const readerHolds = (s: string) =>
  (CHOSEN.test(s) ||
    (READERS.test(s) && COIN_ACCOUNT.test(s)) ||
    READERS_FUNDS.test(s) ||
    (YOU_HAVE.test(s) && RECEIVED.test(s))) &&
  !WRITERS.test(s);
// - a story of what was done, the writer's or a third person's ("HE MADE ME SEND THE MONEY IN CRYPTO", "Iba a recibir un
//   pago … ellos enviaron los fondos a mi wallet", "Auch ich habe schon für reine Bezahlung in Bitcoin gearbeitet");
const STORY = wordsAhead(
  asciiFirst(
    /(?<![\p{L}])(?:(?:he|she|they|someone|the (?:client|scammer|buyer|guy|man|woman|company)) (?:made|forced|asked|told|wanted|got|convinced) (?:me|us|him|her|them)|iba(?:mos)? a (?:recibir|cobrar)|(?:me|nos) (?:enviaron|pagaron|mandaron|depositaron)|envi(?:aron|aros)|recibí|cobré|(?:me|nos) (?:pagaram|enviaram|mandaram)|recebi|j[’']ai (?:reçu|été payée?)|on m[’']a (?:payée?|envoyé))(?![\p{L}])/iu,
  ),
);
// (the German perfect in two looks, "habe … gearbeitet": one pattern with the words between was super-linear)
const HAVE = wordsAhead(asciiFirst(/(?<![\p{L}])(?:habe|hab)(?![\p{L}])/iu));
const DONE = /(?<![\p{L}])(?:gearbeitet|erhalten|bekommen)(?![\p{L}])/iu;
const story = (s: string) => STORY.test(s) || (HAVE.test(s) && DONE.test(s));
// - a coin given as an example in advice ("set asset (such as USDC or Bitcoin), network, due date", "platforms like
//   LocalBitcoins"), or gas for the reader's own transactions ("native tokens for gas fees, at least 0.1 ETH");
const EXAMPLE = asciiFirst(
  new RegExp(
    String.raw`(?<![\p{L}])(?:such as|e\.\s?g\.|z\.\s?b\.|for example|for instance|zum beispiel|por ejemplo|par exemple|por exemplo|like)\s\(?(?:\p{L}{1,20}\s)?(?:${HELD_COIN}|usdc|stablecoins?|localbitcoins)(?![\p{L}])|(?<![\p{L}])(?:for|für|para|pour) (?:the )?gas(?: fees?)?(?![\p{L}])`,
    'iu',
  ),
);
// - a shop's how-to: "Wählen Sie Bitcoin als Zahlungsmethode", "choose Bitcoin at checkout", "sélectionnez Bitcoin comme
//   moyen de paiement" (rule 7: a shop that accepts a coin);
const AT_CHECKOUT = wordsAhead(
  asciiFirst(
    new RegExp(
      String.raw`(?<![\p{L}])(?:wählen|wähle|choose|select|pick|elija|elige|seleccione|selecciona|choisissez|choisis|sélectionnez|escolha|escolhe|selecione|seleciona)(?: sie)? ${HELD_COIN} (?:als|as|como|comme|at|bei|en el|au|no) (?:(?:ihre|your|su|votre|sua|la|le|el|a|o|die|the) )?(?:zahlungs|payment|checkout|kasse|pago|paiement|pagamento|m[ée]thode|método|moyen|forma)`,
      'iu',
    ),
  ),
);
// - the writer asking whether the reader has an address, to pay or donate to it ("do you have a bitcoin donation
//   address?") — the payer asking, as "if you have an address" already reads.
const DO_YOU_HAVE = wordsAhead(
  asciiFirst(/(?<![\p{L}])(?:do|did) (?:you|u) (?:have|got|use|own) (?:a|an|any)(?![\p{L}])/iu),
);
const ADDRESS = asciiFirst(/(?<![\p{L}])(?:address|wallet)(?![\p{L}])/iu);
// … none of them where the sentence asks the reader all the same ("please send it to my wallet", "pay me in BTC"; in the four
// languages too: "Envía los 300 USD en USDT a mi Binance Pay ID. O PayPal." was read in English only — a parity battery).
const ASKS_ANYWAY = wordsAhead(
  asciiFirst(
    /(?<![\p{L}])(?:please|pls|kindly|bitte|por favor|s[’']il (?:vous|te) pla[iî]t|veuillez|pay me|send (?:me|us)|^\W*send the|to my|my (?:\p{L}+ )?(?:wallet|address)|i[’']d rather|would rather|zahlen sie|überweisen sie|mein(?:e[mnrs]?)? (?:wallet|adresse|konto)|an meine?[nm]?|schick(?:e|en sie)? (?:mir|die|das|den)|zahl(?:e)? mir|überweis(?:e|t)? mir|a mi|env[ií]a(?:me|nos)?|m[aá]nda(?:me)?|p[aá]game|(?:pro|pra|para o|no) meu|(?:pra|para a|na) minha|me (?:manda|envia|paga)|(?:sur|à|vers) (?:mon|ma)|envoie(?:-moi)?|envoyez(?:-moi)?|paie-moi|payez-moi)(?![\p{L}])/iu,
  ),
);
// The reader, or freelancers and merchants in general, as the ones who would accept or receive the coin — an article's or a
// guide's "if you are able to … accept crypto payments", "certains de vos clients vous aient demandé si vous acceptiez les
// paiements en crypto-monnaies", "los freelancers que eligen recibir pagos en USDT" (thirty-ninth session: a hunt for false
// alarms on hiring advice, 27 of its 65) — not the writer asking to be paid, unless the writer is in it ("I accept USDT").
const READER_PAID = asciiFirst(
  /(?<![\p{L}])(?:(?:you|freelancers?|workers?|creators?|merchants?|businesses|vous|tu|te|usted|ustedes|los freelancers?|os freelancers?|freiberufler\p{L}*|die freelancer)\s+(?:\p{L}+\s+){0,4}?(?:accept|accepts|accepting|receive|receives|receiving|get paid|be paid|acceptiez|acceptez|accepter|acceptent|recevoir|recevez|recibir|reciben|recibes|aceptar|aceptan|aceptas|receber|recebem|aceitar|aceitam|erhalten|annehmen|akzeptieren|bezahlt werden)|(?:accepting|receiving|getting paid|se faire payer|recibir pagos|receber pagamentos)\s+(?:\p{L}+\s+){0,3}?(?:crypto\p{L}*|bitcoins?|btc|usdt|usdc|stablecoins?|cripto\p{L}*|krypto\p{L}*))(?![\p{L}])/iu,
);
// (the writer's words of lib/text/lexicon.ts, with "us" and the writer accepting in the verb's ending)
const FIRST_PERSON = asciiFirst(
  new RegExp(
    String.raw`(?<![\p{L}])(?:${WRITER_WORDS}|us|acepto|aceptamos|aceito|aceitamos|akzeptiere)(?![\p{L}])`,
    'iu',
  ),
);
// (the reader as the payer — "do you accept to pay in crypto?", "acceptez-vous de régler en crypto ?" —, the writer's company,
// or money asked of the reader anywhere in the message — the task scam's "you receive your commission in USDT. Deposit 100
// USDT to unlock level 2" — keep it a request: a review of the change)
const READER_PAYS_TOO = asciiFirst(
  /(?<![\p{L}])(?:to pay|paying|pay|payer(?<!faire payer)|régler|pagar|zahlen|bezahlen|send|envoy\p{L}*|envía\p{L}*|envie|envia|manda\p{L}*|schick\p{L}*|our|ours|unser\p{L}*|nuestr\p{L}*|notre|nos|nosso\p{L}*|nossa\p{L}*|company|empresa|entreprise|firma)(?![\p{L}])/iu,
);
const MONEY_ASKED = asciiFirst(
  /(?<![\p{L}])(?:deposit\p{L}*|top[- ]?up|recharge\p{L}*|recarg\p{L}*|dépos\p{L}*|dépôt|deposit[ae]r?|depósito|einzahl\p{L}*|aufladen|gas fee|send|envoyez|envoie|envía|envíe|envie|manda|mande|schick\p{L}*|überweisen sie|payez|pague|zahlen sie)(?![\p{L}])/iu,
);
const readerPaid = (s: string, text: string) =>
  !ASKS_ANYWAY.test(s) &&
  READER_PAID.test(s) &&
  !WRITERS.test(s) &&
  !FIRST_PERSON.test(s) &&
  !READER_PAYS_TOO.test(s) &&
  !MONEY_ASKED.test(text);
// (a piece of work named by its coin, asked for: "send the crypto wallet integration demo by Friday" — a review of the forty-ninth
// session, relayed or not)
const WORK_PRODUCT = wordsAhead(
  /\b(?:crypto|wallet|bitcoin|btc|usdt|ethereum|eth|blockchain|web3)\s+(?:\w+\s+)?(?:integration|demo|gateway|api|sdk|plugin|feature|module|dashboard|prototype|mockup|smart contracts?)\b/i,
);
// - ways to pay listed and refused together ("…: none of that is accepted here");
const LIST_REFUSED = wordsAhead(asciiFirst(new RegExp(NONE_ACCEPTED, 'iu')));
const asksNothing = (s: string) =>
  !ASKS_ANYWAY.test(s) &&
  (listsMethods(s) ||
    LIST_REFUSED.test(s) ||
    WORK_PRODUCT.test(s) ||
    readerHolds(s) ||
    story(s) ||
    EXAMPLE.test(s) ||
    AT_CHECKOUT.test(s) ||
    (DO_YOU_HAVE.test(s) && ADDRESS.test(s)));

// (twenty-seventh session, the tuning text) Asks the shared reading leaves out:
// - a coin set apart as the recommended or preferred way to pay, also beside a sum in a national currency ("Payments:
//   USD-denominated, crypto preferred (USDT/USDC)", "Kryptowährungs-Transfer (Empfohlen)", "Ich empfehle Ihnen, die 400 $
//   per Bitcoin-Wallet zu senden"): labelling policy rule 14 — the reading's fiat context ("paid in USD through the
//   platform") ruled these out;
// - the writer's own terms in a verb that names the writer ("las criptomonedas que acepto", "aceitamos bitcoin").
const CRYPTO_WORD = concept(COIN);
const ASKED: Combination[] = [
  [
    CRYPTO_WORD,
    concept(
      String.raw`preferred|recommended|empfohlen|bevorzugt|recomendad[oa]s?|recommandée?s?|préférée?s?|preferid[oa]s?|(?:i|we) recommend|ich empfehle|wir empfehlen|empfehle ich|je recommande|nous recommandons|recomiendo|recomendamos|recomendo`,
    ),
    concept(
      String.raw`pay\p{L}*|transfer\p{L}*|send\p{L}*|zahl\p{L}*|bezahl\p{L}*|überweis\p{L}*|senden|transfers?|pag[aoe]\p{L}*|paie\p{L}*|envo\p{L}*|envi\p{L}*|settle\p{L}*|invoice\p{L}*|fee|gebühr`,
    ),
  ],
  [
    CRYPTO_WORD,
    concept(String.raw`acepto|aceptamos|aceito|aceitamos|akzeptiere|akzeptieren wir|j[’']accepte|nous acceptons`),
  ],
];
// A coin proposed for the job with the marketplace's fees as the reason, in the message: "Could we use tether for this one? upwork
// fees r killing me" (the forty-fifth session's left-overs) — the fee sentence quoted beside it.
const COIN_PROPOSED: Combination[] = [
  [
    CRYPTO_WORD,
    concept(
      String.raw`(?:can|could|shall) we (?:just )?(?:use|go with|switch to)|let[’']?s (?:just )?(?:use|go with|switch to)|können wir (?:\p{L}+ )?(?:nutzen|verwenden|nehmen)|können wir (?:\p{L}+ ){0,3}?mit|podemos (?:usar|hacerlo con|pasar a)|on (?:peut|pourrait) (?:utiliser|passer (?:en|à|par))|dá pra (?:usar|fazer)|podemos fazer (?:em|com)`,
    ),
  ],
];
// (coins people pay in, not the chains one builds on: "Could we use Solana for this one?" is a choice of technology; tested on
// the sentence, not indexed — "Pay me in USDT." a second cell)
const PAID_IN = asciiFirst(
  /(?<![\p{L}])(?:usdt|usdc|tether|btc|bitcoins?|crypto|cryptos|stablecoins?|krypto\p{L}*|cripto|criptomoedas?|criptomonedas?|litecoin|ltc|monero|xmr)(?![\p{L}])/iu,
);
const PLATFORM_FEES = asciiFirst(new RegExp(feesOf(MARKETPLACE), 'iu'));
/** The coin proposed and the sentence that gives the marketplace's fees as the reason, or nothing. */
function proposedForFees(message: PreparedMessage): string[] {
  const hits = readHits(message, COIN_PROPOSED, { unless: [BUILDING] }).filter((h) => PAID_IN.test(h.sentence));
  if (!hits.length) return [];
  const fees = message.sentences.find((s) => PLATFORM_FEES.test(s));
  return fees === undefined ? [] : [...hits.map((h) => h.sentence), fees];
}

// A coin as one of the writer's ways to be paid, another named in a sentence of its own ("I will accept payment in bitcoin
// … I will also accept PayPal payment"): labelling policy v2.11 rule 55 — with no wallet address in the message, no
// preference for the coin (SET_APART, "only") and no other way refused ("not PayPal", "instead of the bank").
const REFUSED_WAY = asciiFirst(
  /(?<![\p{L}])(?:not|no|never|don[’']t|do not|won[’']t|nicht|kein\p{L}*|pas|jamais|não|nunca|sin|without|ohne|sans|sem|instead|statt|anstatt|en vez|en lugar|au lieu|em vez|em lugar|rather than|fees?|gebühr\p{L}*|comisi[oó]n\p{L}*|frais|taxas?)(?![\p{L}])/iu,
);
/** The sentences (two at most: enough to tell) naming another way to pay, not refused and not set apart. */
function otherWays(all: readonly string[]): string[] {
  const out: string[] = [];
  for (const s of all) {
    if (!namesAMethod(s)) continue;
    OTHER_METHOD.lastIndex = 0;
    if (OTHER_METHOD.test(s) && !REFUSED_WAY.test(s) && !SET_APART.test(s) && out.push(s) >= 2) break;
  }
  return out;
}
const oneWayOfSeveral = (sentence: string, others: readonly string[]) =>
  !SET_APART.test(sentence) && !ASKS_ANYWAY.test(sentence) && others.some((o) => o !== sentence);
const BUILDING = /\b(?:integrat\w*|implement\w*|build\w*|develop\w*|gateway|api|sdk|plugin|feature|module)\b/i;

export const rule: MessageRule = {
  id: 'crypto-payment-request',
  kind: 'message',
  group: 'payment',
  concrete: 'wallet',
  aboutPayment: true,
  check({ message }) {
    const wallets = findWallets(message.text)
      .map((w) => message.sentences.find((s) => s.includes(w.value)) ?? '')
      .filter((s) => !contractOnly(s));
    const asked = [
      ...cryptoPaymentSentences(message),
      ...readHits(message, ASKED, { unless: [BUILDING] }).map((h) => h.sentence),
      ...proposedForFees(message),
    ].filter((s) => !asksNothing(s) && !readerPaid(s, message.text));
    const others = !wallets.length && asked.length ? otherWays(message.sentences) : [];
    const quoted = inOrder(message, others.length ? asked.filter((s) => !oneWayOfSeveral(s, others)) : asked, wallets);
    if (!quoted.length) return undefined;
    return messageFinding(rule.id, 'high', quoted, [
      'G1 Red flag indicators (payment in virtual currency)',
      'G1 Potential mitigation measures (avoid payments in virtual currency)',
    ]);
  },
};
