import { t } from '../lib/i18n/page-text';
import type { Level } from '../lib/score';

/**
 * The level of a remembered profile in a table cell — the user's own history and the team's list alike: the level's
 * word, and "· read in part" beside "No red flags" when part of the page could not be read (`unread`), as the
 * panel's badge says it (never "No red flags" alone). Coloured by entrypoints/profiles/profiles.css.
 */
export function LevelCell({ level, unread }: { level: Level; unread?: readonly string[] }) {
  return (
    <td class={`rfr-cell-level rfr-cell-${level}`}>
      {t(`risk.${level}`)}
      {unread && level === 'none' && <span class="rfr-in-part"> · {t('ui.badge.inPart')}</span>}
    </td>
  );
}
