/**
 * Concepts several message rules share, in English, German, Spanish, French and Portuguese, as word
 * alternatives for `concept` (lib/text/cooccur.ts). Kept as sources so rules can combine them.
 */

const RELATION_EN = String.raw`(?:friend|cousin|brother|sister|uncle|aunt|relative|partner|wife|husband|mother|mom|mum|father|dad|colleague|teammate|roommate|flatmate|neighbou?r|agent|son|daughter|fianc[ée]e?|girlfriend|boyfriend|buddy|buddie|pal|mate|nephew|niece|grandma|grandmother|grandpa|grandfather|in-law|brother-in-law|sister-in-law|stepbrother|stepsister)s?`;
/** Someone close to the writer: "my cousin", "my business partner's", "meinem Bruder", "mi tío", "ma sœur". */
export const RELATION = [
  String.raw`my\s+(?:\p{L}+\s+)?${RELATION_EN}(?:[’']s?)?`,
  String.raw`mein(?:e|em|en|er|es)?\s+(?:freund\p{L}*|kumpel\p{L}*|brüder\p{L}*|bruder\p{L}*|schwester\p{L}*|cousin\p{L}*|kusine|onkel\p{L}*|tante|vater\p{L}*|mutter|frau|mann\p{L}*|partner\p{L}*|kolleg\p{L}*|nachbar\p{L}*|mitbewohner\p{L}*|sohn\p{L}*|tochter|schwager|schwägerin|verlobte\p{L}*|oma|opa|neffe\p{L}*|nichte)`,
  String.raw`mis?\s+(?:amig[oa]s?|colegas?|prim[oa]s?|herman[oa]s?|t[ií][oa]s?|padre|madre|papá|mamá|espos[oa]|pareja|soci[oa]|compañer[oa]s?|vecin[oa]s?|hij[oa]s?|cuñad[oa]s?|novi[oa]s?|abuel[oa]s?|sobrin[oa]s?)`,
  String.raw`(?:mon|ma|mes)\s+(?:ami\p{L}*|potes?|colocs?|colocataires?|cousin\p{L}*|frères?|sœurs?|soeurs?|oncle|tante|père|mère|femme|mari|associ\p{L}*|collègue\p{L}*|voisin\p{L}*|fils|fille|partenaire|copine|copain|beau-frère|belle-sœur|belle-soeur|grand-mère|grand-père|neveu|nièce|fiancée?)`,
  String.raw`(?:meu|minha|meus|minhas)\s+(?:amig[oa]s?|prim[oa]s?|irmãs?|irmãos?|tio|tia|pai|mãe|espos[oa]|marido|mulher|sóci[oa]|colegas?|vizinh[oa]s?|filh[oa]s?|namorad[oa]|cunhad[oa]s?|avó|avô|sobrinh[oa]s?|noiv[oa])`,
];

/** Paid ahead of the work, in five languages: "upfront", "in advance", "vorab", "por adelantado", "d'avance", a deposit. */
export const PAY_AHEAD = String.raw`(?:upfront|up-front|up front|in advance|advance|deposit|retainer|before (?:i|we) (?:start|begin)|before starting|anzahlung|vorab|im voraus|vorkasse|vorauszahlung|vorschuss|anticipo|adelantado|adelanto|acompte|arrhes|d[’']avance|à l[’']avance|avance|adiantado|adiantamento|antecipado|sinal|entrada|on order|upon order|al (?:hacer el )?pedido|no pedido|à la commande|bei auftragserteilung|bei bestellung)`;

/** A sum or a share, as people write them: "$200", "USD 300", "500,- €", "50 percent", "20k", "₹499". */
export const SUM = String.raw`(?:[$€£₹]\s?\d[\d.,]*|(?<![\d.,])\d[\d.,]*\s?(?:[$€£%₹]|,-|k(?![\p{L}])|(?:usd|eur|gbp|chf|aud|cad|mxn|dollars?|dólares|euros?|reais|pesos|bucks|franken|prozent|percent|por ciento|pour cent|por cento)(?![\p{L}]))|(?:usd|eur|gbp|chf|aud|cad|mxn|r\$|us\$)\s?\d[\d.,]*)`;

