/** The German of team-evidence.ts (teamEvidenceEn): the same keys, in a module of its own so that a page can load one language. */
import type { teamEvidenceEn } from './team-evidence';

export const teamEvidenceDe: Record<keyof typeof teamEvidenceEn, string> = {
  'evidence.team.colleague': 'jemandem aus Ihrem Team',
  'evidence.team.sameText':
    'Fast gleicher Text bei „{name}“ ({site}, {url}), gesehen von {colleague} am {date}; {score} % der Formulierungen gleich',
  'evidence.team.sameTextHidden':
    'Fast gleicher Text bei einem Profil auf {site}, das von {colleague} am {date} unter einem anderen Namen gesehen wurde; {score} % der Formulierungen gleich',
  'evidence.team.sharedContact': '{contact} steht auch bei „{name}“ ({site}, {url}), gesehen von {colleague} am {date}',
  'evidence.team.sharedContactFirst':
    '{contact} stand zuerst bei „{name}“ ({site}, {url}), gesehen von {colleague} am {date}; dieses Profil zeigt es ebenfalls',
  'evidence.team.sharedContactHidden':
    '{contact} steht auch bei einem Profil auf {site}, das von {colleague} am {date} unter einem anderen Namen gesehen wurde',
  'evidence.team.samePhoto':
    'Dasselbe Foto wie bei „{name}“ auf {site} ({url}), gesehen von {colleague} am {date}; Ähnlichkeit {score} %',
  'evidence.team.samePhotoHidden':
    'Dasselbe Foto wie bei einem Profil auf {site}, das von {colleague} am {date} unter einem anderen Namen gesehen wurde',
  'evidence.team.otherRated': '„{name}“ ({date}, {url}, gesehen von {colleague})',
  'evidence.team.otherRatedHidden': 'ein Profil, das von {colleague} unter einem anderen Namen gesehen wurde ({date})',
  'evidence.team.changed': '{field}: {before} → {now} (so gesehen von {colleague} am {date})',
  'evidence.team.renamed': 'Von {colleague} am {date} unter einem anderen Namen gesehen',
};
