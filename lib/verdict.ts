/**
 * The one-line verdict at the top of the panel and the popup: the top red flags in a plain sentence, "Claims New
 * York, United States, keeps UTC+09:00 time; asks for crypto; account only 20 days old." Built from the findings
 * alone (their `facts`, never their evidence text), in the language asked for; country names come from the
 * browser's own localisation (Intl.DisplayNames), lists from Intl.ListFormat.
 */
import { currentLocale, setLocale, t, type Locale, type MessageKey } from './i18n';
import { findingAdvice, findingTitle, levelSummary, splitFindings } from './finding-view';
import { en } from './i18n/en';
import { listOf, regionName } from './i18n/format';
import type { Finding, FindingFacts } from './rules/types';

/** How many red flags the sentence names (the panel lists all of them below it). */
export const VERDICT_FLAGS = 3;

/** Runs `f` with the catalogue of `lang`, and puts the current language back. */
export function inLocale<T>(lang: Locale, f: () => T): T {
  const before = currentLocale();
  setLocale(lang);
  try {
    return f();
  } finally {
    setLocale(before);
  }
}

// Country names and lists come from the platform's localisation (lib/i18n/format.ts).
export { listOf, regionName };

// English names a few countries with an article when they stand alone ("claims the United States").
const WITH_THE = new Set(['US', 'GB', 'NL', 'PH', 'AE', 'BS', 'GM', 'MV', 'DO', 'CF', 'KM', 'MH', 'SB', 'KY', 'VA']);

/** The claimed place: "New York, United States", or the country alone. */
export function placeOf(facts: FindingFacts, lang: Locale): string | undefined {
  const country = facts.country ? regionName(facts.country, lang) : undefined;
  if (facts.place) return country ? `${facts.place}, ${country}` : facts.place;
  if (!country) return undefined;
  return lang === 'en' && WITH_THE.has(facts.country!) ? `the ${country}` : country;
}

/** Contact kinds as words (messenger names are names; e-mail and phone are translated). */
export function channelsOf(facts: FindingFacts, lang: Locale): string | undefined {
  if (!facts.channels?.length) return undefined;
  const words = facts.channels.map((c) =>
    c === 'E-mail' ? t('contact.email') : c === 'Phone' ? t('contact.phone') : c,
  );
  return listOf([...new Set(words)], lang);
}

/** The phrase for one finding, in the current language. */
function phrase(f: Finding, lang: Locale): string {
  const facts = f.facts ?? {};
  const key = `verdict.${f.rule}` as MessageKey;
  if (f.rule === 'location-timezone-mismatch') {
    const place = placeOf(facts, lang);
    if (place && facts.zoneCountries?.length) {
      const countries = listOf(
        facts.zoneCountries.slice(0, 3).map((c) => regionName(c, lang)),
        lang,
        true,
      );
      return t('verdict.location-timezone-mismatch.zone', { place, countries });
    }
    if (place && facts.offset) return t('verdict.location-timezone-mismatch.offset', { place, offset: facts.offset });
  }
  if (f.rule === 'new-account' && facts.days !== undefined) return t('verdict.new-account.days', { count: facts.days });
  if (f.rule === 'off-platform-contact-in-profile') {
    const channels = channelsOf(facts, lang);
    if (channels) return t('verdict.off-platform-contact-in-profile.channels', { channels });
  }
  // A rule without a phrase of its own (none today) is named by its title.
  return key in en ? t(key) : findingTitle(f);
}

/**
 * The verdict sentence for `findings` (the red flags by severity, the notes apart: lib/finding-view.ts) in
 * `lang`: the first VERDICT_FLAGS red flags, each in a few words, joined into one sentence. Without red flags
 * it says so as the badge does, with the notes counted, and that the page was read only in part (`inPart`).
 */
export function verdictLine(findings: readonly Finding[], lang: Locale, inPart = false): string {
  return inLocale(lang, () => {
    const { flags, notes } = splitFindings(findings);
    // No red flag: the same words as the badge and the level bar ("No red flags · read in part · 1 note").
    if (!flags.length) return levelSummary('none', notes, 0, inPart);
    const phrases: string[] = [];
    for (const f of flags) {
      const p = phrase(f, lang);
      if (!phrases.includes(p)) phrases.push(p);
      if (phrases.length === VERDICT_FLAGS) break;
    }
    const line = phrases.join('; ');
    return `${line.charAt(0).toLocaleUpperCase(lang)}${line.slice(1)}.`;
  });
}

/**
 * What to do first, under the verdict (hm20 report, point 3: the verdict said what matched, the step to take was
 * a scroll away): the step of the most serious red flag, "Ask where they work from …". None without a
 * red flag: a note is something to read, not a task.
 */
export function firstStep(findings: readonly Finding[], lang: Locale): string | undefined {
  return inLocale(lang, () => {
    const top = splitFindings(findings).flags[0];
    return top && findingAdvice(top);
  });
}
