import { useState } from 'preact/hooks';
import type { MessageAnalysis } from '../lib/analyze';
import { t } from '../lib/i18n';
import { MessageResult } from './MessageResult';

/**
 * "Paste a message": runs the message rules in the background on text the user pastes. `open`: shown unfolded
 * (the popup away from a profile, where it is the one thing to do — the review of the thirty-first session,
 * point 7: folded below the history, it was not seen).
 */
export function MessageCheck({
  check,
  open = false,
}: {
  check: (text: string) => Promise<MessageAnalysis | undefined>;
  open?: boolean;
}) {
  const [text, setText] = useState('');
  const [result, setResult] = useState<MessageAnalysis | undefined>();
  return (
    <details class="rfr-message" open={open}>
      <summary>{t('ui.message.heading')}</summary>
      <label for="rfr-message-text">{t('ui.message.label')}</label>
      <textarea
        id="rfr-message-text"
        rows={5}
        value={text}
        onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
      />
      <button type="button" disabled={!text.trim()} onClick={async () => setResult(await check(text))}>
        {t('ui.message.check')}
      </button>
      {result && <MessageResult result={result} />}
    </details>
  );
}
