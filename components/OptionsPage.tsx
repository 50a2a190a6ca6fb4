import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t, type MessageKey } from '../lib/i18n/pages';
import type { PopupMessage } from '../lib/messages';
import type { Settings } from '../lib/storage/settings';
import { applyLanguage } from './apply-language';
import { SensitivityChoice, SiteChoice } from './SettingsForm';
import { TeamSettingsForm } from './TeamSettings';

const ask = <T,>(msg: PopupMessage) => browser.runtime.sendMessage(msg) as Promise<T>;

/** One group of settings: a heading, a line of help, the controls. */
function Group(p: { id: string; title: string; help: string; children: ComponentChildren }) {
  return (
    <section class="rfr-card" aria-labelledby={p.id}>
      <h2 id={p.id}>{p.title}</h2>
      <p class="rfr-help">{p.help}</p>
      {p.children}
    </section>
  );
}

/** A number of days; values outside min…3650 are not saved. */
function DaysInput(p: { id: string; label: string; min: number; value: number; onChange: (days: number) => void }) {
  return (
    <div class="rfr-field">
      <label for={p.id}>{p.label}</label>
      <span class="rfr-days">
        <input
          id={p.id}
          type="number"
          min={p.min}
          max={3650}
          value={p.value}
          onChange={(e) => {
            const days = Math.round(Number((e.target as HTMLInputElement).value));
            if (days >= p.min && days <= 3650) p.onChange(days);
          }}
        />{' '}
        {t('options.days')}
      </span>
    </div>
  );
}

/** The options page: sites, sensitivity, language, how long profiles are remembered, forgetting them all, the team. */
export function OptionsPage() {
  const [settings, setSettings] = useState<Settings | undefined>();
  const [confirming, setConfirming] = useState(false);
  const [cleared, setCleared] = useState(false);
  const [photosCleared, setPhotosCleared] = useState(false);

  useEffect(() => {
    ask<Settings>({ type: 'get-settings' }).then((s) => {
      applyLanguage(s);
      document.title = t('ui.options.title');
      setSettings(s);
    });
  }, []);

  const save = async (next: Settings) => {
    const saved = await ask<Settings>({ type: 'set-settings', settings: next });
    applyLanguage(saved);
    document.title = t('ui.options.title');
    setSettings(saved);
  };

  if (!settings) return null;
  return (
    <main class="rfr-page rfr-options">
      <h1>{t('ui.options.title')}</h1>
      <p class="rfr-lead">{t('options.lead')}</p>
      <Group id="rfr-sites" title={t('ui.settings.sites')} help={t('options.sites.help')}>
        <SiteChoice settings={settings} onChange={save} labelledBy="rfr-sites" />
      </Group>
      <Group id="rfr-sensitivity" title={t('ui.settings.sensitivity')} help={t('options.sensitivity.help')}>
        <SensitivityChoice settings={settings} onChange={save} labelledBy="rfr-sensitivity" />
      </Group>
      <Group id="rfr-language" title={t('ui.settings.language')} help={t('options.language.help')}>
        <select
          aria-labelledby="rfr-language"
          value={settings.language}
          onChange={(e) =>
            save({ ...settings, language: (e.target as HTMLSelectElement).value as Settings['language'] })
          }
        >
          {(['auto', 'en', 'de'] as const).map((l) => (
            <option value={l}>{t(`ui.settings.language.${l}` as MessageKey)}</option>
          ))}
        </select>
      </Group>
      <Group id="rfr-memory" title={t('ui.settings.history')} help={t('options.memory.help')}>
        <DaysInput
          id="rfr-history-days"
          label={t('ui.settings.historyDays')}
          min={1}
          value={settings.historyDays}
          onChange={(historyDays) => save({ ...settings, historyDays })}
        />
        <DaysInput
          id="rfr-photo-days"
          label={t('ui.settings.photoDays')}
          min={0}
          value={settings.photoDays}
          onChange={(photoDays) => save({ ...settings, photoDays })}
        />
        <div class="rfr-actions">
          <button
            type="button"
            onClick={async () => {
              await ask({ type: 'clear-photos' });
              setPhotosCleared(true);
            }}
          >
            {t('ui.settings.clearPhotos')}
          </button>
          <button
            type="button"
            class={confirming ? 'rfr-danger' : undefined}
            onClick={async () => {
              if (!confirming) return setConfirming(true);
              await ask({ type: 'clear-history' });
              setConfirming(false);
              setCleared(true);
            }}
          >
            {t(confirming ? 'ui.settings.clearConfirm' : 'ui.settings.clear')}
          </button>
        </div>
        {photosCleared && <p role="status">{t('ui.settings.photosCleared')}</p>}
        {cleared && <p role="status">{t('ui.settings.cleared')}</p>}
        <p class="rfr-privacy-line">
          {t(settings.team.share === 'off' ? 'ui.settings.privacy' : 'team.privacyLine')}{' '}
          <a href={browser.runtime.getURL('/privacy.html' as '/popup.html')}>{t('options.privacy')}</a>
        </p>
      </Group>
      <Group id="rfr-team" title={t('team.title')} help={t('team.help')}>
        <TeamSettingsForm settings={settings} save={save} />
      </Group>
    </main>
  );
}
