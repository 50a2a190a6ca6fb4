/**
 * GitHub user pages: interprets what lib/sites/github.page.ts collected (structure second-hand, not verified
 * against a real saved page). The shown local time's UTC offset is what GitHub itself derives from the
 * user's time-zone setting, so it can be compared with the claimed location like any other time zone.
 */
import { locationFromText } from '../geo/place';
import type { Profile, ReadResult } from '../profile';
import { parseCount } from '../parse/count';
import { compact, httpUrl } from '../parse/read-helpers';
import { githubLogin, githubPage } from './github.page';
import { defineAdapter } from './read-page';
import { rawText, type RawPage } from './types';

function interpret(raw: RawPage, url: URL): ReadResult {
  const login = githubLogin(url);
  const s = (k: string) => rawText(raw, k);
  if (!login || raw.person === 'no') return { status: 'not-a-profile', missing: [] };
  const hours = Number(s('hoursAheadOfUtc'));
  const followers = parseCount(s('followers'), s('lang'));
  const profile = compact({
    site: 'github',
    url: `https://github.com/${url.pathname.split('/')[1]}`,
    id: s('userId') ?? login,
    name: s('name') ?? s('login'),
    bio: s('bio'),
    photoUrl: httpUrl(s('photo')),
    location: locationFromText(s('location')),
    timezone: s('hoursAheadOfUtc') && Number.isFinite(hours) ? { utcOffsetMinutes: Math.round(hours * 60) } : undefined,
    employment: s('worksFor') ? [{ company: s('worksFor') }] : undefined,
    links: Array.isArray(raw.links) ? raw.links.map((l) => httpUrl(l)).filter((l): l is string => !!l) : undefined,
    stats: { followers },
  }) as Profile;
  if (!profile.name) return { status: 'unreadable', missing: ['name'] };
  const missing = s('name') && s('login') && s('login')!.toLowerCase() !== login ? ['name:conflict'] : [];
  return { status: missing.length ? 'partial' : 'ok', profile, missing };
}

export const github = defineAdapter(githubPage, interpret);
