/** Guru profiles (best effort, standard metadata only): interprets lib/sites/guru.page.ts. */
import { locationFromText } from '../geo/place';
import type { Profile, ReadResult } from '../profile';
import { jsonLdPerson } from '../parse/jsonld';
import { at, compact, httpUrl, str } from '../parse/read-helpers';
import { guruPage, guruSlug } from './guru.page';
import { defineAdapter } from './read-page';
import { rawText, type RawPage } from './types';

function interpret(raw: RawPage, url: URL): ReadResult {
  const slug = guruSlug(url);
  if (!slug) return { status: 'not-a-profile', missing: [] };
  const person = jsonLdPerson(raw.jsonld);
  const s = (k: string) => rawText(raw, k);
  const locality = [
    str(at(person, 'address', 'addressLocality')),
    str(at(person, 'address', 'addressRegion')),
    str(at(person, 'address', 'addressCountry')),
  ]
    .filter(Boolean)
    .join(', ');
  const profile = compact({
    site: 'guru',
    url: `https://www.guru.com/freelancers/${url.pathname.split('/')[2]}`,
    id: slug,
    name: str(at(person, 'name')) ?? s('h1'),
    title: str(at(person, 'jobTitle')),
    bio: str(at(person, 'description')),
    photoUrl: httpUrl(at(person, 'image')) ?? httpUrl(at(person, 'image', 'contentUrl')),
    location: locationFromText(locality || undefined),
  }) as Profile;
  if (!profile.name) return { status: 'unreadable', missing: ['name', 'location'] };
  const missing = person ? [] : ['jsonld', 'location'];
  if (!profile.photoUrl) missing.push('photoUrl');
  return { status: missing.some((m) => m !== 'photoUrl') ? 'partial' : 'ok', profile, missing };
}

export const guru = defineAdapter(guruPage, interpret);
