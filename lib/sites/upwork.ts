/**
 * Upwork freelancer profiles: interprets what lib/sites/upwork.page.ts collected. Readers, in order of trust
 * (docs/marketplaces.md, seen 2026-06):
 * 1. the `window.__NUXT__` state (read without running it, see lib/parse/nuxt-state.ts);
 * 2. meta tags and `itemprop` / `data-test` attributes in the server-rendered markup.
 * The "local time" Upwork shows beside the location is worked out from the profile's time zone setting, not
 * from the place: the 2026-06 visitor view of a freelancer in Kharkiv with the setting "UTC" shows "8:34 am
 * local time", and its visitor ids were stamped at 07:54 and 08:25 UTC that day — so it was made at 08:34 UTC
 * (Kharkiv's clock said 11:34). It is read as written and compared by lib/rules/location-timezone-mismatch.ts.
 * When the state belongs to another profile (Upwork is a single-page app: after an in-app navigation the
 * initial state is stale) only the markup is used and the result is `partial`.
 */
import type { Profile, ReadResult } from '../profile';
import { readNuxtState } from '../parse/nuxt-state';
import { at, bool, compact, httpUrl, isObj, isoDate, num, str } from '../parse/read-helpers';
import { defineAdapter } from './read-page';
import { rawText, type RawPage } from './types';
import { UPWORK_HOST, upworkPage, upworkProfileKey } from './upwork.page';

/** The Nuxt state's profile viewer, or why it could not be read. */
function nuxtProfileViewer(script: string | null): { viewer?: Record<string, unknown>; error?: string } {
  if (!script) return { error: 'no embedded state' };
  try {
    const viewer = at(readNuxtState(script), 'state', 'profileViewer');
    return isObj(viewer) ? { viewer } : { error: 'state has no profileViewer' };
  } catch (e) {
    return { error: (e as Error).message };
  }
}

