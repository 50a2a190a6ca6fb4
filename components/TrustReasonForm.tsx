import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../lib/i18n';
import { MAX_REASON } from '../lib/trust';

/**
 * How the user verified the person, asked before the person is marked as trusted (the badge's panel and the
 * history page): a labelled field, focused when it opens, and a button that saves only when something is written.
 * The mark is the record of the user's due diligence, as a dismissal's reason is.
 */
export function TrustReasonForm({ id, save }: { id: string; save: (reason: string) => Promise<boolean> }) {
  const [reason, setReason] = useState('');
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => field.current?.focus(), []);
  return (
    <div id={id} class="rfr-trust-form">
      <label for={`${id}-reason`}>{t('panel.trustReason')}</label>
      <textarea
        ref={field}
        id={`${id}-reason`}
        class="rfr-trust-reason"
        rows={3}
        maxLength={MAX_REASON}
        value={reason}
        placeholder={t('panel.trustPlaceholder')}
        onInput={(e) => setReason((e.target as HTMLTextAreaElement).value)}
      />
      <button
        type="button"
        class="rfr-trust-save"
        disabled={!reason.trim()}
        onClick={async () => {
          if (await save(reason.trim())) setReason('');
        }}
      >
        {t('panel.trustSave')}
      </button>
    </div>
  );
}
