/**
 * Where a plain negation refuses a camera or a call (avoids-video's REFUSED reading, forty-first session): "can't", "nicht", "no
 * tengo", "without" count only where they govern the camera word — not anywhere in the sentence beside it.
 */
import { asciiFirst } from '../text/ascii-first';
import type { Hit } from '../text/cooccur';
import { WITHOUT_WORDS, negatedInClause } from '../text/speech';

// A plain negation ("can't", "nicht", "no tengo", "without") refuses the camera only where it governs the camera word's clause
// (lib/text/speech.ts's reading): "I can't find the specs of the iPhone speaker and mic", "we don't have to have a separate
// table for an EventComment or a VideoComment", "(Both video and without)" refuse nothing (a clause-level reading of the
// forty-first session: these notes were wrong on most unseen text — held-out 0 right of 7, published pages 6). A refusal in
// words of its own ("I'd prefer not to turn on my camera", "unable", "skip the video") stands as before.
const PLAIN_NEGATION = asciiFirst(
  /^(?:can[’']?t|cannot|can not|won[’']?t|will not|have no|haven[’']t got|don[’']?t have|do not have|nicht|kein\p{L}*|habe? kein\p{L}*|no puedo|no tengo|sin|je ne peux pas|je ne peux|ne peux pas|je n[’']ai pas|não consigo|não posso|não dá|não tenho|sem|without|sans)$/iu,
);
const NO_PROBLEM = asciiFirst(
  /^\s+(?:(?:any|a|de|um|uma|einem?|nenhum)\s+)?(?:problem\p{L}*|issues?|inconvenientes?|problème\p{L}*)(?![\p{L}])/iu,
);
// Set before the camera word, the negation refuses it within seven words ("I don't think I'll be able to do a video call") or
// through a verb of taking part ("I won't be able to join any of the daily standups with video", "I don't have access right now
// to a laptop with a working webcam") — not "I can't find the specs of the iPhone internal speaker and mic", "we don't have to
// have a separate table … for a VideoComment" — or held open by an aside ("I really can't, honestly, whatever you offer me, and
// for many reasons, do any kind of video call").
const sevenWordsAtMost = (gap: string) => gap.length < 200 && gap.trim().split(/\s+/).length <= 8;
const TAKING_PART = asciiFirst(
  /^\s+(?:(?!to\s)[\p{L}’']+\s+)?(?:do|have(?! to)|use|turn|switch|show|join|make|get|be|appear|open|go|hop|attend|take|access|own|participate|enable|activate|hacer|encender|prender|usar|mostrar|conectar\p{L}*|unirme|participar|asistir|tener|faire|allumer|utiliser|montrer|rejoindre|participer|assister|avoir|activer|assistir|fazer|ligar|abrir|entrar|ter|machen|einschalten|zeigen|teilnehmen|nutzen|benutzen|haben)(?![\p{L}])/iu,
);
// ("without" and a verb of its own: "I'd like to do the interview without turning on the camera", "sin mostrar la cámara")
const FOUR_WORDS_AT_MOST = /^\s+(?:[\p{L}’']{1,20}\s+){0,4}$/u;
const HELD_OPEN = /^\s*(?:[\p{L}’']{1,20}\s*)?,[^;()[\]]*$/u;
// Set after it, the negation refuses the camera or call where it governs it (German verb-final: "Die Kamera kann ich nicht
// einschalten"), where it ends its clause ("A video call is something I can't do", "Eine Kamera habe ich leider keine", "L'appel
// vidéo …, honnêtement, je ne peux pas") or where a pronoun stands for it ("Regarding the video interview you mentioned for
// Friday, I'm afraid I won't be able to join it", "La caméra, je ne peux pas l'allumer", "Camera: I won't turn it on").
const ITS_PRONOUN =
  /^(?:\s+[^\s.!?,;:]+){0,5}?\s+(?:l[’']\S+|it|that|this|one|es|ihn|lo|eso|le|la|les|y|isso|isto)(?=[\s.!?,;:]|$)/i;
const CLAUSE_END = /^(?:\s+[^\s.!?,;:]+){0,2}\s*(?:[.!?,;:]|$)/;
// (or goes on with when or why: "Video calls I can't do until next month", "A webcam I don't have at the moment", "Cámara no tengo en
// este momento", "Les appels vidéo je ne peux pas faire à cause de ma connexion" — a review of the forty-first session)
const WHEN_OR_WHY = asciiFirst(
  /^(?:\s+[\p{L}’']{1,20}){0,3}?\s+(?:until|till|because|since|right now|at the moment|for now|this (?:week|month)|today|unfortunately|anymore|por ahora|por el momento|en este momento|porque|hoy|todav[ií]a|no momento|por enquanto|por agora|hoje|ainda|en ce moment|pour l[’']instant|pour le moment|parce que|à cause|aujourd[’']hui|cette semaine|weil|momentan|derzeit|zurzeit|heute|im moment|leider|gerade|car|(?:en|on|auf|an|sur|em|in|at) (?:este|esta|this|that|diesem|dieser|meinem|meiner|cet|cette|ce|my|mi|mon|ma|meu|minha)|nes(?:se|te|sa|ta))(?![\p{L}])/iu,
);
const NO_HARD_BOUNDARY = /^[^;()[\]]*$/;
// (forty-second session, a review's probes) A negation that takes a verb of finding or perceiving ("I can't find the Zoom invite",
// "I can't hear you on the video call") or a camera word that only names a link or an invitation ("I don't have the Zoom link yet",
// "No encuentro el enlace de Zoom"): the call itself is not refused.
const OTHER_VERB = asciiFirst(
  /^\s+(?:(?!to\s)[\p{L}’']{1,20}\s+)?(?:find(?! (?:a |the |any |some )?(?:\p{L}+ )?time)|see(?! myself)|hear|locate|receive|load|download|play|watch|read|remember|record|upload|encontrar|encuentro|ver|veo|oír|oigo|escuchar|escucho|trouver|trouve|voir|vois|entendre|entends|achar|acho|encontro|ouvir|ouço|vejo|finden|finde|sehen|sehe|hören|höre)(?![\p{L}])/iu,
);
const LINK_WORDS = String.raw`links?|invites?|invitations?|urls?|einladung\p{L}*|enlaces?|invitaci[oó]n\p{L}*|liens?|convites?`;
const A_LINK = asciiFirst(
  new RegExp(String.raw`^[\s-]*(?:${LINK_WORDS}|ids?|passcodes?|passwords?|recordings?)(?![\p{L}])`, 'iu'),
);
const LINK_NAMED = asciiFirst(
  new RegExp(
    String.raw`(?<![\p{L}])(?:${LINK_WORDS})\s+(?:\p{L}+\s+)?(?:to|for|zu[mr]?|für|de|del|para|pour|du|da|do|à|al)\s+(?:the |my |our |a |your |die |den |dem |el |la |le |o |a )?(?:\p{L}+\s+)?$`,
    'iu',
  ),
);
// (the contrastive words of lib/text/speech.ts's clause bounds, read here between two places of one sentence)
const CONTRAST = asciiFirst(
  /;|,?\s(?:but|however|though|pero|sino|aunque|mais|cependant|mas|porém|aber|sondern|jedoch)\s/iu,
);
/** A hit of `video` and `refusing` read as a refusal: whether its sentence refuses the camera where a plain negation governs it. */
export function refusedWhereItGoverns(video: RegExp, refusing: RegExp): (hit: Hit) => boolean {
  const EVERY_VIDEO = new RegExp(video.source, 'gi');
  const EVERY_REFUSING = new RegExp(refusing.source, 'gi');
  const A_VIDEO_WORD = new RegExp(`^(?:${video.source})$`, 'i');
  function cameraOnItsSide(s: string, from: number, to: number): boolean {
    let seen = 0;
    for (const v of s.matchAll(EVERY_VIDEO)) {
      if (++seen > 20) break;
      if (!CONTRAST.test(v.index < from ? s.slice(v.index, from) : s.slice(to, v.index))) return true;
    }
    return false;
  }
  return function refusedInClause({ sentence: s, words }: Hit): boolean {
    // (the words the hit quotes first: a refusal in words of its own there needs no scan of the sentence)
    const contrast = CONTRAST.test(s);
    if (!contrast && words.some((w) => !PLAIN_NEGATION.test(w) && !A_VIDEO_WORD.test(w))) return true;
    // (the first twenty negations and camera words of a sentence: a hostile sentence of thousands of each would pair every one)
    const plain: number[] = [];
    for (const m of s.matchAll(EVERY_REFUSING)) {
      // (a refusal in words of its own, on the camera's side of any "but": not "I was unable to finish the logo yesterday, but the
      // Zoom call tomorrow is still on" — a review of the forty-first session)
      if (!PLAIN_NEGATION.test(m[0])) {
        if (!contrast || cameraOnItsSide(s, m.index, m.index + m[0].length)) return true;
        continue;
      }
      // ("No tengo problema en encender la cámara", "Ich habe kein Problem damit", "I have no issue with turning on my camera":
      // the negation takes the problem, the camera is welcome — a review of the forty-first session)
      if (NO_PROBLEM.test(s.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
      plain.push(m.index, m.index + m[0].length);
      if (plain.length >= 40) break;
    }
    let seen = 0;
    for (const m of s.matchAll(EVERY_VIDEO)) {
      if (++seen > 20) break;
      const v = m.index;
      if (
        A_LINK.test(s.slice(v + m[0].length, v + m[0].length + 30)) ||
        LINK_NAMED.test(s.slice(Math.max(0, v - 60), v))
      )
        continue;
      const negated = negatedInClause(s, v);
      for (let k = 0; k < plain.length; k += 2) {
        const [from, to] = [plain[k], plain[k + 1]];
        const refers =
          from > v
            ? negated ||
              (NO_HARD_BOUNDARY.test(s.slice(v, from)) &&
                (CLAUSE_END.test(s.slice(to, to + 80)) ||
                  ITS_PRONOUN.test(s.slice(to, to + 80)) ||
                  TAKING_PART.test(s.slice(to, to + 40)) ||
                  WHEN_OR_WHY.test(s.slice(to, to + 120))))
            : (negated &&
                !OTHER_VERB.test(s.slice(to, to + 40)) &&
                (sevenWordsAtMost(s.slice(to, v)) || TAKING_PART.test(s.slice(to, to + 40)))) ||
              (WITHOUT_WORDS.has(s.slice(from, to).toLowerCase()) && FOUR_WORDS_AT_MOST.test(s.slice(to, v))) ||
              HELD_OPEN.test(s.slice(to, v));
        if (refers) return true;
      }
    }
    return false;
  };
}