/** Words for money owed or paid: "fee", "payment", "Honorar", "dinero", "paiement", "valor". */
export const MONEY = String.raw`(?:money|fee|fees|payments?|funds|amount|bonus|rewards?|bount(?:y|ies)|payouts?|salary|invoices?|earnings|wages?|geld|honorar|betrag|gehalt|zahlung|vergütung|dinero|pago|pagos|importe|sueldo|argent|paiements?|montant|salaire|dinheiro|pagamentos?|pgto|pagto|valor|salário)`;

/** Verbs of paying (not plain "send": "send the laptop" is no payment). */
export const PAY_VERB = String.raw`(?:pay|pays|paid|paying|wire|deposit|transfer|remit|settle(?!\s+(?:on\s+|in\s+|down\s+)?(?:(?:the|a|an|our|your)\s+)?(?:date|dates|time|times|day|details|schedule|matter|question|dispute|differences?)(?![\p{L}]))|release|zahl\p{L}*|bezahl\p{L}*|überweis\p{L}*|begleich\p{L}*|p[aá]g(?:a|o|á|u)\p{L}*|transfi[eé]r\p{L}*|transf[ée]r\p{L}*|transfer\p{L}*|transfir\p{L}*|depos[ií]t\p{L}*|pay[eé]\p{L}*|payi(?:ez|ons)|paie\p{L}*|vers(?:er|ez|ement)|vire[rz]|r[éè]gl\p{L}*)`;

/** Laptops and other equipment an employer ships. */
export const DEVICE = String.raw`(?:(?:firmen|dienst|arbeits)?(?:laptops?|notebooks?|computers?|macbooks?|pcs?|devices?|equipment|hardware|rechner|geräte?|computer|portátil|ordenador|computadora|equipo|ordinateur|ordis?|portable|matériel|computador|equipamento|ausrüstung|compus?))`;
/** The work computer named as a word, in any text (a letter class of the five languages, no Unicode property). */
export const NAMES_A_DEVICE = new RegExp(String.raw`(?<![a-zà-öø-ÿ])${DEVICE}(?![a-zà-öø-ÿ])`, 'i');
/**
 * A delivered work computer kept running for someone else, the laptop farm's own ask: "keep it plugged in and connected to the
 * wifi", "leave it on", "switch it on when I tell you", "deixar ligado na internet", "le laisser allumé et branché au wifi", "es
 * eingeschaltet am WLAN lassen", "prenderla cuando te avise" (a review of the fifty-second session: none was read).
 */
export const KEPT_RUNNING = String.raw`keep (?:it|them|the (?:\p{L}+ )?(?:${DEVICE})) (?:\p{L}+ )?(?:on(?! (?:the|your|a|an|my|our|his|her|their|top|this|that|it|hold)(?![\p{L}]))|online|running|plugged in|connected|powered on|turned on|switched on)(?![\p{L}])|leave (?:it|them) (?:\p{L}+ )?(?:on(?! (?:the|your|a|an|my|our|his|her|their|top|this|that|it|hold)(?![\p{L}]))|online|running|plugged in|connected|powered on|turned on|switched on)(?![\p{L}])|(?:turn|switch|power) (?:it|them) on (?:when(?:ever)?|once|if) (?:i|we) (?:tell|ask|text|message|say|need)|deix(?:ar|e|a)(?:-o|-a|-os|-as)? (?:\p{L}+ )?ligad[oa]s?|lig(?:ar|ue|a)(?:-o|-a)? quando (?:eu )?(?:avisar|pedir|mandar)|laiss(?:er|ez|e)[- ](?:le|la|les)? ?(?:\p{L}+ )?(?:allumée?s?|branchée?s?)|(?:le |la |l[’'])?allumer quand je|(?:eingeschaltet|an|online|am strom|am wlan|am netz|angeschaltet) (?:\p{L}+ )?lassen|(?:einschalten|anschalten),? wenn ich|d[eé]j(?:ar|a|e|ad)(?:la|lo|las|los)? (?:\p{L}+ )?(?:encendid[oa]s?|prendid[oa]s?|conectad[oa]s?)|(?:prender|encender)(?:la|lo|las|los) cuando (?:yo )?te (?:avise|diga|escriba)`;

/** The reader to take the work computer in for the writer: "receive it for me", "recibirla por mí", "le réceptionner pour moi". */
export const RECEIVED_FOR_ME = String.raw`take (?:it|them) in (?:for me|on my behalf)|(?:receive|accept|hold|take in|sign for) (?:it|them|the (?:\p{L}+ ){0,2}?(?:delivery|package|parcel|box|${DEVICE})) (?:for me|on my behalf)|recib\p{L}* (?:\p{L}+ )?por mí|(?:recevoir|réceptionner|récupérer) pour moi|receb\p{L}*(?:-l[oa])? (?:para|por|pra) mim|für mich (?:an|entgegen)\p{L}*`;

