import { useEffect, useState } from 'preact/hooks';
import { isNote, levelSummary } from '../lib/finding-view';
import { t } from '../lib/i18n';
import type { TabState } from '../lib/tab-state';
import { Report } from './Report';

function summary(state: TabState): { level: string; text: string; count: number; notes: number } {
  if (state.kind !== 'analysis') return { level: 'none', text: t('ui.noAnalysis'), count: 0, notes: 0 };
  const a = state.analysis;
  if (a.status === 'unreadable') return { level: 'unreadable', text: t('ui.unreadable.title'), count: 0, notes: 0 };
  const count = a.findings.length;
  const notes = a.findings.filter(isNote).length;
  const level = a.risk.level;
  // Nothing found is never shown without what could not be checked; notes alone leave the badge neutral.
  const unchecked = a.risk.unchecked.length;
  let text = levelSummary(level, a.findings);
  if (!count) text = t('ui.badge.none', { unchecked });
  else if (level === 'none') text += ` · ${t('ui.badge.unchecked', { count: unchecked })}`;
  return { level, text, count, notes };
}

/**
 * The inline badge beside the freelancer's name; opens a panel with the full report. On a page `state` is
 * what the page's side may hold (without the user's notes or other profiles: lib/background/redact.ts), and
 * `full` fetches the full report when the user opens the panel; until it arrives (a moment) the panel is busy. Without
 * `full` (the popup's previews, tests), `state` is shown as it is.
 */
export function Badge({ state, full }: { state: TabState; full?: () => Promise<TabState | undefined> }) {
  const [open, setOpen] = useState(false);
  // The full report, for the state it was fetched for (a newer state — the photo check — fetches again).
  const [shown, setShown] = useState<{ for: TabState; state: TabState | undefined } | undefined>();
  useEffect(() => {
    if (!open || !full) return;
    let current = true;
    const done = (r: TabState | undefined) => current && setShown({ for: state, state: r });
    full().then(done, () => done(undefined));
    return () => {
      current = false;
    };
  }, [open, state, full]);
  // What the panel shows: the full report; the page's own state when fetching it failed.
  const report = !full ? state : shown?.for === state ? (shown.state ?? state) : undefined;
  const s = summary(state);
  return (
    <span class="rfr-root">
      <button
        type="button"
        class={`rfr-badge rfr-level-${s.level}`}
        data-level={s.level}
        data-count={s.count}
        data-flags={s.count - s.notes}
        data-notes={s.notes}
        aria-expanded={open}
        aria-label={t('ui.badge.label', { summary: s.text })}
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true">⚑</span> {s.text}
      </button>
      {open && (
        <div class="rfr-panel" role="dialog" aria-label={t('ui.popup.title')} aria-busy={!report}>
          <button type="button" class="rfr-close" onClick={() => setOpen(false)}>
            {t('ui.close')}
          </button>
          {report && <Report state={report} />}
        </div>
      )}
    </span>
  );
}
