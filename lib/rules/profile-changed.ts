/**
 * G1 platform red flags (logins from various IPs in different countries) — what an extension can see of
 * it: since the user's last visit, the profile's country, time zone, name or photo changed.
 */
import { formatOffset } from '../geo/timezones';
import { t } from '../i18n';
import type { Profile } from '../profile';
import { finding } from './finding';
import type { MemoryRule } from './types';

const country = (p: Pick<Profile, 'location'>) => p.location?.country ?? p.location?.countryName;
const zone = (p: Pick<Profile, 'timezone'>) =>
  p.timezone?.name ??
  (p.timezone?.utcOffsetMinutes !== undefined ? formatOffset(p.timezone.utcOffsetMinutes) : undefined);

export const rule: MemoryRule = {
  id: 'profile-changed',
  kind: 'memory',
  group: 'location',
  check(p, ctx) {
    const evidence: string[] = [];
    const prev = ctx.previous;
    if (prev) {
      const date = prev.seenAt.slice(0, 10);
      const pairs: [string, string | undefined, string | undefined][] = [
        [t('field.country'), country(prev.profile), country(p)],
        [t('field.timezone'), zone(prev.profile), zone(p)],
        [t('field.name'), prev.profile.name, p.name],
      ];
      for (const [field, before, now] of pairs)
        if (before && now && before.trim().toLowerCase() !== now.trim().toLowerCase())
          evidence.push(t('evidence.changed', { field, before, now, date }));
    }
    if (ctx.photoChanged) evidence.push(t('evidence.photoChanged', { date: ctx.photoChanged.seenAt.slice(0, 10) }));
    if (!evidence.length) return undefined;
    return finding(rule.id, 'medium', evidence, [
      'G1 Platform red flags (logins from various IPs in different countries)',
    ]);
  },
};
