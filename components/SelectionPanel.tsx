import type { MessageAnalysis } from '../lib/analyze';
import { t } from '../lib/i18n';
import { MessageResult } from './MessageResult';

/** The result of checking selected text, shown over the page it came from. */
export function SelectionPanel({ result, onClose }: { result: MessageAnalysis; onClose: () => void }) {
  return (
    <div class="rfr-root">
      <div class="rfr-panel rfr-selection" role="dialog" aria-label={t('ui.message.heading')}>
        <button type="button" class="rfr-close" onClick={onClose}>
          {t('ui.close')}
        </button>
        <MessageResult result={result} />
        <p class="rfr-disclaimer">{t('ui.disclaimer')}</p>
      </div>
    </div>
  );
}
