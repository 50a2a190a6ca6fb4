import type { ReadResult } from '../profile';

/**
 * What the content script takes from a page: plain strings, copied out of the DOM cheaply. Interpreting
 * them (parsing embedded state, mapping to a Profile) happens in the background, off the page's main
 * thread, after the background has validated them (lib/messages.ts).
 */
export type RawPage = Record<string, string | string[] | null>;

/**
 * The most a collected page may hold (lib/messages.ts validates against the same figures). The reader
 * truncates to them (`boundRaw`) instead of sending something the background would reject whole: one
 * oversized field (a 100 kB JSON-LD block, 300 links) must not make a whole profile unreadable.
 */
export const RAW_LIMITS = { fields: 100, key: 64, text: 8_000_000, items: 200, item: 1_000_000 } as const;
/** The collected fields that were cut to fit (a list of field names), read as "partial". */
export const TRUNCATED_KEY = '_truncated';

/** `raw` cut to RAW_LIMITS; the names of the fields that were cut go under TRUNCATED_KEY. */
export function boundRaw(raw: RawPage): RawPage {
  const out: RawPage = {};
  const cut = new Set<string>();
  for (const [key, v] of Object.entries(raw).slice(0, RAW_LIMITS.fields - 1)) {
    if (key.length > RAW_LIMITS.key || key === TRUNCATED_KEY) continue;
    if (typeof v === 'string') {
      if (v.length > RAW_LIMITS.text) cut.add(key);
      out[key] = v.slice(0, RAW_LIMITS.text);
    } else if (Array.isArray(v)) {
      const items = v.slice(0, RAW_LIMITS.items).map((x) => String(x));
      if (v.length > RAW_LIMITS.items || items.some((x) => x.length > RAW_LIMITS.item)) cut.add(key);
      out[key] = items.map((x) => x.slice(0, RAW_LIMITS.item));
    } else out[key] = null;
  }
  if (Object.keys(raw).length > RAW_LIMITS.fields - 1) cut.add('fields');
  if (cut.size) out[TRUNCATED_KEY] = [...cut].slice(0, RAW_LIMITS.items);
  return out;
}

/** A collected field as trimmed text, or undefined when absent, empty or not a string. */
export function rawText(raw: RawPage, key: string): string | undefined {
  const v = raw[key];
  return typeof v === 'string' && v.trim() ? v.trim() : undefined;
}

/** The page side of a marketplace: runs in the content script, so it stays small and DOM-only. */
/** Where a site shows proposals or chat messages, and the elements holding each message's text. */
export interface MessageView {
  isMessagePage(url: URL): boolean;
  /** CSS selectors of message bodies: every element any of them matches is read (lib/content/message-elements.ts). */
  bodies: string[];
}

export interface SitePage {
  id: string;
  /** Human name for the UI. */
  name: string;
  /** Match patterns for the manifest (content script `matches`). */
  matches: string[];
  /** Hosts whose pages and images the extension may read. */
  hosts: string[];
  /** Where the site's profile photos are served from, when not from `hosts` (read for photo comparison). */
  imageHosts?: string[];
  /**
   * The paths its profile photos really have, on `hosts` or `imageHosts` (nothing else is fetched): seen in
   * each site's pages, dated beside each pattern.
   */
  photoPaths?: RegExp[];
  /** The site's placeholder avatar (a profile "without a photo" still shows one). */
  photoPlaceholder?: RegExp;
  /** Proposal and message views scanned with the message rules (unverified: see the README). */
  messages?: MessageView;
  isProfilePage(url: URL): boolean;
  collect(document: Document, url: URL): RawPage;
  /** Where the inline badge goes: the element it is placed after, or null when there is none. */
  badgeAnchor(document: Document): Element | null;
}

/** A whole marketplace adapter: the page side plus the pure interpretation of what it collected. */
export interface SiteAdapter extends SitePage {
  interpret(raw: RawPage, url: URL): ReadResult;
  /** collect + interpret in one step (tests, the CLI). */
  read(document: Document, url: URL): ReadResult;
}

/**
 * Whether a URL's host is one of a site's host patterns ("https://www.upwork.com/*",
 * "https://*.linkedin.com/*": any subdomain, as in match patterns). Only https.
 */
export function onSiteHost(site: Pick<SitePage, 'hosts'>, url: URL): boolean {
  if (url.protocol !== 'https:') return false;
  return site.hosts.some((pattern) => {
    const host = /^https:\/\/([^/]+)\//.exec(pattern)?.[1] ?? '';
    if (!host.startsWith('*.')) return url.hostname === host;
    const base = host.slice(2);
    return url.hostname === base || url.hostname.endsWith(`.${base}`);
  });
}
