/**
 * Offers or requests of payment in cryptocurrency, and wallet addresses, in free text (messages and profile
 * bios), in English, German, Spanish, French and Portuguese. A sentence counts when it frames crypto as the
 * way to pay ("I accept payment in USDT", "pay me in BTC", "prefiero cobrar en bitcoin"), not when it talks
 * about crypto work ("I build crypto payment gateways"), names a national currency ("paid in USD through the
 * platform") or refuses it ("we never pay in crypto").
 */
import { type Combination, concept, cooccurring, filter, inText, readHits } from './cooccur';
import { COIN as LEX_COIN, MONEY, PAY_VERB, RECEIVE } from './lexicon';
import type { PreparedMessage } from './message';
import { NEGATION, sentences } from './sentences';

export { findWallets } from './wallets';

// Order-free: a coin and a word of paying in one sentence, in any of the five languages ("pagarme en
// bitcoin", "payé en USDT", "Bezahlung in Ethereum"), unless the sentence is about building payment features.
const COIN = concept(LEX_COIN);
// (the writer's receiving asked softly, no person named: "would it be possible to receive the payment in Bitcoin?", in five
// languages — a payer asks to pay, not to receive; thirty-first session)
const PARTIES = filter(
  String.raw`(?:possible|posible|possível) (?:to |de )?(?:receive|recevoir|recibir|receber)|möglich,? (?:\p{L}+\s+){0,5}?zu (?:erhalten|bekommen)|puedes|podrías|me|my|mine|us|our|i|we|mich|mir|mein\p{L}*|uns|unser\p{L}*|ich|wir|mi|mis|yo|nos|nosotros|moi|mon|ma|mes|je|j|nous|notre|eu|meu|minha|nós|nosso|nossa|you|your|du|dich|dir|dein\p{L}*|sie|ihr\p{L}*|tu|te|vous|votre|você|voce|vc|seu|sua|please|kindly|pls|plz|bitte|por favor|s[’']il|merci de|merci d[’']|por gentileza|is there a way|gibt es (?:eine|irgendeine) möglichkeit|hay (?:forma|manera|alguna forma|alguna manera)|tem como|(?:il y a|y a-t-il) (?:un )?moyen|(?:gostaria|queria) de (?:receber|ser pag[oa])|queria (?:receber|ser pag[oa])|j[’']aimerais|je voudrais|ich würde|ich hätte|(?:can|could|would|will) (?:the|this) (?:payment|invoice|fee)|acepto|aceptamos|aceito|aceitamos|cobro|cobramos|recibo|recebo|prefiero|prefiro|quiero(?! (?:entender|saber|aprender|ver|comprar|invertir))|quisiera|quero(?! (?:entender|saber|aprender|ver|comprar|investir))|akzeptiere|nehme|accepte|acceptons|préfère|accept\p{L}*|prefer\p{L}*|topa|topas|m[’']arrang\p{L}*|(?:me )?conviendrait|me conviene|me vendría bien`,
);
// The writer's own or the one named: "my wallet", "this address", "mi billetera".
const OWN_OR_THIS = concept(
  String.raw`my|mein\p{L}*|mi|mon|ma|meu|minha|this|diese\p{L}*|esta|este|cette|ce|essa|esse`,
);
const COMBINATIONS: Combination[] = [
  // "Please use USDT TRC20": a coin asked for by name.
  [
    concept(String.raw`usdt|usdc|btc|bitcoin|eth|ethereum|tether|trc-?20|erc-?20|bep-?20|litecoin|monero|solana`),
    concept(
      String.raw`please use|kindly use|bitte (?:nutzen|verwenden|benutzen)|por favor us[ae]|utilisez|merci d[’']utiliser`,
    ),
  ],
  // A coin and a word of paying, between the writer and the reader ("pay me in BTC", "Bezahlung in Ethereum an
  // mich", "you can pay with bitcoin"): not a platform's or a third person's payouts ("the bot pays out in ETH").
  [COIN, concept(PAY_VERB, MONEY, RECEIVE, String.raw`pay`, String.raw`payable`, String.raw`payout\p{L}*`), PARTIES],
  // Donations asked for in a coin: "support me by donating sats", "doando Sats", "donando Sats"
  [
    concept(String.raw`${LEX_COIN}|sats|satoshis`),
    concept(String.raw`donat\p{L}*|donar|donando|doando|doar|spenden|faire un don|tip me|tips`),
  ],
  // The writer's own terms: "I accept USDT", "ich akzeptiere Bitcoin", "j'accepte les cryptos", "USDT only".
  [
    COIN,
    concept(
      String.raw`accept\p{L}*|take|prefer\p{L}*|akzeptier\p{L}*|nehme|bevorzug\p{L}*|acept\p{L}*|prefier\p{L}*|prefer[ií]\p{L}*|accepte\p{L}*|préfère\p{L}*|aceit\p{L}*|prefiro`,
    ),
    concept(String.raw`i|i[’']d|we|ich|wir|yo|je|j|eu|nós`),
  ],
  // A coin said to suit the writer better, asked to be fine for the reader, or paid for with a discount: "USDT works better for
  // me", "Am liebsten in USDT", "Would crypto be ok for you?", "If you can do ETH I'll knock 5% off" (forty-second session: chat
  // turns of a battery no combination read)
  [
    COIN,
    filter(
      String.raw`(?:works?|would work|is|would be) (?:\p{L}+ )?(?:better|best|easier|faster|simpler) for (?:me|us)|(?:would|is|are|will) (?:(?!(?:price|rate|value|fees?|chart|network fees?)\s)\p{L}+ ){0,3}?(?:be )?(?:ok|okay|fine|alright|acceptable) (?:for|with) you|would you be (?:ok|okay|fine|alright) with|(?:te|le) (?:parece|va|viene) bien(?! (?:el|la|los|las|ese|esa|este|esta) )|(?:ça|cela) (?:te|vous) (?:va|convient|irait)|(?:tá|está|fica|seria) (?:ok|bom|tranquilo|de boa) (?:pra|para) (?:vc|você|voce|ti)|(?:ist|wäre) (?:das |es )?(?:ok|okay|in ordnung) für (?:dich|sie)|passt (?:dir|ihnen) das|(?<=^\W{0,3})am liebsten|(?:ich|wir) (?:\p{L}+ ){0,3}?am liebsten|(?:me )?(?:viene|va) mejor|mejor para m[ií]|(?:c[’']est|ce serait|ce sera) (?:plus simple|mieux|plus facile) pour moi|(?:é|fica|seria) melhor (?:pra|para) mim|knock (?:\d{1,2} ?%|\p{L}+ percent) off|\d{1,2} ?% (?:off|discount|rabatt|descuento|de descuento|de remise|de desconto)`,
    ),
  ],
  // "USDT only", "crypto accepted", "nur Bitcoin" — the words beside the coin, not anywhere in the sentence
  // ("Boutysource only pays out by PayPal and is considering Bitcoin").
  [
    COIN,
    concept(
      String.raw`only|accepted|preferred|welcome|ok|nur|akzeptiert|bevorzugt|solamente|solo|aceptad[oa]s?|uniquement|seulement|acceptée?s?|somente|apenas|aceit[oa]s?`,
    ),
    filter(
      String.raw`(?:${LEX_COIN})\s+(?:payments?\s+|zahlungen\s+|pagos?\s+|paiements?\s+|pagamentos?\s+)?(?:(?:is|are|sind|est|son|são)\s+)?(?:only|accepted|preferred|welcome|ok|nur|akzeptiert|bevorzugt|solamente|solo|aceptad[oa]s?|uniquement|seulement|acceptée?s?|somente|apenas|aceit[oa]s?)|(?:only|nur|solo|solamente|uniquement|seulement|somente|apenas)\s+(?:in\s+|via\s+|em\s+|en\s+|per\s+|par\s+)?(?:${LEX_COIN})`,
    ),
  ],
  // "send it to my USDT wallet", "meine Wallet", "mi billetera", "send it to my Binance account", "send the
  // payment to this wallet", "send it to my Binance ID 123456789" (an exchange's pay id: forty-first session, read below)
  [
    concept(
      String.raw`wallet\p{L}*|carteira|billetera|monedero|portefeuille|(?:${LEX_COIN})[- ]?(?:address|adresse|dirección|endereço|account|konto|cuenta|compte|conta)|(?:adresse|dirección|endereço)\s+(?:${LEX_COIN})`,
    ),
    OWN_OR_THIS,
    concept(PAY_VERB, MONEY, LEX_COIN, String.raw`send|schick\p{L}*|env[ií]\p{L}*|envoy\p{L}*|m[aá]nd\p{L}*`),
  ],
  // (an exchange's pay id, with a sending or paying word of its own — "binance" is a coin word, and "I lost my Binance ID" asks
  // nothing: a review of the forty-first session)
  [
    concept(
      String.raw`(?:binance|bybit|okx|kucoin|bitget)(?: pay)?[- ]?(?:id|uid)|(?:id|uid) (?:de |da |do |del )?(?:binance|bybit|okx|kucoin|bitget)`,
    ),
    OWN_OR_THIS,
    concept(PAY_VERB, MONEY, String.raw`send|schick\p{L}*|env[ií]\p{L}*|envoy\p{L}*|envoie|m[aá]nd\p{L}*`),
  ],
  // "send me usdt", "send me some BTC"; the reader told they may pay in a coin: "you can also send USDT TRC20"
  [
    concept(
      String.raw`send me (?:some |the |your )?(?:${LEX_COIN})`,
      String.raw`(?:you can|you could|can you|could you|please|pls|kindly)\s+(?:also\s+|just\s+)?send\s+(?:(?:it|the payment|payment|the money|the fee)\s+)?(?:(?:in|as|via)\s+)?(?:${LEX_COIN})`,
    ),
  ],
  // The same in the other four languages: "envoyez-moi des USDT", "mándame USDT", "schick mir USDT", "me manda USDT" ("schick mir
  // einfach USDT": a review of the forty-fourth session).
  [
    concept(
      String.raw`(?:(?:envoie|envoyez)-moi (?:des |du |en )?|(?:m[aá]ndame|env[ií]ame|p[aá]game) (?:en |con )?|(?:schick|sende|überweis)(?:e|en sie)? mir (?:bitte |einfach |doch |lieber |gleich )?(?:(?:das geld|die zahlung|den betrag) )?(?:in |als |per )?|me (?:manda|envia|paga) (?:em |com |o pagamento em )?)(?:${LEX_COIN})`,
    ),
  ],
  // The writer's price set in a coin: "The price is 0.005 BTC", "cuesta 50 USDT", "le prix est de 0,1 BTC", "Preis: 20 USDT".
  [
    concept(
      String.raw`(?:(?:my |the |our )?(?:price|cost|fee|rate)s?(?: is| will be|:)|costs?|(?:el |mi )?precio(?: es|:)|cuesta|(?:le |mon )?(?:prix|tarif)(?: est(?: de)?| c[’']est|:)|co[uû]te|(?:o |meu )?pre[çc]o(?: é|:)|custa|(?:der |mein )?preis(?: ist|:|\s+beträgt)|kostet)\s+(?:only |just |solo |seulement |nur |apenas )?\d+(?:[.,]\d+)?\s?(?:${LEX_COIN})`,
    ),
  ],
  // A sum in a coin to send: "send 0.1 BTC to restore your files", "überweisen Sie 0,05 Bitcoin", "envoyez 0,1 BTC"
  [
    concept(PAY_VERB, String.raw`send|schick\p{L}*|senden|sende|env[ií]\p{L}*|envoy\p{L}*|m[aá]nd\p{L}*`),
    filter(String.raw`\d+(?:[.,]\d+)?\s?(?:${LEX_COIN})`),
  ],
  // "send it as USDT", "kannst du es in USDT schicken"
  [
    concept(String.raw`(?:in|as|via|with|using|mit|als|en|em|par)\s+(?:the\s+)?${LEX_COIN}`),
    concept(String.raw`send|schick\p{L}*|senden|env[ií]\p{L}*|envoy\p{L}*|m[aá]nd\p{L}*`),
  ],
];
const WORK = concept(
  String.raw`integrat\p{L}*|integrier\p{L}*|integr[ae]\p{L}*|implement\p{L}*|build\p{L}*|built|gebaut|baut|bauen|entwickel\p{L}*|entwickl\p{L}*|develop\p{L}*|desarroll\p{L}*|développ\p{L}*|desenvolv\p{L}*|cre[aá]\p{L}*|gateway|dashboard|modul\p{L}*|module|checkout|sdk|api|apis|app|feature|funktion\p{L}*|shop|onlineshop|tienda|boutique|loja|customers?|clientes|kunden|users|product|experience|erfahrung|experiencia|expérience|experiência|handles|blockchain|exchange|smart contracts?|dapp|startup|fetch|deposit address|endpoints?|webhooks?|returned|deposits|activat\p{L}*|supplied to|gitcoin|algora|chain for`,
);

