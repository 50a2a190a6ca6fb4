/**
 * G1 red flags and "How DPRK IT workers operate"; ROK advisory: asks to borrow or rent an ID, personal data,
 * bank details or a platform account, or needs a "US/EU partner account to bid". Five languages, any word
 * order (lib/text/cooccur.ts).
 */
import { asciiFirst, NOT_AFTER_WORD, NOT_BEFORE_WORD } from '../text/ascii-first';
import { mayMatch, wordsAhead } from '../text/required-words';
import { type Combination, type Hit, concept, filter, inText, readHits } from '../text/cooccur';
import type { PreparedMessage } from '../text/message';
import { standInHits } from '../text/proxy';
import { roleSplitHits } from '../text/role-split';
import { INCOME_SHARE } from '../text/share';
import {
  ACCOUNT,
  BETWEEN_US_WORDS,
  CREDENTIAL_WORDS,
  MARKETPLACE,
  MARKETPLACE_NAMES,
  MONEY,
  PAY_VERB,
} from '../text/lexicon';
import { LOST_ACCOUNT } from '../text/lost-account';
import { NAMES_A_SUM } from '../text/sum';
import { messageFinding } from './finding';
import { less } from '../text/regexp-code';
import type { MessageRule } from './types';

// Order-free, five languages: renting or borrowing an identity or account; using someone's for money;
// someone else passing a verification for the writer. German renting is a verb ("Konto vermieten", "mietest du"):
// "Mietbeginn", "Mietvertrag" and "die Miete" are a flat's or a camper's ("… auf das Konto des Vermieters").
const ITEM_WORDS = String.raw`${ACCOUNT}|bankkonto|id|ids|id card|identity|identities|identification|passport|driver[’']?s licen[sc]e|ssn|social security|name|face|ausweis\p{L}*|personalausweis\p{L}*|identität\p{L}*|pass|identidad\p{L}*|pasaporte|dni|identité\p{L}*|passeport|pièce d[’']identité|identidade\p{L}*|passaporte|cpf|rg`;
const RENTING = concept(
  String.raw`(?:rent|rents|rented|renting|rental|rentals|renter|rentar|rentarme|rentarle|rentarte|rentando|rentado|rento)(?!\p{L})|borrow\p{L}*|lend\p{L}*|lease|vermiet(?:e|en|est|et)|miet(?:en|est|et)|miete (?:(?:für|fuer) )?(?:dein|ihr|euer)\p{L}*|leih(?!dauer|betrag|frist|zins|summe)\p{L}*|verleih\p{L}*|alqu[ií]l\p{L}*|prest(?:e|es(?! a )|en|ar|arme|arle|arías?|ame|as|a|an|amos|ás)|préstam\p{L}*|arriend\p{L}*|lou(?:e|er|ez|es|ons)|prêt(?:er|ez|es|e|e-moi|ez-moi)|überl(?:ässt|asst|assen|asse)|zur verfügung (?:stellt|stellen|stellst)|(?:stellst(?: du)?|du stellst|stellen sie|sie stellen) (?:mir |uns )?(?:nur |bitte )?(?:dein\p{L}*|ihr\p{L}*) (?:(?:\p{L}|-){1,30} ){0,4}?zur verfügung|alug\p{L}*|emprest\p{L}*`,
);
const OTHERS_ITEM = concept(
  // (an account manager or the account's settings are no account: "we will use your account manager for invoices")
  String.raw`(?:your|ur|their|his|her|someone[’']?s|dein\p{L}*|ihr\p{L}*|sein\p{L}*|tu|su|sus|votre|vos|ton|tes|son|sa|seu|sua|teu|tua)\s+(?:\p{L}+(?:\s+|-)){0,3}?(?:${ITEM_WORDS})(?!\s+(?:managers?|executives?|reps?|representatives?|settings))`,
  String.raw`(?:cuentas?|comptes?|contas?|accounts?)\s+(?:verificad\p{L}*|vérifi\p{L}*|verified)`,
  String.raw`verified\s+(?:${ACCOUNT}|id)`,
  // "a US bank account I could use"
  String.raw`an?\s+(?:us|usa|uk|eu|american|european|british|german|canadian)\s+(?:bank\s+)?(?:account|paypal|card)`,
);
const FOR_MONEY = concept(
  PAY_VERB,
  MONEY,
  String.raw`\d+\s?(?:%|prozent|por ciento|pour cent|por cento)|[$€£]\s?\d+|\d+\s?(?:[$€£]|euros?|dollars?|usd)|per month|a month|monthly|profit|share|income|pro monat|monatlich|al mes|cada mes|mensual\p{L}*|par mois|chaque mois|por mês|todo mês|mensal\p{L}*`,
);
const VERIFY = concept(
  String.raw`verification|verify|kyc|identitätsprüfung|verifizierung|verifizier\p{L}*|verificaci[oó]n|verificar|vérification|vérifier|verificação|verificar`,
);
const FOR_ME = concept(
  String.raw`for me|for us|on my behalf|you just|(?<=i (?:take|[’']ll take|will take) )care of (?:everything|the rest|all)|(?<=i (?:handle|[’']ll handle|will handle|do|[’']ll do|will do) )(?:everything|the rest|all the rest)|(?<=yo me )encargo|(?<=eu )cuido|(?<=je m[’'])occupe|(?<=ich )kümmere mich|für mich|für uns|por m[ií]|para m[ií]|por nosotros|pour moi|pour nous|por mim|para mim|the face of|ich bezahl\p{L}*|ich zahle|i will pay|i pay|get paid|te pago|je (?:vous |te )?pa\p{L}*|eu pago|pago bem`,
);
// The writer working a job the reader gets, under the reader's name: "If you're able to secure a job with a us company,
// I'd like to offer my services to work on your behalf" (twenty-sixth session, the third set's job-proxy pitch).
const JOB_YOU_GET = concept(
  String.raw`(?:if |once |when )?you(?:[’']re| are)? (?:able to |can |could )?(?:secure|get|land|obtain|win)\s+(?:a |the |an )?(?:\p{L}+\s+)?(?:jobs?|positions?|roles?|contracts?|offers?)`,
);
const ON_YOUR_BEHALF = filter(
  String.raw`(?:work|working|code|coding|services?)\s+(?:\p{L}+\s+){0,2}?(?:on your behalf|under your name|in your name)`,
);
// The heir's or foreign partner's noun (the pronouns before it are in every sentence).
const HEIR = concept(
  String.raw`next[- ]of[- ]kin|beneficiar(?:y|ies)|heir|relatives?|foreign (?:business )?partner|foreigner|(?:business )?partner|geschäftspartner\p{L}*|business associate|trustee|ausländische[nr]? partner|socio extranjero|partenaire étranger|parceiro estrangeiro|angehörige[rn]?|verwandte[rn]?|begünstigte[rn]?|erbe[n]?|beneficiari[oa]|pariente|heredera?|bénéficiaire|parent|héritier|héritière|benefici[aá]ri[oa]|parente|herdeir[oa]`,
);
const COMBINATIONS: Combination[] = [
  [RENTING, concept(ITEM_WORDS)],
  // a marketplace's account named by the site alone: "could I borrow your LinkedIn for a few weeks?" (a battery labelled blind by the
  // policy; forty-first session)
  [
    concept(
      String.raw`(?:(?:borrow|rent|lease|lend me|(?:me )?prestas|prête-moi|me empresta|leihst du mir|alquílame) (?:your|ur|tu|ton|seu|teu|dein\p{L}*|ihr\p{L}*)|(?:t[’']|vous )emprunter (?:ton|votre)) (?:${MARKETPLACE_NAMES.join('|')})(?! posts?| proposals?| templates?| gigs?| recommendations?| headlines?| ideas?| banners?| photos?)|(?:dein\p{L}*|ihr\p{L}*) (?:${MARKETPLACE_NAMES.join('|')}) (?:\p{L}+\s+){0,4}?(?:aus)?leihen(?![\p{L}])`,
    ),
  ],
  [JOB_YOU_GET, ON_YOUR_BEHALF],
  // The reader's account opened for the writer or worked through by the writer's side: "you will create your upwork
  // account with your information", "open an Upwork account with your details" — a marketplace's account, in five languages (thirty-first session; a portal's
  // sign-up, "create an account with your details", is not one), "my team member can apply to the jobs via your account", "wir bewerben uns über
  // dein Konto" (not the reader applying with their own profile, nor a client's system logged into).
  [
    concept(
      String.raw`creat\p{L}* (?:\p{L}+\s+){0,2}?accounts? with your (?:own )?(?:information|info|details|name|id|identity|documents?)|(?:${MARKETPLACE})[\s-]?(?:accounts?|konto|profil\p{L}*) (?:\p{L}+\s+){0,2}?(?:with|using|under|mit|unter) (?:your|deinen|ihren|deinem|ihrem) (?:own )?(?:information|info|details|data|name|id|identity|documents?|daten|angaben|dokumenten|namen)|(?:cuenta|perfil|compte|profil|conta) (?:(?:de|en|sur|no|na|do|da) )?(?:${MARKETPLACE}) (?:\p{L}+\s+){0,2}?(?:con|avec|com) (?:os |as |les )?(?:tus|sus|tes|vos|seus|teus|suas|tuas) (?:datos|documentos|informations|infos|données|documents|papiers|dados|informações|infos)|(?:i|we|my (?:\p{L}+\s+)?(?:team|members?|developers?|engineers?|people|guys)) (?:\p{L}+\s+){0,3}?(?:apply|bid|work)\p{L}* (?:\p{L}+\s+){0,4}?(?:via|through|from|on|using|with) your (?:\p{L}+\s+)?(?:accounts?|profiles?)(?! (?:manager|executive|team|rep\p{L}*|settings|page|number))|(?:ich|wir|mein team) (?:\p{L}+\s+){0,3}?(?:bewerb|arbeit)\p{L}* (?:\p{L}+\s+){0,4}?(?:über|mit) (?:dein|ihr)(?:en|em)? (?:\p{L}+\s+)?(?:konto|account|profil)|(?:postulo|trabajo|postulamos|trabajamos|mi equipo \p{L}+) (?:\p{L}+\s+){0,4}?(?:con|desde|a través de) tu (?:\p{L}+\s+)?(?:cuenta|perfil)|(?:je|nous|mon équipe) (?:\p{L}+\s+){0,3}?(?:postul|travaill)\p{L}* (?:\p{L}+\s+){0,4}?(?:avec|depuis|via) (?:ton|votre) (?:\p{L}+\s+)?(?:compte|profil)|(?:trabalho|candidato|trabalhamos|minha equipe \p{L}+) (?:\p{L}+\s+){0,4}?(?:com|pela|na|através d[ae]) (?:sua|tua) (?:\p{L}+\s+)?(?:conta|perfil)`,
    ),
  ],
  [concept(String.raw`buy|kauf\p{L}*|compr\p{L}*|achet\p{L}*`), OTHERS_ITEM],
  // The reader put forward as a dead stranger's next of kin or beneficiary to receive the funds (the advance-fee pitch
  // that borrows the reader's name and account: labelling policy, the twelfth to sixteenth sets' reading) — the reader
  // *as* the heir, not an HR form asking for the reader's next of kin (twentieth session). Anchored on the heir's noun
  // (the pronouns before it are in every sentence); the reader named as the heir is the filter.
  [
    HEIR,
    filter(
      [
        String.raw`(?:you|sie|ihnen|du|dich|usted|vous|você|voce|te|lo|le|o)\s+(?:\p{L}+\s+){0,4}?(?:as|als|como|comme|en tant que)\s+(?:(?:the|his|her|their|a|der|die|den|des|dem|einen|seine[rnm]?|ihre[rnm]?|el|la|su|sus|le|son|sa|o|a|seu|sua)\s+)?(?:(?:legitimate|legal|rightful|only|sole|late|foreign|bona fide|replacement)\s+)?(?:next[- ]of[- ]kin|beneficiar(?:y|ies)|heir|relative|foreign (?:business )?partner|nächste[rnm]? (?:angehörige[rn]?|verwandte[rn]?)|begünstigte[rn]?|erbe[n]?|beneficiari[oa]|pariente (?:más )?cercano|heredera?|bénéficiaire|plus proche parent|héritier|héritière|benefici[aá]ri[oa]|parente (?:mais )?próximo|herdeir[oa])`,
        // "presentarlo como el beneficiario", "vous présenter comme héritier", "apresentá-lo como beneficiário"
        String.raw`(?:presentar(?:lo|la|le|te)|présenter|apresent[aá]-(?:lo|la)|apresentar(?:lhe)?)\s+(?:\p{L}+\s+){0,2}?(?:como|comme)\s+(?:(?:el|la|su|le|son|sa|o|a|seu|sua)\s+)?(?:beneficiari[oa]|pariente (?:más )?cercano|heredera?|bénéficiaire|plus proche parent|héritier|héritière|benefici[aá]ri[oa]|parente (?:mais )?próximo|herdeir[oa])`,
        String.raw`(?:stand|act|appear|present\p{L}*|front|assume|apply)\s+(?:in\s+)?(?:\p{L}+\s+){0,2}?as\s+(?:the |his |her |their |a |an |my |our )?(?:late \p{L}+[’']s\s+)?(?:(?:legitimate|legal|rightful|only|sole|replacement|foreign|original)\s+)?(?:next[- ]of[- ]kin|beneficiary|heir|relative|(?:business )?partner)`,
        // "a next of kin that can stand in and claim this money" (twenty-third session, the eighteenth set read)
        String.raw`(?:next[- ]of[- ]kin|beneficiary|heir|relative|partner) (?:that|who) (?:can|could|will|would) stand in`,
        // "the claim … as the next of kin to our deceased customer", "stand as his business associate/trustee", "40 % für
        // Sie als meinen ausländischen Partner" (twenty-third session, the read text)
        String.raw`claim\p{L}* (?:\S+\s+){0,6}?as (?:the |a |his |her )?(?:next[- ]of[- ]kin|beneficiary|heir)|(?:stand|act|present\p{L}*) (?:\p{L}+\s+){0,5}?as (?:his |her |their |the |a |my )?(?:business associate|trustee)|(?:für sie|für dich) als (?:meine[nrm]? |unsere[nrm]? )?ausländische[nr]? partner|(?:para usted|para ti) como (?:mi )?socio extranjero|pour vous en tant que (?:mon )?partenaire étranger`,
        // "offer you the next of kin to my client", "pueda ser el heredero" (twenty-second session, the sixteenth set read)
        String.raw`offer (?:you|u) (?:as )?the (?:next[- ]of[- ]kin|beneficiary|heir)|(?:pueda|puede|podría|pueda usted|sea) ser (?:el|la|su) (?:\p{L}+\s+)?(?:heredero|heredera|beneficiari[oa])`,
      ].join('|'),
    ),
  ],
  // The reader asked in as the foreign partner or heir, or made one, or someone sought to stand as one: "your help as a
  // foreigner to claim", "your help as a foreign partner as a beneficiary", "make you become his official next of kin",
  // "you're certified business partner to the late borrower", "a reliable business partner to present for the
  // inheritance", "presenting a foreigner to stand as next of kin", "Ich möchte Sie zum Geschäftspartner meines
  // verstorbenen Vaters ernennen", "receive this funds into your country … as the beneficiary" (twenty-seventh
  // session, the tuning text)
  [
    HEIR,
    filter(
      String.raw`you (?:\p{L}{1,20} ){0,3}?as (?:my|our) (?:(?:legitimate|legal|rightful|only|sole) )?(?:next[- ]of[- ]kin|beneficiary|heir)|your (?:help|assistance|cooperation|co-operation|support|partnership) as (?:a |an |my |our )?(?:foreigner|foreign (?:business )?partner|beneficiary|next[- ]of[- ]kin|heir)|(?:make|making|appoint|nominate)\p{L}{0,3} you (?:(?:become|be|as) )?(?:his |her |the |their |my |our )?(?:(?:official|legitimate|legal|rightful|sole|new) )?(?:next[- ]of[- ]kin|beneficiary|heir)|you(?:[’']re| are) (?:(?:his|her|the|a|their) )?(?:(?:certified|official|legitimate|legal|rightful|sole) )?(?:business partner|next[- ]of[- ]kin|beneficiary|heir) (?:to|of) (?:(?:the|my|our|his|her) )?(?:late|deceased)|(?:partner|foreigner|person|someone|somebody) (?:\p{L}{1,20} )?to (?:present|stand|act|front)\p{L}{0,3} (?:in )?(?:for|as) (?:(?:the|a|his|her) )?(?:inheritance|next[- ]of[- ]kin|beneficiary|heir|claim)|(?:sie|dich) zu[mr] (?:\p{L}{1,20} )?(?:geschäftspartner|begünstigten|erben|partner) (?:\p{L}{1,20} ){0,4}?(?:ernennen|machen|bestimmen)|(?:receiv|claim|transfer)\p{L}{0,5} (?:this |the |these )?funds? (?:\p{L}{1,20} ){0,8}?as (?:the |a )?beneficiary|apply (?:\p{L}{1,20} ){0,3}?as (?:a |the )?relative of (?:the |my |our )?(?:late|deceased)`,
    ),
  ],
  // The reader chosen because they share a dead client's surname, to be put forward as the heir: "my late client who
  // shares the same surname with you", "having same last name with the deceased", "da Sie mit meinem verstorbenen
  // Kunden den gleichen Familiennamen teilen" (twenty-third session, the eighteenth set read)
  [
    concept(
      String.raw`surnames?|last names?|family names?|familiennamen?|nachnamen?|apellidos?|noms? de famille|sobrenomes?|apelidos?`,
    ),
    filter(
      String.raw`same|similar|identical|gleiche[nmr]?|selbe[nmr]?|denselben|mismo|misma|idéntico|même|mesmo|idêntico`,
    ),
    filter(
      String.raw`late|deceased|dead|died|verstorben\p{L}*|verspätet\p{L}*|toten|fallecid\p{L}*|difunt\p{L}*|muert\p{L}*|défunt\p{L}*|décédé\p{L}*|feu|falecid\p{L}*|morto`,
    ),
  ],
  // A bank account asked of the reader for someone's money to be moved into: "provide a safe bank account into where the
  // money will be transferred", "I need a foreign account where the bank will transfer this fund", "ein neues leeres
  // Bankkonto bereitzustellen" (twenty-third session, the read text)
  [
    concept(String.raw`bank accounts?|foreign accounts?|bankkonto|cuenta bancaria|compte bancaire|conta bancária`),
    filter(
      String.raw`(?:provide|give|send) (?:me |us )?(?:a |an |your )?(?:(?:safe|new|empty|reliable|foreign|good|trusted)\s+){1,2}(?:bank )?account|need (?:a |an |your )?foreign (?:bank )?account|(?:neues|leeres|sicheres)\s+(?:\p{L}+\s+)?bankkonto (?:\p{L}+\s+){0,2}?(?:zu )?(?:bereitzustellen|bereitstellen|geben)|(?:proporcionar|facilitar|darme) (?:una )?cuenta bancaria (?:segura|nueva|vacía)|(?:fournir|donner) (?:un )?compte bancaire (?:sûr|nouveau|vide)|(?:fornecer|providenciar) (?:uma )?(?:nova )?conta bancária (?:segura|nova|vazia)`,
    ),
    filter(
      String.raw`transfer\p{L}*|moved?|übertragen|überwiesen|transferid\p{L}*|transféré\p{L}*|transferid\p{L}*|fund\p{L}*|money|geld|fondos|fonds|fundos|dinero|argent|dinheiro`,
    ),
  ],
  // The reader's bank account to receive the funds for a share (the same pitch: "receive this fund into your bank
  // account, and you will take 40%", "an honest foreign partner with a reliable bank account … you will get 30%") —
  // anchored on the account and the verb, the reader's account (or a foreign partner's) and the share as filters
  [
    concept(String.raw`accounts?|bankkonto|konto|cuenta|compte|conta|partner|socio|partenaire|parceiro`),
    concept(
      String.raw`receiv\p{L}*|transfer\p{L}*|deposit\p{L}*|empfang\p{L}*|überwies\p{L}*|recib\p{L}*|transfier\p{L}*|recev\p{L}*|vir\p{L}*|receb\p{L}*|transfer\p{L}*`,
    ),
    filter(
      [
        String.raw`(?:your|ihr\p{L}*|dein\p{L}*|su|tu|votre|ton|seu|sua|teu|tua)\s+(?:\p{L}+\s+){0,2}?(?:bank\s+)?(?:accounts?|bankkonto|konto|cuenta(?: bancaria)?|compte(?: bancaire)?|conta(?: bancária)?)`,
        String.raw`foreign partner|ausländische[nr]? partner|socio extranjero|partenaire étranger|parceiro estrangeiro`,
      ].join('|'),
    ),
    filter(
      String.raw`(?:offer (?:you|u)|ofereço(?:-lhe|-te)?|(?:te|le) ofrezco|je vous offre|je t[’']offre|biete (?:ihnen|dir))\s+(?:\p{L}+\s+){0,2}?\d{1,3}\s?%|(?:you|sie|usted|vous|você|voce|u)\s+(?:\p{L}+\s+){0,3}?(?:get|take|receive|keep|have|earn|erhalten|bekommen|recibirá|recibe|tendrá|recevrez|aurez|receberá|terá|fica com)\s+(?:\p{L}+\s+){0,2}?\d{1,3}\s?%|\d{1,3}\s?%\s+(?:\p{L}+\s+){0,4}?(?:for you|is yours|will be yours|für sie|für dich|para usted|para ti|pour vous|pour toi|para você|para si)`,
    ),
  ],
  // The reader's account lent to receive money for the writer — the money-mule offer: "employing your services … to
  // establish a medium of receiving payment on our behalf", "Stellen Sie uns Ihr Konto für einen Finanztransfer zur
  // Verfügung und kassieren Sie dafür eine Provision", "recibir pagos en nuestro nombre" (twenty-first session, the read
  // text). Anchored on the payment nouns; the writer's behalf, or the reader's account handed over, is the filter.
  [
    concept(
      String.raw`payments?|funds|money|zahlungen|gelder|geld|pagos|fondos|dinero|paiements|fonds|argent|pagamentos|fundos|dinheiro|konto|account`,
    ),
    filter(
      [
        String.raw`(?:receiv|collect|process)\p{L}* (?:\p{L}+\s+){0,3}?(?:payments?|funds|money) (?:\p{L}+\s+){0,6}?(?:on (?:our|my|the company[’']?s|their) behalf|for (?:our|my) (?:company|firm|clients?))|payment (?:receiving|collection|processing) (?:officer|agent|representative)`,
        String.raw`(?:empfang|entgegennehm|entgegenzunehm|annehm)\p{L}* (?:\p{L}+\s+){0,3}?(?:zahlungen|gelder|geld) (?:\p{L}+\s+){0,4}?(?:in unserem namen|für unser (?:unternehmen|firma))|(?:zahlungen|gelder) (?:\p{L}+\s+){0,3}?in unserem namen (?:\p{L}+\s+){0,2}?(?:empfang|entgegen)\p{L}*|stell\p{L}* (?:sie |du )?(?:uns |mir )?(?:ihr|dein)\p{L}* (?:bank)?konto (?:\p{L}+\s+){0,5}?zur verfügung`,
        String.raw`(?:recib|cobr)\p{L}* (?:\p{L}+\s+){0,3}?(?:pagos|fondos|dinero) (?:\p{L}+\s+){0,4}?en (?:nuestro|mi) nombre|(?:recev|encaiss|collect)\p{L}* (?:\p{L}+\s+){0,3}?(?:paiements|fonds|argent) (?:\p{L}+\s+){0,4}?(?:en notre nom|en mon nom|pour notre compte|pour mon compte)|(?:receb|cobr)\p{L}* (?:\p{L}+\s+){0,3}?(?:pagamentos|fundos|dinheiro) (?:\p{L}+\s+){0,4}?em (?:nosso|meu) nome`,
      ].join('|'),
    ),
  ],
  // A sum offered for the reader's identity papers: "I'll pay $200 for a clear scan of your ID card" (twentieth session)
  [
    OTHERS_ITEM,
    filter(
      String.raw`(?:pay|give|zahle|gebe|pago|doy|paie|donne|pago|dou)\s+(?:you\s+|dir\s+|te\s+)?(?:[$€£]\s?\d+|\d+\s?(?:[$€£]|usd|euros?|dollars?|reais))\s+(?:for|für|por|pour|pela|pelo)`,
    ),
  ],
  [
    OTHERS_ITEM,
    concept(String.raw`use|using|nutz\p{L}*|verwend\p{L}*|benutz\p{L}*|usar|utilis\p{L}*|be the face`),
    FOR_MONEY,
  ],
  [VERIFY, FOR_ME],
  // Opening a bank account with one's own ID for someone, paid per account ("Videoident" job scams)
  [
    concept(
      String.raw`(?:open|opening) (?:a |an )?(?:new )?bank accounts?|(?:ein |ein neues )?(?:bank)?konto (?:zu )?eröffn\p{L}*|abr\p{L}* (?:una )?cuenta (?:bancaria)?|ouvr\p{L}* (?:un )?compte (?:bancaire)?|abr\p{L}* (?:uma )?conta (?:bancária)?`,
    ),
    filter(
      [
        PAY_VERB,
        MONEY,
        String.raw`erhalten sie|bekommen sie|you (?:get|receive|earn)|recibirá\p{L}*|recevrez|receberá|[$€£]\s?\d+|\d+\s?(?:[$€£]|euros?|dollars?|usd)`,
      ].join('|'),
    ),
  ],
  // "Can I use your Upwork account to bid?"
  [
    OTHERS_ITEM,
    concept(
      String.raw`(?:can|could|may)\s+(?:i|we)\s+(?:\p{L}+\s+)?(?:use|share|have)|darf ich|kann ich|könnte ich|puedo|podría|puis-je|pourrais-je|posso|poderia`,
    ),
  ],
  // The writer working through the reader's platform account, said as a plan: "So we must use your Upwork account on
  // your personal computer", "I can only bid on projects after you log in to Upwork" (a pitch quoted in a public
  // repository; twentieth session, the tenth set read)
  [
    concept(
      String.raw`(?:i|we)(?:[’']ll| will| must| need to| have to| would| want to| wanna| am going to| are going to)\s+(?:\p{L}+\s+)?use your (?:\p{L}+\s+)?(?:accounts?|profiles?)(?! (?:manager|executive|team|rep\p{L}*|settings|page|number|details|data|name|id|email|e-mail))`,
      String.raw`(?:i|we) (?:can )?(?:only )?(?:bid|apply|work|grab)\p{L}* (?:\p{L}+\s+){0,4}?(?:after|once|when|if) you (?:log|sign)\s?in(?:to)?(?: to)? (?:${MARKETPLACE}|your (?:\p{L}+\s+)?(?:account|profile))`,
    ),
  ],
  // "let me use your LinkedIn and Upwork accounts"
  [
    OTHERS_ITEM,
    concept(
      String.raw`let me use|lets me use|allow me to use|allows me to use|lass mich|lassen sie mich|d[eé]jame usar|me deja usar|me dejas usar|laissez-moi utiliser|laisse-moi utiliser|me laisser utiliser|me deixa usar|me deixe usar|deixa-me usar`,
    ),
  ],
  // "I need a US partner to bid", "we need an American person to open the account"
  [
    concept(
      String.raw`(?:a|an|your)\s+(?:us|usa|american|european|eu|uk|british|canadian|german)\s+(?:partner|person|citizen|account|profile|resident|identity|freelancer)`,
    ),
    concept(String.raw`need|looking for|suche\p{L}*|busco|buscamos|necesito|cherche|j[’']ai besoin|procuro|preciso`),
  ],
  [
    concept(
      String.raw`face of|person with a verified|someone from the (?:us|usa|uk|eu)|a (?:us|uk|eu|american|european) citizen`,
    ),
    concept(ACCOUNT),
  ], // The reader's identity or details used for a verification or an account ("can I use your details for the verification
  // step?", "¿me dejas usar tus datos para pasarla?", "eu uso teus dados pra abrir a conta no Upwork", "Necesito usar tu identidad
  // para hacer entrevistas") — a share need not be named (thirty-seventh session, two batteries labelled blind by the policy).
  [
    concept(
      String.raw`(?:use|usar|utilizar|uso|usa|benutz\p{L}*|nutz\p{L}*|verwend\p{L}*|utilis\p{L}*)\s+(?:\p{L}+\s+)?(?:your|ur|tu|tus|su|sus|seu|sua|seus|suas|teu|tua|teus|tuas|dein\p{L}*|ihr\p{L}*|ton|ta|tes|votre|vos)\s+(?:identity|identidad|identidade|identität|identité|details|data|datos|dados|daten|données|documents?|documentos|dokumente|id|dni|cpf|ssn|passport|pasaporte|passaporte|ausweis|personalausweis)(?![\p{L}])`,
    ),
    filter(
      String.raw`verif\p{L}*|kyc|${ACCOUNT}|interview\p{L}*|entrevista\p{L}*|entretien\p{L}*|upwork|fiverr|freelancer|toptal|linkedin|abrir|open|eröffn\p{L}*|ouvrir|regist\p{L}*|sign up|pasarla|passar|pass it`,
    ),
    // (the writer alone, asking or telling: "can I use", "me dejas usar", "eu uso" — not a company's "we will use your details to
    // set up your account", privacy-policy wording; a review of the session)
    filter(
      String.raw`(?:can|could|may) i|let me|i[’']ll|i will|i need to|i[’']d|me dej\p{L}*|me deix\p{L}*|eu|necesito|preciso|darf ich|kann ich|ich|je peux|puis-je|je vais`,
    ),
  ],
];

