import { useEffect, useState } from 'preact/hooks';
import { t, type MessageKey } from '../lib/i18n/pages';
import { formatDateTime } from '../lib/i18n/format';
import type { TeamSettings } from '../lib/team/config';
import type { SyncStatus } from '../lib/team/sync';

/** One line of the sync status, in words (the options page and the popup). */
export function statusText(team: TeamSettings, s: SyncStatus | undefined): string {
  if (team.share === 'off') return t('team.status.off');
  if (!s || s.state === 'never') return t('team.status.never');
  if (s.state === 'ok') return t('team.status.ok', { when: formatDateTime(s.at ?? '') });
  return t(`team.status.${s.state}` as MessageKey);
}

/**
 * The popup's line about team memory, only when it is on: "Team memory: synced 14:02" — or what is wrong (wrong
 * password, server refuses writes, offline), linked to the options where it is fixed.
 */
export function TeamStatusLine(p: { team: TeamSettings; load: () => Promise<SyncStatus>; optionsUrl: string }) {
  const [status, setStatus] = useState<SyncStatus | undefined>();
  useEffect(() => {
    if (p.team.share !== 'off') p.load().then(setStatus, () => {});
  }, [p.team.share]);
  if (p.team.share === 'off') return null;
  const state = status?.state ?? 'never';
  return (
    <p class="rfr-team-line" data-state={state}>
      <a href={p.optionsUrl} target="_blank" rel="noopener">
        {t('team.popup', { status: statusText(p.team, status) })}
      </a>
    </p>
  );
}
