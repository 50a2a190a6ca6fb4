/**
 * Freelancer.com profiles: interprets what lib/sites/freelancer.page.ts collected. The transfer state
 * (`NGRX_STATE`, HTML-escaped JSON — `&q;` is `"`) holds the profile at
 * `profileViewUsers.*.documents[<id>].rawDocument`, with reputation, reviews, education, experience and
 * portfolio documents beside it (seen 2021-12). JSON.parse only; nothing runs.
 */
import type { Profile, ReadResult } from '../profile';
import { parseNumber } from '../parse/count';
import { at, bool, compact, httpUrl, isObj, num, str } from '../parse/read-helpers';
import { FREELANCER_HOST, freelancerPage, freelancerUsername } from './freelancer.page';
import { defineAdapter } from './read-page';
import { rawText, type RawPage } from './types';
import { unescapeTransferState } from '../parse/transfer-state';

/** Every rawDocument of one NGRX collection (all query slots). */
function docs(ngrx: unknown, collection: string): Record<string, unknown>[] {
  const slots = at(ngrx, collection);
  if (!isObj(slots)) return [];
  const out: Record<string, unknown>[] = [];
  for (const slot of Object.values(slots)) {
    const documents = at(slot, 'documents');
    if (!isObj(documents)) continue;
    for (const d of Object.values(documents)) {
      const raw = at(d, 'rawDocument');
      if (isObj(raw)) out.push(raw);
    }
  }
  return out;
}

const day = (ms: unknown) => {
  const n = num(ms);
  return n === undefined ? undefined : new Date(n).toISOString().slice(0, 10);
};

/** "+0500" / "-0330" → minutes. */
function offsetMinutes(v: unknown): number | undefined {
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(str(v) ?? '');
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : undefined;
}

const pct = (v: unknown, scale = 1) => {
  const n = num(v);
  return n === undefined ? undefined : Math.round(n * scale * 10) / 10;
};

