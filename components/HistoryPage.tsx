import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { t, type MessageKey } from '../lib/i18n/page-text';
import { formatDate } from '../lib/i18n/format';
import { sitePages } from '../lib/sites/pages';
import type { RadarStore } from '../lib/storage/db';
import type { HistoryStore } from '../lib/storage/history-store';
import type { HistoryFilter, StoredProfile } from '../lib/storage/schema';
import { storageErrorReason } from '../lib/storage/errors';
import { FindingsCell } from './FindingsCell';
import { afterFrame, later, useLater } from './later';
import { LevelCell } from './LevelCell';
import { TeamForgetEverywhere } from './TeamForgetEverywhere';
import { UpdatedNotice } from './UpdatedNotice';

const PAGE = 100;

// Loaded when first needed (chunks of their own), not before the first rows: the details carry the evidence
// export (every site's parser), the team's list the analysis, the memory file its schemas. The store's writes
// (fingerprints, settings' schemas, team records: lib/storage/db.ts) come with `store.full()` where they are needed.
const detailsModule = later(() => import('./ProfileDetails'));
const teamModule = later(() => import('./TeamProfiles'));
const memoryFile = later(() => import('../lib/export/memory'));

export interface HistoryDeps {
  /** The rows' reads and one profile's changes; `store.full()` loads the rest (the team's list, the memory file). */
  store: HistoryStore;
  now: () => Date;
  /** Tells the background its in-memory indexes are stale. */
  /**
   * `forgotten`: the profiles deleted (the team sync deletes this user's own team records of them); `edited`: the
   * profiles given a note, a dismissal or the trusted mark (the team sync shares them again).
   */
  changed: (forgotten?: string[], edited?: string[]) => void;
  /** Team memory is on (a forget then also removes the user's own team record, and says so). */
  teamOn?: boolean;
  /** Team memory: every team record of a profile deleted from the team database (the server decides who may). */
  forgetEverywhere?: (key: string) => Promise<{ deleted: number; refused: number } | undefined>;
  download: (name: string, type: string, text: string) => void;
  /** The profile to show opened (the popup links to `profiles.html#<key>`). */
  open?: string;
  /**
   * The extension was updated while the page was open: the store's connection was closed for the new version
   * (lib/storage/open-events.ts), and the page offers a reload.
   */
  updated?: boolean;
}

const day = (iso: string) => iso.slice(0, 10);

/** A date in the reader's language that never wraps, with the moment for machines. */
const DateCell = ({ iso }: { iso: string }) => (
  <time class="rfr-date" dateTime={iso}>
    {formatDate(iso)}
  </time>
);

/** A profile's details, once their module has loaded. */
function Details(props: { entry: StoredProfile; deps: HistoryDeps; onChange: (e: StoredProfile) => void }) {
  const ProfileDetails = useLater(detailsModule)?.ProfileDetails;
  return ProfileDetails ? <ProfileDetails {...props} /> : null;
}

/** Colleagues' profiles (issue 16), once their module has loaded. */
function Team({ store, filter }: { store: HistoryStore; filter: HistoryFilter }) {
  const TeamProfiles = useLater(teamModule)?.TeamProfiles;
  const [full, setFull] = useState<RadarStore>();
  useEffect(() => {
    void store.full().then(setFull, () => {});
  }, [store]);
  return TeamProfiles && full ? <TeamProfiles store={full} filter={filter} /> : null;
}

