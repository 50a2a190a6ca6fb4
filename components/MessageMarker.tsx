import { render } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { levelSummary, splitFindings } from '../lib/finding-view';
import { setLocale, t, type Locale } from '../lib/i18n';
import type { Finding } from '../lib/rules/types';
import { FindingItem } from './FindingItem';
import { usePanelDismiss } from './panel-dismiss';

/**
 * The marker after a flagged message on a marketplace page: opens the findings for that message. Coloured by
 * its red flags only; a message with notes only (weak evidence, lib/rules/grade.ts) gets a neutral marker.
 * Its panel opens under it in the flow of the page (never over the next message's marker) and closes as the
 * badge's does: on Escape, a click outside, its close button, and when another panel opens.
 */
export function MessageMarker({ findings }: { findings: Finding[] }) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const close = (focus: boolean) => {
    setOpen(false);
    if (focus) button.current?.focus({ preventScroll: true });
  };
  usePanelDismiss(open, button, panel, close);
  const { flags, notes } = splitFindings(findings);
  const level = !flags.length
    ? 'none'
    : flags.some((f) => f.severity === 'high')
      ? 'high'
      : flags.some((f) => f.severity === 'medium')
        ? 'medium'
        : 'low';
  const text = levelSummary(level, findings);
  return (
    <span class="rfr-root">
      <button
        ref={button}
        type="button"
        class={`rfr-badge rfr-level-${level}`}
        data-level={level}
        data-count={flags.length}
        aria-expanded={open}
        aria-label={t('ui.message.marker', { summary: text })}
        onClick={() => setOpen(!open)}
      >
        {/* The flag only where there is a red flag: a note is something to read, not a warning. */}
        {flags.length ? <span aria-hidden="true">⚑ </span> : null}
        {text}
      </button>
      {open && (
        <div
          ref={panel}
          class="rfr-panel rfr-panel-inline"
          role="dialog"
          aria-label={t('ui.message.marker', { summary: text })}
        >
          <button type="button" class="rfr-close" onClick={() => close(true)}>
            {t('ui.close')}
          </button>
          <ul class="rfr-findings">
            {[...flags, ...notes].map((f) => (
              <FindingItem finding={f} />
            ))}
          </ul>
          <p class="rfr-disclaimer">{t('ui.disclaimer')}</p>
        </div>
      )}
    </span>
  );
}

/**
 * Renders the marker into the shadow-root container the content script made for it, in the language its
 * findings were written in (the user's setting, which the background applied).
 */
export function mountMarker(container: HTMLElement, findings: Finding[], locale?: Locale): void {
  if (locale) setLocale(locale);
  render(<MessageMarker findings={findings} />, container);
}
