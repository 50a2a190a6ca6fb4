import type { MessageAnalysis } from '../lib/analyze';
import { t } from '../lib/i18n';
import { FindingItem } from './FindingItem';

/** The findings of a message check, or that none of the known phrasings was found. */
export function MessageResult({ result }: { result: MessageAnalysis }) {
  return (
    <div class="rfr-report" data-level={result.risk.level} aria-live="polite">
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
    </div>
  );
}
