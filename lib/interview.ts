/**
 * Questions to ask in the interview, one builder per rule: a finding becomes a plain question the hiring
 * manager can put to the freelancer ("You list New York; what hours do you usually work, and where are you
 * right now?"). Built from the finding's language-free facts, in the language asked for; the same question
 * from two findings is asked once. Red flags first (by severity), then the notes.
 */
import { t, type Locale, type MessageKey } from './i18n';
import { splitFindings } from './finding-view';
import type { Finding } from './rules/types';
import { channelsOf, inLocale, placeOf } from './verdict';

/** A finding's question, or none where the finding gives nothing to ask about. */
type Builder = (f: Finding, lang: Locale) => string | undefined;

/** The plain question of a rule (its catalogue key `question.<rule>`). */
const plain =
  (rule: string): Builder =>
  () =>
    t(`question.${rule}` as MessageKey);

/** Every rule's question builder; the rules with facts say them. */
export const QUESTIONS: Record<string, Builder> = {
  'location-timezone-mismatch': (f, lang) => {
    // Its one low finding is a bare UTC setting, which the panel itself calls a probable default: nothing was
    // compared and nothing contradicts, so there is nothing to put to the freelancer (hm18: "where are you
    // right now?" on a clean, established profile).
    if (f.severity === 'low') return undefined;
    const place = f.facts && (f.facts.place ?? placeOf(f.facts, lang));
    return place ? t('question.location-timezone-mismatch.place', { place }) : t('question.location-timezone-mismatch');
  },
  'off-platform-contact-in-profile': (f, lang) => {
    const channels = f.facts && channelsOf(f.facts, lang);
    return channels
      ? t('question.off-platform-contact-in-profile.channels', { channels })
      : t('question.off-platform-contact-in-profile');
  },
  ...Object.fromEntries(
    [
      'new-account',
      'thin-history',
      'review-burst',
      'no-photo',
      'unverified-identity',
      'crypto-payment-in-profile',
      'free-hosting-portfolio',
      'very-broad-skills',
      'crypto-payment-request',
      'alt-payment-request',
      'move-off-platform',
      'ship-equipment-elsewhere',
      'account-switch-request',
      'identity-rental-request',
      'avoids-video',
      'prepayment-pressure',
      'remote-access-request',
      'recommends-more-workers',
      'recycled-photo',
      'duplicate-text',
      'shared-contact',
      'shared-reviewer-burst',
      'profile-changed',
    ].map((rule) => [rule, plain(rule)]),
  ),
};

/** The interview questions for `findings`, in `lang`: the red flags' first, then the notes', each once. */
export function interviewQuestions(findings: readonly Finding[], lang: Locale): string[] {
  return inLocale(lang, () => {
    const { flags, notes } = splitFindings(findings);
    const out: string[] = [];
    for (const f of [...flags, ...notes]) {
      const q = QUESTIONS[f.rule]?.(f, lang);
      if (q && !out.includes(q)) out.push(q);
    }
    return out;
  });
}
