/** The toolbar icon's badge for one tab: level colour and finding count ("?" when the page was not read). */
import { isNote, levelSummary } from '../finding-view';
import { t } from '../i18n';
import { LEVEL_COLORS, type TabState, type ToolbarBadge } from '../tab-state';

export function toolbarBadge(state: TabState): ToolbarBadge {
  if (state.kind !== 'analysis') return { text: '', color: LEVEL_COLORS.none, title: t('ui.popup.title') };
  const a = state.analysis;
  if (a.status === 'unreadable') return { text: '?', color: LEVEL_COLORS.none, title: t('ui.unreadable.title') };
  if (a.status === 'not-a-profile') return { text: '', color: LEVEL_COLORS.none, title: t('ui.notProfile') };
  // Red flags are counted; notes are not (a profile with notes only has an empty, grey badge).
  const flags = a.findings.filter((f) => !isNote(f)).length;
  return {
    text: flags ? String(flags) : '',
    color: LEVEL_COLORS[a.risk.level],
    title: `${t('ui.popup.title')} — ${levelSummary(a.risk.level, a.findings, a.risk.unchecked.length)}`,
  };
}
