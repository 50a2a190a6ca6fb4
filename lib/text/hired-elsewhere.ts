/**
 * The reader asked to hire, pay or send the offer to the writer on another account — the writer's other, new or second
 * account, or a relative's — in German, Spanish, French and Portuguese, as grade.ts's HIRE_ME_ELSEWHERE reads English
 * (and the four languages' "contract / pay … on my other"): "stell mich über mein neues Konto ein", "me contrata na minha
 * conta nova", "Paye-moi via mon autre profil", "¿podemos cambiar a mi cuenta nueva?", "engage-moi sur mon 2e compte",
 * "schick das Angebot an das Konto meines Freundes", "vuelve a contratarme en la cuenta de mi socio", "manda a proposta
 * pra nova" (the account named before it). A parity battery of the fifty-third session: 24 of 52 renderings of English
 * red flags were notes or nothing.
 *
 * It only grades what account-switch-request has found (a red flag instead of a note); it finds nothing itself.
 */
import { asciiFirst } from './ascii-first';
import { ACCOUNT, RELATION } from './lexicon';

// The verb, from a word's start (a stem may stand inside it: "réengage-moi", "contrátame", "vuelve a contratarme"; the
// first stem found is kept, "\1", as grade.ts does — "\p{L}*" tried from every stem was quadratic in a long word).
const ASKED = String.raw`(?<![\p{L}])(?=(\p{L}*?(?:contrát|contrat|beauftrag|engag|embauch|pay|paie|pág|pag|zahl|überweis|envo[iy]|env[ií]|mánd|mand|pass|pasar|bascul|migr|mud|camb|wechsel|stell|schick)))\1\p{L}*(?:-(?:moi|nous|me|nos))?(?:\s+[\p{L}’']+){0,3}?\s+`;
const PREP = String.raw`(?:en|pela|pelo|na|no|über|sur|via|por|con|a|à|para|pra|pro|de|desde|depuis|dans|an|auf|zu|vers)`;
const OWN = String.raw`(?:mi|minha|mein(?:e[nms]?)?|mon|ma|meu)`;
const ANOTHER = String.raw`(?:otra|outra|otro|outro|andere[nms]?|autre|deuxième|second|seconde|segunda|segundo|zweite[nms]?|nueva|nuevo|nova|novo|neue[nms]?|nouveau|nouvel|2e|2ème|2da|2do)`;
const ACC = String.raw`(?:${ACCOUNT}|acc|acct)`;

export const HIRED_ELSEWHERE = asciiFirst(
  new RegExp(
    [
      // "stell mich über mein neues Konto ein", "me contrata na minha conta nova"
      String.raw`${ASKED}${PREP}\s+${OWN}\s+(?:${ANOTHER}\s+${ACC}|${ACCOUNT}\s+(?:nueva|nuevo|nova|novo))(?![\p{L}])`,
      // German, the verb last: "können wir auf meinen neuen account wechseln?", "das Angebot bitte an mein neues Profil schicken"
      String.raw`(?<![\p{L}])(?:über|auf|an|zu)\s+mein(?:e[nms]?)?\s+(?:andere[nms]?|zweite[nms]?|neue[nms]?)\s*-?(?:konto|profil|account|acc)\s+(?:\p{L}+\s+){0,2}?(?:wechseln|umziehen|umsteigen|schicken|senden|beauftragen|einstellen|bezahlen|ein)(?![\p{L}])`,
      // a relative's or partner's account: "über das Konto meines Partners", "en la cuenta de mi socio"
      String.raw`${ASKED}${PREP}\s+(?:(?:the|la|le|el|das|o|a)\s+)?${ACCOUNT}\s+(?:(?:de|do|da|von)\s+|d[’'])?(?:${RELATION.join('|')})`,
      // the account named before it, left out: "an mein neues.", "a la nueva", "sur le nouveau stp", "pra nova"
      String.raw`${ASKED}(?:an mein(?:en)?|a la|sur le|vers le|pra|para a|na)\s+(?:neues|neuen|anderes|anderen|zweites|zweiten|nueva|otra|segunda|nouveau|deuxième|nova|outra)(?=\s*(?:[.!?,;:]|$|(?:stp|svp|pls|bitte|por favor|porfa|pfv)(?![\p{L}])))`,
    ].join('|'),
    'iu',
  ),
);
