import { useRef, useState } from 'preact/hooks';
import type { Analysis } from '../lib/analyze';
import { isNote } from '../lib/finding-view';
import { t } from '../lib/i18n';
import { interviewQuestions } from '../lib/interview';
import type { Mark } from '../lib/messages';
import { reportLinks } from '../lib/report-links';
import { evidenceText, summaryText } from '../lib/summary';
import { TrustReasonForm } from './TrustReasonForm';

/** What the panel's actions need from the page's side (lib/content/badge-ui.tsx). */
export interface PanelDeps {
  /** Saves a mark through the background; the full report after it, or undefined when it was not saved. */
  mark(mark: Mark): Promise<import('../lib/tab-state').TabState | undefined>;
  /** Opens the history page on this profile. */
  openHistory(): Promise<void>;
  /** Puts text on the clipboard; false when the browser refused. */
  copy(text: string): Promise<boolean>;
  /** The site's name for people ("Upwork"). */
  siteName: string;
}

/** A button that copies `text` and says so (or, when copying is refused, shows the text to select). */
export function CopyButton({
  label,
  done,
  text,
  deps,
}: {
  label: string;
  done: string;
  text: () => string;
  deps: PanelDeps;
}) {
  const [status, setStatus] = useState<'copied' | 'failed' | undefined>();
  const [shown, setShown] = useState('');
  return (
    <div class="rfr-copy">
      <button
        type="button"
        onClick={async () => {
          const value = text();
          const ok = await deps.copy(value).catch(() => false);
          setStatus(ok ? 'copied' : 'failed');
          setShown(ok ? '' : value);
        }}
      >
        {label}
      </button>
      {status && (
        <span role="status" class="rfr-copy-status">
          {status === 'copied' ? done : t('panel.copyFailed')}
        </span>
      )}
      {shown && <textarea class="rfr-copy-text" readOnly rows={6} aria-label={label} value={shown} />}
    </div>
  );
}

/** Scrolls the panel to one of its sections and puts the focus on its heading. */
function jump(from: EventTarget | null, id: string): void {
  const root = (from as Element | null)?.getRootNode() as ShadowRoot | Document | undefined;
  const heading = root?.getElementById?.(id) as HTMLElement | null | undefined;
  heading?.scrollIntoView({ block: 'center' });
  heading?.focus({ preventScroll: true });
}

/**
 * The first row of the panel, under the verdict: the summary to copy, and the way to the questions (only when
 * there are questions) and to the reports (only when something is flagged: a clean profile is not offered a
 * report to the FBI first thing; the report section stays at the panel's end).
 */
export function QuickActions({ analysis: a, deps }: { analysis: Analysis; deps: PanelDeps }) {
  const questions = interviewQuestions(a.findings, a.locale).length > 0;
  const flagged = a.findings.some((f) => !isNote(f));
  return (
    <div class="rfr-quick">
      <CopyButton
        label={t('panel.copySummary')}
        done={t('panel.summaryCopied')}
        text={() => summaryText(a, a.locale, deps.siteName)}
        deps={deps}
      />
      {questions && (
        <button type="button" class="rfr-jump" onClick={(e) => jump(e.currentTarget, 'rfr-questions-h')}>
          {t('panel.questions')}
        </button>
      )}
      {a.profileKey && (
        <button type="button" class="rfr-jump" onClick={(e) => jump(e.currentTarget, 'rfr-note')}>
          {t('panel.addNote')}
        </button>
      )}
      {flagged && (
        <button type="button" class="rfr-jump" onClick={(e) => jump(e.currentTarget, 'rfr-report-h')}>
          {t('panel.report')}
        </button>
      )}
    </div>
  );
}

/** Where to report the profile: the platform's own page (where it has one) and the FBI's IC3. */
function ReportLinks({ links, siteName }: { links: ReturnType<typeof reportLinks>; siteName: string }) {
  return (
    <ul class="rfr-report-links">
      {links.platform && (
        <li>
          <a href={links.platform} target="_blank" rel="noopener noreferrer" data-report="platform">
            {t('panel.reportPlatform', { site: siteName })}
          </a>
        </li>
      )}
      <li>
        <a href={links.ic3} target="_blank" rel="noopener noreferrer" data-report="ic3">
          {t('panel.reportIc3')}
        </a>
      </li>
    </ul>
  );
}

/**
 * What the reader can do from the panel: copy a summary for a colleague, the questions to ask in the
 * interview, a note, the trust mark, the history, and where to report the profile with the evidence ready.
 */
