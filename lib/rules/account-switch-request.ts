/**
 * G1 red flags: "my account was suspended", "hire me on my other account", a contract under another name.
 * Five languages, any word order (lib/text/cooccur.ts).
 */
import { asciiFirst } from '../text/ascii-first';
import { wordsFirst } from '../text/words-first';
import { type Combination, concept, filter, type Hit, inText, readHits } from '../text/cooccur';
import type { PreparedMessage } from '../text/message';
import {
  ACCOUNT,
  ASKED_TO_PAY,
  IN_A_RELATIONS_NAME,
  MARKETPLACE,
  MOBILE_MONEY_APPS,
  MONEY,
  NUMBER_AS_TYPED,
  PAY_VERB,
  RELATION,
  TO_THIS_NAME,
  WORK_TOOLS,
  WRITING_FROM_ANOTHER_ACCOUNT,
} from '../text/lexicon';
import { LOST_ACCOUNT } from '../text/lost-account';
import { messageFinding } from './finding';
import type { MessageRule } from './types';

// Order-free, five languages: a platform account that was suspended (the writer's own), or work moved to
// another account (theirs or someone else's).
const MINE = concept(String.raw`my|mein\p{L}*|mi|mis|mon|ma|meu|minha|sie haben|me`);
const CONTRACT = concept(
  String.raw`contract|offer|account|profile|vertrag|angebot|auftrag|konto|contrato|oferta|cuenta|contrat|offre|compte|contrato|proposta|conta`,
);
const OTHER_NAME = concept(
  String.raw`(?:under|in)\s+(?:a different|another|someone else[’']?s|(?:${RELATION.join('|')}))\s+name`,
  String.raw`(?:unter|auf)\s+(?:einem\s+)?(?:anderen|fremden)\s+namen|auf den namen (?:meine[sr]?|von)(?! (?:firma|gmbh|ug|unternehmen|agentur|kanzlei))`,
  String.raw`a nombre de (?:otra persona|mi \p{L}+)|au nom de (?:mon|ma|quelqu[’']un) \p{L}*|(?:em|no) nome d[oe] (?:meu|minha|outra) (?!cnpj|mei|empresa)\p{L}+`,
  // "make the offer out to my colleague Daniel's name"
  String.raw`(?:to|in|under) (?:${RELATION.join('|')})(?:\s+\p{L}+)?[’']s name`,
);
const SUSPENDED = concept(
  // (the nouns too: "due to the recent permanent blocking of my Upwork account", the tuning text)
  String.raw`suspend\p{L}*|restrict\p{L}*|banned|ban|blocking|closure|sperrung|bloqueo|blocage|bloqueio|closed|limited|blocked|locked|disabled|on hold|under review|gesperrt|eingeschränkt|geschlossen|blockiert|suspendid[oa]|bloquead[oa]|banid[oa]|banni\p{L}*|baneada|baneado|banearon|cerrad[oa]|suspendu\p{L}*|bloqu[ée]\p{L}*|ferm[ée]\p{L}*|restreint\p{L}*|restringid[oa]|restrit[oa]|suspens[oa]|fechad[oa]|fecharam|encerraram|bloquearam|suspenderam|cerraron|bloquearon|suspendieron`,
);
const OTHER_ACCOUNT = concept(
  String.raw`(?:other|second|another|new|backup|spare|old|team)\s+(?:\p{L}+\s+)?${ACCOUNT}`,
  // ("a new one" is an account only after one is named in its sentence: "my account got suspended, send the offer to my
  // new one" — not "the Zoom link expired, could you send a new one?")
  String.raw`(?<=(?:${ACCOUNT}|acc|acct)(?![\p{L}])[^.!?\n]{0,80})(?:new one|(?:an|auf|über) mein(?:en)? (?:neues|neuen|anderes|anderen|zweites|zweiten)|(?:a|en) la (?:nueva|otra|segunda)|(?:sur|vers|à) (?:le|l[’']) ?(?:nouveau|autre|deuxième|second)|(?:pra|para a|na|pela) (?:nova|outra|segunda))|(?:anderes|anderen|zweites|zweiten|neues|neuen)\s+${ACCOUNT}`,
  String.raw`(?:otra|segunda|nueva|otro|segundo|nuevo)\s+${ACCOUNT}|${ACCOUNT}\s+(?:nueva|nuevo|secundari[oa])`,
  String.raw`(?:autre|deuxième|second|seconde|nouveau|nouvel)\s+${ACCOUNT}`,
  String.raw`(?:outra|segunda|nova|outro|novo)\s+${ACCOUNT}|${ACCOUNT}\s+(?:nova|novo)`,
  // a reserve one: "cuenta de respaldo", "compte de secours", "conta reserva", "Ersatzprofil"
  String.raw`${ACCOUNT}\s+(?:de respaldo|de reserva|reserva|de secours|alternativ[oa]|secundári[oa])|(?:ersatz|backup|reserve)-?(?:konto|profil)`,
  String.raw`(?:${RELATION.join('|')})\s+(?:\p{L}+\s+)?${ACCOUNT}`,
  // (the marketplace named between: "en la cuenta de Upwork de mi amigo", a five-language probe of the thirty-fifth session)
  String.raw`${ACCOUNT}\s+(?:(?:(?:de|do|da|on|auf|bei|sur|em|en|in|no|na)\s+)?${MARKETPLACE}\s+)?(?:(?:of|de|do|da|von)\s+)?(?:${RELATION.join('|')})`,
);
const HIRING = concept(
  String.raw`hire|hiring|rehire|re-hire|contract\p{L}*|offer|invite|invitation|send|working|work from|deliver|use|continue|beauftrag\p{L}*|vertrag|angebot|schick\p{L}*|umstell\p{L}*|einstell\p{L}*|stellen sie|lade|laden|einladen|nutz\p{L}*|weiter\p{L}*|contr[aá]t\p{L}*|oferta|env[ií]\p{L}*|usa|usar|continuar|engag\p{L}*|offre|utilis\p{L}*|continuer|proposta|propuesta|proposition|m[aá]nd\p{L}*|buch\p{L}*|embauch\p{L}*|stell|stellt|stellen|transfér\p{L}*`,
);
// The writer's own account gone: "my account was suspended", "I can't create an account with my ID again".
// The rare word first: only sentences holding one are read further.
const LOST: Combination[] = [[SUSPENDED, concept(ACCOUNT, String.raw`acc|acct|cta`), MINE], LOST_ACCOUNT];
// The writer unable to open an account again, said with its own negation: "Due to upwork rules, I can't create an account
// with my ID card again", "ich kann kein neues Konto erstellen" (twenty-seventh session, the tuning text's account-rental
// pitch: read as the lost account only where the work moves to another's account, as LOST is).
const CANNOT_OPEN_AGAIN: Combination[] = [
  [
    concept(ACCOUNT),
    filter(
      String.raw`(?:i|we) (?:can[’']?t|cannot|am unable to|are unable to|could not|couldn[’']?t) (?:\p{L}+ )?(?:create|open|make|register) (?:(?:an?|my) (?:\p{L}+ ){1,5}?again|(?:another|a new) (?:\p{L}+ )?${ACCOUNT})|ich kann (?:kein(?:e|en)? neue[ns]?|nicht mehr) (?:\p{L}+ ){0,2}?(?:konto|profil)|ya no puedo (?:crear|abrir)|no puedo (?:crear|abrir) (?:otra|una nueva) (?:\p{L}+ )?(?:cuenta|perfil)|je ne peux plus (?:créer|ouvrir)|je ne peux pas (?:créer|ouvrir) (?:un autre|un nouveau) (?:compte|profil)|(?:já )?não (?:consigo|posso) (?:mais )?(?:criar|abrir) (?:outra|uma nova) (?:\p{L}+ )?(?:conta|perfil)`,
    ),
  ],
];
// … and the work moved elsewhere: another account, someone's account or name, the reader's.
// (no two runs of white space side by side with an optional word between them: read over the whole message, "\s+(?:of)?\s*"
// split a run of spaces every way after "on Konto", 15 s for 200 KB once a sentence said the account was suspended — a
// hostile-input probe of the thirty-sixth session)
// (after the writer's own account lost, a friend's account or a relative's name to go on with: "¿Podemos seguir el proyecto con
// la cuenta de un amigo?", "continuar pelo perfil de um amigo meu", "sous le nom de mon associé", "under my brother's name" — a
// battery labelled blind by the policy, thirty-sixth session)
const SWITCH = filter(
  String.raw`(?:${ACCOUNT}|nombre|nome|nom)\s+(?:de|do|da|d[’'])\s*(?:un|una|um|uma|une?)\s+(?:amig[oa]|colega|ami|amie|collègue|conocid[oa]|conhecid[oa])(?![\p{L}])|(?:under|sous|con|com|em|no|unter|auf)\s+(?:le\s+|el\s+|o\s+|dem\s+|den\s+)?(?:(?:nom|nombre|nome|namen)\s+(?:de\s+|do\s+|da\s+|d[’']|von\s+)?(?:${RELATION.join('|')})|(?:${RELATION.join('|')})\s+(?:\p{L}+\s+)?name)|(?:your|someone[’']?s|a friend[’']?s|other (?:man|person|people)[’']?s?) (?:\p{L}+\s+){0,2}?(?:account|profile|info|identity|name)|(?:through|via|to|on) (?:${RELATION.join('|')})(?:[’']s)?(?![\p{L}])|(?:partner|someone) (?:who can|to) help me continue|(?:an? )?account with your|create (?:an|a new) (?:\p{L}+\s+)?account|(?:dein\p{L}*|ihr\p{L}*) (?:konto|profil|account)|(?:tu|su) (?:cuenta|perfil)|(?:ton|votre) (?:compte|profil)|(?:seu|sua|tua|teu) (?:conta|perfil)|(?:through|via|using|with|on|from|über|mit|von|auf|usando|con|en|por|desde|par|avec|sur|depuis|pela|pelo|com|na|no|da|do)\s+(?:the\s+|la\s+|el\s+|das\s+|dem\s+|den\s+|le\s+|a\s+|o\s+)?(?:${ACCOUNT}\s+(?:(?:of|de|do|da|von)\s+)?(?:${RELATION.join('|')})|(?:${RELATION.join('|')})\s+(?:\p{L}+\s+)?${ACCOUNT})`,
);
// (thirty-seventh session, two batteries labelled blind by the policy: someone else's account in other words after the writer's
// own is lost — "can i work through ur account?", "someone with an active account", "Hat jemand ein verifiziertes Konto",
// "necesito usar la tuya", "je travaille sous ton nom", "usar a conta dele", "using my teammate's name", "vom Profil eines
// Kumpels", "con la de mi primo"; a filter of its own, read only where SWITCH found nothing)
const SWITCH_MORE = filter(
  String.raw`ur (?:\p{L}+\s+)?(?:account|profile)(?![\p{L}])(?! (?:templates?|settings|page|dashboard))|(?:through|via|on) their (?:account|profile)(?![\p{L}])|(?:someone|somebody|anyone|anybody|seller) (?:here )?(?:with|who has) (?:an? )?(?:\p{L}+\s+){0,2}?(?:account|profile)\s+(?:\p{L}+\s+){0,2}?(?:so (?:that )?i can|i could use|to (?:work|bid|deliver|continue)|through)|(?:someone|anyone|seller) (?:here )?willing to let me|(?:hat|haben) (?:jemand|wer) (?:ein\p{L}* )?(?:\p{L}+\s+)?(?:konto|profil|account)|(?:usar|utilizar) la (?:tuya|suya)|sous ton nom|(?:no|em) (?:seu|teu) nome|(?:usar|utilizar) (?:a|la) (?:conta|cuenta) (?:dele|dela)|(?:apply|bid|work)\p{L}* (?:\p{L}+\s+){0,2}?(?:using|with|under) (?:${RELATION.join('|')})(?:[’']s)? (?:name|account|profile)|(?:profil|konto|account) eines (?:kumpels|freundes|kollegen|bekannten)|(?:con|com) (?:la|a) (?:de|do|da) (?:${RELATION.join('|')})`,
);
// Another account to move to (not an "old" one: "I closed my old account years ago" is no switch).
const ANOTHER_ACCOUNT = concept(
  String.raw`(?:other|second|another|new|backup|spare|different)\s+(?:\p{L}+\s+)?${ACCOUNT}`,
  String.raw`(?:anderes|anderen|zweites|zweiten|neues|neuen)\s+${ACCOUNT}|(?:otra|segunda|nueva|otro|segundo|nuevo)\s+${ACCOUNT}|(?:autre|deuxième|nouveau|nouvel)\s+${ACCOUNT}|(?:outra|segunda|nova|outro|novo)\s+${ACCOUNT}`,
);
// … or one made, the account left out after the lost one: "ich hab ein neues gemacht", "hice una nueva", "j'en ai créé un nouveau",
// "criei uma nova" (the fifty-third session's parity battery)
const MADE_A_NEW_ONE = concept(
  String.raw`(?:hab|habe|hice|créé|criei|fiz) (?:ein|eine|una|un|uma) (?:neues|neue|nueva|nuevo|nouveau|nova|novo)(?=\s*(?:[,.;!?]|$)|\s+(?:gemacht|erstellt|angelegt|eröffnet|aufgemacht)(?![\p{L}]))`,
);
const SWITCHES: Combination[] = [[ANOTHER_ACCOUNT], [MADE_A_NEW_ONE]];
// Short forms and a friend's profile: "my 2nd acc", "zweit-acc", "contrátame en la 2da", "mon 2e compte", "me contrata na
// outra", "via le profil d'un ami", "über das Profil eines Freundes" (seventeenth session, blind battery)
const SHORT_OR_FRIENDS = concept(
  String.raw`(?:2nd|second|other|another|backup|new|zweiten|neuen|anderen) (?:acc|acct)|zweit-?(?:acc|account|konto|profil)\p{L}*|la 2da|(?:2e|2ème|deuxième) compte(?! rendu)|(?:na|em) outra(?! \p{L})`,
);
// A friend's profile to be hired through: "m'embaucher via le profil d'un ami" (not "I found you through the profile of a
// friend who hired you")
const FRIENDS_PROFILE = concept(
  String.raw`(?:hire|book|contract)\s+me\s+(?:via|through|on|from|using)\s+(?:the )?(?:profile|account) of (?:a |an )?(?:friend|colleague)|m[’'](?:embaucher|engager)\s+(?:via|par|sur|depuis)\s+le (?:profil|compte) d[’']un(?:e)? (?:ami|amie|collègue)|(?<!(?:quería|quiso|quisiera) )(?:contrát\p{L}*me|me contrat\p{L}*|contratarme)\s+(?:desde|por|con|en)\s+(?:el perfil|la cuenta) de un(?:a)? (?:amig[oa]|colega)|(?:beauftragen sie|beauftrag) mich\s+(?:über|via)\s+das (?:profil|konto) eines (?:freundes|kollegen)|me contratar\s+(?:pelo|no|via)\s+perfil de um(?:a)? (?:amig[oa]|colega)|(?<!(?:queria|quis|quisesse) )me contratar\s+(?:pela|na|via)\s+conta de um(?:a)? (?:amig[oa]|colega)`,
);
// An offer or contract asked to go to another profile, a payment reason beside it ("I can't receive payments on this
// profile anymore, could you send the offer to my new profile?", review24) — a profile is the marketplace's, so the
// money word does not make it a bank's.
const OFFER_TO_PROFILE: Combination[] = [
  [
    concept(
      String.raw`(?:other|second|2nd|another|new|backup|spare|different)\s+(?:\p{L}+\s+)?(?:profiles?|perfil|profil)|(?:anderes|anderen|zweites|zweiten|neues|neuen)\s+profil|(?:otro|segundo|nuevo|outro|novo)\s+perfil|perfil\s+(?:nuevo|novo)|(?:autre|deuxième|nouveau|nouvel)\s+profil`,
    ),
    concept(
      String.raw`offers?|contracts?|invit\p{L}*|hire|angebot|vertrag|einladung|oferta|contrato|invitaci[oó]n|offre|contrat|invitation|proposta|convite`,
    ),
  ],
];
// A hiring decision told to a candidate is no switch: "nous avons retenu un autre profil", "we went with another profile", "hemos
// elegido otro perfil" (a look-alike of the forty-fourth session's review).
const CHOSE_ANOTHER = filter(
  String.raw`(?:retenu|choisi|sélectionné|privilégié|opté pour|chosen|selected|went with|gone with|picked|decided on|hired|elegido|escogido|seleccionado|optado por|escolhido|selecionado|ausgewählt|entschieden)\s+(?:\p{L}+\s+){0,2}?(?:other|another|different|autre|otro|outro|anderes|anderen)\s+(?:\p{L}+\s+)?(?:profiles?|profil|perfil|candidat\p{L}*|candidate|freelancer)`,
);
// The work moved to the writer's other account, asked: "can we switch to my new account? i'll send you the username", "¿podemos
// pasarnos a mi otra cuenta?", "on peut passer sur mon nouveau compte ?", "podemos mudar para minha nova conta?", "können wir zu
// meinem neuen Konto wechseln?" (the forty-sixth session's left-overs: "switch" is no hiring word).
// (not another tool's account named after it: "conta do Slack", "compte Zoom", "account on Figma" — a second review of the session)
const NO_TOOL = String.raw`(?!\s+(?:(?:on|at|in|for|de|do|da|sur|chez|bei|auf|für)\s+)?(?:${WORK_TOOLS}|google|gmail|zoom|teams|dropbox|discord|telegram|skype|canva|adobe|apple|microsoft|icloud|onedrive|shopify|wordpress|instagram|facebook|twitter|tiktok|youtube)(?![\p{L}]))`;
const SWITCH_TO_MINE = concept(
  String.raw`(?<=(?:(?:can|could|shall|should) (?:we|you|u|i) (?:just |please )?|(?:i|we) (?:can|could) (?:just |easily )?|let[’']?s (?:just )?|please (?:just )?|pls |kindly |(?:^|[.!?,;:]\s*)))(?:switch|move|transfer|migrate) (?:(?:the |this |our )?(?:contract|project|job|work|chat|conversation|it|everything) )?(?:over )?(?:to|on|onto) my (?:new|other|second|2nd|backup|spare|alt) (?:${MARKETPLACE}[ -])?${ACCOUNT}${NO_TOOL}|(?<=(?:podemos|podríamos|puedes|podrías|vamos a|por favor|puedo|podría) )(?:pasar|cambiar|mover)(?:nos|me|lo|la)? (?:el contrato |el proyecto )?a mi (?:(?:nueva|otra|segunda) ${ACCOUNT}|${ACCOUNT} (?:nueva|nuevo))${NO_TOOL}|(?<=(?:on peut|on pourrait|pouvons-nous|peut-on|pouvez-vous|peux-tu|merci de|je peux|je pourrais|nous pouvons|nous pourrions) )(?:passer|basculer|migrer) (?:le contrat |le projet )?(?:sur|vers) mon (?:nouveau|autre|deuxième|second) ${ACCOUNT}${NO_TOOL}|(?<=(?:podemos|poderíamos|pode|podes|vamos|dá pra|da pra|tem como|posso|poderia) )(?:mudar|passar|trocar) (?:o contrato |o projeto )?(?:para|pra|pela) (?:a )?minha (?:(?:nova|outra|segunda) ${ACCOUNT}|${ACCOUNT} (?:nova|novo))${NO_TOOL}|(?<=(?:können wir|könnten wir|kannst du|können sie|bitte|ich kann|ich könnte|wir können|wir könnten) (?:\p{L}+ ){0,2}?)(?:zu|auf) mein(?:e[nm]?)? (?:neuen|anderen|zweiten|neues|anderes|zweites) ${ACCOUNT} (?:\p{L}+ )?(?:wechseln|umziehen|umsteigen)`,
);
// Paid through the writer's other account or profile: "Pay me through my other profile, the fees are lower", "payez-moi plutôt via
// mon autre profil Fiverr", "Págame por mi otro perfil", "nicht an dieses Konto, sondern an mein anderes Profil" (a review of the
// fifty-first session: nothing found in five languages).
const PAID_VIA_OTHER = concept(
  String.raw`(?:pay|send|transfer) (?:me|us|it|the (?:payment|money|offer|contract))(?: \p{L}+)? (?:through|via|on|from|to|into) my (?:other|second|2nd|new|backup|alt) (?:${MARKETPLACE}[ -])?${ACCOUNT}${NO_TOOL}|(?:payez|payer|paie|paye|envoyez|envoie)-moi (?:\p{L}+ )?(?:via|sur|par|à) mon (?:autre|deuxième|second|nouveau) (?:${MARKETPLACE} )?${ACCOUNT}${NO_TOOL}|(?:p[aá]game|p[aá]gueme|env[ií]ame|env[ií]emelo|m[aá]ndame|(?<=^\W{0,3}|[,;:]\s{0,2})(?:paga|pague)) (?:\p{L}+ )?(?:por|en|a través de|desde|a) mi (?:otro|otra|segundo|segunda|nuevo|nueva) ${ACCOUNT}${NO_TOOL}|me (?:paga|pague|manda|mande|envia|envie) (?:\p{L}+ )?(?:pelo|pela|no|na|via|para o|para a|pro|pra) (?:meu|minha) (?:outro|outra|segundo|segunda|novo|nova) ${ACCOUNT}${NO_TOOL}|(?:sondern|stattdessen|lieber) (?:an|über|auf) mein (?:anderes|zweites|neues) ${ACCOUNT}${NO_TOOL}|(?:zahlen sie|bezahlen sie|zahl|bezahl|überweisen sie) (?:mich |mir |es |das )?(?:\p{L}+ )?(?:über|auf|an) mein (?:anderes|zweites|neues) ${ACCOUNT}${NO_TOOL}`,
);
// The writer is the one who hires: a client's own account ("I'll hire you from my new company account next week", "Te voy a
// contratar desde mi nueva cuenta de empresa", "Je vais t'engager depuis mon nouveau compte client") — no freelancer's switch
// (a look-alike of the fifty-fourth session: red in English, a note in Spanish and French).
const WRITER_HIRES = filter(
  String.raw`(?:hire|rehire|contract|book|invite|onboard)\s+you|te\s+(?:\p{L}+\s+){0,2}?(?:contrat\p{L}*|invit\p{L}*)|contratar(?:te|le)|t[’'](?:engag\p{L}*|embauch\p{L}*|invit\p{L}*)|vous\s+(?:engag\p{L}*|embauch\p{L}*)|(?:stelle|beauftrage|buche)\s+(?:ich\s+)?dich|(?:ich|wir)\s+(?:\p{L}+\s+){0,2}?(?:sie|dich)\s+(?!mich|uns)(?:\p{L}+\s+){0,4}?(?:einstellen|beauftragen|buchen|einladen)`,
);
const COMBINATIONS: Combination[] = [
  [SWITCH_TO_MINE],
  [SUSPENDED, concept(ACCOUNT), MINE, HIRING, OTHER_ACCOUNT],
  // "… has been suspended and this is the reason I am messaging you from one of my other Active ID's"
  [SUSPENDED, concept(WRITING_FROM_ANOTHER_ACCOUNT)],
  [OTHER_ACCOUNT, HIRING],
  [SHORT_OR_FRIENDS, HIRING],
  [FRIENDS_PROFILE],
  [OTHER_NAME, CONTRACT],
];

