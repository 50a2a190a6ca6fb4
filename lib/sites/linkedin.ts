/**
 * LinkedIn profiles: interprets what lib/sites/linkedin.page.ts collected. JSON-LD Person first (2023
 * guest pages), then the guest markup, then the logged-in 2026 top card. LinkedIn shows no join date, time
 * zone, rate or verification: those rules report "not checked" here, never "no red flag".
 */
import { locationFromText as place } from '../geo/place';
import { countsIn } from '../parse/count';
import { jsonLdPerson } from '../parse/jsonld';
import type { Profile, ReadResult } from '../profile';
import { at, compact, httpUrl, isObj, str } from '../parse/read-helpers';
import { linkedinPage, linkedinSlug } from './linkedin.page';
import { defineAdapter } from './read-page';
import { rawText, type RawPage } from './types';

const NOT_PROFILE_KEYS = /^(?:auth_wall|d_homepage-guest-home|guest_home|uas-)/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** One end of a range: "Apr 2013", "2013"; "Present" is no date. Anything else does not look like a date. */
const DATE = /^(?:([A-Za-z]{3})[a-z]*\.?\s+)?(\d{4})$/;
/** What may follow a range: its duration ("12 years 6 months", "· 2 mos"), after a space or a middot. */
const DURATION = /^(?:\s*·)?\s+(?:\d+\s+(?:yrs?|years?|mos?|months?)\s*)+$/i;

/**
 * "Feb 2014 - Present" → { start: "2014-02" }; "2008 - 2012" → years; "- Mar 2023" → an end only. A range
 * that does not look like one ("Apr 2013 - Apr 20152 years 1 month": the end year runs into the duration)
 * is `undefined`: dropped, not guessed (issue 14).
 */
function dateRange(text: string | undefined): { start?: string; end?: string } | undefined {
  if (!text) return {};
  const [from = '', to = '', ...rest] = text.trim().split(/\s*[-–]\s*/);
  if (rest.length) return undefined;
  const one = (part: string): string | null | undefined => {
    if (!part) return undefined;
    const m = DATE.exec(part);
    if (!m) return null;
    const month = m[1] ? MONTHS.indexOf(m[1].toLowerCase()) + 1 : 0;
    if (m[1] && month === 0) return null;
    return month > 0 ? `${m[2]}-${String(month).padStart(2, '0')}` : m[2];
  };
  const tail = /^(Present|[A-Za-z]{3}[a-z]*\.?\s+\d{4}|\d{4})(?!\d)(.*)$/i.exec(to);
  if (to && (!tail || (tail[2] && !DURATION.test(tail[2])))) return undefined;
  const start = one(from);
  const end = tail && !/^present$/i.test(tail[1]!) ? one(tail[1]!) : undefined;
  if (start === null || end === null) return undefined;
  return compact({ start, end });
}

/**
 * Whether a company, title, school or degree looks like one: visible text, not markup that moved into
 * its place (an attribute string such as `data-tracking-control-name="public_profile_…"`, a class list).
 */
function looksLikeText(v: string | undefined): boolean {
  if (v === undefined) return true;
  if (v.length > 200 || /[<>{}="\\]|:\/\//.test(v)) return false;
  // One token with underscores or several hyphens: an identifier, not a name ("public_profile_experience").
  return !/^[\w-]*_[\w-]*$/.test(v) && !/^[a-z0-9]+(?:-[a-z0-9]+){2,}$/.test(v);
}

/** A JSON-LD entry ("2013-04", "2013" dates; a name that looks like one); what does not look right is dropped. */
function jsonLdEntry(o: Record<string, unknown>, field: string, missing: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, raw] of Object.entries(o)) {
    const v = str(raw);
    if (v === undefined) continue;
    const ok = k === 'start' || k === 'end' ? /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(v) : looksLikeText(v);
    if (ok) out[k] = v;
    else missing.push(field);
  }
  return out;
}

