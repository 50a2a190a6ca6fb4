/**
 * The toolbar icon's badge for one tab: level colour and finding count ("?" when the page was not read, "part"
 * when it was read in part and nothing is counted). Away
 * from a profile, the messages read on the page (hm20 report, point 2: the icon stayed blank on a chat whose
 * messages matched red flags): their red flags counted, coloured by the most serious, the notes in the title.
 */
import { isNote, levelSummary } from '../finding-view';
import { t } from '../i18n';
import type { Finding } from '../rules/types';
import { LEVEL_COLORS, type PageMessages, type TabState, type ToolbarBadge } from '../tab-state';

function messagesBadge(messages: PageMessages | undefined): ToolbarBadge {
  const findings: Finding[] = messages?.flagged.flatMap((m) => m.findings) ?? [];
  const flags = findings.filter((f) => !isNote(f));
  if (!findings.length) return { text: '', color: LEVEL_COLORS.none, title: t('ui.popup.title') };
  const level = flags.some((f) => f.severity === 'high')
    ? 'high'
    : flags.some((f) => f.severity === 'medium')
      ? 'medium'
      : flags.length
        ? 'low'
        : 'none';
  return {
    text: flags.length ? String(flags.length) : '',
    color: LEVEL_COLORS[level],
    title: `${t('ui.popup.title')} — ${levelSummary(level, findings)}`,
  };
}

export function toolbarBadge(state: TabState): ToolbarBadge {
  if (state.kind !== 'analysis') return messagesBadge(state.messages);
  const a = state.analysis;
  if (a.status === 'unreadable') return { text: '?', color: LEVEL_COLORS.none, title: t('ui.unreadable.title') };
  if (a.status === 'not-a-profile')
    return state.messages?.flagged.length
      ? messagesBadge(state.messages)
      : { text: '', color: LEVEL_COLORS.none, title: t('ui.notProfile') };
  // Red flags are counted; notes are not (a profile with notes only has an empty, grey badge). A page read in
  // part without a red flag says so, as the page's badge does ("read in part"): never a bare, empty "No red
  // flags" (the hiring-manager review, thirty-first session, point 2).
  const flags = a.findings.filter((f) => !isNote(f)).length;
  const inPart = a.status === 'partial' && !flags;
  return {
    text: flags ? String(flags) : inPart ? t('ui.toolbar.inPart') : '',
    color: LEVEL_COLORS[a.risk.level],
    title: `${t('ui.popup.title')} — ${levelSummary(a.risk.level, a.findings, a.risk.unchecked.length, inPart)}`,
  };
}
