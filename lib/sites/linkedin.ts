/**
 * LinkedIn profiles: interprets what lib/sites/linkedin.page.ts collected. JSON-LD Person first (2023
 * guest pages), then the guest markup, then the logged-in 2026 top card. LinkedIn shows no join date, time
 * zone, rate or verification: those rules report "not checked" here, never "no red flag".
 */
import { locationFromText as place } from '../geo/place';
import { jsonLdPerson } from '../parse/jsonld';
import type { Profile, ReadResult } from '../profile';
import { at, compact, httpUrl, isObj, str } from '../parse/read-helpers';
import { linkedinPage, linkedinSlug } from './linkedin.page';
import { defineAdapter } from './read-page';
import { rawText, type RawPage } from './types';

const NOT_PROFILE_KEYS = /^(?:auth_wall|d_homepage-guest-home|guest_home|uas-)/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** "Feb 2014 - Present 12 years" → { start: "2014-02" }; "2008 - 2012" → years; "- Mar 2023" → an end only. */
function dateRange(text: string | undefined): { start?: string; end?: string } {
  if (!text) return {};
  const one = (part: string | undefined) => {
    const m = part ? /(?:([A-Za-z]{3})[a-z]*\.?\s+)?(\d{4})/.exec(part) : null;
    if (!m) return undefined;
    const month = m[1] ? MONTHS.indexOf(m[1].toLowerCase()) + 1 : 0;
    return month > 0 ? `${m[2]}-${String(month).padStart(2, '0')}` : m[2];
  };
  const [from, to] = text.split(/\s[-–]\s|\s[-–]$|^[-–]\s/);
  return compact({ start: one(from), end: one(to) });
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

function counts(text: string | undefined): { connections?: number; followers?: number } {
  const n = (re: RegExp) => {
    const m = text ? re.exec(text) : null;
    return m ? Number(m[1].replace(/[,.]/g, '')) : undefined;
  };
  return { connections: n(/([\d,.]+)\+?\s+connections/i), followers: n(/([\d,.]+)\+?\s+followers/i) };
}

function interpret(raw: RawPage, url: URL): ReadResult {
  const slug = linkedinSlug(url);
  const s = (k: string) => rawText(raw, k);
  // The sign-in wall is served at profile URLs too: it is not a profile, and says nothing about one.
  if (!slug || NOT_PROFILE_KEYS.test(s('pageKey') ?? '') || /\/authwall/.test(s('canonical') ?? '')) {
    return { status: 'not-a-profile', missing: [] };
  }
  const person = jsonLdPerson(raw.jsonld);
  const top = Array.isArray(raw.top) ? raw.top.map(String) : [];
  const loggedIn = !s('pageKey') && top.length > 0;
  const missing: string[] = [];

  // The cards show more than JSON-LD (a title beside the company): they come first, JSON-LD fills in.
  const cardsOf = (k: string) => parseCards(raw[k]);
  const alumni = (type: string) =>
    (Array.isArray(person?.alumniOf) ? person.alumniOf : []).filter((o) => at(o, '@type') === type);
  const employment = cardsOf('experience').length
    ? cardsOf('experience').map((c) => compact({ title: str(c.title), company: str(c.company), ...dateRange(c.dates) }))
    : alumni('Organization')
        .filter((o) => isObj(at(o, 'member')))
        .map((o) =>
          compact({
            company: str(at(o, 'name')),
            start: str(at(o, 'member', 'startDate')),
            end: str(at(o, 'member', 'endDate')),
          }),
        );
  const education = cardsOf('education').length
    ? cardsOf('education').map((c) => compact({ school: str(c.school), degree: str(c.degree), ...dateRange(c.dates) }))
    : alumni('EducationalOrganization').map((o) =>
        compact({
          school: str(at(o, 'name')),
          start: str(at(o, 'member', 'startDate')),
          end: str(at(o, 'member', 'endDate')),
        }),
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
    url: `https://www.linkedin.com/in/${url.pathname.split('/')[2]}`,
    id: slug,
    name,
    title: s('headline') ?? (loggedIn ? top[1] : undefined),
    photoUrl: httpUrl(s('photo')) ?? httpUrl(at(person, 'image', 'contentUrl')),
    location,
    stats: counts(s('counts')),
    languages,
    employment,
    education,
  }) as Profile;
  if (!profile.name) return { status: 'unreadable', missing: ['name', 'location'] };
  if (person && domName && domName !== profile.name) missing.push('name:conflict');
  // JSON-LD on the page that yields no Person: the page changed or was cut; the markup is a second best.
  if (!person && Array.isArray(raw.jsonld) && raw.jsonld.some((b) => !parses(String(b)))) missing.push('jsonld');
  // The document title starts with the name ("Jane Doe - Headline | LinkedIn", "Jane Doe | LinkedIn"):
  // a third reader, which catches a top card that was found in the wrong place.
  const titleName = s('title')
    ?.replace(/\s*\|\s*LinkedIn\s*$/i, '')
    .split(' - ')[0]
    .trim();
  if (titleName && profile.name && titleName !== profile.name) missing.push('name:conflict');
  if (!profile.location?.country) missing.push('location');
  if (!profile.photoUrl) missing.push('photoUrl'); // not read, which is not "no photo"
  return { status: missing.some((m) => m !== 'photoUrl') ? 'partial' : 'ok', profile, missing };
}

export const linkedin = defineAdapter(linkedinPage, interpret);
