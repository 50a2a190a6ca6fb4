import { t, type MessageKey } from '../lib/i18n';
import type { Settings } from '../lib/storage/settings';

const SENSITIVITIES = ['low', 'normal', 'high'] as const;

export function SettingsForm({
  settings,
  onChange,
  open = false,
}: {
  settings: Settings;
  onChange: (s: Settings) => void;
  open?: boolean;
}) {
  return (
    <details open={open}>
      <summary>{t('ui.settings')}</summary>
      <fieldset>
        <legend>{t('ui.settings.sensitivity')}</legend>
        {SENSITIVITIES.map((s) => (
          <label>
            <input
              type="radio"
              name="sensitivity"
              value={s}
              checked={settings.sensitivity === s}
              onChange={() => onChange({ ...settings, sensitivity: s })}
            />{' '}
            {t(`ui.settings.sensitivity.${s}` as MessageKey)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('ui.settings.sites')}</legend>
        {Object.keys(settings.enabledSites).map((id) => (
          <label>
            <input
              type="checkbox"
              checked={settings.enabledSites[id] !== false}
              onChange={(e) =>
                onChange({
                  ...settings,
                  enabledSites: { ...settings.enabledSites, [id]: (e.target as HTMLInputElement).checked },
                })
              }
            />{' '}
            {t(`site.${id}` as MessageKey)}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
