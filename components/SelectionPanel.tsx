import type { MessageAnalysis } from '../lib/analyze';
import { t } from '../lib/i18n';
import { FindingItem } from './FindingItem';

/** The result of checking selected text, shown over the page it came from. */
export function SelectionPanel({ result, onClose }: { result: MessageAnalysis; onClose: () => void }) {
  return (
    <div class="rfr-root">
      <div class="rfr-panel rfr-selection" role="dialog" aria-label={t('ui.message.heading')}>
        <button type="button" class="rfr-close" onClick={onClose}>
          {t('ui.close')}
        </button>
        <div class={`rfr-level rfr-level-${result.risk.level}`}>
          {result.findings.length
            ? `${t(`risk.${result.risk.level}`)} · ${t('ui.badge.findings', { count: result.findings.length })}`
            : t('risk.none')}
        </div>
        {result.findings.length ? (
          <ul class="rfr-findings">
            {result.findings.map((f) => (
              <FindingItem finding={f} />
            ))}
          </ul>
        ) : (
          <p class="rfr-empty">{t('ui.message.none')}</p>
        )}
        <p class="rfr-disclaimer">{t('ui.disclaimer')}</p>
      </div>
    </div>
  );
}