/** An address other than the writer's, or a forwarder: "to a different address", "this address", "my freight forwarder". */
export const ADDRESS_ELSEWHERE = String.raw`(?:a |an )?(?:different|another|this|the following|other) address|c/o|(?:an )?folgende(?:n)? adresse|la siguiente direcci[oó]n|l[’']adresse suivante|o seguinte endereço|(?:fwd|forwarding|reshipping) address|reshipp\p{L}*|(?:mail |package |parcel |freight )?forwarder|andere(?:n)? adresse|diese adresse|otra direcci[oó]n|esta direcci[oó]n|autre adresse|cette adresse|outro endereço|este endereço`;

/**
 * Someone not named as close, a relative, or a forwarding address: "to a friend's address", "an die Adresse eines
 * Freundes", "la dirección de un amigo", "chez une parente", "pro endereço de um amigo", "my fwd address", "mi casillero
 * en Miami", "adresse de réexpédition", "redirecionador" (seventeenth session, blind battery) — for the equipment rule and
 * its grading (twenty-sixth session: "send the equipment to a friend's address" named a receiver there but not here).
 */
export const SOMEONE_ELSES_PLACE = String.raw`a friend[’']s (?:address|place|house)|(?:the )?address of a friend|relatives? of mine|to a relative|my relatives?|(?:adresse|haus|wohnung|packstation) (?:eines|einer|von (?:einem|einer|nem|ner)) (?:freund\p{L}*|bekannten|verwandten|kumpel)|(?:an|bei) (?:eine|einen|einem) (?:verwandte[nm]?|bekannten)|(?:direcci[oó]n|casa) de (?:un|una) (?:amig[oa]|conocid[oa]|tí[oa]|pariente)|(?:l[’']adresse|chez) (?:d[’'])?(?:un|une) (?:ami|amie|parente?|proche|connaissance)|(?:endereço|casa) de (?:um|uma) (?:amig[oa]|conhecid[oa]|tia|tio|parente)|(?:fwd|forwarding|reshipping) address|(?:mail|package|parcel) forwarder|casillero|(?:adresse de )?réexpédition|redirecionador`;
/**
 * The writer already writing from another account: "I am messaging you from one of my other Active ID's", "writing to
 * you from my second account" (twenty-sixth session, the tuning text's quoted Upwork message) — the switch made, not asked.
 */
export const WRITING_FROM_ANOTHER_ACCOUNT = String.raw`(?:messag|writ|contact|text|reach)\p{L}*\s+(?:to\s+)?(?:you\s+)?(?:from|on|via|with|through|using)\s+(?:one of\s+)?(?:my|this|a|an)\s+(?:\p{L}+\s+){0,2}?(?:other|second|2nd|new|backup|spare|alt|different)\s+(?:\p{L}+\s+)?(?:accounts?|profiles?|ids?|id[’']s)(?![\p{L}])`;
/** Accounts and profiles on a platform (and "Konto", "cuenta", "compte", "conta", which may be a bank's). */
// (not the French idioms "en tenant compte", "se rendre compte", "en fin de compte": "La DINUM prête assistance … en tenant compte
// de …" read as an account lent — thirty-eighth session, a hunt for false alarms on published pages)
export const ACCOUNT = String.raw`(?:accounts?|profiles?|konto|kontos|account|profil|cuentas?|perfil|perfiles|comptes?(?<!(?:tenant|tenir|tient|tiennent|tenu|tenue|tiens|rendre|rend|rendent|rendu|rends|fin de) comptes?)|contas?|perfis)`;

/** Coins and "crypto" in the five languages ("Air BnB" is a place to stay). */
export const COIN = String.raw`(?:crypto|cryptos|cryptocurrenc\p{L}*|cryptomonnaie\p{L}*|cripto|criptomoneda\p{L}*|criptomoeda\p{L}*|krypto\p{L}*|bitcoins?|btc|usdt|tether|usdc|stablecoins?|eth|ethereum|ether|litecoin|ltc|monero|xmr|solana|trc-?20|erc-?20|bep-?20|tron|trx|dogecoin|doge|binance|toncoin|xrp|xlm|cardano|(?<!air\s?)bnb|bitcoin cash|bch)`;

