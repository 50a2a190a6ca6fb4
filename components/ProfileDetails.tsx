import { useRef, useState } from 'preact/hooks';
import { findingAdvice, findingTitle, splitFindings, storedFindings } from '../lib/finding-view';
import { t } from '../lib/i18n/pages';
import { evidenceText } from '../lib/i18n/evidence';
import { formatDate, formatDateTime } from '../lib/i18n/format';
import { activeDismissals } from '../lib/dismissals';
import { evidenceHtml, evidenceJson } from '../lib/export/evidence';
import type { StoredProfile } from '../lib/storage/db';
import { storageErrorReason } from '../lib/storage/errors';
import type { HistoryDeps } from './HistoryPage';
import { FindingSources } from './FindingSources';
import { TrackRecord } from './TrackRecord';
import { readGaps } from '../lib/read-gaps';
import { uncheckedLines } from '../lib/unchecked-lines';
import { trustedLine } from '../lib/trust';
import { TrustReasonForm } from './TrustReasonForm';

function withoutTrust(e: StoredProfile): StoredProfile {
  const copy = { ...e };
  delete copy.trustedAt;
  delete copy.trustReason;
  return copy;
}

/**
 * One remembered profile: its findings as the panel shows them (severity, the whole evidence, source, next
 * step; a dismissed one marked), dismiss with a reason and restore, notes, trust, evidence export.
 */