function fromState(v: Record<string, unknown>, loggedIn: boolean): Profile & { _key: string[] } {
  const p = at(v, 'profile', 'profile');
  const stats = at(v, 'profile', 'stats');
  const loc = at(p, 'location');
  const offsetSeconds = num(at(loc, 'timezoneOffset'));
  const rate = at(stats, 'hourlyRate');
  const idv = bool(at(p, 'idv', 'isVerified'));
  // Trap seen 2026-06: `idVerified` false while `idBadgeStatus` is "PASSED" and `idv.isVerified` true.
  const identity = idv ?? (str(at(p, 'idBadgeStatus')) ? at(p, 'idBadgeStatus') === 'PASSED' : undefined);
  const earnings = num(at(stats, 'totalEarnings'));
  const languages = at(v, 'profile', 'languages');
  const education = at(v, 'profile', 'education');
  const employment = at(v, 'profile', 'employmentHistory');
  const portfolios = at(v, 'profile', 'portfolios');
  const items = at(v, 'workHistory', 'assignmentsCompleted', 'pageItems');
  const portrait = at(p, 'portrait');
  const vanity = str(at(v, 'profile', 'vanityUrl')) ?? str(at(v, 'profile', 'talentVanityUrl', 'vanityUrl'));
  return {
    _key: [str(at(v, 'profile', 'identity', 'ciphertext'))?.toLowerCase(), vanity?.toLowerCase()].filter(
      (x): x is string => !!x,
    ),
    site: 'upwork',
    url: '',
    id: str(at(v, 'profile', 'identity', 'ciphertext')),
    name: str(at(p, 'name')),
    title: str(at(p, 'title')),
    bio: str(at(p, 'description')),
    // A profile without a portrait has `portrait` null or without URLs: that is "no photo", not "unread".
    photoUrl: httpUrl(at(portrait, 'portrait')) ?? httpUrl(at(portrait, 'bigPortrait')),
    location: {
      city: str(at(loc, 'city')),
      region: str(at(loc, 'state')),
      country: str(at(loc, 'countryCodeIso2'))?.toUpperCase(),
      countryName: str(at(loc, 'country')),
    },
    timezone: {
      label: str(at(loc, 'countryTimezone')),
      utcOffsetMinutes: offsetSeconds === undefined ? undefined : Math.round(offsetSeconds / 60),
    },
    memberSince: isoDate(at(stats, 'memberSince')),
    hourlyRate:
      num(at(rate, 'amount')) !== undefined && str(at(rate, 'currencyCode'))
        ? { amount: num(at(rate, 'amount'))!, currency: str(at(rate, 'currencyCode'))!.toUpperCase() }
        : undefined,
    stats: {
      jobs: num(at(stats, 'totalJobsWorked')),
      hours:
        num(at(stats, 'totalHours')) === undefined ? undefined : Math.round(num(at(stats, 'totalHours'))! * 100) / 100,
      reviews: num(at(stats, 'totalFeedback')),
      rating: num(at(stats, 'rating')),
      // Trap seen 2026-06: visitors get totalEarnings 0 for a freelancer with 26 jobs. Only a logged-in
      // view's figure is a reading.
      earnings: loggedIn && at(v, 'profile', 'hideEarnings') !== true ? earnings : undefined,
    },
    verified: { identity, phone: bool(at(p, 'phoneVerified')) },
    languages: Array.isArray(languages)
      ? languages
          .map((l) => ({
            name: str(at(l, 'language', 'englishName')),
            level: str(at(l, 'proficiencyLevel', 'proficiencyTitle')),
          }))
          .filter((l): l is { name: string; level: string | undefined } => !!l.name)
          .map((l) => compact(l))
      : undefined,
    skills: Array.isArray(at(p, 'skills'))
      ? (at(p, 'skills') as unknown[])
          // The shown name only: `name` is a slug ("marketing-strategy"), not what the page shows.
          .map((s) => str(at(s, 'prettyName')))
          .filter((s): s is string => !!s)
      : undefined,
    education: Array.isArray(education)
      ? education.map((e) =>
          compact({
            school: str(at(e, 'institutionName')),
            degree: [str(at(e, 'degree')), str(at(e, 'areaOfStudy'))].filter(Boolean).join(', ') || undefined,
            start: isoDate(at(e, 'dateStarted')),
            end: isoDate(at(e, 'dateEnded')),
          }),
        )
      : undefined,
    employment: Array.isArray(employment)
      ? employment.map((e) =>
          compact({
            company: str(at(e, 'companyName')),
            title: str(at(e, 'jobTitle')),
            start: isoDate(at(e, 'startDate')),
            end: isoDate(at(e, 'endDate')),
          }),
        )
      : undefined,
    reviews: Array.isArray(items)
      ? items
          .filter((it) => num(at(it, 'feedback', 'score')) !== undefined)
          .map((it) =>
            compact({
              // Feedback is left when the contract ends; its start date is not the review's date.
              date: isoDate(at(it, 'endedOn')),
              rating: num(at(it, 'feedback', 'score')),
              text: str(at(it, 'feedback', 'comment')),
              client: str(at(it, 'clientInformation', 'name')),
            }),
          )
      : undefined,
    links: Array.isArray(portfolios)
      ? portfolios.map((pf) => httpUrl(at(pf, 'projectUrl'))).filter((u): u is string => !!u)
      : undefined,
  };
}

/** What the server-rendered markup shows (2026-06 visitor view). */
function fromMarkup(raw: RawPage): Profile {
  const rateAmount = Number(rawText(raw, 'rateAmount'));
  const currency = rawText(raw, 'rateCurrency');
  const jss = rawText(raw, 'jobSuccess');
  const jssValue = jss && /Job Success/i.test(jss) ? /(\d{1,3})\s*%/.exec(jss)?.[1] : undefined;
  return compact({
    site: 'upwork',
    url: '',
    name: rawText(raw, 'name') ?? rawText(raw, 'ogTitle'),
    title: rawText(raw, 'ogDescription'),
    photoUrl: httpUrl(rawText(raw, 'photo')),
    location: compact({ city: rawText(raw, 'locality'), countryName: rawText(raw, 'countryName') }),
    // "8:34 am local time" → "8:34 am": Upwork works it out from the profile's time zone setting (below).
    localTime: /^(.+?)\s+local time$/i.exec(rawText(raw, 'localTime') ?? '')?.[1],
    hourlyRate:
      rawText(raw, 'rateAmount') &&
      Number.isFinite(rateAmount) &&
      rateAmount >= 0 &&
      currency &&
      /^[A-Z]{3}$/.test(currency)
        ? { amount: rateAmount, currency }
        : undefined,
    stats: compact({ jobSuccess: jssValue && Number(jssValue) <= 100 ? Number(jssValue) : undefined }),
  });
}