/** Receiving money: "receive", "get paid", "cobrar", "erhalten", "recevoir", "receber". */
export const RECEIVE = String.raw`(?:receiv\p{L}*|get paid|getting paid|got paid|be paid|collect|erhalt\p{L}*|erhält|empfang\p{L}*|bekomm\p{L}*|recib\p{L}*|c[oó]br\p{L}*|reçoi\p{L}*|recev\p{L}*|être payée?|receb\p{L}*)`;

/** Someone close to the writer as the one paid ("to my uncle", "an meinen Vater", "a mi tío", "payer mon frère"). */
export const TO_RELATION = String.raw`(?:to|an|a|à|ao|al|para|pra|pro|pour|auf|${PAY_VERB})\s+(?:(?:the|das|die|den|o|a|la|el)\s+)?(?:${RELATION.join('|')})`;

/**
 * Paid in the name of someone close to the writer: "in the name of my brother", "a nombre de mi hermano", "au nom de mon frère",
 * "no nome da minha esposa", "auf den Namen von meinem Bruder" (a review of the fifty-second session: only the account's owner was
 * read, "la cuenta de mi hermano").
 */
export const IN_A_RELATIONS_NAME = String.raw`(?:(?:in|to|under|on) (?:the )?name of|(?:auf|unter) (?:den|dem) namen(?: von)?|im namen(?: von)?|a nombre de|au nom de|(?:em|no|para o) nome d[oa])\s+(?:${RELATION.join('|')})|(?:to|in|under|on)\s+(?:${RELATION[0]})\s+name`;

/** Payment asked of the reader, as chats ask it: "please", "can you", "porfa", a paying verb opening a clause ("…, paga a nombre de"). */
export const ASKED_TO_PAY = String.raw`please|pls|plz|porfa|pf|pfv|svp|s[’']il (?:vous|te) pla[iî]t|bitte|por favor|kindly|(?:can|could|would) you|puedes|puede|podrías|podría|pode|poderia|podes|pouvez|pourriez|peux|(?:können|könnten) sie|(?:kannst|könntest) du|(?<=^|[,;:.]\s{0,3})(?:pay|send|transfer|wire|make|paga|pague|págame|págale|manda|mande|envía|envíe|envia|envie|faz|faça|payez|paie|envoyez|virez|zahl|zahle|zahlen sie|überweis|überweisen sie)(?![\p{L}])`;
/** Paid to a name the writer gives: "pay through PayPal to this name: Daniel Reyes", "a este nombre", "à ce nom", "neste nome". */
export const TO_THIS_NAME = String.raw`(?:to|in|under|on|into) this name|(?:a|en|con) este nombre|(?:à|sous|avec) ce nom|(?:neste|nesse|para este|para esse|com este|com esse) nome|auf diesen namen`;

/** An account or payment handle of someone close ("my wife's Payoneer", "das Konto meiner Mutter", "la cuenta de mi hermano"). */
export const RELATION_ACCOUNT = String.raw`(?:(?:${RELATION.join('|')})\s+(?:\p{L}+\s+)?(?:bank\s+)?(?:account|paypal|payoneer|wise|iban|card|wallet|kontodaten|bankdaten|konto|bankkonto|details)|(?:account|konto|bankkonto|kontodaten|cuenta|compte|conta|paypal|payoneer|iban|tarjeta|carte|cartão|pix|chave pix)\s+(?:(?:in|under) the name of\s+|auf den namen\s+|a nombre de\s+|au nom de\s+|(?:em|no) nome d[oa]\s+|of\s+|de\s+|do\s+|da\s+|von\s+)?(?:${RELATION.join('|')}))`;

/**
 * The writer's own platform account gone or out of use: "my account was suspended", "a problem with my
 * Upwork account", "my account has become inactive", "I can't create an account with my ID again".
 */
