/** What a profile claims about itself (rate, years, seniority, job success), shared by account rules. */
import type { Profile } from '../profile';
import { t } from '../i18n';

const YEARS = /\b(\d{1,2})\s*\+?\s*(?:years?|yrs?|jahre?n?)\b/i;
const SENIOR = /\b(?:expert|senior|lead|principal|architect|guru|ninja|top[- ]rated|10x)\b/i;
export const HIGH_RATE_USD = 50;

/** Evidence lines for each substantial claim the profile makes. */
export function claims(p: Profile): string[] {
  const out: string[] = [];
  if (p.hourlyRate && p.hourlyRate.currency === 'USD' && p.hourlyRate.amount >= HIGH_RATE_USD) {
    out.push(t('evidence.claimsRate', { rate: `${p.hourlyRate.amount} ${p.hourlyRate.currency}` }));
  }
  const text = [p.title, p.bio].filter(Boolean).join('\n');
  const years = YEARS.exec(text);
  if (years && Number(years[1]) >= 5) out.push(t('evidence.claimsYears', { text: years[0] }));
  const senior = p.title && SENIOR.exec(p.title);
  if (senior) out.push(t('evidence.claimsTitle', { text: senior[0] }));
  if (p.stats?.jobSuccess !== undefined && p.stats.jobSuccess >= 90) {
    out.push(t('evidence.jobSuccess', { value: p.stats.jobSuccess }));
  }
  return out;
}
