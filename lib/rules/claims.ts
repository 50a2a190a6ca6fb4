/** What a profile claims about itself (rate, years, seniority, job success), shared by account rules. */
import type { Profile } from '../profile';
import { line, type Evidence } from '../i18n/evidence';

const YEARS = /\b(\d{1,2})\s*\+?\s*(?:years?|yrs?|jahre?n?)\b/i;
const SENIOR = /\b(?:expert|senior|lead|principal|architect|guru|ninja|top[- ]rated|10x)\b/i;
export const HIGH_RATE_USD = 50;

// The last profile's claims: the new-account and thin-history rules ask for them one after the other (a new account
// with a thin history, the profiles that matter here, made them twice: its patterns over the title and bio).
let last:
  | {
      p: Profile;
      title?: string;
      bio?: string;
      amount?: number;
      currency?: string;
      jobSuccess?: number;
      out: readonly Evidence[];
    }
  | undefined;

/** Evidence lines for each substantial claim the profile makes (the same array while the profile is the same). */
export function claims(p: Profile): readonly Evidence[] {
  const rate = p.hourlyRate;
  const jobSuccess = p.stats?.jobSuccess;
  if (
    last &&
    last.p === p &&
    last.title === p.title &&
    last.bio === p.bio &&
    last.amount === rate?.amount &&
    last.currency === rate?.currency &&
    last.jobSuccess === jobSuccess
  )
    return last.out;
  const out = claimsOf(p);
  last = { p, title: p.title, bio: p.bio, amount: rate?.amount, currency: rate?.currency, jobSuccess, out };
  return out;
}

function claimsOf(p: Profile): Evidence[] {
  const out: Evidence[] = [];
  if (p.hourlyRate && p.hourlyRate.currency === 'USD' && p.hourlyRate.amount >= HIGH_RATE_USD) {
    out.push(line('evidence.claimsRate', { rate: { money: p.hourlyRate.amount, currency: p.hourlyRate.currency } }));
  }
  // Title and bio as one text, as [p.title, p.bio].filter(Boolean).join('\n') made it (without its two arrays).
  const text = p.title && p.bio ? `${p.title}\n${p.bio}` : p.title || p.bio || '';
  const years = YEARS.exec(text);
  if (years && Number(years[1]) >= 5) out.push(line('evidence.claimsYears', { text: years[0] }));
  const senior = p.title && SENIOR.exec(p.title);
  if (senior) out.push(line('evidence.claimsTitle', { text: senior[0] }));
  if (p.stats?.jobSuccess !== undefined && p.stats.jobSuccess >= 90) {
    out.push(line('evidence.jobSuccess', { value: p.stats.jobSuccess }));
  }
  return out;
}
