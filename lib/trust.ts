/**
 * The user's trust mark on a person, said the one way everywhere (the panel, the history page, the evidence
 * export): when, and how the user verified the person. Marks made before the reason was asked for have none and
 * are said as before. Also the bound of a reason the user writes (to trust, to dismiss), which the background
 * checks (lib/messages.ts) and the forms keep to. No texts of its own (lib/i18n/core.ts): the history page's first
 * script stays without a catalogue.
 */
import { t } from './i18n/core';
import { formatDate } from './i18n/format';

/** The longest reason the user may write: a few lines, for a dismissal or for trust. */
export const MAX_REASON = 500;

/** "Marked as trusted by you on {date}: {reason}" (or without the reason, for an older mark). */
export function trustedLine(trustedAt: string, reason?: string): string {
  const date = formatDate(trustedAt);
  return reason ? t('history.trustedBecause', { date, reason }) : t('history.trustedSince', { date });
}
