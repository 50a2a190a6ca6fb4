/**
 * G1 platform red flags (logins from various IPs in different countries) — what an extension can see of
 * it: since the user's last visit — or since a colleague saw the same profile (issue 16) — the profile's country,
 * time zone, name or photo changed.
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
const PAIRS = [
  ['field.country', country],
  ['field.timezone', zone],
  ['field.name', name],
] as const;
type Look = Pick<Profile, 'name' | 'location' | 'timezone'>;
/** The fields that differ between how the profile looked then and now. */
const changes = (then: Look, now: Profile) =>
  PAIRS.flatMap(([field, of]) => {
    const before = of(then);
    const after = of(now);
    return before && after && before.same.trim().toLowerCase() !== after.same.trim().toLowerCase()
      ? [{ field: line(field), before: before.shown, now: after.shown }]
      : [];
  });

export const rule: MemoryRule = {
  id: 'profile-changed',
  kind: 'memory',
  group: 'location',
  check(p, ctx) {
    const evidence: Evidence[] = [];
    const prev = ctx.previous;
    if (prev) {
      const date = { date: prev.seenAt };
      for (const c of changes(prev.profile, p)) evidence.push(line('evidence.changed', { ...c, date }));
    }
    // What colleagues saw of this same profile before (issue 16): the name, place or zone they saw, or — shared
    // as hashes only — that the name was another.
    for (const seen of (ctx.teamPrevious ?? []).slice(0, 3)) {
      const vars = { colleague: colleague(seen.team), date: { date: seen.seenAt } };
      if (seen.renamed) evidence.push(line('evidence.team.renamed', vars));
      if (seen.profile)
        for (const c of changes(seen.profile, p)) evidence.push(line('evidence.team.changed', { ...c, ...vars }));
    }
    if (ctx.photoChanged) evidence.push(line('evidence.photoChanged', { date: { date: ctx.photoChanged.seenAt } }));
    if (!evidence.length) return undefined;
    return finding(rule.id, 'medium', evidence, [
      'G1 Platform red flags (logins from various IPs in different countries)',
    ]);
  },
};
