/**
 * LinkedIn, page side: `/in/<slug>` on any country subdomain. Three layouts (docs/marketplaces.md):
 * - guest public profile (`pageKey` public_profile_v3_desktop): `.top-card-layout__*`, `li.experience-item`,
 *   `li.education__list-item`, and a schema.org Person in JSON-LD when scripts are intact (seen 2023-04;
 *   the 2026-07 saves have scripts stripped);
 * - logged-in 2026 app: hashed classes; the top card is found from its "Contact info" link (seen 2026-04);
 * - the lightweight mobile site for members (`pageKey` p_mwlite_profile_view, at /mwlite/profile/in/<slug>):
 *   `section.basic-profile-section`, `#about-profile` ("Joined 2019"), `section.experience-container`,
 *   `.education-container`, `.skills-container`, `.contacts-container` (seen 2025-07);
 * - the sign-in wall (`auth_wall_desktop_profile`) and guest home: not profiles.
 * LinkedIn forbids scraping: only the page the user is looking at is read, nothing is fetched.
 */
import { metaContent, textOf } from '../parse/read-helpers';
import type { SitePage } from './types';

export function linkedinSlug(url: URL): string | undefined {
  if (url.hostname !== 'linkedin.com' && !/^[a-z]{2,3}\.linkedin\.com$/.test(url.hostname)) return undefined;
  const m = /^(?:\/mwlite(?:\/profile)?)?\/in\/([^/]{2,100})\/?$/.exec(url.pathname);
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
      // Its text nodes joined with spaces: "<span>Master's degree</span><span>Computer Science</span>" (2023).
      const el = sels.map((sel) => li.querySelector(sel)).find((e) => e && clean(e.textContent));
      const v = k === 'dates' ? dateRangeText(li, sels) : el ? (textWithout(el, 'script') ?? undefined) : undefined;
      if (v) out[k] = v;
    }
    return JSON.stringify(out);
  });
}

/** Visible text under `el` without its headings and buttons ("About", "…see more"). */
function textWithout(el: Element | null | undefined, skip: string): string | null {
  if (!el) return null;
  const out: string[] = [];
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n && out.length < 2000; n = walker.nextNode()) {
    if (!n.parentElement?.closest(skip)) out.push(n.textContent ?? '');
  }
  return clean(out.join(' ')) || null;
}

// "17,457 followers", "500+ Kontakte", "1,2 mil seguidores": a number and one word, alone in a text node.
const COUNT_LINE = /^\d[\d.,'’\u00a0\u202f\u2009 ]*(?:\s?[^\d\s]{1,8})?\+?\s+\p{L}+$/u;

/** Short "<count> <word>" texts of the profile (not of the feed beside it), for lib/parse/count.ts. */
function countLines(doc: Document): string[] {
  const root = doc.querySelector('main') ?? doc.body;
  if (!root) return [];
  const out: string[] = [];
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n && out.length < 20; n = walker.nextNode()) {
    const t = clean(n.textContent);
    if (t.length < 40 && COUNT_LINE.test(t) && !n.parentElement?.closest('aside, li.activity')) out.push(t);
  }
  return out;
}

/** The lightweight mobile top card: name, headline, current company, location (its own text, not the count). */
function liteTop(doc: Document): { name?: string; headline?: string; location?: string } {
  const h1 = doc.querySelector('section.basic-profile-section h1');
  const box = h1?.parentElement?.parentElement;
  if (!h1 || !box) return {};
  const lines = [...box.children].slice(1);
  const own = (el: Element | undefined) =>
    clean(
      [...(el?.childNodes ?? [])]
        .filter((c) => c.nodeType === 3)
        .map((c) => c.textContent)
        .join(' '),
    );
  return {
    name: clean(h1.textContent) || undefined,
    headline: clean(lines[0]?.textContent) || undefined,
    location: own(lines.find((l) => l.querySelector('.dot-separator'))) || undefined,
  };
}