// An account in the reader's name that the writer runs: "Account would be in your name, I do the jobs", "La cuenta va a tu
// nombre pero la manejo yo" (thirty-seventh session, two batteries labelled blind by the policy) — only where the message names
// a verification or a freelance marketplace: a web agency runs a client's Google Ads or Shopify account in the client's name
// as a matter of course (a review of the session).
const IN_YOUR_NAME_RUN: Combination[] = [
  [
    concept(
      String.raw`${ACCOUNT}\s+(?:\p{L}+\s+){0,3}?(?:in your name|under your name|a tu nombre|a su nombre|en tu nombre|auf deinen namen|auf ihren namen|à ton nom|à votre nom|no seu nome|no teu nome|em seu nome|em teu nome)`,
    ),
    filter(
      String.raw`i (?:\p{L}+\s+)?(?:do|run|manage|handle|work)|for (?:me|us)|para (?:mí|mi|nosotros|mim|nós)|pour (?:moi|nous)|für (?:mich|uns)|(?:la|lo) (?:manejo|trabajo|llevo|gestiono)|(?:manejo|trabajo|llevo|gestiono) yo|ich (?:\p{L}+\s+)?(?:mache|verwalte|betreibe|arbeite|erledige)|je (?:la |le )?(?:gère|fais|travaille)|eu (?:\p{L}+\s+)?(?:cuido|uso|trabalho|fa[çc]o)`,
    ),
  ],
];
// (the freelance marketplaces of lib/text/lexicon.ts, LinkedIn left out as in GIG_MARKETPLACE below)
const VERIFICATION_OR_MARKETPLACE = new RegExp(
  `verif|kyc|${MARKETPLACE_NAMES.filter((n) => n !== 'linkedin').join('|')}`,
  'i',
);