export function ProfileDetails({
  entry,
  deps,
  onChange,
}: {
  entry: StoredProfile;
  deps: HistoryDeps;
  onChange: (e: StoredProfile) => void;
}) {
  const [note, setNote] = useState('');
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const dismissed = activeDismissals(entry);
  const shown = storedFindings(entry);
  const { flags, notes } = splitFindings(shown);
  const [error, setError] = useState<string | undefined>();
  // "Mark as trusted…" asks how the user verified the person; the answer is saved with the mark.
  const [asking, setAsking] = useState(false);
  const trust = useRef<HTMLButtonElement>(null);
  /** Saves a change; a refusal by the storage (a full disk) is shown, never swallowed. True when saved. */
  const update = async (change: (e: StoredProfile) => StoredProfile) => {
    try {
      const next = await deps.store.update(entry.key, change);
      setError(undefined);
      if (next) onChange(next);
      deps.changed(undefined, [entry.key]);
      return true;
    } catch (e) {
      setError(t('history.saveFailed', { reason: storageErrorReason(e) }));
      return false;
    }
  };
  const now = () => deps.now().toISOString();
  const trustFormId = `trust-${entry.key}`;
  const file = (ext: string) =>
    `red-flag-radar-${entry.site}-${(entry.profile.name ?? entry.key).replace(/[^\p{L}\p{N}]+/gu, '-')}.${ext}`;

  // Each finding as the panel shows it (title, red flag or note, evidence, source, next step), with the
  // user's dismissal.
  const item = (f: (typeof flags)[number]) => {
    const d = dismissed.get(f.rule);
    const reasonId = `reason-${entry.key}-${f.rule}`;
    return (
      <li
        class={`rfr-finding ${f.note ? 'rfr-note' : f.severity ? `rfr-${f.severity}` : ''} ${d ? 'rfr-dismissed' : ''}`}
        data-rule={f.rule}
        data-note={f.note ? 'true' : undefined}
      >
        <div class="rfr-finding-title">
          {(f.severity || f.note) && <span class="rfr-sev">{f.note ? t('ui.note') : t(`risk.${f.severity!}`)}</span>}{' '}
          <span class="rfr-title-text">{findingTitle(f)}</span>
          {d && <span class="rfr-dismissed-tag"> ({t('history.dismissedTag')})</span>}
        </div>
        {f.evidence.length > 0 && (
          <>
            <div class="rfr-label">{t('ui.evidence')}</div>
            <ul class="rfr-evidence">
              {f.evidence.map((x) => (
                <li>{evidenceText(x)}</li>
              ))}
            </ul>
          </>
        )}
        {f.sources.length > 0 && (
          <>
            <div class="rfr-label">{t('ui.source')}</div>
            <FindingSources sources={f.sources} />
          </>
        )}
        <div class="rfr-label">{t('ui.nextStep')}</div>
        <p class="rfr-advice">{findingAdvice(f)}</p>
        {d ? (
          <p>
            {t('history.dismissedBecause', { reason: d.reason, date: formatDate(d.at) })}{' '}
            <button
              type="button"
              onClick={() =>
                update((e) => ({
                  ...e,
                  dismissals: (e.dismissals ?? []).map((x) =>
                    x.rule === f.rule && !x.restoredAt ? { ...x, restoredAt: now() } : x,
                  ),
                }))
              }
            >
              {t('history.restore')}
            </button>
          </p>
        ) : (
          <p>
            <label for={reasonId}>{t('history.dismissReason')}</label>{' '}
            <input
              id={reasonId}
              value={reasons[f.rule] ?? ''}
              onInput={(e) => setReasons({ ...reasons, [f.rule]: (e.target as HTMLInputElement).value })}
            />{' '}
            <button
              type="button"
              disabled={!reasons[f.rule]?.trim()}
              onClick={() =>
                update((e) => ({
                  ...e,
                  dismissals: [...(e.dismissals ?? []), { rule: f.rule, reason: reasons[f.rule]!.trim(), at: now() }],
                }))
              }
            >
              {t('history.dismiss')}
            </button>
          </p>
        )}
      </li>
    );
  };

  return (
    <div class="rfr-profile-details">
      {error && (
        <p role="alert" class="rfr-error">
          {error}
        </p>
      )}
      <p>
        {t('history.visits', { count: entry.visits })}
        {entry.trustedAt && (
          <>
            {' · '}
            <strong class="rfr-trusted">{trustedLine(entry.trustedAt, entry.trustReason)}</strong>
          </>
        )}
      </p>
      <TrackRecord profile={entry.profile} seenAt={entry.lastSeen} />
      <h3>{t('ui.findings')}</h3>
      {flags.length === 0 && <p>—</p>}
      <ul class="rfr-findings">{flags.map(item)}</ul>
      {notes.length > 0 && (
        <>
          <h3>{t('ui.notesFound')}</h3>
          <ul class="rfr-findings">{notes.map(item)}</ul>
        </>
      )}
      {(entry.unread || entry.unchecked?.length) && (
        <section class="rfr-history-unchecked">
          <h3>{t('ui.unchecked')}</h3>
          {entry.unread && (
            <>
              <p class="rfr-partial">{t('ui.partial', { fields: readGaps(entry.unread) })}</p>
              <p class="rfr-hint">{t('ui.unchecked.inPart')}</p>
            </>
          )}
          <ul class="rfr-unchecked">
            {uncheckedLines(entry.unchecked).map((l) => (
              <li>{l}</li>
            ))}
          </ul>
          <p class="rfr-hint">{t('unchecked.outside')}</p>
        </section>
      )}
      {entry.dismissals?.length ? (
        <details>
          <summary>{t('history.dismissals')}</summary>
          <ul>
            {entry.dismissals.map((d) => (
              <li>
                <time dateTime={d.at}>{formatDateTime(d.at)}</time> ·{' '}
                {findingTitle(shown.find((f) => f.rule === d.rule) ?? { rule: d.rule })} · {d.reason}
                {d.restoredAt ? ` · ${t('history.restoredOn', { date: formatDate(d.restoredAt) })}` : ''}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <h3>{t('history.notes')}</h3>
      <ul>
        {(entry.notes ?? []).map((n) => (
          <li>
            <time dateTime={n.at}>{formatDate(n.at)}</time>: {n.text}
          </li>
        ))}
      </ul>
      <label>
        {t('history.addNote')}
        <textarea
          rows={2}
          value={note}
          placeholder={t('history.notePlaceholder')}
          onInput={(e) => setNote((e.target as HTMLTextAreaElement).value)}
        />
      </label>{' '}
      <button
        type="button"
        disabled={!note.trim()}
        onClick={async () => {
          if (await update((e) => ({ ...e, notes: [...(e.notes ?? []), { at: now(), text: note.trim() }] })))
            setNote('');
        }}
      >
        {t('history.saveNote')}
      </button>
      <p>
        <button
          ref={trust}
          type="button"
          class="rfr-trust"
          aria-expanded={entry.trustedAt ? undefined : asking}
          aria-controls={!entry.trustedAt && asking ? trustFormId : undefined}
          onClick={() => (entry.trustedAt ? update(withoutTrust) : setAsking(!asking))}
        >
          {t(entry.trustedAt ? 'history.untrust' : 'history.trust')}
        </button>{' '}
        <button type="button" onClick={() => deps.download(file('html'), 'text/html', evidenceHtml(entry, deps.now()))}>
          {t('history.exportHtml')}
        </button>{' '}
        <button
          type="button"
          onClick={() =>
            deps.download(file('json'), 'application/json', JSON.stringify(evidenceJson(entry, deps.now()), null, 2))
          }
        >
          {t('history.exportJson')}
        </button>
      </p>
      {asking && !entry.trustedAt && (
        <TrustReasonForm
          id={trustFormId}
          save={async (reason) => {
            const ok = await update((e) => ({ ...e, trustedAt: now(), trustReason: reason }));
            if (ok) {
              setAsking(false);
              trust.current?.focus();
            }
            return ok;
          }}
        />
      )}
    </div>
  );
}