const CORE = ['name', 'location', 'timezone', 'memberSince', 'stats'] as const;

type StateProfile = Profile & { _key: string[] };

/**
 * The embedded state to trust. Several states on one page (a doctored one in a template, say) are each
 * read; the one that is about this URL's profile and agrees with the visible markup wins, and states that
 * contradict each other are reported (`embedded-state:conflict`). A state of another profile (stale after
 * an in-app navigation) is not used.
 */
function chooseState(
  raw: RawPage,
  key: string,
  markup: Profile,
  loggedIn: boolean,
  missing: string[],
): StateProfile | undefined {
  const scripts = [raw.nuxt, ...(Array.isArray(raw.nuxtMore) ? raw.nuxtMore : [])].filter(
    (s): s is string => typeof s === 'string',
  );
  if (!scripts.length) {
    missing.push('embedded-state');
    return undefined;
  }
  const read = scripts.map((s) => nuxtProfileViewer(s));
  if (read.some((r) => r.error)) missing.push('embedded-state');
  const states = read.flatMap((r) => (r.viewer ? [fromState(r.viewer, loggedIn)] : []));
  const ours = states.filter((s) => s._key.includes(key));
  if (states.length && !ours.length) missing.push('embedded-state'); // stale state of the previous profile
  // How many of the fields the markup shows this state agrees with.
  const agreement = (s: StateProfile) =>
    [
      [markup.name, s.name],
      [markup.photoUrl, s.photoUrl],
      [markup.location?.city, s.location?.city],
      [markup.location?.countryName, s.location?.countryName],
      [markup.hourlyRate?.amount, s.hourlyRate?.amount],
    ].filter(([a, b]) => a !== undefined && a === b).length;
  const chosen = ours.reduce<StateProfile | undefined>(
    (best, s) => (!best || agreement(s) > agreement(best) ? s : best),
    undefined,
  );
  const fingerprint = (s: StateProfile) => JSON.stringify({ ...s, _key: undefined });
  if (states.length > 1 && new Set(states.map(fingerprint)).size > 1) missing.push('embedded-state:conflict');
  return chosen;
}

function interpret(raw: RawPage, url: URL): ReadResult {
  const key = upworkProfileKey(url);
  if (!key) return { status: 'not-a-profile', missing: [] };
  const loggedIn = raw.loggedIn === 'yes';
  const markup = fromMarkup(raw);
  const missing: string[] = [];
  const state = chooseState(raw, key, markup, loggedIn, missing);
  const { _key, ...fromNuxt } = state ?? { _key: [] };
  void _key;
  const profile = compact({
    ...markup,
    ...fromNuxt,
    stats: compact({ ...(fromNuxt as Profile).stats, jobSuccess: markup.stats?.jobSuccess }),
    location: compact({ ...markup.location, ...(fromNuxt as Profile).location }),
    site: 'upwork',
    url: canonicalUrl(url),
  }) as Profile;
  if (!profile.name) return { status: 'unreadable', missing: [...new Set([...missing, ...CORE])] };
  // Two readers that disagree mean the page changed under us: say so.
  if (state) {
    const pairs: [string, unknown, unknown][] = [
      ['name', markup.name, state.name],
      ['photoUrl', markup.photoUrl, state.photoUrl],
      ['location.city', markup.location?.city, state.location?.city],
      ['location.countryName', markup.location?.countryName, state.location?.countryName],
      ['hourlyRate', markup.hourlyRate?.amount, state.hourlyRate?.amount],
    ];
    for (const [field, a, b] of pairs)
      if (a !== undefined && b !== undefined && a !== b) missing.push(`${field}:conflict`);
  }
  for (const f of CORE) if (!(f in profile)) missing.push(f);
  if (!state && !('photoUrl' in profile)) missing.push('photoUrl');
  const status = missing.length ? 'partial' : 'ok';
  return { status, profile, missing: [...new Set(missing)] };
}

function canonicalUrl(url: URL): string {
  return `https://${UPWORK_HOST}${url.pathname.replace(/\/$/, '')}`;
}

export const upwork = defineAdapter(upworkPage, interpret);