/** Every profile seen: search, filters, details with notes, dismissals and trust, evidence and memory export. */
export function HistoryPage({ deps }: { deps: HistoryDeps }) {
  const [filter, setFilter] = useState<HistoryFilter>({});
  /** Whose profiles (issue 16): offered once colleagues' records exist or team memory is on. */
  const [show, setShow] = useState<'all' | 'mine' | 'team'>('all');
  const [hasTeam, setHasTeam] = useState(false);
  useEffect(() => {
    void deps.store.teamCount().then(
      (n) => setHasTeam(n > 0),
      () => {},
    );
  }, []);
  const team = hasTeam || !!deps.teamOn;
  const [rows, setRows] = useState<StoredProfile[]>([]);
  const [more, setMore] = useState(false);
  const [total, setTotal] = useState<number | undefined>();
  const [open, setOpen] = useState<string | undefined>(deps.open);
  const [status, setStatus] = useState<string | undefined>();
  const [confirm, setConfirm] = useState<string | undefined>();
  /** A storage refusal (a full disk …), shown until the next action succeeds: never swallowed. */
  const [error, setError] = useState<string | undefined>();
  const failed = (key: MessageKey) => (e: unknown) => {
    setConfirm(undefined);
    setStatus(undefined);
    setError(t(key, { reason: storageErrorReason(e) }));
  };

  const load = async (f: HistoryFilter, offset = 0) => {
    try {
      const page = await deps.store.historyPage(f, PAGE, offset);
      setRows((old) => (offset ? [...old, ...page.rows] : page.rows));
      setMore(page.more);
      // The count once the rows are on screen: they do not need it, and its answer (a count of 100,000 entries)
      // would otherwise render the page again before their first frame.
      await afterFrame();
      setTotal(await deps.store.count());
    } catch (e) {
      failed('history.loadFailed')(e);
    }
  };
  // Asked for as soon as the page is rendered, not after its first frame (an effect would wait for it: style and
  // layout of the empty page, 60-250 ms under load): the read runs while the browser paints.
  useLayoutEffect(() => {
    void load(filter);
  }, [filter]);
  // For the benchmark: when the first rows are on screen.
  useEffect(() => {
    if (rows.length && !performance.getEntriesByName('rfr-history-rendered').length) {
      performance.mark('rfr-history-rendered');
      // The details next, while the reader looks at the rows: a click on "Details" then opens them at once.
      setTimeout(() => void detailsModule.load().catch(() => {}), 0);
    }
  }, [rows]);

  const replace = (e: StoredProfile) => setRows((rs) => rs.map((r) => (r.key === e.key ? e : r)));
  /** Deletes a profile here (the team sync then deletes the user's own team record) and says `said`. */
  const forget = async (key: string, said: string) => {
    try {
      await deps.store.deleteProfile(key);
    } catch (e) {
      return failed('history.deleteFailed')(e);
    }
    setError(undefined);
    deps.changed([key]);
    setConfirm(undefined);
    setRows((rs) => rs.filter((r) => r.key !== key));
    setTotal((n) => (n ?? 1) - 1);
    setStatus(said);
  };
  const remove = async (key: string) => {
    if (confirm !== key) return setConfirm(key);
    await forget(key, t(deps.teamOn ? 'team.forgotten' : 'history.deleted'));
  };
  const set = (patch: Partial<HistoryFilter>) => setFilter((f) => ({ ...f, ...patch }));

  return (
    <main class="rfr-history">
      {deps.updated && <UpdatedNotice />}
      <h1>{t('history.title')}</h1>
      <p>{total === undefined ? '' : t('history.count', { count: total })}</p>
      <form role="search" class="rfr-history-filters" onSubmit={(e) => e.preventDefault()}>
        {team && (
          <label>
            {t('history.show.label')}{' '}
            <select value={show} onChange={(e) => setShow((e.target as HTMLSelectElement).value as typeof show)}>
              {(['all', 'mine', 'team'] as const).map((v) => (
                <option value={v}>{t(`history.show.${v}`)}</option>
              ))}
            </select>
          </label>
        )}
        <label>
          {t('history.search')}{' '}
          <input
            type="search"
            value={filter.query ?? ''}
            onInput={(e) => set({ query: (e.target as HTMLInputElement).value })}
          />
        </label>
        <label>
          {t('history.site')}{' '}
          <select
            value={filter.site ?? ''}
            onChange={(e) => set({ site: (e.target as HTMLSelectElement).value || undefined })}
          >
            <option value="">{t('history.any')}</option>
            {sitePages.map((s) => (
              <option value={s.id}>{s.name}</option>
            ))}
          </select>
        </label>
        <label>
          {t('history.level')}{' '}
          <select
            value={filter.level ?? ''}
            onChange={(e) =>
              set({ level: ((e.target as HTMLSelectElement).value || undefined) as HistoryFilter['level'] })
            }
          >
            <option value="">{t('history.any')}</option>
            {(['high', 'medium', 'low', 'none'] as const).map((l) => (
              <option value={l}>{t(`risk.${l}` as MessageKey)}</option>
            ))}
          </select>
        </label>
        <label>
          <input
            type="checkbox"
            checked={!!filter.trusted}
            onChange={(e) => set({ trusted: (e.target as HTMLInputElement).checked })}
          />{' '}
          {t('history.trustedOnly')}
        </label>
        <label>
          <input
            type="checkbox"
            checked={!!filter.notes}
            onChange={(e) => set({ notes: (e.target as HTMLInputElement).checked })}
          />{' '}
          {t('history.withNotes')}
        </label>
      </form>
      {status && (
        <p role="status" class="rfr-status">
          {status}
        </p>
      )}
      {error && (
        <p role="alert" class="rfr-error">
          {error}
        </p>
      )}
      {show === 'team' ? null : rows.length === 0 ? (
        <p class="rfr-empty">{t('history.empty')}</p>
      ) : (
        <table class="rfr-history-table">
          <thead>
            <tr>
              <th scope="col">{t('field.name')}</th>
              <th scope="col">{t('history.level')}</th>
              <th scope="col">{t('ui.findings')}</th>
              <th scope="col">{t('history.seen')}</th>
              <th scope="col">{t('history.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => [
              <tr key={r.key} data-key={r.key} data-level={r.level}>
                <th scope="row">
                  <a href={/^https:\/\//.test(r.url) ? r.url : undefined} target="_blank" rel="noopener noreferrer">
                    {r.profile.name ?? r.url}
                  </a>
                  {r.trustedAt && <span class="rfr-tag"> {t('history.trusted')}</span>}
                  <span class="rfr-row-site">{sitePages.find((s) => s.id === r.site)?.name ?? r.site}</span>
                </th>
                <LevelCell level={r.level} unread={r.unread} />
                <FindingsCell entry={r} dismissals={r.dismissals} />
                <td class="rfr-seen">
                  <DateCell iso={r.firstSeen} />
                  {day(r.lastSeen) !== day(r.firstSeen) && (
                    <>
                      {' – '}
                      <DateCell iso={r.lastSeen} />
                    </>
                  )}
                </td>
                <td class="rfr-actions">
                  <button
                    type="button"
                    aria-expanded={open === r.key}
                    onClick={() => setOpen(open === r.key ? undefined : r.key)}
                  >
                    {t(open === r.key ? 'history.hide' : 'history.details')}
                  </button>{' '}
                  <button type="button" onClick={() => remove(r.key)}>
                    {t(confirm === r.key ? 'history.deleteConfirm' : 'history.delete')}
                  </button>
                </td>
              </tr>,
              open === r.key && (
                <tr key={`${r.key}-details`} class="rfr-details-row">
                  <td colSpan={5}>
                    <Details entry={r} deps={deps} onChange={replace} />
                    {deps.teamOn && deps.forgetEverywhere && (
                      <TeamForgetEverywhere profileKey={r.key} forget={deps.forgetEverywhere} forgotten={forget} />
                    )}
                  </td>
                </tr>
              ),
            ])}
          </tbody>
        </table>
      )}
      {more && show !== 'team' && (
        <button type="button" onClick={() => load(filter, rows.length)}>
          {t('history.more')}
        </button>
      )}
      {team && show !== 'mine' && <Team store={deps.store} filter={filter} />}
      <section class="rfr-memory" aria-labelledby="rfr-memory-h">
        <h2 id="rfr-memory-h">{t('history.memory')}</h2>
        <p>
          <button
            type="button"
            onClick={async () => {
              let file: string;
              try {
                const { exportMemory } = await memoryFile.load();
                file = JSON.stringify(await exportMemory(await deps.store.full(), deps.now()));
              } catch (e) {
                return failed('history.exportFailed')(e);
              }
              setError(undefined);
              deps.download(`red-flag-radar-memory-${day(deps.now().toISOString())}.json`, 'application/json', file);
            }}
          >
            {t('history.exportMemory')}
          </button>
        </p>
        <p>
          <label>
            {t('history.importMemory')}{' '}
            <input
              type="file"
              accept="application/json,.json"
              onChange={async (e) => {
                const file = (e.target as HTMLInputElement).files?.[0];
                if (!file) return;
                let ImportError: (typeof import('../lib/export/memory'))['ImportError'] | undefined;
                try {
                  const memory = await memoryFile.load();
                  ImportError = memory.ImportError;
                  const r = await memory.importMemory(await deps.store.full(), await file.text());
                  deps.changed();
                  setError(undefined);
                  setStatus(
                    t('history.imported', {
                      added: t('history.importedNew', { count: r.added }),
                      merged: t('history.importedMerged', { count: r.merged }),
                    }),
                  );
                  await load(filter);
                } catch (err) {
                  const reason = ImportError && err instanceof ImportError ? err.message : storageErrorReason(err);
                  setStatus(undefined);
                  setError(t('history.importFailed', { reason }));
                }
              }}
            />
          </label>
        </p>
        <p>
          <button
            type="button"
            onClick={async () => {
              if (confirm !== '*') return setConfirm('*');
              let keys: string[] = [];
              try {
                keys = (await deps.store.allProfiles()).map((e) => e.key);
                await deps.store.clearHistory();
              } catch (e) {
                return failed('history.deleteAllFailed')(e);
              }
              setError(undefined);
              deps.changed(keys);
              setConfirm(undefined);
              setStatus(t('history.allDeleted'));
              await load(filter);
            }}
          >
            {t(confirm === '*' ? 'history.deleteAllConfirm' : 'history.deleteAll')}
          </button>
        </p>
      </section>
    </main>
  );
}
