/**
 * LinkedIn, page side: `/in/<slug>` on any country subdomain. Three layouts (docs/marketplaces.md):
 * - guest public profile (`pageKey` public_profile_v3_desktop): `.top-card-layout__*`, `li.experience-item`,
 *   `li.education__list-item`, and a schema.org Person in JSON-LD when scripts are intact (seen 2023-04;
 *   the 2026-07 saves have scripts stripped);
 * - logged-in 2026 app: hashed classes; the top card is found from its "Contact info" link (seen 2026-04);
 * - the sign-in wall (`auth_wall_desktop_profile`) and guest home: not profiles.
 * LinkedIn forbids scraping: only the page the user is looking at is read, nothing is fetched.
 */
import { metaContent, textOf } from '../parse/read-helpers';
import type { SitePage } from './types';

export function linkedinSlug(url: URL): string | undefined {
  if (url.hostname !== 'linkedin.com' && !/^[a-z]{2,3}\.linkedin\.com$/.test(url.hostname)) return undefined;
  const m = /^\/in\/([^/]{2,100})\/?$/.exec(url.pathname);
  if (!m) return undefined;
  try {
    return decodeURIComponent(m[1]).toLowerCase();
  } catch {
    return undefined;
  }
}

const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/**
 * A date range as "<from> - <to>" from its `<time>` elements (2023 and 2026 guest pages: `<time>Apr
 * 2013</time> - <time>Apr 2015</time><span>2 years 1 month</span>`, or `- Present`): the text alone runs
 * the end year into the duration ("Apr 20152 years 1 month"). Without `<time>`, the text as it is.
 */
function dateRangeText(li: Element, selectors: string[]): string | undefined {
  const box = selectors.map((s) => li.querySelector(s)).find(Boolean);
  if (!box) return undefined;
  const times = [...box.querySelectorAll('time')].map((t) => clean(t.textContent)).filter(Boolean);
  if (!times.length) return clean(box.textContent) || undefined;
  const present = /\bPresent\b/i.test(box.textContent ?? '') ? 'Present' : '';
  return times.length >= 2 ? `${times[0]} - ${times[1]}` : `${times[0]} - ${present}`.trim();
}

/** Each card as a JSON string of its visible parts (content-script side: plain strings only). */
function cards(doc: Document, item: string, parts: Record<string, string[]>): string[] {
  return [...doc.querySelectorAll(item)].slice(0, 100).map((li) => {
    const out: Record<string, string> = {};
    for (const [k, sels] of Object.entries(parts)) {
      const v = k === 'dates' ? dateRangeText(li, sels) : textOf(li, sels);
      if (v) out[k] = v;
    }
    return JSON.stringify(out);
  });
}

/** The logged-in 2026 top card: the section holding the "Contact info" link, its heading and lines. */
function loggedInTop(doc: Document): string[] {
  const link = doc.querySelector('a[href*="/overlay/contact-info"]');
  let box: Element | null | undefined = link?.parentElement;
  while (box && !box.querySelector('h1, h2')) box = box.parentElement;
  if (!box || !link) return [];
  const heading = clean(box.querySelector('h1, h2')?.textContent);
  const lines = [...box.querySelectorAll('p')].map((p) => clean(p.textContent)).filter((t) => t && !t.startsWith('·'));
  return [heading, ...lines].slice(0, 12);
}

export const linkedinPage: SitePage = {
  id: 'linkedin',
  name: 'LinkedIn',
  // One pattern for www and the country subdomains (the same as the host permission): a narrower
  // `https://*.linkedin.com/in/*` beside it added nothing but a redundant permission entry.
  matches: ['https://*.linkedin.com/*'],
  hosts: ['https://www.linkedin.com/*', 'https://*.linkedin.com/*'],
  imageHosts: ['https://media.licdn.com/*'],
  // https://media.licdn.com/dms/image/v2/<id>/profile-displayphoto-shrink_200_200/… (2023-04, 2026-07)
  photoPaths: [/^\/dms\/image\//],
  // Messaging threads: each message body (class names as LinkedIn's messaging used them up to 2025).
  messages: {
    isMessagePage: (url) => /^\/messaging\/thread\//.test(url.pathname),
    bodies: ['.msg-s-event-listitem__body', '.msg-s-event__content'],
  },
  // Member photos come from media.licdn.com; the grey "ghost" person is a static asset.
  photoPlaceholder: /^https:\/\/static\.licdn\.com\/|ghost[-_]?person/i,

  isProfilePage: (url) => linkedinSlug(url) !== undefined,
  collect: (doc) => ({
    pageKey: doc.querySelector('meta[name="pageKey"]')?.getAttribute('content') ?? null,
    canonical: doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
    title: doc.title || null,
    ogTitle: metaContent(doc, ['og:title']) ?? null,
    jsonld: [...doc.querySelectorAll('script[type="application/ld+json"]')]
      .map((s) => s.textContent ?? '')
      .slice(0, 10),
    name: textOf(doc, ['.top-card-layout__title']) ?? null,
    headline: textOf(doc, ['.top-card-layout__headline']) ?? null,
    // 2023: ".top-card__subline-item"; 2026: the first span of ".profile-info-subheader".
    location:
      textOf(doc, ['.top-card__subline-item', '.top-card-layout__first-subline .profile-info-subheader > span']) ??
      null,
    photo:
      doc.querySelector('img.top-card-layout__entity-image')?.getAttribute('data-delayed-url') ??
      doc.querySelector('img.top-card-layout__entity-image')?.getAttribute('src') ??
      null,
    // Where "500+ connections" / "17,457 followers" appear: the guest top card or the logged-in one.
    counts:
      clean(
        (
          doc.querySelector('.top-card-layout') ??
          doc.querySelector('a[href*="/overlay/contact-info"]')?.closest('section')
        )?.textContent,
      ).slice(0, 3000) || null,
    // Several roles at one company (2023) are one `experience-group` holding `experience-group-position`s.
    experience: cards(doc, 'li.experience-item:not(.experience-group), li.experience-group-position', {
      title: ['.experience-item__title', '.profile-section-card__title'],
      company: ['.experience-item__subtitle', '.profile-section-card__subtitle', 'h4'],
      dates: ['.date-range'],
    }),
    education: cards(doc, 'li.education__list-item', { school: ['h3'], degree: ['h4'], dates: ['.date-range'] }),
    top: loggedInTop(doc),
  }),
  badgeAnchor: (doc) =>
    doc.querySelector('.top-card-layout__title') ??
    doc.querySelector('a[href*="/overlay/contact-info"]')?.closest('section')?.querySelector('h1, h2') ??
    null,
};
