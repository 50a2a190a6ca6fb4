import { useEffect, useState } from 'preact/hooks';
import { t } from '../lib/i18n/pages';
import { formatDate } from '../lib/i18n/format';
import { sitePages } from '../lib/sites/pages';
import type { HistoryFilter, RadarStore } from '../lib/storage/db';
import { storageErrorReason } from '../lib/storage/errors';
import type { TeamRecord } from '../lib/team/doc';
import { filtering, teamLevel, teamMatches } from '../lib/team/history';
import { FindingsCell } from './FindingsCell';
import { LevelCell } from './LevelCell';

const PAGE = 100;

/** The colleague's notes shown in a row: the latest few (the rest are on their side). */
const NOTES_SHOWN = 3;

/**
 * The profiles colleagues saw (issue 16), newest first: which colleague, when, the level they saw and what was
 * found, their trusted mark (with how they verified the person) and notes. The history's filters (search, site, level, trusted, notes) apply as to
 * the user's own profiles (lib/team/history.ts). Records shared as hashes only have no name or address, so they
 * are not listed — the list says how many there are (they still count in every check). Everything a colleague
 * sent is shown as text only.
 */
export function TeamProfiles({ store, filter }: { store: RadarStore; filter: HistoryFilter }) {
  const [rows, setRows] = useState<TeamRecord[]>([]);
  const [more, setMore] = useState(false);
  const [hidden, setHidden] = useState(0);
  const [error, setError] = useState<string | undefined>();

  const load = async (offset = 0) => {
    try {
      const page = await store.teamPage(PAGE, offset, 'full', (r) => teamMatches(r, filter));
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
  }, [store, filter]);

  const shown = rows;
  // Hashes-only records carry no name, level, mark or note: under a filter they match nothing, so are not counted.
  const hashesOnly = filtering(filter) ? 0 : hidden;
  return (
    <section class="rfr-team-profiles" aria-labelledby="rfr-team-h">
      <h2 id="rfr-team-h">{t('history.team.heading')}</h2>
      {error && (
        <p role="alert" class="rfr-error">
          {error}
        </p>
      )}
      {shown.length === 0 && !more && !hashesOnly ? (
        <p class="rfr-empty">{t(filtering(filter) ? 'history.team.noMatch' : 'history.team.none')}</p>
      ) : (
        shown.length > 0 && (
          <table class="rfr-history-table rfr-team-table">
            <thead>
              <tr>
                <th scope="col">{t('field.name')}</th>
                <th scope="col">{t('history.site')}</th>
                <th scope="col">{t('history.level')}</th>
                <th scope="col">{t('ui.findings')}</th>
                <th scope="col">{t('history.team.seenByHeader')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((r) => {
                const level = teamLevel(r);
                const colleague = r.recruiter ?? t('evidence.team.colleague');
                return (
                  <tr key={r.id} data-team-id={r.id} data-level={level}>
                    <th scope="row">
                      <a
                        href={r.url && /^https:\/\//.test(r.url) ? r.url : undefined}
                        target="_blank"
                        rel="noopener noreferrer"
                      >
                        {r.name ?? r.url ?? r.site}
                      </a>
                      {r.trustedAt && (
                        <span class="rfr-tag rfr-trusted">
                          {' '}
                          {r.trustReason
                            ? t('history.team.trustedBecause', { colleague, reason: r.trustReason })
                            : t('history.team.trusted', { colleague })}
                        </span>
                      )}
                      {(r.notes ?? []).slice(-NOTES_SHOWN).map((n) => (
                        <span class="rfr-team-note">{t('history.team.note', { text: n.text })}</span>
                      ))}
                    </th>
                    <td>{sitePages.find((s) => s.id === r.site)?.name ?? r.site}</td>
                    <LevelCell level={level} unread={r.unread} />
                    {/* The colleague's dismissals are not marked "dismissed by you" (their level is after them). */}
                    <FindingsCell entry={{ findings: r.findings ?? [], rules: [] }} />
                    <td class="rfr-team-seen">{t('history.team.seenBy', { colleague, date: formatDate(r.seenAt) })}</td>
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
      {hashesOnly > 0 && <p class="rfr-team-hidden">{t('history.team.hidden', { count: hashesOnly })}</p>}
    </section>
  );
}
