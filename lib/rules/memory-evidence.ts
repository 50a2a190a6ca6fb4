/** How the memory rules name another profile and a contact in their evidence. */
import { siteById } from '../sites';
import type { OtherProfile } from './types';

export function describeOther(o: OtherProfile): { name: string; site: string; url: string; date: string } {
  return { name: o.name ?? '?', site: siteById(o.site)?.name ?? o.site, url: o.url, date: o.seenAt.slice(0, 10) };
}

/** `telegram:devsample_tg` → `Telegram devsample_tg` (lib/memory/fingerprint.ts normalises them). */
export function describeContact(c: string): string {
  const i = c.indexOf(':');
  const kind = c.slice(0, i);
  const value = c.slice(i + 1);
  const names: Record<string, string> = {
    email: 'E-mail',
    phone: 'Phone',
    url: 'Link',
    github: 'GitHub',
    gitlab: 'GitLab',
    linkedin: 'LinkedIn',
    telegram: 'Telegram',
    discord: 'Discord',
    skype: 'Skype',
    wechat: 'WeChat',
  };
  return `${names[kind] ?? kind} ${value}`;
}