// (or a split of what it earns: "preciso de alguém dos EUA pra abrir uma conta no seu nome, eu trabalho e a gente divide" — a probe of
// the forty-sixth session)
const SPLIT_BETWEEN_US = wordsAhead(
  asciiFirst(
    /(?<![\p{L}])(?:we split|split (?:it|the (?:money|income|earnings|pay))|(?:a gente|nós) divid\p{L}*|dividimos|repartimos|on partage|nous partageons|wir teilen)(?![\p{L}])/iu,
  ),
);

// "If you have an Upwork account that you don't use much, I'd love to use it", "If you're not currently using your Upwork
// account, I propose we utilize it" — the reader's unused account (read with its "not": the not is the offer's condition).
const UNUSED_ACCOUNT: Combination[] = [
  [
    concept(String.raw`accounts?|profiles?`),
    filter(
      String.raw`if you have an? (?:\p{L}+\s+){0,2}?(?:account|profile)|your existing (?:\p{L}+\s+)?(?:account|profile)|(?:account|profile) (?:that |which )?you (?:don[’']?t|do not|rarely|no longer) use|(?:not|n[’']t) (?:currently |really |actively )?using (?:your|it)`,
    ),
    filter(
      String.raw`use it|use your|use that|utili[sz]e it|i[’']d (?:love|like) to use|let me use|work (?:on|through|from) it|take control|operate it|renting (?:it|your)`,
    ),
  ],
];

