/**
 * The history page's filters applied to colleagues' records (issue 16), with the same meaning as for the
 * user's own profiles (RadarStore.historyPage): the level, "trusted only" (a colleague's trusted mark), "with
 * notes" (a colleague's notes), the site, and the search over names, addresses, notes, how a person was verified — and the colleague's name.
 */
import { groupOf } from '../analyze';
import type { Finding } from '../rules/types';
import { score, type Level } from '../score';
import type { HistoryFilter } from '../storage/db';
import type { TeamRecord } from './doc';

/**
 * The level the colleague's browser gave the profile. Records shared before the level travelled are scored from
 * their findings as the history scores a stored profile: a low finding is a note (lib/finding-view.ts fromStored).
 */
export function teamLevel(r: TeamRecord): Level {
  if (r.level) return r.level;
  const findings = (r.findings ?? []).map((f) => ({ ...f, note: f.severity === 'low' }) as unknown as Finding);
  return score(findings, groupOf).level;
}

export function teamMatches(r: TeamRecord, f: HistoryFilter): boolean {
  const q = f.query?.trim().toLowerCase();
  return (
    (!f.site || r.site === f.site) &&
    (!f.level || teamLevel(r) === f.level) &&
    (!f.trusted || !!r.trustedAt) &&
    (!f.notes || !!r.notes?.length) &&
    (!q ||
      [r.name, r.url, r.recruiter, r.trustReason, ...(r.notes ?? []).map((n) => n.text)].some(
        (v) => typeof v === 'string' && v.toLowerCase().includes(q),
      ))
  );
}

/** Any filter set: the list then shows only what matches it. */
export const filtering = (f: HistoryFilter) => !!(f.query?.trim() || f.site || f.level || f.trusted || f.notes);