// Paid in a national currency or through the platform: crypto is only being talked about ("Crypto is
// volatile, I prefer to be paid in USD through the platform").
const FIAT = concept(
  String.raw`usd|eur|gbp|chf|dollars?|euros?|pounds|bank transfer|through the platform|via the platform|über die plattform|por la plataforma|par la plateforme|pela plataforma`,
);

// Every combination needs a coin or a wallet word, and each starts with one of these at a word's start: a
// cheap first look at a profile's sentences (most bios name no coin at all).
const ANY_COIN_ALL =
  /\b(?:crypt|cript|krypt|bitcoin|btc|usd[tc]|tether|stablecoin|eth|litecoin|ltc|monero|xmr|solana|trc|erc|bep|tron|trx|doge|binance|wallet|carteira|billetera|monedero|portefeuille)/gi;

// The common English and German phrasings, as three fixed frames: a bio that names a coin usually says it
// one of these ways, and a frame settles it without the concept reading (profiles are scored by the tens
// of thousands; the reading costs several times more). Whatever the frames miss goes through the reading.
const FRAME_COIN = String.raw`(?:crypto(?:currency|currencies)?|bitcoin|btc|usdt|tether|usdc|stablecoins?|eth(?:ereum)?|litecoin|ltc|monero|xmr|solana|trc-?20|erc-?20|bep-?20|tron|trx|dogecoin|doge|krypto(?:währung)?)`;
const FRAMES = [
  // "payment in USDT", "pay me via bitcoin", "Bezahlung in Krypto"
  new RegExp(
    String.raw`(?<![\p{L}])(?:pay|paid|payments?|bezahl\p{L}*|zahlung\p{L}*|zahlen)(?:\s+\p{L}+){0,2}?\s+(?:only\s+|nur\s+)?(?:in|via|with|through|by|per|using|mit|über|als)\s+(?:the\s+)?${FRAME_COIN}(?![\p{L}])`,
    'iu',
  ),
  // "I accept USDT", "we prefer crypto", "ich akzeptiere Bitcoin"
  new RegExp(
    String.raw`(?<![\p{L}])(?:I|I'd|I’d|we|ich|wir)\s+(?:\p{L}+\s+){0,2}?(?:accept\p{L}*|take|prefer\p{L}*|receive|akzeptier\p{L}*|nehme|bevorzug\p{L}*)(?![\p{L}])[^.\n]{0,40}?(?<![\p{L}])${FRAME_COIN}(?![\p{L}])`,
    'iu',
  ),
  // "crypto payments accepted", "USDT only"
  new RegExp(
    String.raw`(?<![\p{L}])${FRAME_COIN}\s+(?:payments?\s+)?(?:accepted|preferred|welcome|only|ok|akzeptiert|bevorzugt)(?![\p{L}])`,
    'iu',
  ),
];