export const LOST_WORD = String.raw`suspend\p{L}*|restrict\p{L}*|banned|blocked|locked|disabled|closed|inactive|deactivated|on hold|gesperrt|eingeschränkt|blockiert|geschlossen|suspendid[oa]|bloquead[oa]|cerrad[oa]|suspendu\p{L}*|bloqu[ée]\p{L}*|ferm[ée]\p{L}*|suspens[oa]|fechad[oa]|fecharam|encerraram|bloquearam|suspenderam|cerraron|bloquearon|suspendieron|problems?|issues?|trouble|can[’']?t`;
export const ACCOUNT_LOST = [
  String.raw`(?:my|mein\p{L}*|mi|mon|ma|meu|minha)\s+(?:\p{L}+\s+){0,2}?(?:account|profile|konto|profil|cuenta|perfil|compte|conta)\s+(?:\p{L}+\s+){0,3}?(?:suspend\p{L}*|restrict\p{L}*|banned|blocked|locked|disabled|closed|inactive|deactivated|on hold|gesperrt|eingeschränkt|blockiert|geschlossen|suspendid[oa]|bloquead[oa]|cerrad[oa]|suspendu\p{L}*|bloqu[ée]\p{L}*|ferm[ée]\p{L}*|suspens[oa]|fechad[oa]|bloquead[oa])`,
  String.raw`(?:a |some |any )?(?:problems?|issues?|trouble) with my (?:\p{L}+\s+)?(?:account|profile)|can[’']?t (?:create|open|make) (?:an?|a new|another) (?:\p{L}+\s+)?(?:account|profile)`,
];

/** The marketplaces by name, where the work and its payment belong. */
export const MARKETPLACE_NAMES =
  String.raw`upwork|fiverr|freelancer(?:\.com)?|workana|malt|toptal|peopleperhour|guru|99designs|linkedin`.split('|');
export const MARKETPLACE = `(?:${MARKETPLACE_NAMES.join('|')})`;
/** A marketplace's fees by their names, in five languages ("the upwork fees", "Upwork-Gebühren", "la comisión"). */
export const FEE_NAMES = String.raw`fees?|charges?|commission|cut|gebühr\p{L}*|provision|comisi[oó]n\p{L}*|tarifas?|frais|taxas?|comiss[aã]o`;
/** Fees named as the places' own, up to three words after: "the upwork fees", "Upwork's cut", "Upwork-Gebühren". */
// (… or the fee first, as Spanish, French and Portuguese put it: "las comisiones de upwork", "les frais d'Upwork", "as taxas do
// upwork" — the parity battery, fifty-fifth session)
export const feesOf = (places: string): string =>
  String.raw`(?<![\p{L}])(?:(?:${places})(?:[’']s)?[\s-]+(?:[\p{L}\d%]+\s+){0,3}?(?:${FEE_NAMES})|(?:${FEE_NAMES})\s+(?:(?:de|del|do|da|d[’'])\s*(?:la\s+|l[’']\s*|a\s+|o\s+)?)?(?:${places}))(?![\p{L}])`;
/** Another way set against the one named: "instead of WhatsApp", "statt per Mail", "plutôt que par WhatsApp". */
export const INSTEAD_OF = String.raw`instead of|rather than|statt|anstatt|en lugar de|en vez de|au lieu de|plutôt que|em vez de|ao invés de`;
/** A marketplace as people call it without its name: "the platform", "la plataforma", "die Plattform", escrow. */
export const PLATFORM_WORD = String.raw`(?:platform|plattform|plataforma|plateforme|site|escrow)`;

/** The writer or the reader named, in five languages: a request is made by one of them to the other. */
export const PERSON_WORDS = String.raw`i|i[’'](?:m|d|ll|ve)|me|my|mine|we|us|our|ours|you|your|yours|u|ur|ich|mich|mir|mein\p{L}*|wir|uns|unser\p{L}*|du|dich|dir|dein\p{L}*|sie|ihnen|ihr\p{L}*|yo|mi|mis|conmigo|nosotros|nos|nuestr\p{L}*|tú|tu|tus|te|ti|contigo|usted|ustedes|su|sus|vos|je|j|m[’'](?!(?:a|as|ont|avait|avaient|inqui\p{L}*|étonn\p{L}*|sembl\p{L}*|para[iî]\p{L}*)(?!\p{L}))\p{L}+|t[’'](?!(?:a|as|ont|avait|avaient)(?!\p{L}))\p{L}+|moi|mon|ma|mes|nous|notre|toi|ton|ta|tes|vous|votre|eu|mim|meu|minha|meus|minhas|comigo|conosco|connosco|nós|nosso|nossa|você|voce|vc|vocês|teu|tua|seu|sua|lhe`;
/** The writer alone, in five languages: "I", "my", "ich", "mon", "nosso". */
export const WRITER_WORDS = String.raw`i|i[’']m|i[’']d|my|me|we|our|ich|mein\p{L}*|mir|mich|wir|unser\p{L}*|yo|mi|mis|je|j|mon|ma|mes|moi|nous|notre|eu|meu|minha|nós|nosso|nossa|comigo|conosco|connosco`;
/** A please, in five languages: it turns to the reader with no pronoun ("bitte per USDT zahlen"). */
export const PLEASE_WORDS = String.raw`please|pls|kindly|bitte|por favor|por gentileza|s[’']il (?:vous|te) pla[iî]t|veuillez|merci de|merci(?= d[’'](?!avoir|être))`;

