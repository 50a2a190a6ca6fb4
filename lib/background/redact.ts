/**
 * What a marketplace page's content script is sent before the user opens the panel. The content script
 * runs in the host page's renderer, so the user's private memory stays out of it: no notes, no dismissal
 * reasons, no trust mark's date or reason, no other profile's name, URL or photo (the memory rules' evidence and images,
 * "also seen"). The badge needs only the level, the findings' count, kind and titles, and whether the user
 * marked the profile as trusted (it says so: "Trusted by you · High · 5 red flags"); the panel asks the
 * background for the full report when the user opens it (a `report` message).
 */
import type { Analysis } from '../analyze';
import { memoryRules } from '../rules';
import type { Finding } from '../rules/types';
import type { TabState } from '../tab-state';

const MEMORY_RULES = new Set(memoryRules.map((r) => r.id));
/** The user's own marks and what the memory knows about other profiles. */
const PRIVATE = ['notes', 'dismissed', 'trustedAt', 'trustReason', 'alsoSeen'] as const;

export function forPage(state: TabState): TabState {
  if (state.kind !== 'analysis') return state;
  // Only what was made from the page itself is kept as it is.
  const analysis: Analysis = { ...state.analysis };
  for (const key of PRIVATE) delete analysis[key];
  if (state.analysis.trustedAt) analysis.trusted = true;
  analysis.findings = analysis.findings.map((f) => {
    if (!MEMORY_RULES.has(f.rule)) return f;
    const kept: Finding = { ...f, evidence: [] };
    delete kept.lines;
    delete kept.images;
    return kept;
  });
  return { kind: 'analysis', analysis };
}
