import { useEffect, useRef, useState } from 'preact/hooks';
import { isNote, levelSummary } from '../lib/finding-view';
import { t } from '../lib/i18n';
import type { TabState } from '../lib/tab-state';
import { verdictLine } from '../lib/verdict';
import type { Mark } from '../lib/messages';
import { usePanelDismiss } from './panel-dismiss';
import { PanelActions, QuickActions, type PanelDeps } from './PanelActions';
import { Report } from './Report';

/** How much room the badge takes: the full summary, the level alone, or a dot (lib/content/fit.ts chooses). */
export type BadgeForm = 'full' | 'short' | 'dot';

/**
 * What the badge says. A profile the user marked as trusted says so first; its findings stay counted
 * ("Trusted by you · High · 5 red flags"): the mark never hides them.
 */
function summary(
  state: TabState,
  trusted: boolean,
): { level: string; text: string; short: string; count: number; notes: number } {
  if (state.kind !== 'analysis') {
    const text = t('ui.noAnalysis');
    return { level: 'none', text, short: text, count: 0, notes: 0 };
  }
  const a = state.analysis;
  if (a.status === 'unreadable') {
    const text = t('ui.unreadable.title');
    return { level: 'unreadable', text, short: text, count: 0, notes: 0 };
  }
  const count = a.findings.length;
  const notes = a.findings.filter(isNote).length;
  const level = a.risk.level;
  // No red flag is never shown without what could not be checked; notes alone leave the badge neutral.
  let text = levelSummary(level, a.findings, a.risk.unchecked.length);
  let short = t(`risk.${level}`);
  if (trusted) {
    text = `${t('ui.badge.trusted')} · ${text}`;
    short = `${t('ui.badge.trusted')} · ${short}`;
  }
  return { level, text, short, count, notes };
}

/**
 * The inline badge beside the freelancer's name; opens a panel with the verdict, the full report and what to do
 * next. On a page `state` is what the page's side may hold (without the user's notes or other profiles:
 * lib/background/redact.ts), and `full` fetches the full report when the user opens the panel; until it
 * arrives (a moment) the panel is busy. Without `full` (tests), `state` is shown as it is. The panel closes on
 * Escape, on a click outside and on its close button, and gives the focus back to the badge.
 */
export function Badge({
  state,
  full,
  form = 'full',
  deps,
}: {
  state: TabState;
  full?: () => Promise<TabState | undefined>;
  form?: BadgeForm;
  deps?: PanelDeps;
}) {
  const [open, setOpen] = useState(false);
  // The full report, for the state it was fetched for (a newer state — the photo check — fetches again).
  const [shown, setShown] = useState<{ for: TabState; state: TabState | undefined } | undefined>();
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open || !full) return;
    let current = true;
    const done = (r: TabState | undefined) => current && setShown({ for: state, state: r });
    full().then(done, () => done(undefined));
    return () => {
      current = false;
    };
  }, [open, state, full]);

  // A note, a dismissal or the trust mark, saved by the background: the panel shows the report it sends back.
  const mark = async (m: Mark) => {
    const next = await deps?.mark(m).catch(() => undefined);
    if (next) setShown({ for: state, state: next });
    return !!next;
  };

  const close = (focus: boolean) => {
    setOpen(false);
    if (focus) button.current?.focus({ preventScroll: true });
  };

  // In the top layer while open; Escape and a click outside close it, and it closes any marker's panel.
  usePanelDismiss(open, button, panel, close, true);

  // What the panel shows: the full report; the page's own state when fetching it failed.
  const report = !full ? state : shown?.for === state ? (shown.state ?? state) : undefined;
  const analysis = report?.kind === 'analysis' ? report.analysis : undefined;
  // The trust mark: the full report's once fetched (it follows the panel's button), else the page's.
  const trusted = analysis ? !!analysis.trustedAt : state.kind === 'analysis' && !!state.analysis.trusted;
  const s = summary(state, trusted);
  const read = analysis && (analysis.status === 'ok' || analysis.status === 'partial');
  return (
    <span class={`rfr-root rfr-form-${form}`}>
      <button
        ref={button}
        type="button"
        class={`rfr-badge rfr-level-${s.level}`}
        data-level={s.level}
        data-count={s.count}
        data-flags={s.count - s.notes}
        data-notes={s.notes}
        data-form={form}
        data-trusted={trusted || undefined}
        aria-expanded={open}
        aria-label={t('ui.badge.label', { summary: s.text })}
        title={form === 'full' ? undefined : s.text}
        onClick={() => setOpen(!open)}
      >
        {form !== 'dot' && (
          <>
            <span aria-hidden="true">⚑</span> <span class="rfr-badge-text">{form === 'short' ? s.short : s.text}</span>
          </>
        )}
      </button>
      {open && (
        <div
          ref={panel}
          class="rfr-panel"
          popover="manual"
          role="dialog"
          aria-label={t('ui.popup.title')}
          aria-busy={!report}
        >
          <button type="button" class="rfr-close" onClick={() => close(true)}>
            {t('ui.close')}
          </button>
          {read && <p class="rfr-verdict">{verdictLine(analysis.findings, analysis.locale)}</p>}
          {read && deps && <QuickActions analysis={analysis} deps={deps} />}
          {report && <Report state={report} mark={read && deps && analysis.profileKey ? mark : undefined} />}
          {read && deps && <PanelActions analysis={analysis} deps={deps} mark={mark} />}
        </div>
      )}
    </span>
  );
}
