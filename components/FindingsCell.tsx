import { activeDismissals } from '../lib/dismissals';
import { findingTitle, splitFindings, storedFindings, type ShownFinding } from '../lib/finding-view';
import { t } from '../lib/i18n/page-text';
import type { StoredProfile } from '../lib/storage/schema';

/**
 * A remembered profile's findings in a table cell — the user's own history and the team's list alike: by title, as
 * the panel names them, the red flags and then the notes apart, named too ("1 note: …"), not only counted. The user's
 * own dismissals (`dismissals`) are marked "dismissed by you"; the team's list passes none, as a colleague's are not
 * the reader's.
 */
export function FindingsCell({
  entry,
  dismissals,
}: {
  entry: Pick<StoredProfile, 'findings' | 'rules'>;
  dismissals?: StoredProfile['dismissals'];
}) {
  const { flags, notes } = splitFindings(storedFindings(entry));
  const dismissed = activeDismissals({ dismissals });
  const titles = (fs: ShownFinding[]) =>
    fs.map((f, i) => [
      i > 0 && '; ',
      dismissed.has(f.rule) ? (
        <span class="rfr-row-dismissed">
          <s>{findingTitle(f)}</s> ({t('history.dismissedTag')})
        </span>
      ) : (
        findingTitle(f)
      ),
    ]);
  return (
    <td class="rfr-cell-findings">
      {flags.length ? titles(flags) : '—'}
      {notes.length > 0 && (
        <span class="rfr-row-notes">
          {' '}
          ({t('ui.badge.notes', { count: notes.length })}: {titles(notes)})
        </span>
      )}
    </td>
  );
}