/**
 * Someone a request is between — the writer or the reader, or a form that addresses the reader (a please, an
 * imperative, "can I", "let's", "parlons") — in five languages: a news story or a term names none of them ("recibió un
 * mensaje de WhatsApp", "les échanges par WhatsApp ne peuvent remplacer …", "members rent their accounts").
 */
/**
 * "Let's" as people type it, with or without the apostrophe — but not the verb "lets" with its object ("Our app lets users book
 * via WhatsApp", "the tool lets you chat on Telegram": a product's feature; forty-third session).
 */
export const LETS = String.raw`let[’']s|lets(?!\s+(?:users?|customers?|clients?|people|visitors?|members?|buyers?|sellers?|them|him|her|you|the|a|an|your|our|their|its|any|each|every|anyone|everyone|teams?|businesses|companies)(?![\p{L}]))`;

/**
 * Ways to pay listed and then refused together: "Crypto, gift cards, transfers off the platform: none of that is accepted here",
 * "… : rien de tout cela n'est accepté chez nous" (a self-written battery; fifty-sixth session) — the list asks nothing.
 */
export const NONE_ACCEPTED = String.raw`(?:none of (?:that|this|these|those|it|them)|rien de (?:tout )?(?:cela|ça|ceci)|nada de (?:eso|esto|todo eso)|nada disso|nichts (?:davon|dergleichen)|keine?s? davon)[^.!?\n]{0,60}?(?:accept|akzeptier|acept|aceit|allowed|erlaubt|permitid|permis|autoris)\p{L}*`;

export const BETWEEN_US_WORDS = String.raw`${PERSON_WORDS}|${PLEASE_WORDS}|consegue|consegues|conseguiria|dá (?:pra|para)|tem como|${LETS}|mí|on|vcs|a gente|ajoute[zr]?|puedes|podes|podés|pode|podem|puede|pueden|peux|pouvez|kannst|können|can|could|will be (?:ok|okay|fine|better)|would work|works? for|só|just|add|join|agr[eé]game|añ[aá]deme|escr[ií]beme|cont[aá]ctame|ll[aá]mame|h[aá]blame|m[aá]ndame|env[ií]ame|p[aá]game|p[aá]same|env[ií]eme|p[aá]gueme|p[aá]seme|agr[eé]gueme|añ[aá]dame|escr[ií]bame|cont[aá]cteme|ll[aá]meme|h[aá]bleme|m[aá]ndeme|escr[ií]banos|cont[aá]ctenos|ll[aá]menos|ligue|me liga|me add|me adiciona|chama|chame|llam[ae]|escrib[ae]|escreva|écrivez|écris|schreib\p{L}*|meld\p{L}*|contactez|contacta|contate|posso|podemos|segue|galera|pessoal|queres|querés|quieres|quer|vamos|devem|deben|must|müssen|doivent|parlons|discutons|continuons|passons|écrivons|hablemos|sigamos|pasemos|conversemos|falemos|sprechen wir|schreiben wir|reden wir|procuro|busco|necesito|preciso|quiero|quero|cherche|suche|brauche|ofrezco|ofereço|offre|biete|looking for|seeking|wanted|needed|need|se busca|procura-se|gesucht|recherche|cherchons|buscamos|procuramos|better|easier|faster|más rápido|más fácil|mais rápido|mais fácil|plus simple|plus rapide|einfacher|schneller|^\W*(?:use|pay|send|transfer|wire|buy|make|usa|paga|pague|envía|envie|utilisez|payez|nutzen|zahlen|überweisen)`;

/**
 * WhatsApp as people write it: short names ("whats", "zap", "wpp", "wsp") and misspellings ("watsapp", "guasap").
 * ("wa" alone is a US state: read only where a number or "add me on" follows.)
 */
