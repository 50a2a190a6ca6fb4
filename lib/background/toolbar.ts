/** The toolbar icon's badge for one tab: level colour and finding count ("?" when the page was not read). */
import { t } from '../i18n';
import { LEVEL_COLORS, type TabState, type ToolbarBadge } from '../tab-state';

export function toolbarBadge(state: TabState): ToolbarBadge {
  if (state.kind !== 'analysis') return { text: '', color: LEVEL_COLORS.none, title: t('ui.popup.title') };
  const a = state.analysis;
  if (a.status === 'unreadable') return { text: '?', color: LEVEL_COLORS.none, title: t('ui.unreadable.title') };
  if (a.status === 'not-a-profile') return { text: '', color: LEVEL_COLORS.none, title: t('ui.notProfile') };
  const level = t(`risk.${a.risk.level}`);
  return {
    text: String(a.findings.length),
    color: LEVEL_COLORS[a.risk.level],
    title: `${t('ui.popup.title')} — ${t('ui.level', { level })}, ${t('ui.badge.findings', { count: a.findings.length })}`,
  };
}
