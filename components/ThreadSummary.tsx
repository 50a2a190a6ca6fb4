import { render } from 'preact';
import { findingTitle, splitFindings } from '../lib/finding-view';
import { setLocale, t, type Locale } from '../lib/i18n';
import type { Finding, Severity } from '../lib/rules/types';

/** What the conversation shown holds: the messages read, and each flagged one with its findings. */
export interface Thread {
  read: number;
  flagged: { el: Element; findings: Finding[] }[];
  locale?: Locale;
}

const RANK: Record<Severity, number> = { high: 3, medium: 2, low: 1 };

/** Each rule once, as a red flag where any message has it as one, with the first message that has it. */
function byRule(thread: Thread): { finding: Finding; el: Element }[] {
  const out = new Map<string, { finding: Finding; el: Element }>();
  for (const { el, findings } of thread.flagged)
    for (const f of findings) {
      const seen = out.get(f.rule);
      if (!seen) out.set(f.rule, { finding: f, el });
      else if (seen.finding.note && !f.note) out.set(f.rule, { finding: f, el });
    }
  return [...out.values()];
}

/**
 * The conversation's overall picture, above its first message (hm20 report, point 2): how many of the messages
 * shown match a red flag and how serious the worst is, which red flags (each a button to its message), then the
 * notes apart; the evidence and what to do stay in each message's marker.
 */
export function ThreadSummary({ thread, goTo }: { thread: Thread; goTo: (el: Element) => void }) {
  const red = thread.flagged.filter((m) => m.findings.some((f) => !f.note)).length;
  const noted = thread.flagged.length - red;
  const rules = byRule(thread);
  const { flags, notes } = splitFindings(rules.map((r) => r.finding));
  flags.sort((a, b) => RANK[b.severity] - RANK[a.severity]);
  const level = flags[0]?.severity ?? 'none';
  const where = new Map(rules.map((r) => [r.finding, r.el]));
  const sentence = red
    ? [
        t('ui.thread.flagged', { count: red, read: thread.read }),
        ...(noted ? [t('ui.thread.noted', { count: noted })] : []),
      ].join(' · ')
    : t('ui.thread.onlyNotes', { count: noted, read: thread.read });
  const head = red ? `${t(`risk.${level}`)} · ${sentence}` : sentence;
  const item = (f: Finding) => {
    const text = `${f.note ? `${t('ui.note')}: ` : ''}${findingTitle(f)}`;
    return (
      <li>
        <button
          type="button"
          class={`rfr-thread-go${f.note ? ' rfr-thread-note' : ''}`}
          aria-label={t('ui.thread.goTo', { title: text })}
          onClick={() => goTo(where.get(f)!)}
        >
          {text}
        </button>
      </li>
    );
  };
  return (
    <section
      class={`rfr-thread rfr-thread-${level}`}
      data-level={level}
      data-flagged={red}
      data-noted={noted}
      data-read={thread.read}
      aria-label={t('ui.thread.label', { summary: head })}
    >
      <p class="rfr-thread-head">
        {red ? (
          <span class={`rfr-level rfr-level-${level}`}>
            <span aria-hidden="true">⚑ </span>
            {t(`risk.${level}`)}
          </span>
        ) : null}{' '}
        {sentence}
      </p>
      <ul class="rfr-thread-list">
        {flags.map(item)}
        {notes.map(item)}
      </ul>
      <p class="rfr-thread-hint">{t('ui.thread.hint')}</p>
    </section>
  );
}

/** Renders the summary into the shadow-root container the content script made for it. */
export function mountThread(container: HTMLElement, thread: Thread, goTo: (el: Element) => void): void {
  if (thread.locale) setLocale(thread.locale);
  render(<ThreadSummary thread={thread} goTo={goTo} />, container);
}
