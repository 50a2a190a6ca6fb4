/** How the memory rules name another profile and a contact in their evidence (lines: lib/i18n/evidence.ts). */
import { contactKind, type EvidenceValue } from '../i18n/evidence';
import { siteById } from '../sites';
import type { OtherProfile } from './types';

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