function fromState(ngrx: unknown, username: string): (Profile & { _userId: number }) | undefined {
  const user = docs(ngrx, 'profileViewUsers').find((u) => str(u.username)?.toLowerCase() === username);
  if (!user) return undefined;
  const id = num(user.id)!;
  const rep = docs(ngrx, 'freelancerReputationsRehireRates').find((r) => r.id === id);
  const hist = at(rep, 'entireHistory');
  const status = at(user, 'status');
  const names = new Map(
    docs(ngrx, 'users').map((u) => [u.id, str(u.publicName) ?? str(u.displayName) ?? str(u.username)]),
  );
  const reviews = docs(ngrx, 'reviews')
    .filter((r) => r.toUserId === id)
    .sort((a, b) => (num(b.timeSubmitted) ?? 0) - (num(a.timeSubmitted) ?? 0));
  const portfolioText = docs(ngrx, 'portfolios')
    .filter((p) => p.userId === id)
    .map((p) => str(p.description) ?? '')
    .join('\n');
  return {
    _userId: id,
    site: 'freelancer',
    url: '',
    id: str(user.username),
    name: str(user.publicName) ?? str(user.displayName),
    title: str(user.tagLine),
    bio: str(user.profileDescription),
    photoUrl:
      httpUrl(user.avatarLarge, `https://${FREELANCER_HOST}`) ?? httpUrl(user.avatar, `https://${FREELANCER_HOST}`),
    location: {
      city: str(at(user, 'location', 'city')),
      country: str(at(user, 'location', 'country', 'code'))?.toUpperCase(),
      countryName: str(at(user, 'location', 'country', 'name')),
    },
    timezone: {
      name: str(at(user, 'timezone', 'timezone')),
      utcOffsetMinutes: offsetMinutes(at(user, 'timezone', 'offset')),
    },
    // A corporate account ("corporate": { "status": "active", "founderId": … }, seen 2021-12 on two of six
    // saved profiles, both named for a company): a team's account, not one person's.
    agency: isObj(user.corporate) ? true : undefined,
    memberSince: day(user.registrationDate),
    stats: {
      jobs: num(at(hist, 'complete')),
      reviews: num(at(hist, 'reviews')),
      rating: pct(at(hist, 'overall'), 1) === undefined ? undefined : Math.round(num(at(hist, 'overall'))! * 100) / 100,
      completionRate: pct(at(hist, 'completionRate')),
      onTime: pct(at(hist, 'onTimeInMs'), 100) ?? pct(at(hist, 'onTime'), 100),
      onBudget: pct(at(hist, 'onBudget'), 100),
    },
    verified: {
      identity: bool(at(status, 'identityVerified')),
      payment: bool(at(status, 'paymentVerified')),
      phone: bool(at(status, 'phoneVerified')),
      email: bool(at(status, 'emailVerified')),
    },
    skills: Array.isArray(user.skills)
      ? user.skills.map((s) => str(at(s, 'name'))).filter((s): s is string => !!s)
      : undefined,
    education: docs(ngrx, 'educations')
      .filter((e) => e.userId === id)
      .map((e) =>
        compact({ school: str(e.schoolName), degree: str(e.degree), start: day(e.startDate), end: day(e.endDate) }),
      ),
    employment: docs(ngrx, 'experiences')
      .filter((e) => e.userId === id)
      .map((e) =>
        compact({ company: str(e.company), title: str(e.title), start: day(e.startDate), end: day(e.endDate) }),
      ),
    reviews: reviews.map((r) =>
      compact({
        date: day(r.timeSubmitted),
        rating: num(r.rating),
        text: str(r.description),
        client: names.get(r.fromUserId),
      }),
    ),
    links: [...new Set(portfolioText.match(/\bhttps?:\/\/[^\s<>"')]+/g) ?? [])].map((u) => u.replace(/[.,;]+$/, '')),
  };
}

const CORE = ['name', 'location', 'timezone', 'memberSince', 'stats'] as const;

function interpret(raw: RawPage, url: URL): ReadResult {
  const username = freelancerUsername(url);
  if (!username) return { status: 'not-a-profile', missing: [] };
  const missing: string[] = [];
  let state: (Profile & { _userId: number }) | undefined;
  if (typeof raw.state === 'string') {
    try {
      state = fromState(at(JSON.parse(unescapeTransferState(raw.state)), 'NGRX_STATE'), username);
    } catch {
      state = undefined;
    }
  }
  if (!state) missing.push('embedded-state');
  // The summary shows "Jane D. @janedoe": the name before the handle.
  const shown = typeof raw.name === 'string' ? str(raw.name.replace(/@\S+\s*$/, '')) : undefined;
  const { _userId, ...fromNuxt } = state ?? { _userId: 0 };
  void _userId;
  const rate = typeof raw.rate === 'string' ? /([\d.,]+)\s*([A-Z]{3})/.exec(raw.rate) : null;
  const amount = parseNumber(rate?.[1], rawText(raw, 'lang'));
  const profile = compact({
    name: shown,
    hourlyRate: rate && amount !== undefined ? { amount, currency: rate[2] } : undefined,
    title: typeof raw.tagline === 'string' ? str(raw.tagline) : undefined,
    ...fromNuxt,
    site: 'freelancer',
    url: `https://${FREELANCER_HOST}/u/${url.pathname.split('/')[2]}`,
  }) as Profile;
  if (!profile.name) return { status: 'unreadable', missing: [...new Set([...missing, ...CORE])] };
  if (state?.name && shown && state.name !== shown) missing.push('name:conflict');
  for (const f of CORE) if (!(f in profile)) missing.push(f);
  if (!state) missing.push('photoUrl');
  return { status: missing.length ? 'partial' : 'ok', profile, missing: [...new Set(missing)] };
}

export const freelancer = defineAdapter(freelancerPage, interpret);
