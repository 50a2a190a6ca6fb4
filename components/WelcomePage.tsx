import { browser } from 'wxt/browser';
import { badgeWords } from '../lib/finding-view';
import { t, type MessageKey } from '../lib/i18n/pages';
import { siteList } from './PageSummary';

/**
 * Every label the badge on a profile takes (components/Badge.tsx), with an example count: the level's chip
 * colour, its words, and what it means.
 */
const FORMS = [
  { key: 'none', level: 'none', words: () => badgeWords('none', 0) },
  { key: 'noneChecks', level: 'none', words: () => badgeWords('none', 0, false, false, 1, 6) },
  { key: 'inPart', level: 'none rfr-in-part', words: () => badgeWords('none', 0, false, true, 1) },
  { key: 'low', level: 'low', words: () => badgeWords('low', 1) },
  { key: 'medium', level: 'medium', words: () => badgeWords('medium', 2) },
  { key: 'high', level: 'high', words: () => badgeWords('high', 5) },
  { key: 'trusted', level: 'high', words: () => badgeWords('high', 5, true) },
  { key: 'unreadable', level: 'unreadable', words: () => t('ui.badge.unreadable') },
  { key: 'pending', level: 'none', words: () => t('ui.badge.pending') },
] as const;

/** The welcome page, opened once on install (issue 13, point 9): what is checked, where, what never, the badge. */
export function WelcomePage() {
  return (
    <main class="rfr-page rfr-welcome">
      <h1>{t('welcome.title')}</h1>
      <p class="rfr-lead">{t('welcome.lead')}</p>
      <div class="rfr-cards">
        <section class="rfr-card" aria-labelledby="rfr-checks">
          <h2 id="rfr-checks">{t('welcome.checks')}</h2>
          <ul>
            <li>{t('welcome.checks.profile')}</li>
            <li>{t('welcome.checks.messages')}</li>
            <li>{t('welcome.checks.memory')}</li>
          </ul>
        </section>
        <section class="rfr-card" aria-labelledby="rfr-sites">
          <h2 id="rfr-sites">{t('welcome.sites')}</h2>
          <p>{t('welcome.sites.list', { sites: siteList() })}</p>
          <h2 id="rfr-never">{t('welcome.never')}</h2>
          <ul aria-labelledby="rfr-never">
            <li>{t('welcome.never.send')}</li>
            <li>{t('welcome.never.change')}</li>
            <li>{t('welcome.never.decide')}</li>
          </ul>
        </section>
        <section class="rfr-card rfr-wide" aria-labelledby="rfr-badge-help">
          <h2 id="rfr-badge-help">{t('welcome.badge')}</h2>
          <p>{t('welcome.badge.where')}</p>
          <dl class="rfr-levels">
            {FORMS.map((f) => (
              <div data-form={f.key}>
                <dt>
                  <span class={`rfr-chip rfr-level rfr-level-${f.level}`}>
                    <span aria-hidden="true">⚑</span> {f.words()}
                  </span>
                </dt>
                <dd>{t(`welcome.badge.${f.key}` as MessageKey)}</dd>
              </div>
            ))}
          </dl>
          <p>{t('welcome.badge.toolbar')}</p>
          <p>{t('welcome.badge.messages')}</p>
        </section>
      </div>
      <nav class="rfr-page-links" aria-label={t('welcome.next')}>
        <a href={browser.runtime.getURL('/privacy.html' as '/popup.html')}>{t('welcome.privacy')}</a>
        <a href={browser.runtime.getURL('/options.html')}>{t('welcome.settings')}</a>
      </nav>
    </main>
  );
}
