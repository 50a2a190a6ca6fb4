import { findingTitle, levelSummary, splitFindings } from '../lib/finding-view';
import type { Mark } from '../lib/messages';
import { t } from '../lib/i18n';
import { formatDate } from '../lib/i18n/format';
import { readGaps } from '../lib/read-gaps';
import { trackRecord } from '../lib/track-record';
import type { TabState } from '../lib/tab-state';
import { isPlaceholderPhoto } from '../lib/rules/no-photo';
import { trustedLine } from '../lib/trust';
import { FindingItem } from './FindingItem';
import { PhotoSearch } from './PhotoSearch';
import { TrackRecord } from './TrackRecord';

/**
 * The analysis of one page, shared by the in-page panel and the popup. With `mark` (the panel, on a remembered
 * profile) each finding can be dismissed with a reason and each dismissal restored.
 */
export function Report({ state, mark }: { state: TabState; mark?: (m: Mark) => Promise<boolean> }) {
  if (state.kind === 'none') return <p class="rfr-empty">{t('ui.noAnalysis')}</p>;
  if (state.kind === 'unsupported') return <p class="rfr-empty">{t('ui.notProfile')}</p>;
  if (state.kind === 'disabled') return <p class="rfr-empty">{t('ui.disabledSite', { site: state.site })}</p>;
  const a = state.analysis;
  if (a.status === 'not-a-profile') return <p class="rfr-empty">{t('ui.notProfile')}</p>;
  if (a.status === 'unreadable') {
    return (
      <div class="rfr-unreadable" role="alert">
        <h2>{t('ui.unreadable.title')}</h2>
        <p>{t('ui.unreadable.missing', { fields: readGaps(a.missing) })}</p>
        <p>{t('ui.unreadable.next')}</p>
      </div>
    );
  }
  const level = a.risk.level;
  const { flags, notes } = splitFindings(a.findings);
  const established = !!a.profile && trackRecord(a.profile, new Date(a.checkedAt)).established;
  return (
    <div class="rfr-report" data-level={level}>
      <div class={`rfr-level rfr-level-${level}${a.status === 'partial' && level === 'none' ? ' rfr-in-part' : ''}`}>
        {level === 'none'
          ? levelSummary(level, a.findings, a.risk.unchecked.length, a.status === 'partial')
          : t('ui.level', { level: levelSummary(level, a.findings) })}
      </div>
      {a.profile?.name && <div class="rfr-who">{a.profile.name}</div>}
      {a.status === 'partial' && <p class="rfr-partial">{t('ui.partial', { fields: readGaps(a.missing) })}</p>}
      {a.storageError && (
        <p class="rfr-storage-error" role="alert">
          {a.storageError}
        </p>
      )}
      {a.trustedAt && <p class="rfr-trusted">{trustedLine(a.trustedAt, a.trustReason)}</p>}
      {a.profile && <TrackRecord profile={a.profile} seenAt={a.checkedAt} />}
      {flags.length > 0 && (
        <section>
          <h2>{t('ui.findings')}</h2>
          <ul class="rfr-findings">
            {flags.map((f) => (
              <FindingItem finding={f} mark={mark} />
            ))}
          </ul>
        </section>
      )}
      {notes.length > 0 && (
        <section class="rfr-notes">
          <h2>{t('ui.notesFound')}</h2>
          <p class="rfr-notes-why">
            {t(a.risk.fromNotes ? 'ui.notesCombined' : established ? 'ui.notesEstablished' : 'ui.notesExplained')}
          </p>
          <ul class="rfr-findings">
            {notes.map((f) => (
              <FindingItem finding={f} mark={mark} />
            ))}
          </ul>
        </section>
      )}
      {a.dismissed?.length ? (
        <section>
          <h2>{t('ui.dismissed')}</h2>
          <ul class="rfr-dismissed-list">
            {a.dismissed.map((d) => (
              <li data-rule={d.finding.rule}>
                {findingTitle(d.finding)} —{' '}
                {t('history.dismissedBecause', { reason: d.reason, date: formatDate(d.at) })}
                {mark && (
                  <>
                    {' '}
                    <button
                      type="button"
                      class="rfr-restore"
                      onClick={() => mark({ kind: 'restore', rule: d.finding.rule })}
                    >
                      {t('panel.restore')}
                    </button>
                  </>
                )}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {a.notes?.length ? (
        <section>
          <h2>{t('ui.notes')}</h2>
          <ul>
            {a.notes.map((n) => (
              <li>
                {formatDate(n.at)}: {n.text}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {a.alsoSeen?.length ? (
        <ul class="rfr-also-seen">
          {a.alsoSeen.map((x) => (
            <li>{x}</li>
          ))}
        </ul>
      ) : null}
      {a.profile?.photoUrl && !isPlaceholderPhoto(a.site, a.profile.photoUrl) && (
        <PhotoSearch photoUrl={a.profile.photoUrl} />
      )}
      <section>
        <h2>{t('ui.unchecked')}</h2>
        {a.status === 'partial' && <p class="rfr-hint">{t('ui.unchecked.inPart')}</p>}
        {/* (the checks that could not run, as many as the level bar counts; what no browser sees, apart after them) */}
        <ul class="rfr-unchecked">
          {a.risk.unchecked.map((u) => (
            <li>{u}</li>
          ))}
        </ul>
        <p class="rfr-hint rfr-outside">{t('unchecked.outside')}</p>
      </section>
      <details class="rfr-steps">
        <summary>{t('ui.steps')}</summary>
        <ol>
          {STEPS.map((k) => (
            <li>{t(k)}</li>
          ))}
        </ol>
      </details>
      <p class="rfr-disclaimer">{t('ui.disclaimer')}</p>
    </div>
  );
}

// The advisory's due-diligence steps (G1 mitigations, G3, G6), shown with every report.
const STEPS = [
  'advice.video',
  'advice.documents',
  'advice.references',
  'advice.consistency',
  'advice.payment',
  'advice.platform',
  'advice.report',
] as const;