export const WHATSAPP_NAMES = String.raw`whats?\s?app?|whatssapp?|watsapp?|whats|wsp|wpp|zap|zapzap|wasap|guasap|whatpp`;
/**
 * The messengers as people write them — short names ("tg", "tele" is read apart), misspellings ("telegramm"), social
 * networks used as messengers — the one list the invitation rule, the grading's cited words and the contacts read.
 */
export const MESSENGER_NAMES = String.raw`telegramm?|tg|${WHATSAPP_NAMES}|discord|skype|signal|wechat|weixin|viber|line app|kakao\p{L}*|snap|snapchat|insta|instagram|facebook|fb|messenger|imo|nostr|threema|qtox|reddit|linkedin|t[ée]l[ée]gramme|wickr`;

/** Mobile-money services by name ("M-Pesa", "em-pesa" as typed, "e-Mola", "mKesh"): a payee's app, as PayPal is. */
export const MOBILE_MONEY_APPS = String.raw`m[-_ ]?pesa|em[-_ ]?pesa|e-?mola|mkesh`;
/** Mobile-money accounts named in text messages ("manda neste numero M-Pesa"): a number there is paid to, not called. */
export const MOBILE_MONEY = String.raw`${MOBILE_MONEY_APPS}|conta m[oó]vel`;
// Words SMS capitalise that are no name: days and times.
const NOT_A_NAME = String.raw`Amanh[ãa]|AMANH[ÃA]|Hoje|HOJE|Cedo|CEDO|Logo|LOGO|Agora|AGORA|Depois|DEPOIS|Ontem|ONTEM|Segunda|Terça|Quarta|Quinta|Sexta|S[áa]bado|Domingo|Feira|FEIRA|Tarde|TARDE|Noite|NOITE|Manh[ãa]`;
/**
 * The name a mobile-money payment arrives under, typed with no "nome", to the sentence's end: "Na M-pesa Vem VASCO INACIO
 * CHILAULE", "O Nome Da Confirmação Do M-Pesa Vem OCTAVIO JOSE UAMUSSE", or after a dash behind the number ("M-pesa
 * 845558754- Zeca Antonio Nhantumbo") — two to four capitalised words (case-sensitive: build it with the "u" flag only),
 * none a day or a time ("Que O Produto Vem Amanhã Cedo", "o recibo sai HOJE": a review of the thirty-second session).
 */
export const NAME_COMES = String.raw`(?<![\p{L}])(?:[Vv]em|VEM|[Ss]ai|SAI)\s(?!(?:${NOT_A_NAME})(?![\p{L}]))\p{Lu}[\p{Ll}\p{Lu}]{1,20}(?:\s(?!(?:${NOT_A_NAME})(?![\p{L}]))\p{Lu}[\p{Ll}\p{Lu}]{1,20}){1,3}[.!:]?\s?$|(?<!\d)\d{6,12}\s?[-–]\s?\p{Lu}\p{Ll}{1,20}(?:\s\p{Lu}\p{Ll}{1,20}){1,3}[.!]?\s?$`;
/** "Number" as mobile-money SMS type it ("Este Nmero", "Neste Nr.", "Aquele Nmr"): the number the money is to go to. */
export const NUMBER_AS_TYPED = String.raw`nr|nmr|nmero|n[uú]mero|numero`;

/** A login's secrets by name, in the five languages: identity-rental's ask for the reader's login and its grading. */
export const CREDENTIAL_WORDS = String.raw`passwords?|passcodes?|otp(?: codes?)?|c[oó]digos? (?:otp|2fa|sms|de verificaci[oó]n|de verificação)|codes? (?:otp|2fa|sms|de vérification)|(?:otp|2fa|sms|bestätigungs|verifizierungs)-?codes?|one-?time (?:codes?|passwords?)|verification codes?|2fa codes?|log-?in (?:details|info|data|codes?)|credentials|passw[oö]rter|passwort|kennwort|zugangsdaten|anmeldedaten|login-?daten|senhas?|dados de (?:acesso|login)|contraseñas?|claves?|credenciales|credenciais|datos de acceso|mots? de passe|identifiants|codes? d[’']accès`;

// The work tools a hire is invited to or has an account on (move-off-platform's tool invitations, account-switch-request's other
// tools' accounts).
export const WORK_TOOLS = String.raw`slack|jira|confluence|github|gitlab|bitbucket|notion|asana|trello|clickup|figma|google (?:drive|docs|workspace|calendar|meet)|drive|ms teams|microsoft teams|calendar|workspace|hubstaff|monday|basecamp|miro|1password|bitwarden|vercel|netlify|aws|azure|gcp|firebase`;

