import { useState } from 'preact/hooks';
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

/** The inline badge beside the freelancer's name; opens a panel with the full report. */
export function Badge({ state }: { state: TabState }) {
  const [open, setOpen] = useState(false);
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
        <div class="rfr-panel" role="dialog" aria-label={t('ui.popup.title')}>
          <button type="button" class="rfr-close" onClick={() => setOpen(false)}>
            {t('ui.close')}
          </button>
          <Report state={state} />
        </div>
      )}
    </span>
  );
}