/** Website links: the link text where it is an address, else the target of LinkedIn's redirect. */
function websites(doc: Document): string[] {
  return [
    ...doc.querySelectorAll('.contacts-container a[data-tracking-control-name="website"], [data-section="websites"] a'),
  ]
    .slice(0, 20)
    .map((a) => {
      const text = clean(a.textContent);
      if (/^https?:\/\//.test(text)) return text;
      try {
        return new URL(a.getAttribute('href') ?? '', 'https://www.linkedin.com').searchParams.get('url') ?? '';
      } catch {
        return '';
      }
    })
    .filter(Boolean);
}

/**
 * The member the page itself is about, as a link: the top card's "Contact info" link (`/in/<slug>/overlay/…`,
 * signed in: the app renders it with the profile) or else the canonical link (guest and mobile pages). After an
 * in-app move the URL names the new member while the page may still show the previous one (lib/sites/linkedin.ts).
 */
function pageMember(doc: Document): string | null {
  const contact = doc.querySelector('a[href*="/overlay/contact-info"]')?.getAttribute('href');
  return contact || doc.querySelector('link[rel="canonical"]')?.getAttribute('href') || null;
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
  collect: (doc) => {
    const lite = liteTop(doc);
    const topCard = doc.querySelector('a[href*="/overlay/contact-info"]')?.closest('section');
    const img =
      doc.querySelector('img.top-card-layout__entity-image') ??
      doc.querySelector('#profile-picture-container img') ??
      // Logged-in 2026: the image inside the top card's link to the profile itself (not the cover photo's
      // "/overlay/background-photo/" link).
      topCard?.querySelector('a[href*="/in/"]:not([href*="/overlay/"]) figure img');
    return {
      pageKey: doc.querySelector('meta[name="pageKey"]')?.getAttribute('content') ?? null,
      canonical: doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
      member: pageMember(doc),
      lang: doc.documentElement.getAttribute('lang'),
      title: doc.title || null,
      ogTitle: metaContent(doc, ['og:title']) ?? null,
      jsonld: [...doc.querySelectorAll('script[type="application/ld+json"]')]
        .map((s) => s.textContent ?? '')
        .slice(0, 10),
      name: textOf(doc, ['.top-card-layout__title']) ?? lite.name ?? null,
      headline: textOf(doc, ['.top-card-layout__headline']) ?? lite.headline ?? null,
      // 2023: ".top-card__subline-item"; 2026: the first span of ".profile-info-subheader".
      location:
        textOf(doc, ['.top-card__subline-item', '.top-card-layout__first-subline .profile-info-subheader > span']) ??
        lite.location ??
        null,
      photo: img?.getAttribute('data-delayed-url') ?? img?.getAttribute('src') ?? null,
      // Where "500+ connections" / "17,457 followers" appear: the guest top card or the logged-in one.
      counts: clean((doc.querySelector('.top-card-layout') ?? topCard)?.textContent).slice(0, 3000) || null,
      // …and the profile's other count lines (the followers above its activity, signed in and mobile).
      countLines: doc.querySelector('.top-card-layout') ? [] : countLines(doc),
      // "Joined 2019": the row with LinkedIn's own icon in the mobile site's "About this profile".
      joined:
        clean(doc.querySelector('#about-profile li-icon[type="linkedin-bug-medium"]')?.closest('li')?.textContent) ||
        null,
      bio:
        textWithout(
          doc.querySelector('[data-section="summary"], section.about-section, section[componentkey$="About"]'),
          'h2, h3, button',
        )?.slice(0, 30_000) ?? null,
      skills: [...doc.querySelectorAll('.skills-container li.skill-item')]
        .slice(0, 200)
        .map((li) => clean(li.textContent)),
      links: websites(doc),
      // Several roles at one company (2023) are one `experience-group` holding `experience-group-position`s.
      experience: [
        ...cards(doc, 'li.experience-item:not(.experience-group), li.experience-group-position', {
          title: ['.experience-item__title', '.profile-section-card__title'],
          company: ['.experience-item__subtitle', '.profile-section-card__subtitle', 'h4'],
          dates: ['.date-range'],
        }),
        // Mobile site (2025-07): heading, then company, then dates.
        ...cards(doc, '.experience-container li.sub-group', {
          title: ['.list-item-heading'],
          company: ['.list-item-heading + .body-small'],
          dates: ['.list-item-heading + .body-small + .body-small'],
        }),
      ],
      education: [
        ...cards(doc, 'li.education__list-item', { school: ['h3'], degree: ['h4'], dates: ['.date-range'] }),
        ...cards(doc, '.education-container li.profile-entity-lockup', {
          school: ['.list-item-heading'],
          degree: ['.list-item-heading + .body-small'],
          dates: ['.list-item-heading + .body-small + .body-small'],
        }),
      ],
      top: loggedInTop(doc),
    };
  },
  badgeAnchor: (doc) =>
    doc.querySelector('.top-card-layout__title') ??
    doc.querySelector('a[href*="/overlay/contact-info"]')?.closest('section')?.querySelector('h1, h2') ??
    doc.querySelector('section.basic-profile-section h1') ??
    null,
};
