import { useState } from 'preact/hooks';
import { findingTitle, isNote, reliabilityText } from '../lib/finding-view';
import { t } from '../lib/i18n';
import type { Mark } from '../lib/messages';
import type { Finding } from '../lib/rules/types';
import { FindingSources } from './FindingSources';

/** "Dismiss…", then the reason and the button that saves it (the panel, on a remembered profile). */
function Dismiss({ finding, mark }: { finding: Finding; mark: (m: Mark) => Promise<boolean> }) {
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const id = `rfr-dismiss-${finding.rule}`;
  if (!asking)
    return (
      <button type="button" class="rfr-dismiss-open" onClick={() => setAsking(true)}>
        {t('panel.dismissOpen')}
      </button>
    );
  return (
    <div class="rfr-dismiss">
      <label for={id}>{t('panel.dismissReason', { title: findingTitle(finding) })}</label>
      <input id={id} value={reason} onInput={(e) => setReason((e.target as HTMLInputElement).value)} />
      <button
        type="button"
        class="rfr-dismiss-save"
        disabled={!reason.trim()}
        onClick={() => mark({ kind: 'dismiss', rule: finding.rule, reason: reason.trim() })}
      >
        {t('panel.dismiss')}
      </button>
    </div>
  );
}

/**
 * One finding: title, the exact evidence, the source (linked) and the step to take. Page text as text only.
 * A note is labelled as a note, not by its severity. With `mark`, it can be dismissed with a reason.
 */
export function FindingItem({ finding, mark }: { finding: Finding; mark?: (m: Mark) => Promise<boolean> }) {
  const note = isNote(finding);
  const reliability = reliabilityText(finding);
  return (
    <li
      class={`rfr-finding ${note ? 'rfr-note' : `rfr-${finding.severity}`}`}
      data-rule={finding.rule}
      data-note={note ? 'true' : undefined}
    >
      <div class="rfr-finding-title">
        <span class="rfr-sev">{note ? t('ui.note') : t(`risk.${finding.severity}`)}</span> {findingTitle(finding)}
      </div>
      <div class="rfr-label">{t('ui.evidence')}</div>
      <ul class="rfr-evidence">
        {finding.evidence.map((e) => (
          <li>{e}</li>
        ))}
      </ul>
      {finding.images?.length ? (
        <div class="rfr-images">
          {finding.images
            .filter((img) => img.src.startsWith('data:image/'))
            .map((img) => (
              <figure>
                <img src={img.src} alt={img.alt} width={64} height={64} />
                <figcaption>{img.alt}</figcaption>
              </figure>
            ))}
        </div>
      ) : null}
      <div class="rfr-label">{t('ui.source')}</div>
      <FindingSources sources={finding.sources} />
      <div class="rfr-label">{t('ui.nextStep')}</div>
      <p class="rfr-advice">{finding.advice}</p>
      {reliability && <p class="rfr-reliability">{reliability}</p>}
      {mark && <Dismiss finding={finding} mark={mark} />}
    </li>
  );
}
