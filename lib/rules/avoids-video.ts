/** G3; G1 ("text-based chat instead of video calls"): declines or postpones video, a "broken" camera. */
import { type Combination, concept, cooccurring, phrases } from '../text/cooccur';
import { inOrder } from '../text/message';
import { messageFinding } from './finding';
import type { MessageRule } from './types';

const PATTERNS = [
  /\b(?:camera|webcam|cam|microphone|mic)\b[^.\n]{0,15}\b(?:is |are )?(?:broken|not working|doesn[’']?t work|does not work|damaged|out of order|disabled)\b/i,
  /\b(?:can[’']?t|cannot|can not|unable to|don[’']?t|do not|won[’']?t|will not|not comfortable)\s+(?:\w+\s+){0,2}?(?:do|join|make|attend|have|use|turn on|switch on|be on|get on|hop on|show|take)\s+(?:(?:a|an|the|my|any|on)\s+)?(?:video|zoom|camera|cam|face ?time|voice)\b(?:\s+(?:call|calls|interview|meeting|chat|on))?/i,
  /\b(?:prefer|rather|better)\b[^.\n]{0,20}\b(?:text|chat|written|typing|messages?)\b[^.\n]{0,20}\b(?:instead of|rather than|over|than)\b[^.\n]{0,15}\b(?:video|calls?|zoom|meeting)/i,
  // "Text only please"; not a label in brackets ("Links (text only)", a text-mode browser).
  /(?<!\()\b(?:text|chat)\s+only\b(?!\))/i,
  /\b(?:I\s+have\s+no|I\s+don[’']?t\s+have\s+a|I\s+do\s+not\s+have\s+a|no)\s+(?:webcam|camera|cam|microphone|mic)\b[^.\n]{0,30}\b(?:chat|text|message|write|typing)/i,
  /\b(?:prefer|rather)\s+not\s+(?:to\s+)?(?:turn|switch|put)\s+on\s+(?:my\s+|the\s+)?(?:camera|cam|webcam|video)\b/i,
  /\b(?:postpone|reschedule|skip|delay)\b[^.\n]{0,20}\b(?:the\s+)?(?:video|zoom|camera)\b/i,
  /\b(?:kamera|webcam|mikrofon)\b[^.\n]{0,15}\b(?:ist |sind )?(?:kaputt|defekt|funktioniert nicht)\b/i,
  /\b(?:kein\w*|nicht)\b[^.\n]{0,20}\b(?:video\w*|videoanruf|videocall|kamera)\b/i,
  /\blieber\b[^.\n]{0,20}(?:^|\s)(?:per|im|über)\s+(?:chat|text|nachricht\w*)/i,
];

// Order-free, five languages: a camera or video call, and it being broken, impossible, skipped or replaced
// by text.
const VIDEO = concept(
  String.raw`video\p{L}*|webcam|camera|cam|zoom|face ?time|kamera|videoanruf\p{L}*|videogespräch\p{L}*|videollamada\p{L}*|c[aá]mara|caméra|visio|visios|visioconf\p{L}*|câmera|chamada de v[ií]deo|v[ií]deo\p{L}*`,
);
const NOT_WORKING = concept(
  String.raw`broken|broke|stopped working|not working|isn[’']?t working|is not working|doesn[’']?t work|does not work|damaged|out of order|too weak|too slow|bad connection|poor connection|kaputt|defekt|funktioniert nicht|geht\p{L}*(?:\s+\p{L}+){0,3}\s+nicht|nicht möglich|rot[ao]|no funciona|estropead\p{L}*|cass[ée]e?|ne marche pas|ne fonctionne pas|en panne|quebrad[ao]|não funciona|estragad[ao]`,
);
const REFUSING = concept(
  String.raw`can[’']?t|cannot|can not|unable|not able|not possible|impossible|don[’']?t turn on|do not turn on|rather skip|skip|avoid|without|nicht|kein\p{L}*|no puedo|no es posible|sin|je ne peux|ne peux pas|pas possible|sans|não consigo|não posso|não dá|sem`,
);
const TEXT_INSTEAD = concept(
  String.raw`chat|chatting|chatear|text|texto|typing|written|in writing|voice only|audio only|only audio|just audio|schriftlich|per chat|nur audio|por escrito|solo audio|par écrit|par chat|par message|seulement audio|por texto|só áudio|apenas áudio|mensagens`,
);
const COMBINATIONS: Combination[] = [
  [VIDEO, NOT_WORKING],
  [VIDEO, REFUSING],
  [
    VIDEO,
    TEXT_INSTEAD,
    concept(
      String.raw`instead|rather|just|only|keep|prefer\p{L}*|lieber|mejor|prefiero|plutôt|on continue|on peut continuer|seguimos|podemos seguir|continu\p{L}*|weiter\p{L}*|können wir|can we|could we|let[’']?s`,
    ),
  ],
];
// A video feature to build, or a call that happened, is no refusal.
const CONTEXT = concept(
  String.raw`feature|player|ticket|bug|browser|safari|upload\p{L}*|stream\p{L}*|render\p{L}*|funktion|función|fonction|funcionalidade|app|build|develop\p{L}*|implement\p{L}*|integrat\p{L}*|had a|went well|happy|glad|ready|willing|gerne?|con gusto|avec plaisir|sin problema|no problem|works fine|works now|now works|works again|video works|new one|funciona bien|funktioniert gut|cuando quieras|whenever|can[’']?t wait`,
);

// Words every phrase needs.
const PHRASES = phrases(
  PATTERNS,
  concept(
    String.raw`camera\p{L}*|webcam\p{L}*|cam|microphone\p{L}*|mic|video\p{L}*|zoom|face|facetime|voice|text\p{L}*|chat\p{L}*|kamera\p{L}*|mikrofon\p{L}*|lieber`,
  ),
);

export const rule: MessageRule = {
  id: 'avoids-video',
  kind: 'message',
  group: 'identity',
  check({ message }) {
    const quoted = inOrder(
      message,
      cooccurring(message, COMBINATIONS, { negationIsPattern: true, unless: [CONTEXT] }),
      cooccurring(message, PHRASES, {
        negationIsPattern: true,
        unless: [
          /\bcan[’']?t wait\b/i,
          /\b(?:happy|glad|ready|willing|gerne|gern)\b[^.\n]{0,20}\b(?:video|zoom|call|anruf)/i,
        ],
      }),
    );
    if (!quoted.length) return undefined;
    return messageFinding(rule.id, 'high', quoted, [
      'G3 (avoiding video calls)',
      'G1 (text-based chat instead of video)',
    ]);
  },
};
