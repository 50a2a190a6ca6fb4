/**
 * G1 red flags; G1 annex (accounts go "off-site"): invites moving the conversation to a messenger, personal
 * e-mail or phone. An invitation verb and a channel are needed: "the telegram bot" is not an invitation.
 */
import { requests } from '../text/message';
import { messageFinding } from './finding';
import type { MessageRule } from './types';

const CHANNEL = String.raw`(?:telegram|tg|whats\s?app|discord|skype|signal|wechat|viber|line app|e-?mail|gmail|my (?:personal )?(?:email|e-mail|phone|number)|phone|sms|text message)`;
const PATTERNS = [
  // "let's continue on Telegram", "add me on WhatsApp", "contact me via email"
  new RegExp(
    String.raw`\b(?:contact|message|msg|reach|add|text|talk|chat|continue|move|write|ping|call|discuss|communicate|connect|dm)\b[^.\n]{0,30}\b(?:on|via|over|through|by|in|to|at)\s+${CHANNEL}\b`,
    'i',
  ),
  new RegExp(
    String.raw`\b${CHANNEL}\b\s*(?:is|:|-)?\s*(?:@[A-Za-z0-9_]{4,}|\+?\d[\d\s().-]{6,}\d|[\w.+-]+@[\w-]+\.[\w.]+)`,
    'i',
  ),
  /\b(?:t\.me|wa\.me|discord\.gg)\/\S+/i,
  // German: "schreib mir auf Telegram", "lass uns auf WhatsApp weiterreden", "kontaktieren Sie mich per WhatsApp"
  new RegExp(
    String.raw`\b(?:schreib\w*|schick\w*|kontaktier\w*|meld\w*|ruf\w*|lass uns|erreich\w*|add\w*|hinzufüg\w*)\b[^.\n]{0,30}(?:^|\s)(?:auf|über|per|via|bei)\s+${CHANNEL}\b`,
    'i',
  ),
];

// Words one of the patterns needs: a text without any is not examined further.
const GATE =
  /telegram|\btg\b|whats|discord|skype|signal|wechat|viber|line app|mail|phone|sms|text message|t\.me|wa\.me/i;

export const rule: MessageRule = {
  id: 'move-off-platform',
  kind: 'message',
  group: 'contact',
  check({ message }) {
    const quoted = requests(message, PATTERNS, {
      gate: GATE,
      // Talk about building for these channels is work, not an invitation.
      unless: [/\b(?:bot|bots|api|integration|app development|channel admin)\b/i],
    });
    if (!quoted.length) return undefined;
    return messageFinding(rule.id, 'medium', quoted, [
      'G1 Red flag indicators (requests to communicate off the platform)',
      'G1 Annex (accounts go "off-site")',
    ]);
  },
};
