/**
 * The findings a user has dismissed on a stored profile and not restored, with the reason: read wherever a
 * profile's findings are shown. Apart from lib/background/marks.ts (which applies marks to an analysis and so
 * carries the rules) so the history page's first rows need none of the analysis code.
 */
import type { StoredProfile } from './storage/db';

export function activeDismissals(e: Pick<StoredProfile, 'dismissals'>) {
  const out = new Map<string, { reason: string; at: string }>();
  for (const d of e.dismissals ?? []) {
    if (d.restoredAt) out.delete(d.rule);
    else out.set(d.rule, { reason: d.reason, at: d.at });
  }
  return out;
}