// "Can you share your Upwork account with me?", "teile dein Konto mit mir", "comparte tu cuenta conmigo", "would you let my team use
// your Upwork account" (a review of the forty-fifth session) — an account
// handed over (a bank account asked for to pay the reader is no rental: NOT_HANDED_OVER).
const SHARED_ACCOUNT: Combination[] = [
  [
    concept(
      String.raw`(?:your|ur|dein\p{L}*|ihr\p{L}*|tu|tus|su|sus|votre|vos|ton|tes|seu|sua|seus|suas|teu|tua)\s+(?:\p{L}+(?:\s|-)+){0,3}?(?:accounts?|konto|kontos|cuentas?|comptes?|contas?|logins?|credentials|zugangsdaten|credenciales|identifiants|credenciais)(?![\p{L}])(?!(?:\s|-)+(?:names?|links?|urls?|ids?|numbers?|handles?|pages?|nummer|namen?|nombre|número|nom|numéro|nome))`,
    ),
    filter(
      String.raw`(?:give|lend|send|hand) (?:me|us) your|(?:let|allow)\s+(?:me|us|my (?:team|partner|colleague|friend|brother|sister|developers?|devs?))\s+(?:to\s+)?use|(?:can|could|may)\s+(?:i|we|my (?:team|partner|colleague|friend|brother|sister|developers?|devs?))\s+use|(?:shar(?:e|es|ed|ing)|giv(?:e|es|ing)|lend\p{L}*|hand(?:ing)? over|pass\p{L}*)\s+(?:(?:\p{L}|-)+\s+){0,4}?(?:with|to) (?:me|us)|(?:teil|gib|geb|leih)\p{L}*\s+(?:(?:\p{L}|-)+\s+){0,4}?(?:mit )?(?:mir|uns)|(?:compart|d[aá]me|prést[ae]me)\p{L}*\s+(?:(?:\p{L}|-)+\s+){0,4}?(?:conmigo|con nosotros)|(?:partag|donne|prête)\p{L}*\s+(?:(?:\p{L}|-)+\s+){0,4}?(?:avec )?(?:moi|nous)|(?:compartilh|me d[aê]|emprest)\p{L}*\s+(?:(?:\p{L}|-)+\s+){0,4}?(?:comigo|conosco)|(?:nutzen|benutzen|verwenden) lassen|(?:lass|lässt|lasst) (?:mich|uns)\s+(?:(?:\p{L}|-)+\s+){0,3}?(?:nutzen|benutzen|verwenden)|(?:dejar\p{L}*|dejas|dejes|deja|permitir\p{L}*|permites) (?:que )?(?:\p{L}+\s+){0,2}?(?:use|usemos|usar|utilice|utilizar)|(?:laisser\p{L}*|laisses?|laissez)\s+(?:\p{L}+\s+){0,2}?(?:utiliser|me servir de)|(?:deixaria|deixa|deixe|deixar|permitiria)\s+(?:\p{L}+\s+){0,2}?(?:usar|utilizar)`,
    ),
  ],
];

// An account of a marketplace or a payment service the reader is to open for the writer: "Please open a Payoneer account for me",
// "Could you open a Wise account for me?", "Ábreme una cuenta de Upwork", "Eröffne für mich ein Payoneer-Konto" (the forty-fifth
// session's left-overs) — the reader as the one who opens it; "I opened a Wise account for my business" is the writer's own.
const ACCOUNT_SERVICE = String.raw`${MARKETPLACE}|payoneer|wise|paypal|skrill|revolut|binance|bank|bancaria|bancária|bancaire`;
const OPENED_FOR_ME: Combination[] = [
  [
    concept(
      // (anchored on the service's name, not on "make" or "create")
      String.raw`(?<=(?:(?:can|could|would|will) you (?:please )?|please |pls |you (?:can|could|need to|have to|should|must) |^\W{0,3}(?:just )?)(?:open|create|register|set up|make) (?:a |an )?(?:new )?)(?:${ACCOUNT_SERVICE})(?:\.com)?[- ]?accounts?`,
      String.raw`(?:ábreme|abrime|créame|abre|abra|crea|cree|abrir|crear) (?:una |uma )?(?:nueva |nova )?(?:cuenta|conta) (?:de |en |no |na |do |da )?(?:${ACCOUNT_SERVICE})`,
      String.raw`(?:ouvre|ouvrez|crée|créez|ouvrir|créer)(?:-moi|-nous)? (?:un )?(?:nouveau )?compte (?:${ACCOUNT_SERVICE})`,
      String.raw`(?:eröffne|eröffnen sie|erstelle|erstellen sie|registriere|leg|legen sie)(?: mir| uns| für mich| für uns)? (?:ein|ein neues) (?:${ACCOUNT_SERVICE})[- ]?(?:konto|account)`,
    ),
    filter(
      String.raw`for me|on my behalf|für mich|(?:eröffne|erstelle|registriere|leg|legen sie|eröffnen sie|erstellen sie) mir|para (?:mí|mi|mim)|pra mim|por mí|ábreme|créame|pour moi|(?:ouvre|ouvrez|crée|créez)-moi`,
    ),
  ],
];

// (the writer opening it, or an account for the writer to pay into: "I will open a Payoneer account for me", "create a PayPal account
// for me to send you the payment")
const OPENS_OWN =
  /\b(?:(?:i|we)(?:['’]ll|['’]m| will| can| could| would| am going to| need to| have to| want to| just| already)? (?:open|opened|create|created|register|registered|set up|make|made)|for (?:me|us) to (?:send|pay|transfer|test)|sandbox|staging|test(?:ing)? (?:the |a |an )?(?:api|integration|payout|flow|app)|shopify|store|shop|llc|company|business|customers|(?:para|pra) (?:eu |yo )?(?:te )?(?:pagar|enviar|mandar)|pour (?:que je puisse )?(?:te |vous )?(?:payer|envoyer)|damit ich (?:dir |ihnen )?(?:\S+ )?(?:bezahlen|zahlen|überweisen|senden))\b/i;
// The writer logging into the reader's account or profile: "Send me your ID and password so I can log into your Upwork
// profile and bid for you", "para eu entrar na sua conta", "para que pueda entrar en tu cuenta", "pour que je me connecte à
// ton compte", "damit ich mich in dein Konto einloggen kann" (a review of the thirty-second session: the account's login was
// read, the profile's not).
// (only a marketplace's account, or with bidding or applying in the sentence: a VA or a developer logs into a client's
// Shopify, AWS or Gmail to do the work — a review of the thirty-third session)
const LOG_IN = String.raw`(?:i|we)\s+(?:can|will|would|[’']ll|may|might)\s+(?:then\s+|also\s+|just\s+)?(?:log|sign)\s?(?:in|into|on)(?: to)?\s+(?:your|ur)|let (?:us|me)\s+(?:just\s+)?(?:log|sign)\s?(?:in|into|on)(?: to)?\s+(?:your|ur)|(?:sie |du )?(?:lassen|lässt|lass) (?:uns|mich) (?:nur |einfach )?(?:mit|in|auf) (?:ihr\p{L}*|dein\p{L}*)|(?:eu|nós)\s+(?:possa\s+|consiga\s+|vou\s+|posso\s+)?(?:entrar|acessar|logar)\s+(?:(?:na|em|a)\s+)?(?:sua|tua)|(?:pueda|podamos|pueda yo)\s+(?:entrar|acceder|ingresar|iniciar sesión)\s+(?:en|a)\s+(?:tu|su)|(?:je|nous)\s+(?:puisse\s+|puissions\s+|peux\s+|pourrai\s+)?(?:me |nous )?(?:connecte|connections|connectons|connecter)\s+(?:à|sur)\s+(?:ton|votre)|(?:ich|wir)\s+(?:mich |uns )?(?:in|auf|bei)\s+(?:dein|ihr)\p{L}*`;
// (a VA managing the client's LinkedIn is common work: the freelance marketplaces only)
const GIG_MARKETPLACE = `(?:${MARKETPLACE_NAMES.filter((n) => n !== 'linkedin').join('|')})`;
const LOG_INTO_YOURS: Combination[] = [
  [
    concept(
      String.raw`(?:${LOG_IN})\s+(?:${GIG_MARKETPLACE})(?:[- ]\p{L}*)?\s*(?:accounts?|profiles?|konto|account|profil|cuenta|perfil|compte|conta)(?!\s+pages?)|(?:${LOG_IN})\s+(?:accounts?|profiles?|konto|profil|cuenta|perfil|compte|conta)\s+(?:(?:on|of|at|en|de|do|da|auf|bei)\s+)?(?:${GIG_MARKETPLACE})`,
    ),
  ],
  [
    concept(
      String.raw`(?:${LOG_IN})\s+(?:\p{L}+\s+){0,2}?(?:accounts?|profiles?|konto|profil|cuenta|perfil|compte|conta)(?!\s+pages?)`,
    ),
    filter(
      String.raw`bid\p{L}*|apply|applying|proposals?|postular|postulaciones|propuestas|candidatar|propostas|candidater|candidatures?|bewerb\p{L}*|angebote? (?:abgeben|schreiben)`,
    ),
  ],
  // (… and the payments received there passed on: "you only need to let us log in to your account and receive the payments,
  // then forward our part", "Sie lassen uns nur mit Ihrem Konto einloggen, nehmen die Zahlungen entgegen und leiten unseren
  // Anteil weiter" — the rental pitch of a review of the fifty-first session)
  [
    concept(
      String.raw`(?:${LOG_IN})\s+(?:\p{L}+[\s-]+){0,2}?(?:accounts?|profiles?|konto|profil|cuenta|perfil|compte|conta)(?!\s+pages?)`,
    ),
    filter(
      String.raw`forward (?:our|my|the) (?:part|share|cut)|(?:receive|collect) the payments|our (?:part|share|cut)|leite\p{L}* (?:unseren|meinen) anteil|unseren anteil|zahlungen entgegen|nuestra parte|notre part|nossa parte`,
    ),
  ],
];

