import { t, type MessageKey } from '../lib/i18n/pages';
import type { Settings } from '../lib/storage/settings';

const SENSITIVITIES = ['low', 'normal', 'high'] as const;

interface Props {
  settings: Settings;
  onChange: (s: Settings) => void;
}

/** Sensitivity: one of three, each explained. */
export function SensitivityChoice({ settings, onChange, labelledBy }: Props & { labelledBy?: string }) {
  return (
    <div class="rfr-choices" role="radiogroup" aria-labelledby={labelledBy}>
      {SENSITIVITIES.map((s) => (
        <label class="rfr-choice">
          <input
            type="radio"
            name="sensitivity"
            value={s}
            checked={settings.sensitivity === s}
            onChange={() => onChange({ ...settings, sensitivity: s })}
          />
          <span>{t(`ui.settings.sensitivity.${s}` as MessageKey)}</span>
        </label>
      ))}
    </div>
  );
}

/** The sites Red Flag Radar reads, each switched on or off. */
export function SiteChoice({ settings, onChange, labelledBy }: Props & { labelledBy?: string }) {
  return (
    <div class="rfr-choices rfr-sites" role="group" aria-labelledby={labelledBy}>
      {Object.keys(settings.enabledSites).map((id) => (
        <label class="rfr-choice">
          <input
            type="checkbox"
            checked={settings.enabledSites[id] !== false}
            onChange={(e) =>
              onChange({
                ...settings,
                enabledSites: { ...settings.enabledSites, [id]: (e.target as HTMLInputElement).checked },
              })
            }
          />
          <span>{t(`site.${id}` as MessageKey)}</span>
        </label>
      ))}
    </div>
  );
}

/** The popup's quick settings, folded away: sensitivity and sites (the options page has them all). */
export function SettingsForm({ settings, onChange }: Props) {
  return (
    <details class="rfr-quick-settings">
      <summary>{t('ui.settings')}</summary>
      <fieldset>
        <legend>{t('ui.settings.sensitivity')}</legend>
        <SensitivityChoice settings={settings} onChange={onChange} />
      </fieldset>
      <fieldset>
        <legend>{t('ui.settings.sites')}</legend>
        <SiteChoice settings={settings} onChange={onChange} />
      </fieldset>
    </details>
  );
}
