/**
 * A profile's track record, from facts the page itself shows: how long the account has been on the
 * platform, how many jobs and reviews it has, how many years its dated reviews span, and what the platform
 * shows as verified. It is shown beside the findings as facts, never as a score, and it decides one thing
 * only: whether low observations (notes) may still add up to a level (lib/score.ts). A medium or high
 * finding keeps its level however long the track record.
 */
import type { Profile } from './profile';
import { StringMemo } from './text/string-memo';

/** Years on the platform and reviews (or jobs) from which a verified account counts as established. */
export const ESTABLISHED_YEARS = 2;
export const ESTABLISHED_REVIEWS = 10;

export type Verification = 'identity' | 'payment' | 'phone' | 'email';
const VERIFICATIONS: readonly Verification[] = ['identity', 'payment', 'phone', 'email'];

export interface TrackRecord {
  /** The member-since date the page shows (yyyy-mm-dd). */
  since?: string;
  /** Whole years from `since` to the day the page was looked at. */
  years?: number;
  jobs?: number;
  reviews?: number;
  /** `reviews` counts the reviews listed on the page (it shows no total): a page may list only some. */
  reviewsListed?: boolean;
  /** Whole years between the earliest and the latest dated review shown (at least; older ones may be hidden). */
  reviewYears?: number;
  /** What the platform shows as verified, and as not verified (absent: the page does not say). */
  verified: Verification[];
  unverified: Verification[];
  /** Long enough on the platform, with enough reviews or jobs, and no missing identity check. */
  established: boolean;
}

const YEAR_MS = 365.2425 * 86_400_000;

// Date.parse of the dates pages show, remembered (every profile is scored with its member-since date; pages repeat
// the same days): bounded, cleared when full, found without hashing the text (lib/text/string-memo.ts).
const PARSED = new StringMemo<number>(10_000);
function parsed(date: string): number {
  let ms = PARSED.get(date);
  if (ms === undefined) {
    ms = Date.parse(date);
    PARSED.set(date, ms);
  }
  return ms;
}
const wholeYears = (from: number, to: number) => Math.floor((to - from) / YEAR_MS);

function reviewYears(p: Profile): number | undefined {
  let first = '';
  let last = '';
  for (const r of p.reviews ?? []) {
    if (!r.date) continue;
    if (!first || r.date < first) first = r.date;
    if (!last || r.date > last) last = r.date;
  }
  return first ? wholeYears(parsed(first), parsed(last)) : undefined;
}

function yearsOn(p: Profile, now: Date): number | undefined {
  const sinceMs = p.memberSince ? parsed(p.memberSince) : NaN;
  return Number.isNaN(sinceMs) || sinceMs > now.getTime() ? undefined : wholeYears(sinceMs, now.getTime());
}

const reviewCount = (p: Profile) => p.stats?.reviews ?? (p.reviews?.length ? p.reviews.length : undefined);

/**
 * Long enough on the platform (or dated reviews spanning as long), with enough reviews or jobs, and — where
 * the site shows verification — the identity not shown as missing and something verified. (Every profile
 * is scored with it: it builds nothing.)
 */
export function isEstablished(p: Profile, now: Date): boolean {
  if (Math.max(reviewCount(p) ?? 0, p.stats?.jobs ?? 0) < ESTABLISHED_REVIEWS) return false;
  const v = p.verified;
  if (v && (v.identity === false || !(v.identity || v.payment || v.phone || v.email))) return false;
  return (yearsOn(p, now) ?? reviewYears(p) ?? 0) >= ESTABLISHED_YEARS;
}

export function trackRecord(p: Profile, now: Date): TrackRecord {
  const years = yearsOn(p, now);
  const reviews = reviewCount(p);
  const jobs = p.stats?.jobs;
  const span = reviewYears(p);
  const v = p.verified ?? {};
  const verified = VERIFICATIONS.filter((k) => v[k] === true);
  const unverified = VERIFICATIONS.filter((k) => v[k] === false);
  return {
    ...(years !== undefined ? { since: p.memberSince, years } : {}),
    ...(jobs !== undefined ? { jobs } : {}),
    ...(reviews !== undefined ? { reviews } : {}),
    ...(reviews !== undefined && p.stats?.reviews === undefined ? { reviewsListed: true } : {}),
    ...(span !== undefined ? { reviewYears: span } : {}),
    verified,
    unverified,
    established: isEstablished(p, now),
  };
}
