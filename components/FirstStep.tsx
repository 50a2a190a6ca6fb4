import { t } from '../lib/i18n';

/** The step to take first, under the verdict in the panel and the popup (lib/verdict.ts); nothing without one. */
export function FirstStep({ text }: { text: string | undefined }) {
  return text ? (
    <p class="rfr-first-step">
      <strong>{t('ui.firstStep')}</strong> {text}
    </p>
  ) : null;
}
