import type { MessageAnalysis } from '../lib/analyze';
import { levelSummary } from '../lib/finding-view';
import { t } from '../lib/i18n';
import { FindingItem } from './FindingItem';

/**
 * The findings of a message check, or that none of the known phrasings was found; its headline is the
 * markers' (lib/finding-view.ts levelSummary).
 */
export function MessageResult({ result }: { result: MessageAnalysis }) {
  return (
    <div class="rfr-report" data-level={result.risk.level} aria-live="polite">
      <div class={`rfr-level rfr-level-${result.risk.level}`}>
        {/* Red flags and notes counted apart, as the markers on a page count them. */}
        {levelSummary(result.risk.level, result.findings)}
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
