import { splitFindings } from '../lib/finding-view';
import { currentLocale, t, type MessageKey } from '../lib/i18n/pages';
import type { PageKind } from '../lib/page-kind';
import type { Finding } from '../lib/rules/types';
import { sitePages } from '../lib/sites/pages';
import type { PageMessages } from '../lib/tab-state';
import { FindingItem } from './FindingItem';

/** The supported sites by name, as a list in the current language ("Upwork, LinkedIn and Guru"). */
export function siteList(): string {
  return new Intl.ListFormat([currentLocale()], { type: 'conjunction' }).format(sitePages.map((s) => s.name));
}

/** Each rule once, with the evidence of every part that matched it (a sentence asked twice shows once). */
function byRule(flagged: PageMessages['flagged']): Finding[] {
  const out = new Map<string, Finding>();
  for (const { findings } of flagged)
    for (const f of findings) {
      const seen = out.get(f.rule);
      if (!seen) out.set(f.rule, { ...f, evidence: [...f.evidence] });
      else {
        // A red flag in one message outweighs a note of the same rule in another.
        if (!f.note) seen.note = undefined;
        for (const e of f.evidence) if (!seen.evidence.includes(e)) seen.evidence.push(e);
        if (f.severity === 'high' || (f.severity === 'medium' && seen.severity === 'low')) seen.severity = f.severity;
      }
    }
  return [...out.values()];
}

/** What the extension found on the messages of this page, red flags by severity. */
function MessageFindings({ messages }: { messages: PageMessages | undefined }) {
  if (!messages?.read) return <p class="rfr-messages-none">{t('popup.messages.notYet')}</p>;
  if (!messages.flagged.length)
    return <p class="rfr-messages-none">{t('popup.messages.none', { count: messages.read })}</p>;
  const red = messages.flagged.filter((m) => m.findings.some((f) => !f.note)).length;
  const noted = messages.flagged.length - red;
  // Message by message, each under the opening of its text (the review of the thirty-first session, point 4: the
  // popup did not say which message a finding belongs to); those with a red flag first, in the page's order.
  const ordered = [
    ...messages.flagged.filter((m) => m.findings.some((f) => !f.note)),
    ...messages.flagged.filter((m) => m.findings.every((f) => f.note)),
  ];
  return (
    <>
      <p class="rfr-messages-count">
        {!red
          ? t('popup.messages.onlyNotes', { count: noted, read: messages.read })
          : noted
            ? t('popup.messages.flaggedAndNoted', { count: red, noted, read: messages.read })
            : t('popup.messages.flagged', { count: red, read: messages.read })}
      </p>
      <ol class="rfr-message-list">
        {ordered.map((m) => {
          const { flags, notes } = splitFindings(byRule([m]));
          return (
            <li class="rfr-message-item">
              <p class="rfr-message-from">
                {m.excerpt ? (
                  <>
                    {t('popup.messages.from')}{' '}
                    <q class="rfr-excerpt" dir="auto">
                      {m.excerpt}
                    </q>
                  </>
                ) : (
                  t('popup.messages.fromUnknown')
                )}
              </p>
              <ul class="rfr-findings">
                {[...flags, ...notes].map((f) => (
                  <FindingItem finding={f} />
                ))}
              </ul>
            </li>
          );
        })}
      </ol>
    </>
  );
}

/**
 * The popup away from a profile (issue 13, point 7): what kind of page this is and what Red Flag Radar does
 * on it, in a plain sentence, and what it found here (the messages read on a message page).
 */
export function PageSummary({ page, messages }: { page: PageKind; messages?: PageMessages }) {
  if (page.kind === 'profile') return null;
  if (page.kind === 'disabled') return <p class="rfr-page-kind">{t('ui.disabledSite', { site: page.site })}</p>;
  const sentence =
    page.kind === 'elsewhere'
      ? t('popup.kind.elsewhere', { sites: siteList() })
      : page.kind === 'site' && !page.readsMessages
        ? t('popup.kind.siteProfilesOnly', { site: page.site })
        : t(`popup.kind.${page.kind}` as MessageKey, { site: page.site });
  return (
    <section class="rfr-here" aria-labelledby="rfr-here-title" data-page={page.kind}>
      <h2 id="rfr-here-title">{t('popup.here')}</h2>
      <p class="rfr-page-kind">{sentence}</p>
      {(page.kind === 'messages' || messages?.flagged.length) && <MessageFindings messages={messages} />}
    </section>
  );
}
