/**
 * A track record (lib/track-record.ts) in words, for the panel, the history and the evidence export:
 * "On Upwork since 2014 · 312 reviews over 9 years · Identity verified". Facts only, never a score.
 */
import { t, type MessageKey } from './i18n';
import { en } from './i18n/en';
import type { TrackRecord } from './track-record';

export function siteName(site: string): string {
  const key = `site.${site}`;
  return key in en ? t(key as MessageKey) : site;
}

export function trackRecordFacts(r: TrackRecord, site: string): string[] {
  const out: string[] = [];
  if (r.since) out.push(t('record.since', { site: siteName(site), year: r.since.slice(0, 4) }));
  if (r.jobs !== undefined) out.push(t('record.jobs', { count: r.jobs }));
  if (r.reviews !== undefined) {
    const reviews = t('record.reviews', { count: r.reviews });
    // The dated reviews span at least this many years (a page may show only the latest ones).
    out.push(
      r.reviewYears ? t('record.over', { reviews, years: t('record.years', { count: r.reviewYears }) }) : reviews,
    );
  }
  for (const k of r.verified) out.push(t('record.verified', { what: t(`verify.${k}`) }));
  for (const k of r.unverified) out.push(t('record.unverified', { what: t(`verify.${k}`) }));
  return out;
}