// The writer's own payment account or number out of use and the money asked to another: "Minha conta tem problema.,
// transfere neste numero …", "o meu nr atingiu limite … melhor mandar para este nr", "my Payoneer account is blocked,
// please send the payment to this account instead" — paid through another account (twenty-third session, the read
// SMS: the sixteenth set's labels; alt-payment-request reads the same messages for the payee). Read over the message:
// the account's trouble and the ask are often two sentences.
const PAY_ACCOUNT = String.raw`(?:${ACCOUNT}|acc|acct|number|numbers|n[uú]mero|numeiro|nr|nmr|voda|vodacom|${MOBILE_MONEY_APPS}|paypal|payoneer|wise|nummer|numéro)`;
// (as the SMS type them: "akela conta", "Aminha Conta")
const TROUBLED_OWNER = String.raw`(?:my|meu|minha|a minha|aminha|o meu|aquela|aquele|akela|akele|mi|mon|ma|mein\p{L}*)\s+(?:\p{L}+\s+)?${PAY_ACCOUNT}`;
const PAY_ACCOUNT_TROUBLE: Combination[] = [
  [
    concept(
      String.raw`problem\p{L}*|porblema|bloquead[oa]|blocked|limited|limite|limit|exced\p{L}*|atingiu|suspens[oa]|suspended|suspendid[oa]|gesperrt|bloqué\p{L}*|suspendu\p{L}*|restrict\p{L}*`,
    ),
    filter(String.raw`${TROUBLED_OWNER}|${PAY_ACCOUNT}\s+(?:que )?(?:eu )?(?:usava|uso)`),
  ],
  // (the account left unsaid: "o meu atingiu limite", the tuning text)
  [concept(String.raw`(?:o meu|a minha) (?:atingiu|tem problemas?|está bloquead[oa])`)],
];
// … or said not to work or receive any more, with its own negation: "Aquele Nmr Ja Nao Recebe", "Outro Nr Nao Ta
// Receber", "Aminha Conta Nao Esta Bm" (twenty-seventh session, the tuning text's SMS)
const NOT_WORKING = concept(String.raw`receb\p{L}*|receiv\p{L}*|recib\p{L}*|bem|bm|funciona\p{L}*|working`);
const NOT_WORKING_SAID = filter(
  String.raw`(?:n[aã]o|not|no|isn[’']t|doesn[’']t) (?:(?:ta|tá|está|esta|is|consegue|pode|can) )?(?:a )?(?:receb\p{L}*|receiv\p{L}*|recib\p{L}*|bem|bm|funciona\p{L}*|working)(?![\p{L}])`,
);
const NOT_RECEIVING: Combination[] = [
  [NOT_WORKING, NOT_WORKING_SAID, filter(TROUBLED_OWNER)],
  [
    NOT_WORKING,
    NOT_WORKING_SAID,
    filter(
      String.raw`(?:outr[oa]|otr[oa]|the other) (?:${NUMBER_AS_TYPED}|number|conta|account|cuenta|${MOBILE_MONEY_APPS})`,
    ),
  ],
];
const SENT_ELSEWHERE = concept(
  String.raw`send|transfer\p{L}*|pay|mand\p{L}*|transf\p{L}*|trasnf\p{L}*|envi\p{L}*|pag\p{L}*|überweis\p{L}*|zahl\p{L}*|vir\p{L}*|envoy\p{L}*|pod-me`,
);
const PAY_TO_ANOTHER: Combination[] = [
  [
    SENT_ELSEWHERE,
    filter(
      String.raw`(?:this|that|another|other|esta|este|nesta|neste|nessa|nesse|essa|esse|exte|outra|outro|otra|otro|cette|ce|autre|diese\p{L}*|andere\p{L}*)\s+(?:\p{L}+\s+)?${PAY_ACCOUNT}`,
    ),
  ],
  // (the number typed as the SMS type it, or the number itself: "Transferir Para Este Nmero …", "Para Esta 855553303",
  // "Transfere Nesta: 855558952")
  [
    SENT_ELSEWHERE,
    filter(
      String.raw`(?:this|esta|este|nesta|neste|nessa|nesse|essa|esse|exte)(?: |\s?[:;,]\s?)(?:nmero|nunero|(?:(?:nr|nmr|n[uú]mero|numero)\W{0,2})?\d{6,12}(?!\d))`,
    ),
  ],
];
function payThroughAnother(message: PreparedMessage): Hit[] {
  const trouble = [
    ...readHits(message, PAY_ACCOUNT_TROUBLE, { unless: [READERS_ACCOUNT] }),
    ...readHits(message, NOT_RECEIVING, { unless: [READERS_ACCOUNT], negationIsPattern: true }),
  ];
  if (!trouble.length) return [];
  // (money, not a message, is sent there: "manda mensagem neste número" moves a chat)
  // (read with its own negation: "O VALOR NÃO MANDA NAQUELE NUMERO MANDA NESTE Nr …" refuses the old number, not the new)
  const asked = readHits(message, PAY_TO_ANOTHER, { negationIsPattern: true, unless: [NOT_TO_THIS] }).filter((h) =>
    MONEY_SENT.test(h.sentence),
  );
  return asked.length ? [...trouble, ...asked] : [];
}
// The writer's account lost and the money asked in someone else's name: "They closed my account for no reason. Please pay through
// PayPal to this name: Daniel Reyes", "me cerraron la cuenta, paga a nombre de mi hermano", "fecharam minha conta, faz o pagamento no
// nome da minha esposa" (a review of the fifty-second session: nothing, or only a payee noted).
// (asked of the reader: not "now I pay the bills in my wife's name")
const PAID_IN_ANOTHERS_NAME: Combination[] = [
  [concept(IN_A_RELATIONS_NAME, TO_THIS_NAME), concept(PAY_VERB, MONEY), filter(ASKED_TO_PAY)],
];
// The ask to this number itself negated: "não posso mandar neste número", "don't send it to this account".
const NOT_TO_THIS = asciiFirst(
  /(?<![\p{L}])(?:n[aã]o|not|don[’']t|never|nunca|nicht|no)\s+(?:\p{L}+\s+){0,2}?(?:m[aá]nd|envi|transf|trasnf|send|pay|pag|überweis|schick|vir|envoy)\p{L}*\s+(?:(?:o|a|para|pra|to|it|the|money|valor|das|geld|an|auf|sur|sobre|em)\s+){0,2}(?:este|esta|neste|nesta|esse|essa|nesse|nessa|this|that|diese\p{L}*|ce|cette|ese|esa)(?![\p{L}])/iu,
);
const MONEY_SENT = asciiFirst(
  new RegExp(
    String.raw`(?<![\p{L}])(?:valor|dinheiro|money|payment|pay|pagamento|pago|pagar|transf\p{L}*|geld|zahlung|überweis\p{L}*|paiement|argent|virement|dinero|${MOBILE_MONEY_APPS}|ponto ?24)(?![\p{L}])`,
    'iu',
  ),
);
// (the reader's account in trouble is another story: "your account has a problem, confirm your details")
const READERS_ACCOUNT = filter(
  String.raw`(?:your|sua|seu|tu|su|votre|ton|ihr\p{L}*|dein\p{L}*)\s+(?:\p{L}+\s+)?${PAY_ACCOUNT}`,
);

const BANK = /\b(?:bank|paypal|payoneer|iban)\b/i;
// The reader's account is the one that would be suspended ("If I apply from my computer, they can suspend your account"):
// an account-rental pitch's worry (identity-rental-request's), not the writer's lost account (twentieth session).
const READERS_SUSPENDED =
  /\b(?:suspend|ban|block|close|restrict|lock)\w*\s+(?:your|ur)\s+(?:\w+\s+)?(?:account|profile)|\b(?:your|ur)\s+(?:\w+\s+)?(?:account|profile)\s+(?:\w+\s+){0,2}?(?:suspended|banned|blocked|closed|restricted|locked)\b/i;
// The writer closed it: "I had payment problems on my other account last year, so I closed it", "ich habe es gelöscht", "la
// cerré" — a choice told, not an account lost (a review of the fiftieth session).
const CLOSED_BY_ME = asciiFirst(
  /(?<![\p{L}])(?:(?:i|we) (?:\p{L}+ )?(?:closed|deleted|deactivated|shut down|removed|cancell?ed)|(?:ich|wir) (?:habe|hab|haben) [^.!?\n]{0,40}?(?:geschlossen|gelöscht|deaktiviert|gekündigt)|(?:la |lo )?(?:cerré|borré|eliminé|desactivé|cerramos|borramos)|j[’']ai (?:\p{L}+ )?(?:fermé|supprimé|désactivé|clôturé)|(?:eu )?(?:a |o )?(?:fechei|encerrei|apaguei|deletei|excluí|desativei))(?![\p{L}])/iu,
);
// (… told, not asked: "J'ai fermé mon autre compte l'an dernier, je n'utilise que celui-ci" — but "I closed my account, so please
// hire me through my other account" asks all the same)
const ASKED_ALL_THE_SAME = asciiFirst(
  /(?<![\p{L}])(?:please|pls|kindly|hire me|pay me|send (?:me|the|it)|contrat\p{L}*|embauch\p{L}*|engag\p{L}*|beauftrag\p{L}*|bitte|por favor|s[’']il (?:vous|te) pla[iî]t|utilisez|use my|usa mi|use minha|use meu)(?![\p{L}])/iu,
);
const notClosedOnly = (h: Hit) => !(CLOSED_BY_ME.test(h.sentence) && !ASKED_ALL_THE_SAME.test(h.sentence));
// The writer asking for help with their own account — support or a forum asked why, or what to do ("Can someone explain
// to me why my account was suspended?", "should i create my new fiverr account …?", "what if i created another account,
// would i still get banned?", "My account is suspended. Why and what should I do?") — asks the reader for no switch, however
// a new account is named (twenty-ninth session, the tuning text; the reader is no client there) — nor does an appeal of a ban
// to a community's moderators ("I am writing to appeal an automatic ban on your Discord server … Now I only use this new
// account", "Could a moderator please review this ban"; the twenty-seventh set read).
// (tested on the whole message: its words first, lib/text/words-first.ts)
const HELP_ASKED = wordsFirst(
  asciiFirst(
    /(?<![\p{L}])(?:(?:writing|write|here) to appeal|appeal (?:an? |the |my |this )?(?:\p{L}+ )?ban (?:on|in|from) your|(?:lift|review) (?:the|my|this) ban|unban me|(?:can|could) (?:a|an|the) (?:moderator|administrator|admin|mod) (?:please )?review|why (?:was|is|did|has|does) my|why and what should i|what (?:should|can|do) i do|should i (?:create|open|make|continue|start)|what if i (?:create|created|open|opened|make|made)|can (?:someone|anyone|somebody) (?:explain\p{L}*|help|tell)|is this against|(?:por ?qué|por que) (?:se )?(?:suspendieron|bloquearon|suspenderam|bloquearam|(?:fue|foi) (?:suspendida|suspensa|bloqueada))|warum (?:wurde|ist) mein|pourquoi (?:mon|ma) (?:compte|profil))(?![\p{L}])/iu,
  ),
);
// Words one of which every help question holds, looked for before its scan (the same "iu" reading: "ſ" is an "s").
const HELP_WORD =
  /ban|why |what (?:should|can|do) i do|should i |what if i |can (?:someone|anyone|somebody) |is this against|por ?qué |por que |warum |pourquoi /iu;
// (… unless the sentence turns to the reader with the switch: "Please send the offer to my new account")
const ASKS_THE_READER = asciiFirst(
  /(?<![\p{L}])(?:please|kindly|pls|plz|bitte|por favor|s[’']il (?:te|vous) pla[iî]t|(?:hire|contract|pay|invite) me|send (?:me )?(?:the|an|your) (?:offer|contract|invitation|invite|payment)|(?:we|let[’']s|let us) (?:\p{L}+ )?(?:continue|keep working|work|go on))(?![\p{L}])/iu,
);
// A payment to someone's account is alt-payment-request's; a suspended bank account is not a platform's.
const NOT_PLATFORM = [/\b(?:bank|paypal|payoneer|iban)\b/i, concept(MONEY)];
// … but the writer asking to be hired on the other account names the payments only as the reason: "Contrátame desde mi otra
// cuenta, esta tiene problemas con los pagos", "hire me from my other account, this one has payment problems" (a review of the
// fiftieth session).
const HIRE_ME = asciiFirst(
  /(?<![\p{L}])(?:(?:re-?)?hire me|contract me|contrát(?:a|e|ame|eme)|contrata-me|me contrat[ae]|engagez-moi|engage-moi|embauchez-moi|beauftrag(?:en sie|e)? mich|stell(?:en sie)? mich (?:\p{L}+ )?ein)(?![\p{L}])/iu,
);

export const rule: MessageRule = {
  id: 'account-switch-request',
  kind: 'message',
  group: 'account',
  concrete: 'switch',
  check({ message }) {
    // A suspension told to the platform's support ("why was my account suspended?") asks for nothing else;
    // with another account, the reader's or a friend's named in the same message it is the switch.
    // Told to a client without a switch, it is weak evidence: a note.
    const lost = [
      ...readHits(message, LOST, { unless: [BANK, READERS_SUSPENDED, CLOSED_BY_ME] }),
      ...readHits(message, CANNOT_OPEN_AGAIN, { unless: [BANK, READERS_SUSPENDED], negationIsPattern: true }),
    ];
    // (Another account through the index first: the filter is tried at every character of the text.)
    const switched =
      lost.length > 0 &&
      (readHits(message, SWITCHES, { anyVoice: true }).length > 0 ||
        inText(message, SWITCH) ||
        inText(message, SWITCH_MORE));
    // A lost account alone ("my account is banned") asks nothing of the reader: it counts only with a switch.
    // (the help question is looked for only where a switch or a lost account was found: most messages have neither)
    // (paid through another account: the fees named are the reason, a bank or money app named makes it a payment account)
    const first = [
      ...readHits(message, COMBINATIONS, { unless: [...NOT_PLATFORM, CHOSE_ANOTHER, WRITER_HIRES] }).filter(
        notClosedOnly,
      ),
      ...readHits(message, [[PAID_VIA_OTHER]], { unless: [NOT_PLATFORM[0], CHOSE_ANOTHER] }),
    ];
    // (the switches the payments' context left out, read first: the hire-me scan of the whole text, a look-behind tried at
    // every character, was 1.4 % of a bench pass, and is needed only where there are such switches — the concepts' first
    // matches are known from the reading above, so the second reading costs less)
    const extra = readHits(message, COMBINATIONS, { unless: [NOT_PLATFORM[0], CHOSE_ANOTHER, WRITER_HIRES] }).filter(
      (h) => !first.some((g) => g.index === h.index),
    );
    const switches =
      extra.length && HIRE_ME.test(message.text) ? [...first, ...extra.filter((h) => HIRE_ME.test(h.sentence))] : first;
    // (and only where it would change what is quoted: a lost account told beside a switch, or a switch that does not
    // turn to the reader)
    const helpAsked =
      (switched || switches.some((h) => !ASKS_THE_READER.test(h.sentence))) &&
      HELP_WORD.test(message.text) &&
      HELP_ASKED.test(message.text);
    const told = switched && !helpAsked ? lost : [];
    const found = [
      ...switches.filter((h) => !helpAsked || ASKS_THE_READER.test(h.sentence)),
      ...readHits(message, OFFER_TO_PROFILE, { unless: [BANK, CHOSE_ANOTHER] }),
      ...told,
      ...payThroughAnother(message),
      ...(lost.length ? readHits(message, PAID_IN_ANOTHERS_NAME) : []),
    ];
    const seen = new Set<number>();
    const quoted = found.sort((a, b) => a.index - b.index).filter((h) => !seen.has(h.index) && seen.add(h.index));
    if (!quoted.length) return undefined;
    return messageFinding(rule.id, 'high', quoted, ['G1 Red flag indicators (using another account or name)']);
  },
};