/**
 * A request relayed to the reader in French, Portuguese, Spanish and German ("Notre directeur vous demande de payer …", "O diretor
 * pede que você pague …", "Die Buchhaltung bittet Sie, …"): read as an obligation put on the reader, as "must" or "please" are.
 */
export const RELAYED_TO_READER = String.raw`vous demande de|pede que (?:você|voce|vc|o senhor|a senhora)|pide que (?:usted|tú)|bittet sie|fordert sie auf`;

/**
 * The writer's suggestion that the reader do something, in the five languages ("I suggest you pay the fee through a Bitcoin ATM", "Ich
 * empfehle Ihnen, die 400 $ … zu senden", "Te recomiendo que envíes …", "Je vous conseille d'envoyer …", "Sugiro que você pague …"): a
 * request put softly — to the reader, not advice on what to ask of others ("I suggest asking for a deposit").
 */
export const SUGGESTED_TO_READER = String.raw`(?:i|we) (?:\p{L}+ )?(?:suggest|recommend|advise)(?: that)? (?:you|u)(?! (?:not|never|don[’']?t|avoid|refuse|decline|ignore|report|block|check|verify|ask))|(?:ich|wir) (?:schlage|schlagen) (?:ihnen |dir )?vor,? dass (?:sie|du)|(?:ich|wir) (?:empfehle|empfehlen|rate|raten) (?:ihnen|dir|euch)(?!,? (?:nicht|nie|niemals|keine?n?) )|(?:te|le|les) (?:recomiendo|sugiero|aconsejo|recomendamos|sugerimos)(?! (?:que )?no )|(?:recomiendo|sugiero|aconsejo) que (?!no )|(?:vous|te) (?:suggère|recommande|conseille|suggérons|recommandons|conseillons)(?= d)(?! de ne )|(?:eu )?(?:sugiro|recomendo|aconselho) que (?:você|voce|vc|o senhor|a senhora)(?! não)|(?:te|lhe) (?:recomendo|sugiro|aconselho)(?! não)`;

/**
 * The frames of a request passed on to the reader in the five languages, for the rules whose words of asking list only the writer's
 * own ("My boss wants you to send the payment to his PayPal", "El gerente quiere que usted pague por Western Union", "Mein Chef
 * möchte, dass Sie …"): whose request it is, and whether it is one (not a warning about what scammers want), is speech.ts's voice.
 */
// (in English the one who wants it is the writer's own, "my", "our", "the" and a role; in the other languages not the reader's own:
// "¿Tu cliente quiere que le pagues una tarifa? Huye.")
const WRITERS_OWN = String.raw`(?<=(?<![\p{L}])(?:my|our|the)\s(?:\p{L}{1,30}\s){0,3}\p{L}{0,20})`;
const NOT_THE_READERS = String.raw`(?<!(?:tu|su|votre|ton|seu|sua|teu|tua|dein\p{L}{0,2}|ihr\p{L}{0,2})\s\p{L}{1,20}\s)`;
export const RELAYED_ASK = String.raw`(?:wants|needs|asks|would like|requires|expects|has asked|is asking)${WRITERS_OWN}(?<!(?:upwork|fiverr|platform|site|law|bank|system|team|scammer|fraudster|recruiter)\s\p{L}{0,20}) (?:you|u) to|asked (?:me|us) to (?:tell|ask) (?:you|u) to|(?:asked|requested|insists|insisted) that (?:you|u)|${NOT_THE_READERS}(?:quiere|necesita|necesitamos|pide|desea|dice) que (?:me |le |nos )?(?:pagues|envíes|mandes|transfieras|uses|hagas|des|pases|instales)|(?:ont|a) besoin que vous|${NOT_THE_READERS}(?:veut|souhaite|voudrait|aimerait|demande) que (?:vous|tu)|${NOT_THE_READERS}(?:quiere|necesita|desea) que (?:usted|tú)|${NOT_THE_READERS}(?:quer|precisa|pediu) que (?:você|voce|vc|o senhor|a senhora)|${NOT_THE_READERS}(?:möchte|will|wünscht|hätte gerne?),? dass (?:sie|du)|(?:says|said)${WRITERS_OWN} (?:that )?(?:you|u) (?:should|need to|have to|must)|${RELAYED_TO_READER}`;
