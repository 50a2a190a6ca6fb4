import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { localeForSetting, setLocale, t, type MessageKey } from '../lib/i18n';
import type { PopupMessage } from '../lib/messages';
import type { Settings } from '../lib/storage/settings';
import { SettingsForm } from './SettingsForm';

const ask = <T,>(msg: PopupMessage) => browser.runtime.sendMessage(msg) as Promise<T>;

export function applyLanguage(settings: Settings): void {
  setLocale(localeForSetting(settings.language, navigator.language));
}

/** A number of days; values outside min…3650 are not saved. */
function DaysInput(p: { label: string; min: number; value: number; onChange: (days: number) => void }) {
  return (
    <label>
      {p.label}{' '}
      <input
        type="number"
        min={p.min}
        max={3650}
        value={p.value}
        onChange={(e) => {
          const days = Math.round(Number((e.target as HTMLInputElement).value));
          if (days >= p.min && days <= 3650) p.onChange(days);
        }}
      />
    </label>
  );
}

/** The options page: sites, sensitivity, language, how long profiles are remembered, forgetting them all. */
export function OptionsPage() {
  const [settings, setSettings] = useState<Settings | undefined>();
  const [confirming, setConfirming] = useState(false);
  const [cleared, setCleared] = useState(false);
  const [photosCleared, setPhotosCleared] = useState(false);

  useEffect(() => {
    ask<Settings>({ type: 'get-settings' }).then((s) => {
      applyLanguage(s);
      setSettings(s);
    });
  }, []);

  const save = async (next: Settings) => {
    const saved = await ask<Settings>({ type: 'set-settings', settings: next });
    applyLanguage(saved);
    setSettings(saved);
  };

  if (!settings) return null;
  return (
    <main>
      <h1>{t('ui.options.title')}</h1>
      <SettingsForm settings={settings} onChange={save} open />
      <fieldset>
        <legend>{t('ui.settings.language')}</legend>
        <select
          aria-label={t('ui.settings.language')}
          value={settings.language}
          onChange={(e) =>
            save({ ...settings, language: (e.target as HTMLSelectElement).value as Settings['language'] })
          }
        >
          {(['auto', 'en', 'de'] as const).map((l) => (
            <option value={l}>{t(`ui.settings.language.${l}` as MessageKey)}</option>
          ))}
        </select>
      </fieldset>
      <fieldset>
        <legend>{t('ui.settings.history')}</legend>
        <DaysInput
          label={t('ui.settings.historyDays')}
          min={1}
          value={settings.historyDays}
          onChange={(historyDays) => save({ ...settings, historyDays })}
        />
        <DaysInput
          label={t('ui.settings.photoDays')}
          min={0}
          value={settings.photoDays}
          onChange={(photoDays) => save({ ...settings, photoDays })}
        />
        <p>
          <button
            type="button"
            onClick={async () => {
              await ask({ type: 'clear-photos' });
              setPhotosCleared(true);
            }}
          >
            {t('ui.settings.clearPhotos')}
          </button>
        </p>
        {photosCleared && <p role="status">{t('ui.settings.photosCleared')}</p>}
        <p>
          <button
            type="button"
            onClick={async () => {
              if (!confirming) return setConfirming(true);
              await ask({ type: 'clear-history' });
              setConfirming(false);
              setCleared(true);
            }}
          >
            {t(confirming ? 'ui.settings.clearConfirm' : 'ui.settings.clear')}
          </button>
        </p>
        {cleared && <p role="status">{t('ui.settings.cleared')}</p>}
      </fieldset>
      <p>{t('ui.settings.privacy')}</p>
    </main>
  );
}
