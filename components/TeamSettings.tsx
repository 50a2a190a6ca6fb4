import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { formatDateTime } from '../lib/i18n/format';
import { t } from '../lib/i18n/pages';
import type { Settings } from '../lib/storage/settings';
import { teamOrigin, teamUrlProblem, type TeamSettings } from '../lib/team/config';
import type { TeamMessage } from '../lib/team/messages';
import type { SyncStatus } from '../lib/team/sync';
import { statusText } from './TeamStatusLine';

const ask = <T,>(msg: TeamMessage) => browser.runtime.sendMessage(msg) as Promise<T>;
const SHARES = ['off', 'full', 'hashes'] as const;

/** A text field with its label and a line of help under it (the help is its description). */
function Field(p: {
  id: string;
  label: string;
  help: string;
  value: string;
  type?: string;
  autocomplete?: string;
  onInput: (v: string) => void;
}) {
  return (
    <div class="rfr-field rfr-team-field">
      <label for={p.id}>{p.label}</label>
      <input
        id={p.id}
        type={p.type ?? 'text'}
        value={p.value}
        autocomplete={p.autocomplete ?? 'off'}
        spellcheck={false}
        aria-describedby={`${p.id}-help`}
        onInput={(e) => p.onInput((e.target as HTMLInputElement).value)}
      />
      <p class="rfr-help" id={`${p.id}-help`}>
        {p.help}
      </p>
    </div>
  );
}

/**
 * The options' team section: where the team database is, who this recruiter is there, what is shared, and how the
 * sync is doing. "Save and connect" asks the browser for access to that one server (optional host permission,
 * from the click), then saves and syncs at once.
 */
export function TeamSettingsForm(p: { settings: Settings; save: (s: Settings) => Promise<void> }) {
  const [draft, setDraft] = useState<TeamSettings>(p.settings.team);
  const [problem, setProblem] = useState<string | undefined>();
  const [saved, setSaved] = useState(false);
  const [status, setStatus] = useState<SyncStatus | undefined>();
  const set = (patch: Partial<TeamSettings>) => {
    setSaved(false);
    setDraft((d) => ({ ...d, ...patch }));
  };

  useEffect(() => {
    let live = true;
    const poll = () =>
      ask<SyncStatus>({ type: 'team-status' })
        .then((s) => live && setStatus(s))
        .catch(() => {});
    void poll();
    const timer = setInterval(poll, 2_000);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, []);

  const submit = async (e: Event) => {
    e.preventDefault();
    setProblem(undefined);
    const team = { ...draft, url: draft.url.trim(), user: draft.user.trim() };
    if (team.share !== 'off') {
      const bad = teamUrlProblem(team.url);
      if (bad) return setProblem(t(bad));
      // First thing in the click: the browser asks only from a user's action.
      const origin = teamOrigin(team.url);
      const granted = await browser.permissions.request({ origins: [origin] }).catch(() => false);
      if (!granted) setProblem(t('team.permission', { origin: new URL(team.url).origin }));
    }
    await p.save({ ...p.settings, team });
    setSaved(true);
    if (team.share !== 'off') setStatus(await ask<SyncStatus>({ type: 'team-sync-now' }));
  };

  const on = p.settings.team.share !== 'off';
  return (
    <form class="rfr-team" onSubmit={submit}>
      <div class="rfr-choices" role="radiogroup" aria-labelledby="rfr-team-share">
        <p id="rfr-team-share" class="rfr-team-label">
          {t('team.share')}
        </p>
        {SHARES.map((s) => (
          <label class="rfr-choice">
            <input
              type="radio"
              name="team-share"
              value={s}
              checked={draft.share === s}
              onChange={() => set({ share: s })}
            />
            <span>{t(`team.share.${s}`)}</span>
          </label>
        ))}
        <p class="rfr-help">{t('team.share.help')}</p>
      </div>
      <Field
        id="rfr-team-url"
        label={t('team.url')}
        help={t('team.url.help')}
        type="url"
        value={draft.url}
        onInput={(url) => set({ url })}
      />
      <Field
        id="rfr-team-user"
        label={t('team.user')}
        help={t('team.user.help')}
        autocomplete="username"
        value={draft.user}
        onInput={(user) => set({ user })}
      />
      <Field
        id="rfr-team-password"
        label={t('team.password')}
        help={t('team.password.help')}
        type="password"
        autocomplete="current-password"
        value={draft.password}
        onInput={(password) => set({ password })}
      />
      <Field
        id="rfr-team-recruiter"
        label={t('team.recruiter')}
        help={t('team.recruiter.help')}
        value={draft.recruiter}
        onInput={(recruiter) => set({ recruiter })}
      />
      <Field
        id="rfr-team-key"
        label={t('team.key')}
        help={t('team.key.help')}
        type="password"
        value={draft.key}
        onInput={(key) => set({ key })}
      />
      {problem && (
        <p class="rfr-team-problem" role="alert">
          {problem}
        </p>
      )}
      <div class="rfr-actions">
        <button type="submit">{t('team.save')}</button>
        {on && (
          <button type="button" onClick={async () => setStatus(await ask<SyncStatus>({ type: 'team-sync-now' }))}>
            {t('team.syncNow')}
          </button>
        )}
      </div>
      {saved && <p role="status">{t('team.saved')}</p>}
      <div class="rfr-team-status" data-state={on ? (status?.state ?? 'never') : 'off'} aria-live="polite">
        <strong>{t('team.status')}:</strong> {statusText(p.settings.team, status)}
        {on && status && status.state !== 'ok' && status.lastOk && (
          <> {t('team.status.lastOk', { when: formatDateTime(status.lastOk) })}</>
        )}
        {on && status && status.state !== 'never' && (
          <p class="rfr-help">
            {t('team.status.counts', { pulled: status.pulled, pushed: status.pushed, refused: status.refused })}
            {status.waiting > 0 && <> {t('team.status.waiting', { count: status.waiting })}</>}
          </p>
        )}
      </div>
    </form>
  );
}
