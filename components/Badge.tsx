import { useEffect, useRef, useState } from 'preact/hooks';
import { badgeWords, isNote, levelSummary } from '../lib/finding-view';
import { t } from '../lib/i18n';
import type { TabState } from '../lib/tab-state';
import { firstStep, verdictLine } from '../lib/verdict';
import { FirstStep } from './FirstStep';
import type { Mark } from '../lib/messages';
import { usePanelDismiss } from './panel-dismiss';
import { PanelActions, QuickActions, type PanelDeps } from './PanelActions';
import { Report } from './Report';

/**
 * What the badge says: on the page always the same short label, the level in words with the number of red
 * flags ("High · 5 red flags", "No red flags"), in every layout and language (hm18 report, point 5: a bare dot
 * read as the site's own "online" dot); the welcome page's legend shows each of these labels (badgeWords).
 * The whole summary — notes, checks that could not run — is its tooltip and label, and the panel's. A profile
 * the user marked as trusted says so first; its red flags stay counted: the mark never hides them.
 */
function summary(
  state: TabState,
  trusted: boolean,
): { level: string; text: string; short: string; count: number; notes: number; inPart?: boolean } {
  if (state.kind !== 'analysis') {
    return { level: 'none', text: t('ui.noAnalysis'), short: t('ui.badge.pending'), count: 0, notes: 0 };
  }
  const a = state.analysis;
  if (a.status === 'unreadable') {
    return { level: 'unreadable', text: t('ui.unreadable.title'), short: t('ui.badge.unreadable'), count: 0, notes: 0 };
  }
  const count = a.findings.length;
  const notes = a.findings.filter(isNote).length;
  // Read in part with no red flag: said on the badge (a red flag is news enough, as levelSummary has it).
  const inPart = a.status === 'partial' && count === notes;
  const level = a.risk.level;
  // No red flag is never shown without what could not be checked; notes alone leave the badge neutral.
  const text = levelSummary(level, a.findings, a.risk.unchecked.length, inPart);
  const short = badgeWords(level, count - notes, trusted, inPart, notes, a.risk.unchecked.length);
  return { level, text: trusted ? `${t('ui.badge.trusted')} · ${text}` : text, short, count, notes, inPart };
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
  deps,
}: {
  state: TabState;
  full?: () => Promise<TabState | undefined>;
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
    <span class="rfr-root">
      <button
        ref={button}
        type="button"
        class={`rfr-badge rfr-level-${s.level}${s.inPart ? ' rfr-in-part' : ''}`}
        data-level={s.level}
        data-in-part={s.inPart || undefined}
        data-count={s.count}
        data-flags={s.count - s.notes}
        data-notes={s.notes}
        data-trusted={trusted || undefined}
        aria-expanded={open}
        aria-label={t('ui.badge.label', { summary: s.text })}
        title={s.text}
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true">⚑</span> <span class="rfr-badge-text">{s.short}</span>
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
          {read && <p class="rfr-verdict">{verdictLine(analysis.findings, analysis.locale, s.inPart)}</p>}
          {read && <FirstStep text={firstStep(analysis.findings, analysis.locale)} />}
          {read && deps && <QuickActions analysis={analysis} deps={deps} />}
          {report && <Report state={report} mark={read && deps && analysis.profileKey ? mark : undefined} />}
          {read && deps && <PanelActions analysis={analysis} deps={deps} mark={mark} />}
        </div>
      )}
    </span>
  );
}
