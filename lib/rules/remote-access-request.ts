/** G1 mitigations (remote desktop); G4; IND: asks you to install or allow remote-desktop access. */
import { requests } from '../text/message';
import { messageFinding } from './finding';
import type { MessageRule } from './types';

const TOOL = String.raw`(?:anydesk|any desk|teamviewer|team viewer|chrome remote desktop|remote desktop|rdp|rustdesk|vnc|splashtop|remote access|fernzugriff|fernwartung)`;
const PATTERNS = [
  new RegExp(
    String.raw`\b(?:install|download|set up|setup|open|run|give|allow|grant|enable|share|send)\b[^.\n]{0,30}\b${TOOL}\b`,
    'i',
  ),
  new RegExp(
    String.raw`\b${TOOL}\b[^.\n]{0,20}\b(?:id|code|password|access|session|link)\b[^.\n]{0,10}(?:please|pls|\?)`,
    'i',
  ),
  new RegExp(
    String.raw`\b(?:installier\w*|lad\w* .{0,10}herunter|gib\w*|geben sie|erlaub\w*|freigeb\w*)\b[^.\n]{0,30}\b${TOOL}\b`,
    'i',
  ),
];

// Words one of the patterns needs: a text without any is not examined further.
const GATE = /anydesk|any desk|teamviewer|team viewer|remote|rdp|rustdesk|vnc|splashtop|fernzugriff|fernwartung/i;

export const rule: MessageRule = {
  id: 'remote-access-request',
  kind: 'message',
  group: 'access',
  check({ message }) {
    const quoted = requests(message, PATTERNS, {
      gate: GATE,
      unless: [/\b(?:api|sdk|integration|experience with|erfahrung mit)\b/i],
    });
    if (!quoted.length) return undefined;
    return messageFinding(rule.id, 'high', quoted, ['G1 Potential mitigation measures (remote desktop)', 'G4', 'IND']);
  },
};
