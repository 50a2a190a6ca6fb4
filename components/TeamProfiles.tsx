import { useEffect, useState } from 'preact/hooks';
import { findingTitle, splitFindings, storedFindings } from '../lib/finding-view';
import { t } from '../lib/i18n';
import { formatDate } from '../lib/i18n/format';
import { sitePages } from '../lib/sites/pages';
import type { HistoryFilter, RadarStore } from '../lib/storage/db';
import { storageErrorReason } from '../lib/storage/errors';
import type { TeamProfile } from '../lib/team/records';

const PAGE = 100;

/** A colleague's record matches the history's search and site filter (the level, trust and notes are the user's own). */
const matches = (r: TeamProfile, f: HistoryFilter) => {
  const q = f.query?.trim().toLowerCase();
  return (
    (!f.site || r.site === f.site) &&
    (!q || [r.name, r.url, r.recruiter].some((v) => typeof v === 'string' && v.toLowerCase().includes(q)))
  );
};

/**
 * The profiles colleagues saw (issue 16), newest first: which colleague, when, and what was found. Records
 * shared as hashes only have no name or address, so they are not listed — the list says how many there are
 * (they still count in every check). Everything a colleague sent is shown as text only.
 */
export function TeamProfiles({ store, filter }: { store: RadarStore; filter: HistoryFilter }) {
  const [rows, setRows] = useState<TeamProfile[]>([]);
  const [more, setMore] = useState(false);
  const [hidden, setHidden] = useState(0);
  const [error, setError] = useState<string | undefined>();

  const load = async (offset = 0) => {
    try {
      const page = await store.teamPage(PAGE, offset, 'full');
      setRows((old) => (offset ? [...old, ...page.rows] : page.rows));
      setMore(page.more);
      setHidden(await store.teamCount('hashes'));
      setError(undefined);
    } catch (e) {
      setError(t('history.loadFailed', { reason: storageErrorReason(e) }));
    }
  };
  useEffect(() => {
    void load();
  }, [store]);

  const shown = rows.filter((r) => matches(r, filter));
  return (
    <section class="rfr-team-profiles" aria-labelledby="rfr-team-h">
      <h2 id="rfr-team-h">{t('history.team.heading')}</h2>
      {error && (
        <p role="alert" class="rfr-error">
          {error}
        </p>
      )}
      {shown.length === 0 && !more && !hidden ? (
        <p class="rfr-empty">{t('history.team.none')}</p>
      ) : (
        shown.length > 0 && (
          <table class="rfr-history-table rfr-team-table">
            <thead>
              <tr>
                <th scope="col">{t('field.name')}</th>
                <th scope="col">{t('history.site')}</th>
                <th scope="col">{t('ui.findings')}</th>
                <th scope="col">{t('history.team.seenByHeader')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((r) => {
                const { flags, notes } = splitFindings(storedFindings({ findings: r.findings ?? [], rules: [] }));
                return (
                  <tr key={r.id} data-team-id={r.id}>
                    <th scope="row">
                      <a
                        href={r.url && /^https:\/\//.test(r.url) ? r.url : undefined}
                        target="_blank"
                        rel="noopener noreferrer"
                      >
                        {r.name ?? r.url ?? r.site}
                      </a>
                    </th>
                    <td>{sitePages.find((s) => s.id === r.site)?.name ?? r.site}</td>
                    <td>
                      {flags.length ? flags.map(findingTitle).join('; ') : '—'}
                      {notes.length > 0 && ` (${t('ui.badge.notes', { count: notes.length })})`}
                    </td>
                    <td class="rfr-team-seen">
                      {t('history.team.seenBy', {
                        colleague: r.recruiter ?? t('evidence.team.colleague'),
                        date: formatDate(r.seenAt),
                      })}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )
      )}
      {more && (
        <button type="button" onClick={() => load(rows.length)}>
          {t('history.team.more')}
        </button>
      )}
      {hidden > 0 && <p class="rfr-team-hidden">{t('history.team.hidden', { count: hidden })}</p>}
    </section>
  );
}