// The reader's login itself asked for, of a marketplace account or to log in there: "Send me your Upwork password", "Me passa sua
// senha do Upwork", "Schick mir deine Zugangsdaten, dann logge ich
// mich ein", "Donne-moi tes identifiants, je me connecte à ton compte" (a review of the forty-fifth session: an account handed over
// through its password). Not a remote session's code (remote-access-request's) nor the platform's own check. (Asked across two
// sentences: credentialsAcross below.)
const CREDENTIALS_ASK = concept(
  String.raw`(?:send|give|tell|share|text|dm|forward|provide)(?: (?:me|us))? (?:the |your |ur )(?:\d?\p{L}+(?:\.com)? ){0,3}?(?:${CREDENTIAL_WORDS})|(?:passa|passe|manda|mande|envia|envie)(?:-me)? (?:a |as |os )?(?:sua|tua|seus|teus|suas|tuas) (?:${CREDENTIAL_WORDS})|(?:schick|gib|sende|nenn|teil)(?:e|en sie|t)? (?:mir|uns) (?:\p{L}+ )?(?:dein|deine|ihr|ihre|dein\p{L}*) (?:\p{L}+[- ])?(?:${CREDENTIAL_WORDS})|(?:donne|envoie|passe|file|communique|partage)[sz]?-(?:moi|nous) (?:juste |vite )?(?:tes|vos|ton|votre|ta) (?:(?:login|identifiant|nom d[’']utilisateur) et (?:le |la |ton |ta )?)?(?:${CREDENTIAL_WORDS})|(?:dame|d[eé]me|p[aá]same|p[aá]seme|env[ií]ame|env[ií]eme|m[aá]ndame|m[aá]ndeme|comp[aá]rteme) (?:tu|su|tus|sus) (?:(?:usuario|login) y (?:el |la |tu |su )?)?(?:${CREDENTIAL_WORDS})|(?:mir|uns) (?:den|die|das|dein\p{L}*|ihr\p{L}*) (?:\p{L}+[- ])?(?:${CREDENTIAL_WORDS}) (?:\p{L}+ ){0,3}?(?:schicken|senden|geben|sagen|nennen|weiterleiten|schickst|sendest|gibst)|(?:me|nos) (?:pasas|pasás|das|mandas|envías|envias|dices|compartes) (?:el|la|los|las|tu|tus|su|sus) (?:\p{L}+ )?(?:${CREDENTIAL_WORDS})|m[’'](?:envoyer|envoies|donner|donnes|passer|passes|transférer|communiquer) (?:le|la|les|ton|ta|tes|votre|vos) (?:${CREDENTIAL_WORDS})|me (?:passa|passe|manda|mande|envia|envie|fala|diz)(?: a| o| as| os)? (?:sua |tua |seu |teu )?(?:(?:login|usuário|usuario) e (?:o |a )?)?(?:${CREDENTIAL_WORDS})`,
);
// (the marketplace as the place logged into, not as the channel the login is sent through: "Please share the staging credentials via
// Upwork chat" is what a careful freelancer writes — a review of the fiftieth session; nor "login details" or "Anmeldedaten", the
// credential itself, as the place: "Send me the login details please")
const LOGIN_PLACE = filter(
  // (the marketplace inside a German compound, "dein Upwork-Passwort": its hyphen is a letter of the word here — the parity
  // battery of the fifty-third session, nothing found where "your Upwork password" is a red flag)
  String.raw`(?:${MARKETPLACE})-(?:passwort|kennwort|login|zugang\p{L}*|zugangsdaten|anmeldedaten|logindaten|code|konto|account|profil)|(?<!(?:via|through|over|on|in|by|per|über|por|par|sur|pelo|pela|no|na|en|auf)\s{1,3}(?:the\s{1,3})?)(?:${MARKETPLACE})(?!\s{1,3}(?:chat|messages?|messaging|messenger|inbox|dms?|nachricht\p{L}*|mensajes?|mensagens?|messagerie)(?![\p{L}]))|accounts?|acc|konto|kontos|cuentas?|comptes?|contas?|profiles?|profil|perfil|log(?:ging)?[- ]?in(?![- ]?(?:details|info|data|daten|codes?))|logge|einlogg\p{L}*|anmelde(?!daten)\p{L}*|connecte\p{L}*|entrar|acceder|acessar|logar|iniciar sesión`,
);
const CREDENTIALS_ASKED: Combination[] = [[CREDENTIALS_ASK, LOGIN_PLACE]];
// The same login asked with the account or the logging in named in the sentence just before or after it: "I need your Upwork
// login. Send me the password and the code you get.", "can u share the otp code you just got? i'm logging in on your acc".
const CREDENTIALS_ALONE: Combination[] = [[CREDENTIALS_ASK]];
// (the neighbour logs in or names the reader's marketplace account, not any account or profile: "Send me the password please. Your
// profile looks great." and "… I logged in to Upwork yesterday." hand no account over)
const LOGGING_IN = asciiFirst(
  new RegExp(
    String.raw`(?<![\p{L}])(?:(?:log(?:ging)?[- ]?in(?:to)?|sign(?:ing)?[- ]?in(?:to)?|einlogg\p{L}*|logge|logg|entrar|entrando|acceder|accediendo|acessar|acessando|logar|logando|connecte\p{L}*) (?:\p{L}+ ){0,3}?(?:your|ur|dein\p{L}*|ihr\p{L}*|tu|su|ton|votre|sua|tua|seu|teu) (?:[\p{L}.]+[ -])?(?:accounts?|acc|profile|konto|profil|cuenta|perfil|compte|conta)|${MARKETPLACE}[- ]?(?:login|log-?in|credentials|zugangsdaten|zugang))(?![\p{L}])`,
    'iu',
  ),
);
// (the reader logging in themselves is no account handed over: "You can log in to your Upwork account to release the milestone")
const READER_LOGS_IN =
  /(?<![\p{L}])(?:you|u|du|sie|tú|usted|vous|tu|você|vc) (?:\p{L}+ )?(?:can|could|should|need to|must|will|may|kannst|können|puedes|puede|peux|pouvez|pode|podes)(?![\p{L}])/iu;