/** Cards whose values do not look like their fields lose those values, and the read says so. */
function card<K extends string>(
  c: Record<string, string>,
  names: K[],
  field: string,
  missing: string[],
): Partial<Record<K | 'start' | 'end', string>> {
  const out: Partial<Record<K | 'start' | 'end', string>> = {};
  for (const k of names) {
    const v = str(c[k]);
    if (looksLikeText(v)) out[k] = v;
    else missing.push(field);
  }
  const range = dateRange(c.dates);
  if (range === undefined) missing.push(field);
  return compact({ ...out, ...range }) as Partial<Record<K | 'start' | 'end', string>>;
}

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

const parseCards = (v: unknown): Record<string, string>[] =>
  Array.isArray(v)
    ? v.flatMap((s) => {
        try {
          const o = JSON.parse(String(s));
          return isObj(o) ? [o as Record<string, string>] : [];
        } catch {
          return [];
        }
      })
    : [];

const list = (v: RawPage[string]) => (Array.isArray(v) ? v.map(String) : []);

/** "Joined 2019" (mobile site): the year only, read as its first day — the oldest the account can be. */
function joinedYear(text: string | undefined): string | undefined {
  const y = text && /\b((?:19|20)\d{2})\b/.exec(text)?.[1];
  return y && Number(y) >= 2003 ? `${y}-01-01` : undefined;
}

/** A member id rather than a public slug (`/in/ACoAAB…`): the page names the member by the slug, nothing to compare. */
const MEMBER_ID = /^acoa[\w-]{10,}$/i;

/**
 * Whether the page names the URL's member (`same`), another one (`other`: what an in-app move shows until the new
 * profile renders) or none. Compared by slug: `/in/<slug>/overlay/contact-info/`, a canonical on a country host.
 */
function memberNamed(raw: RawPage, slug: string): 'same' | 'other' | 'none' {
  const href = rawText(raw, 'member');
  if (!href) return 'none';
  if (MEMBER_ID.test(slug)) return 'same';
  let named: string | undefined;
  try {
    const u = new URL(href, 'https://www.linkedin.com');
    u.pathname = u.pathname.replace(/\/overlay\/.*$/, '');
    named = linkedinSlug(u);
  } catch {
    return 'none';
  }
  return named === undefined ? 'none' : named === slug ? 'same' : 'other';
}

