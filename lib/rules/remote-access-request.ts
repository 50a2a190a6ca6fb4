/**
 * G1 mitigations (remote desktop); G4; IND: asks you to install or allow remote-desktop access. Five
 * languages, any word order (lib/text/cooccur.ts).
 */
import { type Combination, concept, cooccurring } from '../text/cooccur';
import { messageFinding } from './finding';
import type { MessageRule } from './types';

// Order-free, five languages: a remote-desktop tool and a request to install, open or hand over access to it.
const REMOTE_TOOL = concept(
  String.raw`anydesk|any desk|teamviewer|team viewer|chrome remote desktop|remote desktop|rdp|rustdesk|vnc|splashtop|remote access|fernzugriff|fernwartung|acceso remoto|escritorio remoto|accès à distance|bureau à distance|prise en main à distance|acesso remoto|área de trabalho remota`,
);
const HAND_OVER = concept(
  String.raw`install\p{L}*|download|set up|setup|enable|open|give me|allow|grant|share|send me|tell me|connect|control|installier\p{L}*|erlauben sie|erlaube|freigeben|gib mir|gib|autorisez|einricht\p{L}*|richten sie|lad\p{L}* .{0,10}herunter|schick\p{L}*|geben sie|gib mir|verbind\p{L}*|instal[aá]\p{L}*|desc[aá]rg\p{L}*|act[ií]v\p{L}*|comp[aá]rt\p{L}*|p[aá]same|env[ií]ame|con[eé]ct\p{L}*|t[ée]l[ée]charg\p{L}*|donnez|envoyez|partag\p{L}*|connect\p{L}*|instale|baix\p{L}*|me passe|me mande|compartilh\p{L}*|habilit\p{L}*`,
);
const COMBINATIONS: Combination[] = [
  [REMOTE_TOOL, HAND_OVER],
  // "AnyDesk ID please?", "TeamViewer code?"
  [
    REMOTE_TOOL,
    concept(String.raw`id|code|password|passwort|contraseña|mot de passe|senha|session|link`),
    concept(String.raw`please|pls|bitte|por favor|s[’']il vous plaît|\?`),
  ],
];

export const rule: MessageRule = {
  id: 'remote-access-request',
  kind: 'message',
  group: 'access',
  check({ message }) {
    const unless = [
      /\b(?:api|sdk|integration|experience with|erfahrung mit|internally|side project|our own|you will not need|built|wrote|developed)\b/i,
    ];
    const quoted = cooccurring(message, COMBINATIONS, { unless });
    if (!quoted.length) return undefined;
    return messageFinding(rule.id, 'high', quoted, ['G1 Potential mitigation measures (remote desktop)', 'G4', 'IND']);
  },
};
