/**
 * G1 platform red flags (logins from various IPs in different countries) — what an extension can see of
 * it: since the user's last visit, the profile's country, time zone, name or photo changed.
 */
import { line, type Evidence, type EvidenceValue } from '../i18n/evidence';
import type { Profile } from '../profile';
import { finding } from './finding';
import { colleague } from './memory-evidence';
import type { MemoryRule } from './types';

// Each compared value: what tells the two visits apart, and how it is shown (a country by its code, named
// in the reader's language; a zone by its identifier; a name as the page wrote it).
type Compared = { same: string; shown: EvidenceValue } | undefined;
const country = (p: Pick<Profile, 'location'>): Compared => {
  const code = p.location?.country;
  const name = p.location?.countryName;
  return code ? { same: code, shown: { country: code } } : name ? { same: name, shown: name } : undefined;
};
const zone = (p: Pick<Profile, 'timezone'>): Compared => {
  const tz = p.timezone;
  if (tz?.name) return { same: tz.name, shown: { zone: tz.name } };
  const offset = tz?.utcOffsetMinutes;
  return offset !== undefined ? { same: String(offset), shown: { offset } } : undefined;
};
const name = (p: Pick<Profile, 'name'>): Compared => (p.name ? { same: p.name, shown: p.name } : undefined);

export const rule: MemoryRule = {
  id: 'profile-changed',
  kind: 'memory',
  group: 'location',
  check(p, ctx) {
    const evidence: Evidence[] = [];
    const prev = ctx.previous;
    if (prev) {
      const date = { date: prev.seenAt };
      const pairs = [
        ['field.country', country] as const,
        ['field.timezone', zone] as const,
        ['field.name', name] as const,
      ];
      for (const [field, of] of pairs) {
        const before = of(prev.profile);
        const now = of(p);
        if (before && now && before.same.trim().toLowerCase() !== now.same.trim().toLowerCase())
          evidence.push(line('evidence.changed', { field: line(field), before: before.shown, now: now.shown, date }));
      }
    }
    // What colleagues saw of this same profile before (issue 16): the name, place or zone they saw, or — shared
    // as hashes only — that the name was another.
    for (const seen of (ctx.teamPrevious ?? []).slice(0, 3)) {
      const vars = { colleague: colleague(seen.team), date: { date: seen.seenAt } };
      if (seen.renamed) evidence.push(line('evidence.team.renamed', vars));
      if (!seen.profile) continue;
      for (const [field, of] of [
        ['field.country', country] as const,
        ['field.timezone', zone] as const,
        ['field.name', name] as const,
      ]) {
        const before = of(seen.profile);
        const now = of(p);
        if (before && now && before.same.trim().toLowerCase() !== now.same.trim().toLowerCase())
          evidence.push(
            line('evidence.team.changed', { field: line(field), before: before.shown, now: now.shown, ...vars }),
          );
      }
    }
    if (ctx.photoChanged) evidence.push(line('evidence.photoChanged', { date: { date: ctx.photoChanged.seenAt } }));
    if (!evidence.length) return undefined;
    return finding(rule.id, 'medium', evidence, [
      'G1 Platform red flags (logins from various IPs in different countries)',
    ]);
  },
};