const READERS = /(?<![\p{L}])(?:your|ur|dein\p{L}*|ihr\p{L}*|tu|tus|su|ton|ta|votre|sua|tua|seu|teu)(?![\p{L}])/iu;
function credentialsAcross(message: PreparedMessage): Hit[] {
  const out: Hit[] = [];
  const said = message.sentences;
  for (const h of readHits(message, CREDENTIALS_ALONE, { unless: [PLATFORM_CHECK, REMOTE_SESSION, WORK_SYSTEM] })) {
    if (LOGIN_PLACE.test(h.sentence)) continue; // read by CREDENTIALS_ASKED
    const near = [said[h.index - 1], said[h.index + 1]].find(
      (s) =>
        s !== undefined &&
        LOGGING_IN.test(s) &&
        READERS.test(s) &&
        !READER_LOGS_IN.test(s) &&
        !PLATFORM_CHECK.test(s) &&
        !REMOTE_SESSION.test(s) &&
        !WORK_SYSTEM.test(s),
    );
    if (near === undefined) continue;
    const i = h.index + (near === said[h.index - 1] ? -1 : 1);
    const place = LOGGING_IN.exec(near)?.[0] ?? '';
    out.push(h, { sentence: near, index: i, words: [place.trim()], weak: h.weak });
  }
  return out;
}
// The reader's account asked about in one sentence, paid for "to use it" in the next: "do you have an verified account on upwork?
// i can pay $200/month to use it", "¿Tienes una cuenta verificada en Upwork? Te pago 200 dólares al mes por usarla" (a review of the
// fiftieth session). Only where the message holds such a pay-to-use sentence at all (one test of the text).
const PAY_TO_USE_IT = asciiFirst(
  /(?<![\p{L}])(?:(?:i|we)(?:[’'](?:ll|d)| will| can| could| would)? (?:\p{L}+ )?(?:pay|give|offer)(?: (?:you|u))? (?:[$€£]\s?)?\d[\d.,]*k?(?:\s?(?:[$€£]|usd|eur|dollars?|bucks))?(?:\s?(?:\/|a|per|monthly|weekly|every)\s?(?:month|mo|week|wk|year|day)?)? (?:to|for) (?:use|using|rent|renting|borrow|borrowing|access|accessing|work (?:on|from|through)) it|(?:te pago|(?:puedo |podría )?pagarte) (?:\S+ ){0,5}?por (?:usarla|usarlo|alquilarla|alquilarlo)|ich zahl(?:e)? (?:dir |ihnen )?(?:\S+ ){0,5}?(?:um (?:es|ihn|sie)|dafür,? dass ich (?:es|ihn|sie)) (?:zu )?(?:nutzen|benutzen|verwenden|mieten)|je (?:peux |pourrais )?(?:te |vous )?(?:paie|payer) (?:\S+ ){0,5}?pour l[’'](?:utiliser|louer)|(?:eu )?(?:te |lhe )?pago (?:\S+ ){0,5}?(?:para|pra) (?:usá-la|usar ela|usar|alugar))(?![\p{L}])/iu,
);
const ACCOUNT_WORD = /(?<![\p{L}])(?:accounts?|acc|profiles?|konto|cuenta|compte|conta|perfil|profil)(?![\p{L}])/iu;
const TO_THE_READER =
  /(?<![\p{L}])(?:you|u|your|ur|du|dein\p{L}*|haben sie|ihr\p{L}*|tienes|tú|usted|tu|tus|su|vous|votre|ton|as-tu|t[’']as|avez-vous|você|vc|voce|seu|sua|tem|teu|tua)(?![\p{L}])/iu;
// (every match holds its words: a sentence without them is not scanned, nor the text where no sentence after the first has them —
// a scan of the whole text with no hit was ~2 % of a bench pass; the text's look-up first, its pieces marked once a message for
// every rule, then the sentences', each sentence's pieces marked for it)
const MAY_PAY_TO_USE_IT = mayMatch(PAY_TO_USE_IT);
function paidToUseIt(message: PreparedMessage): Hit[] {
  const said = message.sentences;
  if (!MAY_PAY_TO_USE_IT.test(message.text)) return [];
  let may = false;
  for (let i = 1; i < said.length && !may; i++) may = MAY_PAY_TO_USE_IT.test(said[i]);
  if (!may || !PAY_TO_USE_IT.test(message.text)) return [];
  const out: Hit[] = [];
  for (let i = 1; i < said.length; i++) {
    const paid = MAY_PAY_TO_USE_IT.test(said[i]) ? PAY_TO_USE_IT.exec(said[i]) : null;
    const before = said[i - 1];
    if (!paid || !ACCOUNT_WORD.test(before) || !VERIFICATION_OR_MARKETPLACE.test(before) || !TO_THE_READER.test(before))
      continue;
    out.push(
      { sentence: before, index: i - 1, words: [ACCOUNT_WORD.exec(before)?.[0] ?? ''], weak: false },
      { sentence: said[i], index: i, words: [paid[0]], weak: false },
    );
  }
  return out;
}
const REMOTE_SESSION = filter(
  String.raw`anydesk|teamviewer|rustdesk|ultraviewer|remote|fernwartung|acceso remoto|acesso remoto|à distance|screen|bildschirm|pantalla|écran|tela|technician|techniker|técnico|technicien`,
);
// (the client's own tools a developer or assistant logs into to do the work: "Send me your Shopify login details so I can fix the
// theme" — the LOG_INTO_YOURS reading's reason)
const WORK_SYSTEM = filter(
  String.raw`shopify|wordpress|wp-admin|woocommerce|wix|squarespace|webflow|aws|azure|gcp|google (?:ads|analytics|workspace|cloud)|gmail|cpanel|hosting|server|servidor|serveur|ftp|sftp|ssh|database|datenbank|dns|domain|crm|hubspot|salesforce|stripe|admin|dashboard|store|shop|tienda|loja|boutique|site|website|webseite|sitio|theme|plugin|app store|play console|github|gitlab|bitbucket|jira|figma|notion|email marketing|mailchimp|klaviyo|xero|quickbooks|bookkeeping|sage|datev|lexoffice|facebook ads|meta ads|instagram|tiktok|youtube|canva`,
);

// After losing their own account, someone to work through: "my Upwork account has become inactive, and
// I'm looking for a trustworthy partner who can help me continue my work on the platform".
const LOST: Combination[] = [LOST_ACCOUNT];
const CARRY_ON: Combination[] = [
  [
    concept(String.raw`partner|someone|somebody|person|collaborat\p{L}*|socio|partenaire|parceiro`),
    concept(
      String.raw`continue|keep working|work on (?:the )?(?:platform|upwork|fiverr|freelancer)|bid|get jobs|seguir|continuer|continuar|weiter\p{L}*`,
    ),
  ],
];

function afterLoss(message: PreparedMessage): Hit[] {
  if (!readHits(message, LOST, { anyVoice: true }).length) return [];
  return readHits(message, CARRY_ON);
}

/** "it's your account, with your name and face" in a message that offers a share of the income. */
// (someone else's account in other words: "someone with an active account", "Hat jemand ein verifiziertes Konto", "a conta
// dele", "necesito usar la tuya" — thirty-seventh session, two batteries labelled blind by the policy)
const SOMEONE_ELSES_ACCOUNT = concept(
  String.raw`(?:someone|somebody|anyone|anybody|a person|a seller|alguien|alguém|quelqu[’']un|jemand\p{L}*)\s+(?:with|who has|that has|con|com|avec|mit|que tenga|que tenha|qui a)\s+(?:an?\s+|una?\s+|uma?\s+|ein\p{L}*\s+)?(?:\p{L}+\s+){0,2}?${ACCOUNT}|(?:anyone|anybody|someone|alguien|alguém|quelqu[’']un|jemand)\s+(?:have|has|got|tiene|tem|a|hat)\s+(?:an?\s+|una?\s+|uma?\s+|ein\p{L}*\s+)?(?:\p{L}+\s+){0,2}?${ACCOUNT}|(?:hat|haben)\s+(?:jemand|wer)\s+(?:ein\p{L}*\s+)?(?:\p{L}+\s+)?${ACCOUNT}|${ACCOUNT}\s+(?:dele|dela|d[’']un autre|de otra persona|de outra pessoa|einer anderen person)|(?:use|usar|utilizar|utiliser|benutzen|nutzen)\s+(?:la tuya|el tuyo|la suya|el suyo|a sua|o seu|a tua|o teu|la tienne|le tien|la vôtre|le vôtre|yours|deins|deines|ihres)(?![\p{L}])`,
);
const LET_ME_USE = String.raw`let me (?:use|deliver|work|bid|sell)|(?:me )?(?:deixe|deixa|deje|dejes|dejas)(?: me)? (?:usar|trabalhar|trabajar)|me (?:laisses?|laissez) (?:utiliser|travailler)|(?:lässt|lasst|lassen) (?:du |sie )?mich (?:\p{L}+\s+)?(?:nutzen|benutzen|arbeiten)`;
const SHARED_USE: Combination[] = [
  [
    SOMEONE_ELSES_ACCOUNT,
    filter(
      String.raw`use|using|through|via|über|weiterarbeit\p{L}*|continu\p{L}*|keep (?:working|serving)|serv\p{L}*|deliver\p{L}*|usar|utiliz\p{L}*|utilis\p{L}*|nutz\p{L}*|benutz\p{L}*|${LET_ME_USE}`,
    ),
  ],
  [
    OTHERS_ITEM,
    filter(
      // (in five languages: "eu uso sua conta do Upwork para trabalhar e você fica com 25%", a battery labelled blind by the
      // policy, thirty-sixth session)
      String.raw`collaborat\p{L}*|partner\p{L}*|take control|control of|use|using|work (?:on|through|with)|operate|run|as long as|(?:eu |yo )?(?:uso|usar|usando|utilizo|utilizar)|trabalh\p{L}* (?:com|na|no|pela|pelo)|trabaj\p{L}* (?:con|en|desde)|(?:ich )?(?:nutze|benutze|verwende)|arbeite (?:mit|über|auf)|j[’']utilise|utiliser|travaill\p{L}* (?:avec|sur|via|depuis)|(?:work|deliver|bid|sell|invoice|bill)\p{L}* (?:\p{L}+\s+){0,2}?(?:through|via)|${LET_ME_USE}`,
    ),
  ],
];

const PARTNER_USE: Combination[] = [
  // Bidding through a profile like the reader's, or a partner's verified account, for a share: "if I could bid through a
  // US profile like yours; … you'd get a cut every month", "suche eu-partner acc zum bieten, 25% monatl.", "busco socio
  // con cta verificada usa" (seventeenth session, a battery written blind to the rules)
  [
    concept(
      String.raw`(?:profile|account|acc|profil|perfil|compte|konto|conta|cuenta|cta)\s+(?:\p{L}+\s+){0,3}?(?:like yours|wie deins|wie ihres|wie dein\p{L}*|como el tuyo|como el suyo|como o seu|como o teu|comme le vôtre|comme le tien)|(?:partner|socio|partenaire|parceiro)\s+(?:\p{L}+\s+){0,2}?(?:acc|account|cta|cuenta|compte|conta|konto)|(?:partner|socio|partenaire|parceiro|partnerin)\s+(?:\p{L}+\s+)?(?:con|avec|com|with|mit)\s+(?:\p{L}+\s+)?(?:cta|cuenta|compte|conta|account|konto)|(?:cta|cuenta|compte|conta|acc|account|konto)\s+(?:\p{L}+\s+)?(?:verificad[oa]|vérifié\p{L}*|verified|verifiziert\p{L}*)`,
    ),
  ],
  // The reader in the interviews, the writer doing the work, for a share: "Die Bewerbungsgespräche führst du, ich bleibe im
  // Off", "Você faz as entrevistas de vídeo no meu lugar, eu assumo o serviço" (not "I do the user interviews myself")
  [
    concept(
      String.raw`(?:you|u) (?:\p{L}+\s+){0,2}?(?:do|take|attend|handle|join|pass)\s+(?:the |all |my )?(?:\p{L}+\s+)?interviews?|(?:bewerbungsgespräche|vorstellungsgespräche|interviews) (?:führst|machst) du|du (?:führst|machst) (?:die |alle )?(?:\p{L}+\s+)?(?:bewerbungsgespräche|vorstellungsgespräche|interviews)|(?:tú )?(?:haces|das) (?:las )?(?:\p{L}+\s+)?entrevistas|(?:vous faites|tu fais|tu passes|vous passez) (?:les )?(?:\p{L}+\s+)?entretiens|(?:você )?faz (?:as )?(?:\p{L}+\s+)?entrevistas`,
    ),
    filter(
      String.raw`(?:i|ich|yo|je|eu) (?:\p{L}+\s+){0,3}?(?:do|handle|mache|übernehme|bleibe|hago|fais|faço|assumo)|no meu lugar|in my place|an meiner stelle|en mi lugar|à ma place`,
    ),
  ],
  // An account the reader does not use, asked to be shared: "If you're not using your freelancing platform accounts at the
  // moment …, how about sharing with me? … I'm happy to offer you 20% of the total earnings" (the account stands in the
  // condition, negated there: the request is the sharing)
  [
    concept(
      String.raw`(?:how|what) about (?:shar(?:e|ing)|lend(?:ing)?)|shar(?:e|ing) (?:it|them|with me|with us)|let me use (?:it|them)|lend (?:it|them) to me`,
    ),
    filter(
      String.raw`(?:accounts?|profiles?) (?:that |which )?you(?:[’']re| are)? (?:don[’']?t|do not|rarely|no longer|not) us|(?:if|when) you(?:[’']re| are) not using (?:\p{L}+\s+){0,4}?(?:accounts?|profiles?)|if you have an? (?:\p{L}+\s+){0,2}?(?:account|profile)|your (?:existing|unused|idle|inactive) (?:\p{L}+\s+)?(?:accounts?|profiles?)`,
    ),
  ],
  // Working under the reader's name for a share of the income: "Can I work under your name? You'll get 20%",
  // "Ich arbeite unter deinem Namen und du bekommst 20 %" in a message that offers the share (a ghostwriter writes
  // under the client's name for a price, not a share paid to the client)
  [
    concept(
      String.raw`(?:work|bid|apply|interview)\p{L}* (?:\p{L}+\s+){0,2}?under your name|(?:arbeit|bewerb)\p{L}* (?:\p{L}+\s+){0,2}?unter (?:deinem|ihrem) namen|trabaj\p{L}* (?:\p{L}+\s+){0,2}?(?:con|bajo|a) (?:tu|su) nombre|travaill\p{L}* (?:\p{L}+\s+){0,2}?sous (?:ton|votre) nom|trabalh\p{L}* (?:\p{L}+\s+){0,2}?(?:no|em|com|sob) (?:o )?(?:seu|teu) nome|unter (?:dessen|deren) namen|under (?:whose|their) name|bajo (?:cuyo|su) nombre|em nome de quem`,
    ),
  ],
];

// (a client hiring a recruiter asks for interviews too: "Kannst du für mich die Vorstellungsgespräche führen? … ich suche zwei
// Entwickler", "te pago el 10 % del primer sueldo de cada candidato contratado" — a review of the thirty-fifth session's readings)
const RECRUITING = new RegExp(
  String.raw`(?<![\p{L}])(?:candidat\p{L}*|kandidat\p{L}*|bewerber\p{L}*|applicants?|hiring|recruit\p{L}*|recrut\p{L}*|reclut\p{L}*|(?:ich suche|wir suchen|i[’']m looking for|we[’']re looking for|busco|buscamos|je cherche|nous cherchons|procuro|procuramos) (?:\p{L}+ ){0,3}?(?:entwickler|developers?|engineers?|desarrolladores|programadores|développeurs|desenvolvedores|mitarbeiter|employees|empleados|funcionários)|contratad[oa]s?|eingestellt)`,
  'iu',
);
const INTERVIEWS_FOR_ME: Combination[] = [
  // The interviews asked of the reader for the writer: "Kannst du für mich die Vorstellungsgespräche machen? Du bekommst 30 % vom
  // Gehalt", "¿Puedes hacer las entrevistas por mí? Te doy el 30 %" (a five-language probe, thirty-fifth session; the job's
  // own interviews, with no word for whose between — not "the user interviews" of a study)
  [
    concept(
      String.raw`(?:kannst|könntest|können|könnten) (?:du|sie) (?:\p{L}+\s+){0,3}?(?:die |meine )?(?:bewerbungsgespräche|vorstellungsgespräche|jobinterviews|interviews) (?:für mich )?(?:machen|führen|übernehmen)|(?:puedes|podrías|puede|podría) (?:hacer|tomar|presentar|dar) (?:las |mis )?entrevistas(?! (?:a|con|de) )|(?:peux-tu|pourrais-tu|pouvez-vous|pourriez-vous|tu peux|vous pouvez) (?:faire|passer) (?:les |mes )?entretiens(?! (?:avec|des|d[’']) )|(?:pode|podes|poderia) (?:fazer|participar d[ae]s?) (?:as |minhas )?entrevistas(?! (?:com|de|d[oa]s?) )|(?:someone|somebody|partner|alguém|alguien|quelqu[’']un|jemand\p{L}*) (?:who|that|que|qui|der) (?:can |could |will |pueda |possa |kann )?(?:attend|do|take|handle|faça|haga|fasse|führt|macht|passe) (?:the |my |as |las |mis |minhas |les |mes |die |meine )?(?:\p{L}+\s+)?(?:interviews?|entrevistas|entretiens|vorstellungsgespräche|bewerbungsgespräche)`,
    ),
    filter(
      String.raw`for me|für mich|por m[ií]|pour moi|por mim|in my place|an meiner stelle|en mi lugar|à ma place|no meu lugar`,
    ),
  ],
];
// The reader's face at the interviews while the writer does the work: "would you be ok doing the video interviews with your face
// while I handle the coding? we split 50/50" (a probe of the forty-sixth session)
const YOUR_FACE_AT_INTERVIEWS: Combination[] = [
  [
    // (the face first: the rarer words, tried before the interview's)
    concept(
      String.raw`(?<=(?:with|using|show) your (?:own )?)face|(?<=your )face(?= (?:on|in) (?:the )?(?:camera|call|interviews?))|(?<=(?:con|usando) tu (?:propia )?)cara|(?<=(?:com|usando) (?:o )?seu (?:próprio )?)rosto|(?<=(?:avec|en montrant) ton )visage|(?<=mit deinem )gesicht`,
    ),
    concept(
      String.raw`interview\p{L}*|video calls?|calls with (?:the )?clients?|entrevistas?|entretiens?|vorstellungsgespräch\p{L}*|videollamadas?|videochamadas?`,
    ),
  ],
];
const GHOSTWRITING =
  /ghost[- ]?writ|\bplume\b|escritor fantasma|escritora fantasma|white[- ]label|marque blanche|marca blanca|subcontract|sous-trait|subcontrat/i;

// (the whole text looked at for a recruiter's words only where interviews were asked: most messages ask none)
function interviewsForMe(message: PreparedMessage): Hit[] {
  const hits = [...readHits(message, INTERVIEWS_FOR_ME), ...readHits(message, YOUR_FACE_AT_INTERVIEWS)];
  return hits.length && !RECRUITING.test(message.text) ? hits : [];
}

function sharedUse(message: PreparedMessage): Hit[] {
  const uses = readHits(message, SHARED_USE);
  const partner = [...readHits(message, PARTNER_USE), ...interviewsForMe(message)];
  // Both count only where the message offers the reader a share of the income (one look at the text for both).
  if (!(uses.length || partner.length) || !inText(message, INCOME_SHARE)) return [];
  // (a ghostwriter writes under the client's name: that is the trade, not a rental)
  return [...uses, ...partner.filter((h) => !GHOSTWRITING.test(h.sentence))];
}

// Between the writer and the reader, not a story of what couriers or members do ("alugam suas contas", "el alquiler y
// la venta de cuentas").
const BETWEEN_US = filter(BETWEEN_US_WORDS);
// The platform's own checks: made once, not at each message.
// (and a referral programme's: "use your referral link … attributed to your account", the seventeenth set read; a percentage
// fee only where someone takes it or it is named as one — "Upwork takes a 20% commission", "after the 10% fee" — not a share offered
// for an account: "Rent me your Upwork account, 25% commission", a review of the forty-fourth session)
const PLATFORM_CHECK = less(
  /\b(?:through the platform|own account|(?:ihr|dein) eigenes (?:bank)?konto|(?:su|tu) propia cuenta|votre propre compte|(?:sua|tua) própria conta|kyc flow|upload|service fee|platform fee|referral (?:link|program|programme|contest|code|bonus)|(?:(?:takes|charges|keeps|deducts|withholds|platform|service|behält|nimmt|berechnet|cobra|cobran|retiene|prend|prélève|retém|desconta)\s[^.!?\n]{0,30}?|(?:after|minus|less|excluding|including)\s(?:the\s|a\s)?|(?:the|die|der|la|el|le|o)\s)\d{1,2}\s?% (?:fee|commission|gebühr|provision|comisión|commission|taxa|tarifa))\b/i,
);
// The reader's account threatened or reported as hit by a policy or an attack, not asked for: "If you use another person's
// payment method, your account will be suspended", "or your account will be suspended until we receive the payment", "If you
// feel your account has been compromised, please reach out" (terms and help pages; twenty-ninth session, the tuning text).
const ACCOUNT_THREATENED = filter(
  String.raw`(?:your|ur) account (?:will|would|may|might|could|can|has|have|had|is|was|gets?|got) (?:(?:be|been|also|then|immediately|permanently|temporarily) ){0,2}(?:suspended|banned|closed|blocked|locked|deactivated|disabled|terminated|restricted|frozen|compromised|hacked)|(?:votre|ton) compte (?:sera|serait|peut être|pourra être|a été|est) (?:suspendu|bloqué|fermé|désactivé|piraté|compromis)|(?:tu|su) cuenta (?:será|sería|puede ser|podrá ser|ha sido|fue|está) (?:suspendida|bloqueada|cerrada|desactivada|hackeada|comprometida)|(?:sua|tua) conta (?:será|seria|pode ser|poderá ser|foi|está) (?:suspensa|bloqueada|encerrada|desativada|hackeada|comprometida)|(?:ihr|dein) konto (?:wird|würde|kann|könnte|wurde|ist) (?:\p{L}+ )?(?:gesperrt|geschlossen|deaktiviert|gehackt|kompromittiert)`,
);
// The writer's own account opened ("die Gebühr überweisen, damit mein Konto eröffnet werden kann"): a payer's, no rental.
const OWN_ACCOUNT_OPENED =
  /\b(?:my|mein(?:e|em|en)?|mi|mon|meu|minha)\s+(?:\w+\s+)?(?:bank\s+)?(?:account|konto|bankkonto|cuenta|compte|conta)\b[^.!?\n]{0,40}\b(?:open\w*|eröffn\w*|abr\w*|ouv\w*)/i;
// An account asked for to pay the reader or to send an invoice to ("share your bank account with me so I can pay you"),
// or a name to add the reader to a workspace with ("share your Jira account with me so I can add you to the board").
const NOT_HANDED_OVER =
  /\b(?:bank|iban|paypal|payoneer|wise|routing|invoic\w*|pay you|paying you|payment|bancari\w*|banc\w*|bankverbindung|zahlung|pago|paiement|pagamento|add you|invite you|collaborator|hinzufügen|einladen|agregarte|invitarte|t[’']ajouter|vous ajouter|t[’']inviter|te adicionar|te convidar)\b/i;

// A stranger's fund moved into the reader's account, in a message that says whose it is or what the reader gets for it —
// the advance-fee pitch that borrows the reader's account and name: "transfer an abandoned 12 million Dollars into your
// Bank account. 40/percent will be your share", "help me in receiving the sum … into your Bank Account", "ready for
// transfer into your account if we make this claim, we will share it 60%/40%" (twenty-second session, the sixteenth set
// read: the share or the dead customer stands in another sentence than the account, so the message is looked at for it).
const FUND_INTO_YOUR_ACCOUNT: Combination[] = [
  [
    concept(String.raw`accounts?|bankkonto|konto|cuenta|compte|conta`),
    filter(
      [
        String.raw`(?:into|in|to|onto|on|auf|en|sur|na|no|para)\s+(?:your|ihr\p{L}*|dein\p{L}*|su|tu|votre|ton|sua|seu|tua|teu)\s+(?:\p{L}+\s+){0,2}?(?:(?:bank|private|personal)\s+)?(?:accounts?|bankkonto|konto|cuenta|compte|conta)`,
        String.raw`(?:need|provide|require)\p{L}* (?:a |an |your )?(?:(?:foreign|reliable|bank|personal)\s+){1,2}accounts?`,
      ].join('|'),
    ),
  ],
  // an account asked for the fund ("Para fornecer uma nova conta bancária vazia na qual esse dinheiro seria
  // transferido", "Ein neues leeres Bankkonto bereitzustellen") or the fund received into one ("receive this fund into
  // any account that is solely controlled by you", "Receive the funds into a business / private bank account") —
  // twenty-seventh session, the tuning text: the sentence often names neither party, the pitch is the message's
  [
    concept(String.raw`accounts?|bankkonto|konto|cuenta|compte|conta`),
    filter(
      String.raw`(?:provide|give|send) (?:me |us )?(?:a |an )?(?:(?:safe|new|empty|reliable|foreign|good|trusted) ){1,2}(?:bank )?account|(?:neues|leeres|sicheres) (?:\p{L}+ )?bankkonto (?:\p{L}+ ){0,2}?(?:zu )?(?:bereitzustellen|bereitstellen|geben)|(?:fornecer|providenciar) (?:uma )?(?:nova )?conta bancária (?:segura|nova|vazia)|(?:proporcionar|facilitar) (?:una )?cuenta bancaria (?:segura|nueva|vacía)|receiv\p{L}{0,3} (?:this|the|these) (?:funds?|money|sum) into (?:a|an|any|your) (?:\p{L}+ ){0,3}?accounts?`,
    ),
  ],
  // the fund moved to the reader's country: "I want to move this money from Burkina Faso to your country", "relocate
  // $12.5 Million to your country" (twenty-seventh session, the tuning text; with the pitch's words in the message, as above)
  [
    concept(String.raw`mov\p{L}*|transfer\p{L}*|relocat\p{L}*|remit\p{L}*|receiv\p{L}*|wire|send`),
    filter(
      String.raw`(?:mov|transfer|relocat|remit|receiv|wir|send)\p{L}{0,5} (?:(?:this|the|these|my|our|some|of) )?(?:funds?|money|sum|amount|it|[$€£]\s?\d[\d.,]{0,12}\s?(?:million|m)?) (?:\p{L}+ ){0,4}?(?:to|into|in) your country`,
    ),
  ],
  // the fund put in the reader's name: "the sum of 15.7 Million USD i wish to put in your name", "I'm proposing to lift
  // in your name (US$16.5 Million Dollars)" (the seventeenth set read, twenty-fifth session)
  [
    concept(
      String.raw`in your name|on your name|auf ihren namen|auf deinen namen|en su nombre|a su nombre|a tu nombre|à votre nom|en votre nom|em seu nome|no seu nome|em teu nome`,
    ),
    filter(
      String.raw`(?:put|lift|transfer|move|deposit|register|claim|release|present)\p{L}*|überweis\p{L}*|übertrag\p{L}*|transf\p{L}*|deposit\p{L}*|regist\p{L}*|vir\p{L}*`,
    ),
  ],
];
// Someone's platform account sought for a sum a week or a month, or a share: "Looking for an Upwork account, will pay
// $300 per month", "Cherche compte deliveroo : 150 euros la semaine", "Busco cuenta de Upwork verificada, pago 200
// dólares al mes" — the advert that rents accounts, said to whoever reads it (twenty-second session, the read text's
// delivery-app adverts; the marketplaces are where the advisory's workers rent them).
const PLATFORMS = [
  ...MARKETPLACE_NAMES,
  ...String.raw`deliveroo|uber(?: ?eats)?|glovo|rappi|ifood|doordash|just ?eat|lieferando|wolt`.split('|'),
];
const PLATFORM_NAMES = PLATFORMS.join('|');
const SOUGHT_ACCOUNT: Combination[] = [
  [
    concept(
      String.raw`looking for|need|needed|seeking|wanted|want to (?:rent|buy)|cherche|recherche|besoin d[’']un|busco|buscamos|se busca|necesito|necesitamos|suche|suchen|brauche|procuro|procuramos|preciso`,
    ),
    concept(
      // (one alternative per name: a group of names first would hide the names from the anchor index)
      ...PLATFORMS.map((name) => String.raw`${name}[- ]?(?:accounts?|konto|compte|cuenta|conta|profil\p{L}*|acc)`),
      String.raw`(?:accounts?|konto|compte|cuenta|conta|acc)\s+(?:de |on |auf |bei |d[’'])?(?:${PLATFORM_NAMES})|(?:accounts?|konto|compte|cuenta|conta|acc)\s+(?:verified|verificad[oa]|vérifié|verifiziert\p{L}*)|verified (?:${PLATFORM_NAMES}) (?:accounts?|profiles?)`,
    ),
    filter(
      String.raw`(?:\d{1,5}\s?(?:%|[$€£]|euros?|dollars?|dólares|usd|reais)|[$€£]\s?\d{1,5}|r\$\s?\d{1,5})\s*(?:(?:per|a|each|every|al|por|par|pro|im|la|le|/)\s*)?(?:week|month|semaine|mois|semana|mes|mês|woche|monat)|weekly|monthly|hebdo\p{L}*|mensal\p{L}*|mensuel\p{L}*|wöchentlich|monatlich|semanal\p{L}*|mensual\p{L}*|\d{1,3}\s?%`,
    ),
  ],
];
// (a job to run the writer's own account is work: "someone to manage our Upwork account, $500 per month", "an Upwork
// account manager")
const MANAGED_ACCOUNT = filter(
  String.raw`manag\p{L}*|optimi[sz]\p{L}*|set up|setup|grow\p{L}*|specialist|expert|consultant|gestion\p{L}*|gestor\p{L}*|verwalt\p{L}*|betreu\p{L}*|administr\p{L}*|(?:my|our|mein\p{L}*|unser\p{L}*|mi|mis|nuestr\p{L}*|mon|ma|notre|meu|minha|nosso|nossa)\s+(?:\p{L}+\s+)?(?:${PLATFORM_NAMES})`,
);
// (\b as the look-around of its one side: NOT_AFTER_WORD, NOT_BEFORE_WORD — lib/text/ascii-first.ts)
const A = NOT_AFTER_WORD;
const B = NOT_BEFORE_WORD;
const FUND_PITCH = new RegExp(
  [
    String.raw`next[- ]of[- ]kin|deceased|late (?:client|customer|husband|father|wife|brother)|dormant|unclaimed|abandon(?:ed)? (?:fund|sum|money|deposit|account)|abandoned(?![- ](?:carts?|checkouts?|baskets?|browse|bag|calls?|projects?|flows?))|inheritance|foreign (?:business )?partner|belong\w* to (?:our|my|a|one of our) (?:late |deceased |foreign )?(?:clients?|customers?)|(?:as|new|the) beneficiary`,
    String.raw`(?:help|assist)\w* (?:me|us)${B}[^.\n]{0,40}?${A}(?:receiv|transfer|mov|claim|secur)`,
    String.raw`${A}your share${B}|${A}\d{1,3}\s?/\s?\d{1,3}\s?%|${A}share (?:it|the (?:fund|money|sum)|among us|between us)${B}|${A}\d{1,3}\s?(?:/\s?)?(?:%|percent)\s?(?:/\s?)?\d{1,3}${B}|entitled? to (?:\w+ )?\d{1,3}\s?%|compensate you`,
    String.raw`nächste[rn]? (?:angehörige|verwandte)|verstorben|erbschaft|ausländische[nr]? partner|${A}\d{1,2}\s?:\s?\d{1,2}${B}[^.\n]{0,30}teilen`,
    String.raw`fallecid|difunt|herencia|heredero|socio extranjero|défunt|décédé|héritage|héritier|partenaire étranger|falecid|herança|herdeir|parceiro estrangeiro`,
  ].join('|'),
  'iu',
);
// A sum in millions the writer asks help to move ("a project of $12.5 Million Us Dollars which I will like you to support
// me so that the fund will be transfer to your bank account", "an Investment opportunity of $100M … I need your assistance
// and co-operation to move it into your account") — not a refund of a million told ("The refund of $1.2 million will be
// transferred to your bank account"): twenty-seventh session, the tuning text.
const MILLIONS = asciiFirst(
  /(?<![\p{L}\d])(?:\d[\d.,]{0,12}\s?(?:million|billion|milh(?:ões|oes|ão)|millones|millionen|millions)|[$€£]\s?\d[\d.,]{0,12}\s?m|(?:hundred|thousand|ninety|eighty|seventy|sixty|fifty|forty|thirty|twenty|ten|five) million)(?![\p{L}])/iu,
);
// More of the pitch's words (twenty-seventh session, the tuning text): "an over-invoiced contract", "an Escrow account without
// a name", "to your country", "the original beneficiary", "sócio estrangeiro".
const PITCH_MORE = wordsAhead(
  /\b(?:over-?invoiced|escrow account|(?:to|into|in) your country|(?:original|sole) beneficiary|sócio estrangeiro)\b/i,
);
const HELP_ASKED = asciiFirst(
  /(?<![\p{L}])(?:your (?:help|assistance|co-?operation|support|partnership|collaboration)|support me|help me|assist me|confidential|ihre hilfe|su ayuda|votre aide|sua ajuda)(?![\p{L}])/iu,
);
// A fund given away to the reader ("I want to donate my fund $4.5 million to you … transferred into your bank account")
// lends nothing of the reader's: a donation pitch, not an account borrowed (the tuning text's labels).
const DONATION = wordsAhead(/\b(?:donat\w*|charit\w*|spende\w*|donaci\w*|caridad|doaç\w*|caridade|bienfaisance)/i);
const NOT_MOVED = asciiFirst(
  /(?<![\p{L}])(?:not|never|don[’']t|won[’']t|cannot|can[’']t|nicht|nie|nunca|jamais|não|nao) (?:(?:be|to|will|can|want to|wish to|posso|vou|quero|puedo|voy a|quiero) )?(?:transfer|mov|send|wir|remit|deposit|receiv|überweis|transfier|recib|envi|vir|transfér|receb)\p{L}{0,8}(?![\p{L}])/iu,
);
function fundIntoYourAccount(message: PreparedMessage): Hit[] {
  // (read with its own negation: "… which is no longer safe … therefore I urgently need your help to transfer the amount
  // to your bank account" negates the first part only; the move itself refused stays out)
  const hits = readHits(message, FUND_INTO_YOUR_ACCOUNT, {
    unless: [PLATFORM_CHECK, OWN_ACCOUNT_OPENED, NOT_MOVED],
    negationIsPattern: true,
  });
  if (!hits.length || DONATION.test(message.text)) return [];
  const text = message.text;
  return FUND_PITCH.test(text) || PITCH_MORE.test(text) || (MILLIONS.test(text) && HELP_ASKED.test(text)) ? hits : [];
}

// More workers brought in, their profiles passed on: "también puedo traer a dos compañeros míos …; te paso sus perfiles" ("sus"
// their profiles, not the reader's: a review of the fifty-first session) — recommends-more-workers' reading, not an account asked.
const WORKERS_BROUGHT = filter(
  String.raw`^(?![^]*(?:(?:tu|su|your|ur|votre|ton|dein\p{L}*|ihr\p{L}*|sua|seu|tua|teu) (?:\p{L}+ )?(?:cuenta|account|compte|konto|conta|perfil|profile|profil)))[^]*?(?:traer|sumar|llamar|incorporar|bring|add|trazer|chamar|amener|ramener|mitbringen|dazuholen|holen) (?:a |à )?(?:\p{L}+ ){0,2}?(?:compañer[oa]s|amig[oa]s|colegas|friends|colleagues|devs|developers|desarrolladores|desenvolvedores|collègues|amis|kollegen|freunde)(?![\p{L}])`,
);
// The reader's bank account to take the writer's clients' payments for a share: "just need your bank details to receive the client
// payments, i'll send you 15% of each one", "Preciso dos seus dados bancários pra receber dos clientes, você fica com 15%" — and the
// reader's ID with a selfie to verify an account for money: "I need your ID and a selfie to verify an account. You will receive $300
// monthly" (a review of the fifty-second session: nothing found)
const BANK_FOR_CLIENTS: Combination[] = [
  [
    concept(
      String.raw`(?:your|ur) bank (?:details|account|info)|(?:seus|teus|os seus) dados bancários|(?:tus|sus) datos bancarios|(?:vos|tes) coordonnées bancaires|(?:ihre|deine) (?:bankdaten|bankverbindung|kontodaten)|(?:tu|su) cuenta bancaria|(?:sua|tua) conta bancária|votre compte bancaire|(?:ihr|dein) bankkonto`,
    ),
    concept(
      String.raw`(?:receive|get|collect|recibir|cobrar|receber|recevoir|encaisser|empfangen|erhalten|annehmen) (?:\p{L}+ ){0,2}?(?:client|clients|customer|customers|clientes|dos clientes|de los clientes|des clients|kunden|der kunden|payments from (?:my )?clients)|(?:zahlungen|gelder|geld) (?:der|von|meiner) kunden (?:zu )?(?:empfangen|erhalten|annehmen)`,
    ),
  ],
];
const ID_FOR_MONEY: Combination[] = [
  [
    concept(
      String.raw`(?:your|ur) (?:id|passport|driver[’']?s licen[cs]e|id card) and (?:a )?selfie|selfie (?:with|holding) your (?:id|passport)|(?:tu|su) (?:dni|identificación|pasaporte|documento) y (?:una |un )?selfie|(?:sua|seu|teu|tua) (?:rg|identidade|documento|passaporte) e (?:de )?(?:uma )?selfie|(?:votre|ta|ton) (?:pièce d[’']identité|passeport|carte d[’']identité) et (?:d[’'])?(?:un )?selfie|(?:ihren|deinen) (?:ausweis|pass|personalausweis) und (?:ein )?selfie`,
    ),
    filter(
      String.raw`verif\p{L}* (?:an|a new|the|one) (?:\p{L}+ )?account|verificar (?:una|la) cuenta|verificar (?:uma|a) conta|vérifier un compte|ein konto (?:zu )?verifizieren`,
    ),
  ],
];
const PAID_TO_THE_READER = wordsAhead(
  asciiFirst(
    /(?<![\p{L}])(?:you(?:[’']ll| will)? (?:receive|get|earn|make)|(?:i[’']ll|i will) (?:send|pay) you|te (?:pago|doy|mando)|recibirás|ganarás|cobrarás|vas a (?:recibir|ganar|cobrar)|(?:você|vc) (?:recebe|ganha|fica com|vai receber|vai ganhar)|vous (?:recevrez|gagnerez|touchez)|tu (?:recevras|reçois|gagneras|toucheras|touches)|je te (?:file|donne|verse|paie)|sie (?:erhalten|bekommen)|du (?:bekommst|erhältst|kriegst))(?![\p{L}])/iu,
  ),
);
// (the sentences first, through the anchor index; the whole text's pay and share only where one is found)
function bankOrIdForMoney(message: PreparedMessage): Hit[] {
  const hits = [
    ...readHits(message, BANK_FOR_CLIENTS, { unless: [PLATFORM_CHECK] }),
    ...readHits(message, ID_FOR_MONEY, { unless: [PLATFORM_CHECK] }),
  ];
  return hits.length && PAID_TO_THE_READER.test(message.text) && NAMES_A_SUM.test(message.text) ? hits : [];
}
export const rule: MessageRule = {
  id: 'identity-rental-request',
  kind: 'message',
  group: 'identity',
  concrete: 'share',
  check({ message }) {
    // The platform's own checks are not requests.
    const quoted = [
      ...readHits(message, COMBINATIONS, {
        unless: [PLATFORM_CHECK, OWN_ACCOUNT_OPENED, ACCOUNT_THREATENED, WORKERS_BROUGHT],
      }).filter((h) => BETWEEN_US.test(h.sentence)),
      ...readHits(message, UNUSED_ACCOUNT, { unless: [PLATFORM_CHECK], negationIsPattern: true }).filter((h) =>
        BETWEEN_US.test(h.sentence),
      ),
      ...readHits(message, SHARED_ACCOUNT, { unless: [PLATFORM_CHECK, NOT_HANDED_OVER, WORK_SYSTEM] }),
      ...(VERIFICATION_OR_MARKETPLACE.test(message.text) || SPLIT_BETWEEN_US.test(message.text)
        ? readHits(message, IN_YOUR_NAME_RUN, { unless: [PLATFORM_CHECK] }).filter((h) => BETWEEN_US.test(h.sentence))
        : []),
      ...readHits(message, LOG_INTO_YOURS, { unless: [PLATFORM_CHECK] }),
      ...readHits(message, CREDENTIALS_ASKED, { unless: [PLATFORM_CHECK, REMOTE_SESSION, WORK_SYSTEM] }),
      ...credentialsAcross(message),
      ...paidToUseIt(message),
      ...readHits(message, OPENED_FOR_ME, { unless: [PLATFORM_CHECK, OPENS_OWN] }),
      ...sharedUse(message),
      ...afterLoss(message),
      ...standInHits(message),
      ...fundIntoYourAccount(message),
      ...readHits(message, SOUGHT_ACCOUNT, { unless: [PLATFORM_CHECK, MANAGED_ACCOUNT] }),
      ...roleSplitHits(message).account,
      ...bankOrIdForMoney(message),
    ];
    if (!quoted.length) return undefined;
    return messageFinding(rule.id, 'high', quoted, [
      'G1 Red flag indicators and How DPRK IT workers operate (renting identities and accounts)',
    ]);
  },
};