export function PanelActions({
  analysis: a,
  deps,
  mark,
}: {
  analysis: Analysis;
  deps: PanelDeps;
  mark: (m: Mark) => Promise<boolean>;
}) {
  const [note, setNote] = useState('');
  const [status, setStatus] = useState<string | undefined>();
  // "I verified this person" opens the question how; the answer is saved with the mark.
  const [asking, setAsking] = useState(false);
  const trust = useRef<HTMLButtonElement>(null);
  const trusted = !!a.trustedAt;
  const questions = interviewQuestions(a.findings, a.locale);
  const links = reportLinks(a.site);
  const flagged = a.findings.some((f) => !isNote(f));
  const saved = (ok: boolean, text: string) => setStatus(ok ? text : t('panel.saveFailed'));
  const remembered = !!a.profileKey;
  return (
    <div class="rfr-actions">
      <section aria-labelledby="rfr-actions-h">
        <h2 id="rfr-actions-h" tabIndex={-1}>
          {t('panel.actions')}
        </h2>
        <CopyButton
          label={t('panel.copySummary')}
          done={t('panel.summaryCopied')}
          text={() => summaryText(a, a.locale, deps.siteName)}
          deps={deps}
        />
        {remembered ? (
          <>
            <label class="rfr-note-label" for="rfr-note">
              {t('panel.note')}
            </label>
            <textarea
              id="rfr-note"
              class="rfr-note-input"
              rows={2}
              value={note}
              placeholder={t('history.notePlaceholder')}
              onInput={(e) => setNote((e.target as HTMLTextAreaElement).value)}
            />
            <div class="rfr-buttons">
              <button
                type="button"
                class="rfr-save-note"
                disabled={!note.trim()}
                onClick={async () => {
                  const ok = await mark({ kind: 'note', text: note.trim() });
                  if (ok) setNote('');
                  saved(ok, t('panel.noteSaved'));
                }}
              >
                {t('panel.saveNote')}
              </button>
              <button
                ref={trust}
                type="button"
                class="rfr-trust"
                aria-expanded={trusted ? undefined : asking}
                aria-controls={!trusted && asking ? 'rfr-trust-form' : undefined}
                onClick={async () => {
                  if (!trusted) return setAsking(!asking);
                  saved(await mark({ kind: 'trust', on: false }), t('panel.unverified'));
                }}
              >
                {t(trusted ? 'panel.unverify' : 'panel.verify')}
              </button>
              <button type="button" class="rfr-open-history" onClick={() => void deps.openHistory()}>
                {t('panel.openHistory')}
              </button>
            </div>
            {asking && !trusted && (
              <TrustReasonForm
                id="rfr-trust-form"
                save={async (reason) => {
                  const ok = await mark({ kind: 'trust', on: true, reason });
                  saved(ok, t('panel.verified'));
                  if (ok) {
                    setAsking(false);
                    // (the form goes: the focus stays on the button, which now takes the mark away)
                    trust.current?.focus();
                  }
                  return ok;
                }}
              />
            )}
          </>
        ) : (
          <p class="rfr-not-remembered">{t('panel.notRemembered')}</p>
        )}
        {status && (
          <p role="status" class="rfr-status">
            {status}
          </p>
        )}
      </section>
      {questions.length > 0 && (
        <section aria-labelledby="rfr-questions-h">
          <h2 id="rfr-questions-h" tabIndex={-1}>
            {t('panel.questions')}
          </h2>
          <ol class="rfr-questions">
            {questions.map((q) => (
              <li>{q}</li>
            ))}
          </ol>
          <CopyButton
            label={t('panel.copyQuestions')}
            done={t('panel.questionsCopied')}
            text={() => questions.join('\n')}
            deps={deps}
          />
        </section>
      )}
      {flagged ? (
        <section aria-labelledby="rfr-report-h">
          <h2 id="rfr-report-h" tabIndex={-1}>
            {t('panel.report')}
          </h2>
          <ReportLinks links={links} siteName={deps.siteName} />
          <p class="rfr-hint">{t('panel.reportHint')}</p>
          <CopyButton
            label={t('panel.copyEvidence')}
            done={t('panel.evidenceCopied')}
            text={() => evidenceText(a, a.locale)}
            deps={deps}
          />
        </section>
      ) : (
        // Nothing flagged: no report is offered as a next step (a fresh-eyes review, thirtieth session: every clean
        // profile ended on "Report it · Report to the FBI"); the ways stay a click away for a reason of the user's own.
        <details class="rfr-report-other">
          <summary>{t('panel.reportAnyway')}</summary>
          <ReportLinks links={links} siteName={deps.siteName} />
        </details>
      )}
    </div>
  );
}