function interpret(raw: RawPage, url: URL): ReadResult {
  const slug = linkedinSlug(url);
  const s = (k: string) => rawText(raw, k);
  // The sign-in wall is served at profile URLs too: it is not a profile, and says nothing about one.
  if (!slug || NOT_PROFILE_KEYS.test(s('pageKey') ?? '') || /\/authwall/.test(s('canonical') ?? '')) {
    return { status: 'not-a-profile', missing: [] };
  }
  // The previous member's page under this URL is not this member's profile: not read, and read again (not stored).
  const member = memberNamed(raw, slug);
  if (member === 'other') return { status: 'unreadable', missing: ['member:conflict'] };
  const person = jsonLdPerson(raw.jsonld);
  const top = Array.isArray(raw.top) ? raw.top.map(String) : [];
  const loggedIn = !s('pageKey') && top.length > 0;
  const missing: string[] = [];

  // The cards show more than JSON-LD (a title beside the company): they come first, JSON-LD fills in.
  const cardsOf = (k: string) => parseCards(raw[k]);
  const alumni = (type: string) =>
    (Array.isArray(person?.alumniOf) ? person.alumniOf : []).filter((o) => at(o, '@type') === type);
  const employment = cardsOf('experience').length
    ? cardsOf('experience').map((c) => card(c, ['title', 'company'], 'employment', missing))
    : alumni('Organization')
        .filter((o) => isObj(at(o, 'member')))
        .map((o) =>
          jsonLdEntry(
            { company: at(o, 'name'), start: at(o, 'member', 'startDate'), end: at(o, 'member', 'endDate') },
            'employment',
            missing,
          ),
        );
  const education = cardsOf('education').length
    ? cardsOf('education').map((c) => card(c, ['school', 'degree'], 'education', missing))
    : alumni('EducationalOrganization').map((o) =>
        jsonLdEntry(
          { school: at(o, 'name'), start: at(o, 'member', 'startDate'), end: at(o, 'member', 'endDate') },
          'education',
          missing,
        ),
      );

  // Logged-in top card (2026-04): heading, headline, current company, location.
  const location = place(
    str(at(person, 'address', 'addressLocality')) && str(at(person, 'address', 'addressCountry'))
      ? `${at(person, 'address', 'addressLocality')}, ${at(person, 'address', 'addressCountry')}`
      : (s('location') ?? str(at(person, 'address', 'addressLocality')) ?? (loggedIn ? top[3] : undefined)),
  );
  const name = str(at(person, 'name')) ?? s('name') ?? (loggedIn ? top[0] : undefined);
  const domName = s('name') ?? (loggedIn ? top[0] : undefined);
  const languages = Array.isArray(person?.knowsLanguage)
    ? person.knowsLanguage
        .map((l) => str(at(l, 'name')) ?? str(l))
        .filter((l): l is string => !!l)
        .map((l) => ({ name: l }))
    : undefined;
  const profile = compact({
    site: 'linkedin',
    url: `https://www.linkedin.com/in/${url.pathname.split('/').at(url.pathname.endsWith('/') ? -2 : -1)}`,
    id: slug,
    name,
    title: s('headline') ?? (loggedIn ? top[1] : undefined),
    photoUrl: httpUrl(s('photo')) ?? httpUrl(at(person, 'image', 'contentUrl')),
    location,
    bio: s('bio'),
    memberSince: joinedYear(s('joined')),
    stats: countsIn([s('counts') ?? '', ...list(raw.countLines)], s('lang')),
    languages,
    skills: list(raw.skills).filter(Boolean),
    links: list(raw.links)
      .map((l) => httpUrl(l))
      .filter((l): l is string => !!l),
    // An entry whose every value was dropped is no entry.
    employment: employment.filter((e) => Object.keys(e).length),
    education: education.filter((e) => Object.keys(e).length),
  }) as Profile;
  if (!profile.name) return { status: 'unreadable', missing: ['name', 'location'] };
  if (person && domName && domName !== profile.name) missing.push('name:conflict');
  // JSON-LD on the page that yields no Person: the page changed or was cut; the markup is a second best.
  if (!person && Array.isArray(raw.jsonld) && raw.jsonld.some((b) => !parses(String(b)))) missing.push('jsonld');
  // The document title starts with the name ("Jane Doe - Headline | LinkedIn", "Jane Doe | LinkedIn"):
  // a third reader, which catches a top card that was found in the wrong place.
  // The mobile site's title is "Profile | LinkedIn" for everyone: no name to compare.
  const titleName = /^p_mwlite/.test(s('pageKey') ?? '')
    ? undefined
    : s('title')
        ?.replace(/\s*\|\s*LinkedIn\s*$/i, '')
        .split(' - ')[0]
        .trim();
  if (titleName && profile.name && titleName !== profile.name) missing.push('name:conflict');
  if (member === 'none') missing.push('member'); // nothing on the page says whose it is
  // (a place read that names no country — "Stuttgart Region" on the lightweight mobile page — is said as such: the
  // country is what was not read, not the location; nothing is guessed from the place's name)
  if (!profile.location?.country) missing.push(profile.location?.city ? 'location.country' : 'location');
  if (!profile.photoUrl) missing.push('photoUrl'); // not read, which is not "no photo"
  return { status: missing.some((m) => m !== 'photoUrl') ? 'partial' : 'ok', profile, missing };
}

export const linkedin = defineAdapter(linkedinPage, interpret);
