/** PeoplePerHour profiles (best effort, unverified structure): interprets lib/sites/peopleperhour.page.ts. */
import { locationFromText } from '../geo/place';
import type { Profile, ReadResult } from '../profile';
import { parseCount, parseNumber } from '../parse/count';
import { compact } from '../parse/read-helpers';
import { peopleperhourPage, pphSlug } from './peopleperhour.page';
import { defineAdapter } from './read-page';
import { rawText, type RawPage } from './types';

const CURRENCY: Record<string, string> = { $: 'USD', '£': 'GBP', '€': 'EUR' };

function interpret(raw: RawPage, url: URL): ReadResult {
  const slug = pphSlug(url);
  if (!slug) return { status: 'not-a-profile', missing: [] };
  const s = (k: string) => rawText(raw, k);
  // "$40 /hr", "£25/hour"
  const cost = /([$£€])\s*([\d.,]+)/.exec(s('cost') ?? '');
  const rating = Number(s('rating'));
  const reviews = /(\d[\d,.]*)/.exec(s('reviews') ?? '')?.[1];
  const amount = parseNumber(cost?.[2], s('lang'));
  const profile = compact({
    site: 'peopleperhour',
    url: `https://www.peopleperhour.com${url.pathname.replace(/\/$/, '')}`,
    id: slug,
    name: s('name'),
    title: s('job'),
    location: locationFromText(s('location')),
    hourlyRate: cost && amount !== undefined ? { amount, currency: CURRENCY[cost[1]] } : undefined,
    stats: {
      rating: s('rating') && rating >= 0 && rating <= 5 ? rating : undefined,
      reviews: parseCount(reviews, s('lang')),
    },
    skills: Array.isArray(raw.skills) ? raw.skills.filter(Boolean) : undefined,
  }) as Profile;
  if (!profile.name) return { status: 'unreadable', missing: ['name', 'location'] };
  // The page shows no photo reader, join date or time zone that we know of.
  const missing = ['photoUrl', ...(profile.location?.country ? [] : ['location'])];
  return { status: missing.length > 1 ? 'partial' : 'ok', profile, missing };
}

export const peopleperhour = defineAdapter(peopleperhourPage, interpret);