/** Whether a frame offers crypto in the sentence, not negated before it ends, not about work or fiat. */
function framed(s: string): boolean {
  // The first frame that matches (the others are not tried: most offers match the first).
  let frame: RegExpExecArray | null = null;
  for (let i = 0; i < FRAMES.length && !frame; i++) frame = FRAMES[i].exec(s);
  if (!frame || NEGATION.test(s.slice(0, frame.index + frame[0].length))) return false;
  return !WORK.test(s) && !FIAT.test(s);
}

// The writer pays the reader: "send us the ETH address you wish to receive your funds to", "where can I
// send your USDT?", "dime tu dirección para enviarte" — a payer asking where to pay is no request to be paid.
// (the reader's balance or winnings waiting: "um dein Bitcoin-Guthaben zu erhalten", "your BTC balance is ready" — a
// fake payout's bait, paid to the reader; twenty-third session, the eighteenth set read)
// (the 80-character look-behind after "you"/"u", not before: before it, it ran at every character of a sentence
// wherever V8 compiled the pattern unoptimised — 40 % of a 200 KB hostile message's time; a look-ahead for the words
// first cost 40 % more on ordinary sentences in optimised code.)
const WRITER_PAYS = filter(
  String.raw`(?:dein|deine[nm]?|ihr|ihre[nm]?)\s+(?:\p{L}+[\s-]){0,2}?(?:guthaben|gewinn\p{L}*|auszahlung) (?:\p{L}+\s+){0,3}?(?:zu )?(?:erhalten|abzurufen|abrufen|abheben|auszahlen|wartet|bereit)|(?:your|tu|su|votre|ton|seu|sua)\s+(?:\p{L}+\s+){0,2}?(?:balance|winnings|payout|saldo|solde|gains|ganancias|ganhos) (?:is|are|has been|awaits|waiting|ready|to claim|to withdraw|está|est|wartet|disponible|disponível|te espera|vous attend)(?![\p{L}])|as a payment (?:option|method)|(?:i|we|i[’']m|i am|we[’']re|we are) (?:\p{L}+\s+)?(?:ready|happy|able) to pay|(?:you(?<!(?:you pay|deposit|top up|top-up|activat|send|pay first|recharge)[^\n]{0,80}you)|u(?<!(?:you pay|deposit|top up|top-up|activat|send|pay first|recharge)[^\n]{0,80}u)) (?:will |would |could |can |may )?(?:receive (?:\p{L}+\s+){0,3}?(?:payments?|funds|money|as payment)|get paid|be paid)(?![^\n]{0,80}(?:deposit|top up|top-up|activat|send|pay first|recharge))|(?:you|u) prefer to be paid|willing to pay|(?:happy|glad|willing|ready|able) to (?:send|pay|transfer) (?:you|u) (?:the |your |an? )?(?:\d|money|funds|payment|amount|sum|reward|bounty|tokens|usdt|usdc|btc|eth|crypto)|(?:i|we)(?:[’']ll| will| can| could| would| am going to| are going to)? (?:send|pay|transfer) (?:you )?\d|(?:address|wallet)\s+(?:\p{L}+\s+){0,2}?(?:to receive|you (?:wish|want|would like) to receive)|receive your (?:funds|payment|reward|bounty|tokens|money)|where (?:should|can|do) (?:i|we) send (?:you|it|the|your)|send you (?:the|your) (?:funds|payment|reward|bounty|tokens|money)|(?:i|we)(?:[’']ll| will) (?:pay|send) you|(?:i|we)(?:[’']ll| will| can) pay|your (?:\p{L}+\s+){0,2}?(?:address|wallet)|if you have (?:a|an|any) (?:\p{L}+\s+){0,3}?(?:address|wallet)|(?:i|we) (?:want|would like|wish|need) to pay|please accept|(?:ich möchte|je veux|je voudrais|quiero|quero) (?:\p{L}+\s+){0,2}?(?:bezahlen|payer|pagar)|(?:dime|envíame|mándame) tu (?:dirección|billetera|wallet)|(?:para|to) (?:enviarte|te enviar|vous envoyer|te pagar|pagarte|payer)|envoie-moi ton adresse|me (?:passa|manda) (?:sua|tua) carteira|(?:i|we) (?:can |could )?pay you|consider (?:adding|accepting|enabling) (?:\p{L}+\s+){0,3}?(?:donations|tips)|(?:can|could|would|will) you (?:please )?(?:add|accept|enable) (?:\p{L}+\s+){0,3}?(?:donations|tips)|your preference for (?:\p{L}+\s+)?(?:donations|crypto\p{L}*)|(?:yo |nosotros )?(?:te|le|les) (?:pago|pagamos|pagaré|pagaremos)|(?:puedo|podemos) pagar(?:te|le|les)|(?:eu |nós )?(?:te|lhe|lhes) (?:pago|pagamos|pagarei|pagaremos)|(?:posso|podemos) (?:te |lhe )?pagar|pag(?:o|amos)-(?:te|lhe)|(?:je|nous|on) (?:te |vous )?(?:paie|paye|payons|paierai|paierons)|(?:je peux|nous pouvons|on peut) (?:te |vous )(?:payer|verser|régler (?:en|par|la facture|le montant|\d))|c[’']est moi qui (?:envoie|paie|paye|règle)|(?:ich|wir) (?:kann |können )?(?:zahle|zahlen|bezahle|bezahlen) (?:dir|dich|ihnen|sie|euch)|(?:ich kann|wir können) (?:dir|dich|ihnen|sie|euch) (?:\p{L}+\s+){0,6}?(?:zahlen|bezahlen)`,
);
const NOT_A_REQUEST = { unless: [WORK, FIAT, WRITER_PAYS] };
// "pay me 500 euros in bitcoin": a coin as the means, whatever currency the sum is named in.
const IN_COIN: Combination[] = [
  [
    COIN,
    concept(PAY_VERB, String.raw`send\p{L}*|schick\p{L}*|env[ií]\p{L}*|envoy\p{L}*|m[aá]nd\p{L}*|ver(?:ser|sez)`),
    // ("500 euros sous la forme de bitcoins", "in the form of Bitcoin", "en forma de bitcoins")
    filter(
      String.raw`(?:in|en|em|par|via|with|mit|as|como|sous (?:la )?forme de|in (?:the )?form of|en forma de|em forma de|in form von)\s+(?:the\s+)?${LEX_COIN}`,
    ),
  ],
];
// A list of the writer's wallets in a message asking to be paid ("My wallets: SOLANA (USDC/USDT/SOL): …").
const MY_WALLETS: Combination[] = [
  [
    concept(String.raw`wallets?|billeteras|portefeuilles|carteiras`),
    filter(String.raw`my|meine?|mis|mes|minhas|wallets?:|wallet address(?:es)?:`),
  ],
];
const ASKING_PAY = filter(
  String.raw`requesting payment|payment for|owed|invoice|please (?:pay|send)|pay me|send (?:me|it|the)`,
);

