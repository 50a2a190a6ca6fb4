/** A location shown as free text ("Redmond, Washington, United States") → the Profile's location. */
import type { Profile } from '../profile';
import { compact } from '../parse/read-helpers';
import { countryCode } from './countries';
import { countryName } from './timezones';

/** The country of a shown location: its last comma-separated part, if that names a country. */
export function locationFromText(text: string | undefined): Profile['location'] {
  if (!text) return undefined;
  const parts = text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  const last = parts[parts.length - 1];
  // JSON-LD may give the country as a code ("DE"), the page as a name ("Germany").
  const asCode = last && /^[A-Z]{2}$/.test(last) && countryName(last) !== last ? last : undefined;
  const code = asCode ?? (last ? countryCode(last.replace(/^Greater\s+|\s+Area$/g, '')) : undefined);
  return compact({
    city: parts.length > 1 ? parts[0] : code ? undefined : parts[0],
    region: parts.length > 2 ? parts[parts.length - 2] : undefined,
    countryName: code ? (asCode ? countryName(asCode) : last) : undefined,
    country: code,
  });
}
