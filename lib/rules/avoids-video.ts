/** G3; G1 ("text-based chat instead of video calls"): declines or postpones video, a "broken" camera. */
import { requests } from '../text/message';
import { messageFinding } from './finding';
import type { MessageRule } from './types';

const PATTERNS = [
  /\b(?:camera|webcam|cam|microphone|mic)\b[^.\n]{0,15}\b(?:is |are )?(?:broken|not working|doesn[’']?t work|does not work|damaged|out of order|disabled)\b/i,
  /\b(?:can[’']?t|cannot|can not|unable to|don[’']?t|do not|won[’']?t|will not|not comfortable)\b[^.\n]{0,20}\b(?:video|zoom|camera|cam|face ?time|voice)\b(?:\s+(?:call|calls|interview|meeting|chat|on))?/i,
  /\b(?:prefer|rather|better)\b[^.\n]{0,20}\b(?:text|chat|written|typing|messages?)\b[^.\n]{0,20}\b(?:instead of|rather than|over|than)\b[^.\n]{0,15}\b(?:video|calls?|zoom|meeting)/i,
  /\b(?:text|chat)\s+only\b/i,
  /\b(?:I\s+have\s+no|I\s+don[’']?t\s+have\s+a|I\s+do\s+not\s+have\s+a|no)\s+(?:webcam|camera|cam|microphone|mic)\b[^.\n]{0,30}\b(?:chat|text|message|write|typing)/i,
  /\b(?:prefer|rather)\s+not\s+(?:to\s+)?(?:turn|switch|put)\s+on\s+(?:my\s+|the\s+)?(?:camera|cam|webcam|video)\b/i,
  /\b(?:postpone|reschedule|skip|delay)\b[^.\n]{0,20}\b(?:the\s+)?(?:video|zoom|camera)\b/i,
  /\b(?:kamera|webcam|mikrofon)\b[^.\n]{0,15}\b(?:ist |sind )?(?:kaputt|defekt|funktioniert nicht)\b/i,
  /\b(?:kein\w*|nicht)\b[^.\n]{0,20}\b(?:video\w*|videoanruf|videocall|kamera)\b/i,
  /\blieber\b[^.\n]{0,20}(?:^|\s)(?:per|im|über)\s+(?:chat|text|nachricht\w*)/i,
];

// Words one of the patterns needs: a text without any is not examined further.
const GATE = /camera|webcam|\bcam\b|microphone|\bmic\b|video|zoom|face ?time|voice|text|chat|kamera|mikrofon|lieber/i;

export const rule: MessageRule = {
  id: 'avoids-video',
  kind: 'message',
  group: 'identity',
  check({ message }) {
    const quoted = requests(message, PATTERNS, {
      gate: GATE,
      negationIsPattern: true,
      unless: [
        /\bcan[’']?t wait\b/i,
        /\b(?:happy|glad|ready|willing|gerne|gern)\b[^.\n]{0,20}\b(?:video|zoom|call|anruf)/i,
      ],
    });
    if (!quoted.length) return undefined;
    return messageFinding(rule.id, 'high', quoted, [
      'G3 (avoiding video calls)',
      'G1 (text-based chat instead of video)',
    ]);
  },
};
