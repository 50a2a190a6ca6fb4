/**
 * The user's own marks on a stored profile, applied to its analysis: dismissed findings move to a list of
 * their own (with the reason) and stop counting; "trusted" and the notes are shown with the report.
 */
import { scoreProfile, type Analysis } from '../analyze';
import type { Mark } from '../messages';
import { memoryRules, profileRules } from '../rules';
import type { Sensitivity } from '../score';
import type { StoredProfile } from '../storage/db';
import { activeDismissals } from '../dismissals';

export function applyMarks(a: Analysis, e: StoredProfile, sensitivity?: Sensitivity): Analysis {
  const dismissed = activeDismissals(e);
  const kept = a.findings.filter((f) => !dismissed.has(f.rule));
  const out: Analysis = {
    ...a,
    profileKey: e.key,
    ...(e.trustedAt ? { trustedAt: e.trustedAt } : {}),
    ...(e.trustedAt && e.trustReason ? { trustReason: e.trustReason } : {}),
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

/** A mark from the badge's panel, as the history page makes it (components/ProfileDetails.tsx): one store. */
export function withMark(e: StoredProfile, mark: Mark, at: string): StoredProfile {
  switch (mark.kind) {
    case 'note':
      return { ...e, notes: [...(e.notes ?? []), { at, text: mark.text }] };
    case 'dismiss':
      return { ...e, dismissals: [...(e.dismissals ?? []), { rule: mark.rule, reason: mark.reason, at }] };
    case 'restore':
      return {
        ...e,
        dismissals: (e.dismissals ?? []).map((x) =>
          x.rule === mark.rule && !x.restoredAt ? { ...x, restoredAt: at } : x,
        ),
      };
    case 'trust': {
      if (mark.on) return { ...e, trustedAt: at, trustReason: mark.reason };
      const copy = { ...e };
      delete copy.trustedAt;
      delete copy.trustReason;
      return copy;
    }
  }
}

const ORDER = new Map([...profileRules, ...memoryRules].map((r, i) => [r.id, i]));

/**
 * The analysis with the profile's marks applied anew (after the user marked it in the panel): the dismissed
 * findings come back in the rules' order, the user's previous marks are dropped, and the new ones applied.
 */
export function remark(a: Analysis, e: StoredProfile, sensitivity?: Sensitivity): Analysis {
  const findings = [...a.findings, ...(a.dismissed ?? []).map((d) => d.finding)].sort(
    (x, y) => (ORDER.get(x.rule) ?? 99) - (ORDER.get(y.rule) ?? 99),
  );
  const base: Analysis = {
    ...a,
    findings,
    risk: { ...scoreProfile(a, findings, sensitivity), unchecked: a.risk.unchecked },
  };
  for (const key of ['dismissed', 'notes', 'trustedAt', 'trustReason'] as const) delete base[key];
  return applyMarks(base, e, sensitivity);
}
