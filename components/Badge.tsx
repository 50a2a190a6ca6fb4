import { useState } from 'preact/hooks';
import { t } from '../lib/i18n';
import type { TabState } from '../lib/tab-state';
import { Report } from './Report';

function summary(state: TabState): { level: string; text: string; count: number } {
  if (state.kind !== 'analysis') return { level: 'none', text: t('ui.noAnalysis'), count: 0 };
  const a = state.analysis;
  if (a.status === 'unreadable') return { level: 'unreadable', text: t('ui.unreadable.title'), count: 0 };
  const count = a.findings.length;
  const level = a.risk.level;
  // Nothing found is never shown without what could not be checked.
  const text = count
    ? `${t(`risk.${level}`)} · ${t('ui.badge.findings', { count })}`
    : t('ui.badge.none', { unchecked: a.risk.unchecked.length });
  return { level, text, count };
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
