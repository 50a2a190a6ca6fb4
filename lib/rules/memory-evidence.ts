/** How the memory rules name another profile and a contact in their evidence (lines: lib/i18n/evidence.ts). */
import type { MessageKey } from '../i18n';
import { contactKind, line, type EvidenceLine, type EvidenceValue } from '../i18n/evidence';
import { siteById } from '../sites';
import type { OtherProfile, TeamSeen } from './types';

/** A colleague as a line names them: their display name as they chose it, or "a colleague" (issue 16). */
export const colleague = (t: TeamSeen): EvidenceValue => t.recruiter ?? line('evidence.team.colleague');

/**
 * The line about another profile: `own` for one this browser saw; for a colleague's record the `.team` key
 * with who saw it, or — shared as hashes only — the `Hidden` variant, which names neither profile nor address.
 */
export function otherLine(
  own: MessageKey,
  team: MessageKey,
  hidden: MessageKey,
  o: Pick<OtherProfile, 'team'>,
  vars: Record<string, EvidenceValue>,
): EvidenceLine {
  if (!o.team) return line(own, vars);
  const who: Record<string, EvidenceValue> = { ...vars, colleague: colleague(o.team) };
  if (!o.team.hidden) return line(team, who);
  delete who.name;
  delete who.url;
  return line(hidden, who);
}

export function describeOther(o: OtherProfile): {
  name: EvidenceValue;
  site: string;
  url: string;
  date: EvidenceValue;
} {
  return {
    name: o.name ?? '?',
    site: siteById(o.site)?.name ?? o.site,
    url: o.url,
    date: { date: o.seenAt },
  };
}

/** `telegram:devsample_tg` → `Telegram devsample_tg` (lib/memory/fingerprint.ts normalises them). */
export function describeContact(c: string): EvidenceValue {
  const i = c.indexOf(':');
  const kind = c.slice(0, i);
  const value = c.slice(i + 1);
  const names: Record<string, string> = {
    url: 'Link',
    github: 'GitHub',
    gitlab: 'GitLab',
    linkedin: 'LinkedIn',
    telegram: 'Telegram',
    discord: 'Discord',
    skype: 'Skype',
    wechat: 'WeChat',
  };
  return { list: [names[kind] ?? contactKind(kind), value], sep: ' ' };
}
