/**
 * The user's own marks on a stored profile, applied to its analysis: dismissed findings move to a list of
 * their own (with the reason) and stop counting; "trusted" and the notes are shown with the report.
 */
import { scoreProfile, type Analysis } from '../analyze';
import type { Sensitivity } from '../score';
import type { StoredProfile } from '../storage/db';

export function activeDismissals(e: Pick<StoredProfile, 'dismissals'>) {
  const out = new Map<string, { reason: string; at: string }>();
  for (const d of e.dismissals ?? []) {
    if (d.restoredAt) out.delete(d.rule);
    else out.set(d.rule, { reason: d.reason, at: d.at });
  }
  return out;
}

export function applyMarks(a: Analysis, e: StoredProfile, sensitivity?: Sensitivity): Analysis {
  const dismissed = activeDismissals(e);
  const kept = a.findings.filter((f) => !dismissed.has(f.rule));
  const out: Analysis = {
    ...a,
    profileKey: e.key,
    ...(e.trustedAt ? { trustedAt: e.trustedAt } : {}),
    ...(e.notes?.length ? { notes: e.notes } : {}),
  };
  if (kept.length === a.findings.length) return out;
  return {
    ...out,
    findings: kept,
    dismissed: a.findings.filter((f) => dismissed.has(f.rule)).map((f) => ({ finding: f, ...dismissed.get(f.rule)! })),
    // Scored as the analysis was: notes count in combination only without an established track record.
    risk: { ...scoreProfile(a, kept, sensitivity), unchecked: a.risk.unchecked },
  };
}
