import { useEffect, useState } from 'preact/hooks';
import { storedSummary } from '../lib/finding-view';
import { currentLocale, t } from '../lib/i18n/pages';
import { sitePages } from '../lib/sites/pages';
import type { StoredProfile } from '../lib/storage/db';

const UNITS = [
  ['year', 365 * 86_400_000],
  ['month', 30 * 86_400_000],
  ['week', 7 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
] as const;

/** "3 days ago", "vor 3 Tagen", "just now"/"jetzt", by the browser's own localisation. */
export function ago(iso: string, now: Date): string {
  const ms = now.getTime() - Date.parse(iso);
  const rtf = new Intl.RelativeTimeFormat([currentLocale()], { numeric: 'auto' });
  for (const [unit, size] of UNITS) if (ms >= size) return rtf.format(-Math.floor(ms / size), unit);
  return rtf.format(0, 'second');
}

/**
 * The profiles seen most recently, each linked to its entry in the history page (`profiles.html#<key>`),
 * with its site, level and when it was seen.
 */
export function RecentProfiles({
  load,
  historyUrl,
  now = () => new Date(),
}: {
  load: () => Promise<StoredProfile[]>;
  historyUrl: string;
  now?: () => Date;
}) {
  const [rows, setRows] = useState<StoredProfile[] | undefined>();
  useEffect(() => {
    load().then(setRows, () => setRows([]));
  }, []);
  if (!rows) return null;
  return (
    <section class="rfr-recent" aria-labelledby="rfr-recent-title">
      <h2 id="rfr-recent-title">{t('popup.recent')}</h2>
      {rows.length === 0 ? (
        <p>{t('popup.recent.none')}</p>
      ) : (
        <ul>
          {rows.map((r) => {
            const name = r.profile?.name || t('popup.recent.unnamed');
            return (
              <li class="rfr-recent-row" data-key={r.key}>
                <a
                  href={`${historyUrl}#${encodeURIComponent(r.key)}`}
                  target="_blank"
                  rel="noopener"
                  title={t('popup.recent.open', { name })}
                >
                  {name}
                </a>
                <span class={`rfr-chip rfr-chip-${r.level}`}>{storedSummary(r)}</span>
                <span class="rfr-recent-meta">
                  {sitePages.find((s) => s.id === r.site)?.name ?? r.site} · {ago(r.lastSeen, now())}
                </span>
              </li>
            );
          })}
        </ul>
      )}
      <p>
        <a href={historyUrl} target="_blank" rel="noopener">
          {t('popup.recent.all')}
        </a>
      </p>
    </section>
  );
}
