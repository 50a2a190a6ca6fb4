/**
 * A track record (lib/track-record.ts) in words, for the panel, the history and the evidence export:
 * "On Upwork since 2014 · 312 reviews · Identity verified". Facts only, never a score, and each true as
 * written: the span of the dated reviews is the page's window on them (a page shows the latest few), so it
 * is never joined to the total count ("246 reviews over 1 year" for a member since 2017 was false) and is
 * said only where the page gives no member-since date, as what it is.
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
  if (r.reviews !== undefined)
    out.push(t(r.reviewsListed ? 'record.reviewsListed' : 'record.reviews', { count: r.reviews }));
  // The reviews shown span at least this many years; the member-since date says more where it is given.
  if (!r.since && r.reviewYears)
    out.push(t('record.shownSpan', { years: t('record.years', { count: r.reviewYears }) }));
  for (const k of r.verified) out.push(t('record.verified', { what: t(`verify.${k}`) }));
  for (const k of r.unverified) out.push(t('record.unverified', { what: t(`verify.${k}`) }));
  return out;
}
