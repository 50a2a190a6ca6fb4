/**
 * Fiverr seller and gig pages: interprets the `perseus-initial-props` JSON (second-hand structure, not
 * verified against a real saved page). Seller page: `seller.user{name, profile.displayName,
 * address.countryName, languages[{code, level}], joinedAt (unix seconds), isVerified}`,
 * `seller{oneLinerTitle, description, hourlyRate.priceInCents, approvedGigsCount}`. Gig page:
 * `overview.gig{title, rating, ratingsCount}`, `overview.seller{username, displayName}`,
 * `sellerCard{countryCode, displayName}`. Photos are Cloudinary URLs whose size transform is stripped.
 */
import { countryCode } from '../geo/countries';
import type { Profile, ReadResult } from '../profile';
import { at, bool, compact, httpUrl, num, str } from '../parse/read-helpers';
import { fiverrPage, fiverrPath } from './fiverr.page';
import { defineAdapter } from './read-page';
import type { RawPage } from './types';

const LEVELS: Record<string, string> = {
  native_or_bilingual: 'Native or bilingual',
  fluent: 'Fluent',
  conversational: 'Conversational',
  basic: 'Basic',
};

const photo = (u: unknown) => httpUrl(typeof u === 'string' ? u.replace(/\/t_[^/]+\//, '/') : undefined);

function interpret(raw: RawPage, url: URL): ReadResult {
  const path = fiverrPath(url);
  if (!path) return { status: 'not-a-profile', missing: [] };
  let props: unknown;
  try {
    props = typeof raw.props === 'string' ? JSON.parse(raw.props) : undefined;
  } catch {
    props = undefined;
  }
  if (!props) return { status: 'unreadable', missing: ['embedded-state', 'name', 'location', 'memberSince'] };
  const user = at(props, 'seller', 'user');
  const seller = at(props, 'seller');
  const gigSeller = at(props, 'overview', 'seller');
  const card = at(props, 'sellerCard');
  const username = (str(at(user, 'name')) ?? str(at(gigSeller, 'username')))?.toLowerCase();
  const countryName = str(at(user, 'address', 'countryName'));
  const country = str(at(card, 'countryCode'))?.toUpperCase() ?? (countryName ? countryCode(countryName) : undefined);
  const joined = num(at(user, 'joinedAt'));
  const cents = num(at(seller, 'hourlyRate', 'priceInCents'));
  const languages = at(user, 'languages');
  const profile = compact({
    site: 'fiverr',
    url: `https://www.fiverr.com/${url.pathname.split('/')[1]}`,
    id: username,
    name: str(at(user, 'profile', 'displayName')) ?? str(at(gigSeller, 'displayName')) ?? str(at(card, 'displayName')),
    title: str(at(seller, 'oneLinerTitle')) ?? str(at(props, 'overview', 'gig', 'title')),
    bio: str(at(seller, 'description')),
    photoUrl: photo(at(user, 'profile', 'imageUrl')) ?? photo(at(card, 'imageUrl')),
    location: compact({ country, countryName: countryName ?? undefined }),
    memberSince: joined !== undefined ? new Date(joined * 1000).toISOString().slice(0, 10) : undefined,
    hourlyRate: cents !== undefined ? { amount: cents / 100, currency: 'USD' } : undefined,
    stats: {
      rating: num(at(props, 'overview', 'gig', 'rating')),
      reviews: num(at(props, 'overview', 'gig', 'ratingsCount')),
    },
    verified: { identity: bool(at(user, 'isVerified')) },
    languages: Array.isArray(languages)
      ? languages
          .map((l) =>
            compact({
              name: str(at(l, 'code')) ?? '',
              level: LEVELS[str(at(l, 'level')) ?? ''] ?? str(at(l, 'level')),
            }),
          )
          .filter((l) => l.name)
      : undefined,
  }) as Profile;
  if (!profile.name) return { status: 'unreadable', missing: ['name'] };
  const missing: string[] = [];
  // The page's payload belongs to the user in the URL, or it is not this profile.
  if (username && username !== path.username) return { status: 'unreadable', missing: ['embedded-state'] };
  if (!profile.location?.country) missing.push('location');
  if (!path.gig && !profile.memberSince) missing.push('memberSince');
  if (!profile.photoUrl) missing.push('photoUrl');
  return { status: missing.some((m) => m !== 'photoUrl') ? 'partial' : 'ok', profile, missing };
}

export const fiverr = defineAdapter(fiverrPage, interpret);
