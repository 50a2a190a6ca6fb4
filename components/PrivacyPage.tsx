import { useEffect, useState } from 'preact/hooks';
import { t, type MessageKey } from '../lib/i18n/pages';
import type { Settings } from '../lib/storage/settings';
import { storageErrorReason } from '../lib/storage/errors';

export interface PrivacyDeps {
  settings: () => Promise<Settings>;
  /** How many profiles and photos are stored now. */
  counts: () => Promise<{ profiles: number; photos: number }>;
  /** Deletes every profile, fingerprint and photo (the background's clear-history). */
  deleteAll: () => Promise<void>;
  historyUrl: string;
  optionsUrl: string;
}

/** One kind of stored data: what it holds and for how long. */
function Stored({ kind, keep }: { kind: string; keep: string }) {
  return (
    <li class="rfr-stored" data-kind={kind}>
      <h3>{t(`privacy.${kind}.title` as MessageKey)}</h3>
      <p>{t(`privacy.${kind}.body` as MessageKey)}</p>
      <p class="rfr-keep">{keep}</p>
    </li>
  );
}

/**
 * The privacy page (issue 13, point 9): exactly what is stored (lib/storage/db.ts: profiles, fingerprints,
 * photos, settings; the tabs' state in session storage), for how long (the settings' periods), where, and how
 * to delete it — one profile in the history, or everything here.
 */
export function PrivacyPage({ deps }: { deps: PrivacyDeps }) {
  const [settings, setSettings] = useState<Settings | undefined>();
  const [counts, setCounts] = useState<{ profiles: number; photos: number } | undefined>();
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState<string | undefined>();
  const recount = () => deps.counts().then(setCounts, () => setCounts(undefined));
  useEffect(() => {
    deps.settings().then(setSettings, () => {});
    void recount();
  }, []);

  const deleteAll = async () => {
    if (!confirming) return setConfirming(true);
    setConfirming(false);
    try {
      await deps.deleteAll();
      setStatus(t('privacy.delete.done'));
    } catch (e) {
      setStatus(t('history.deleteAllFailed', { reason: storageErrorReason(e) }));
    }
    await recount();
  };

  return (
    <main class="rfr-page rfr-privacy">
      <h1>{t('privacy.title')}</h1>
      <p class="rfr-lead">{t(settings && settings.team.share !== 'off' ? 'team.privacyLine' : 'privacy.lead')}</p>
      <section class="rfr-card" aria-labelledby="rfr-what">
        <h2 id="rfr-what">{t('privacy.what')}</h2>
        <ul class="rfr-stored-list">
          <Stored kind="profiles" keep={settings ? t('privacy.profiles.keep', { days: settings.historyDays }) : ''} />
          <Stored kind="marks" keep={t('privacy.marks.keep')} />
          <Stored kind="prints" keep={t('privacy.prints.keep')} />
          <Stored
            kind="photos"
            keep={
              !settings
                ? ''
                : settings.photoDays
                  ? t('privacy.photos.keep', { days: settings.photoDays })
                  : t('privacy.photos.off')
            }
          />
          <Stored kind="tabs" keep={t('privacy.tabs.keep')} />
          <Stored kind="settings" keep={t('privacy.settings.keep')} />
          {settings && settings.team.share !== 'off' && <Stored kind="team" keep={t('privacy.team.keep')} />}
        </ul>
        <p>{t('privacy.notStored')}</p>
        <p>
          <a href={deps.optionsUrl}>{t('privacy.settings')}</a>
        </p>
      </section>
      <section class="rfr-card" aria-labelledby="rfr-where">
        <h2 id="rfr-where">{t('privacy.where')}</h2>
        <p>{t('privacy.where.body')}</p>
        {counts && (
          <p class="rfr-counts">
            {t('privacy.now', {
              profiles: t('privacy.now.profiles', { count: counts.profiles }),
              photos: t('privacy.now.photos', { count: counts.photos }),
            })}
          </p>
        )}
      </section>
      <section class="rfr-card" aria-labelledby="rfr-delete">
        <h2 id="rfr-delete">{t('privacy.delete')}</h2>
        <p>
          {t('privacy.delete.one')} <a href={deps.historyUrl}>{t('privacy.delete.history')}</a>
        </p>
        <p>{t('privacy.delete.all')}</p>
        <p>
          <button type="button" class="rfr-danger" onClick={deleteAll}>
            {t(confirming ? 'privacy.delete.confirm' : 'privacy.delete.button')}
          </button>
        </p>
        {status && <p role="status">{status}</p>}
      </section>
    </main>
  );
}
