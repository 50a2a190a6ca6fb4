import { t } from '../lib/i18n/page-text';
import type { Level } from '../lib/score';

/**
 * The level of a remembered profile in a table cell — the user's own history and the team's list alike: the level's
 * word, and "· read in part" beside "No red flags" when part of the page could not be read (`unread`), as the
 * panel's badge says it (never "No red flags" alone). Each part keeps its words in one line ("No red flags" once
 * broke into three), and the second goes under the first as a whole when the findings need the width
 * ("Keine Warnsignale · nur teilweise gelesen" in one line took a third of an 800 px page). Coloured and kept
 * together by entrypoints/profiles/profiles.css.
 */
export function LevelCell({ level, unread }: { level: Level; unread?: readonly string[] }) {
  return (
    <td class={`rfr-cell-level rfr-cell-${level}`}>
      <span class="rfr-level-words">{t(`risk.${level}`)}</span>
      {unread && level === 'none' && (
        <>
          {' '}
          <span class="rfr-in-part">· {t('ui.badge.inPart')}</span>
        </>
      )}
    </td>
  );
}
