/**
 * Upwork, page side: which URLs are profiles, and the raw strings a profile page holds (seen 2026-06,
 * docs/marketplaces.md): the `window.__NUXT__` script's text, meta tags, `itemprop` and `data-test`
 * attributes. No parsing here; lib/sites/upwork.ts interprets it.
 */
import { metaContent, textOf } from '../parse/read-helpers';
import type { RawPage, SitePage } from './types';

export const UPWORK_HOST = 'www.upwork.com';
// "~" + 18 hex digits (2026-06); older ciphertexts are the same form.
const CIPHERTEXT = /^~[0-9a-f]{16,24}$/i;
const RESERVED = new Set(['settings', 'api', 'search', 'signup', 'login', 'hire', 'agencies']);

/** The profile's key in its URL (ciphertext or vanity name, lower case), or undefined off profiles. */
export function upworkProfileKey(url: URL): string | undefined {
  if (url.hostname !== UPWORK_HOST && url.hostname !== 'upwork.com') return undefined;
  const m = /^\/(?:freelancers|fl)\/([^/]+)\/?$/.exec(url.pathname);
  if (!m) return undefined;
  let key: string;
  try {
    key = decodeURIComponent(m[1]);
  } catch {
    return undefined;
  }
  if (CIPHERTEXT.test(key)) return key.toLowerCase();
  return /^[A-Za-z0-9_-]{3,64}$/.test(key) && !RESERVED.has(key.toLowerCase()) ? key.toLowerCase() : undefined;
}

/**
 * Whether the browser runs a `<script>` of this type: none or empty, a JavaScript MIME type, or "module"
 * (HTML's script type rules). A `text/x-template` holding a doctored `window.__NUXT__` is text, not state.
 */
export function isExecutableScript(el: Element): boolean {
  const type = el.getAttribute('type');
  if (type === null || type.trim() === '') return true;
  return /^\s*(?:(?:text|application)\/(?:x-)?(?:java|ecma)script|text\/(?:jscript|livescript)|module)\s*$/i.test(type);
}

/** Every executable inline script assigning `window.__NUXT__` (several mean something is wrong). */
function nuxtScripts(doc: Document): string[] {
  const out: string[] = [];
  for (const s of doc.querySelectorAll('script:not([src])')) {
    if (!isExecutableScript(s)) continue;
    const text = s.textContent ?? '';
    const i = text.indexOf('window.__NUXT__');
    if (i >= 0) out.push(text.slice(i));
    if (out.length === 4) break;
  }
  return out;
}

// "8:34 am local time" (2026-06), in the line beside the location; 24-hour clocks as well.
const LOCAL_TIME = /^\d{1,2}:\d{2}(?:\s*[ap]\.?\s?m\.?)?\s+local time$/i;

/** The local time shown in the location's line: searched from the country's element outwards, a few levels. */
function localTime(doc: Document): string | null {
  let box = doc.querySelector('[itemprop="country-name"]')?.parentElement;
  for (let level = 0; box && level < 4; level++, box = box.parentElement) {
    for (const span of box.querySelectorAll('span')) {
      const text = (span.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (LOCAL_TIME.test(text)) return text;
    }
  }
  return null;
}

function collect(doc: Document): RawPage {
  return {
    // The first state, and any others (at most three) to be checked against the markup.
    ...(() => {
      const [first, ...more] = nuxtScripts(doc);
      return { nuxt: first ?? null, nuxtMore: more };
    })(),
    name: textOf(doc, ['[itemprop="name"]']) ?? null,
    ogTitle: metaContent(doc, ['og:title']) ?? null,
    ogDescription: metaContent(doc, ['og:description']) ?? null,
    photo: metaContent(doc, ['twitter:image', 'og:image']) ?? null,
    locality: textOf(doc, ['[itemprop="locality"]']) ?? null,
    countryName: textOf(doc, ['[itemprop="country-name"]']) ?? null,
    localTime: localTime(doc),
    rateAmount: metaContent(doc, ['product:price:amount']) ?? null,
    rateCurrency: metaContent(doc, ['product:price:currency']) ?? null,
    // "100% Job Success": the percentage sits beside a screen-reader label.
    jobSuccess: doc.querySelector('[data-test="badge-hidden-label"]')?.parentElement?.textContent ?? null,
    loggedIn: doc.querySelector('[data-qa="top-nav-user-ia"]') ? 'yes' : 'no',
  };
}

export const upworkPage: SitePage = {
  id: 'upwork',
  name: 'Upwork',
  matches: ['https://www.upwork.com/*'],
  hosts: ['https://www.upwork.com/*'],
  // Message rooms and proposals (cover letters) a client reads. Selectors from Upwork's test ids as
  // documented by extension authors, not verified on a saved page.
  messages: {
    isMessagePage: (url) => /^\/(?:ab\/messages\/rooms|nx\/proposals|ab\/applicants)\//.test(url.pathname),
    bodies: ['[data-test="story-message"]', '[data-test="cover-letter"]', '.up-d-story-item .story-message'],
  },
  // https://www.upwork.com/profile-portraits/c1…(2026-06)
  photoPaths: [/^\/profile-portraits\/[\w.-]+$/],
  // Upwork's default portrait (2026-06: "/profile-portraits/default…", "c-default").
  photoPlaceholder: /\/profile-portraits\/(?:c-)?default|\/default[-_]?portrait/i,

  isProfilePage: (url) => upworkProfileKey(url) !== undefined,
  collect: (doc) => collect(doc),
  badgeAnchor: (doc) => doc.querySelector('[itemprop="name"]') ?? doc.querySelector('main h1, main h2'),
};