/** The sentences of a message, or of a profile's (already cleaned) text, that offer or ask for crypto. */
export function cryptoPaymentSentences(text: string | PreparedMessage): string[] {
  if (typeof text !== 'string') {
    const mine = readHits(text, MY_WALLETS);
    const wallets = mine.length && inText(text, ASKING_PAY) ? mine : [];
    const found = new Set<number>();
    for (const h of readHits(text, COMBINATIONS, NOT_A_REQUEST)) found.add(h.index);
    for (const h of readHits(text, IN_COIN, { unless: [WORK, WRITER_PAYS] })) found.add(h.index);
    for (const h of wallets) found.add(h.index);
    return found.size ? text.sentences.filter((_, i) => found.has(i)) : [];
  }
  // Where a coin's word starts, in one scan of the text; a sentence holds one when one starts inside it (a sentence is
  // the text's own characters, between white space: the word's start reads the same in both).
  const starts: number[] = [];
  ANY_COIN_ALL.lastIndex = 0;
  for (let m = ANY_COIN_ALL.exec(text); m; m = ANY_COIN_ALL.exec(text)) starts.push(m.index);
  if (!starts.length) return [];
  const withCoin: string[] = [];
  let from = 0;
  let k = 0;
  for (const s of sentences(text)) {
    // Its place: sentences are in order, and what lies between two is white space, where none of them starts.
    const at = text.indexOf(s, from);
    from = at + s.length;
    while (k < starts.length && starts[k] < at) k++;
    if (k < starts.length && starts[k] < from) withCoin.push(s);
  }
  const byFrame = withCoin.filter(framed);
  const rest = withCoin.filter((s) => !byFrame.includes(s));
  const read = rest.length ? cooccurring({ text: rest.join('\n'), sentences: rest }, COMBINATIONS, NOT_A_REQUEST) : [];
  return withCoin.filter((s) => byFrame.includes(s) || read.includes(s));
}
