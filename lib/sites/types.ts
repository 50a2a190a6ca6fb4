import type { ReadResult } from '../profile';

/**
 * What the content script takes from a page: plain strings, copied out of the DOM cheaply. Interpreting
 * them (parsing embedded state, mapping to a Profile) happens in the background, off the page's main
 * thread, after the background has validated them (lib/messages.ts).
 */
export type RawPage = Record<string, string | string[] | null>;

/** A collected field as trimmed text, or undefined when absent, empty or not a string. */
export function rawText(raw: RawPage, key: string): string | undefined {
  const v = raw[key];
  return typeof v === 'string' && v.trim() ? v.trim() : undefined;
}

/** The page side of a marketplace: runs in the content script, so it stays small and DOM-only. */
/** Where a site shows proposals or chat messages, and the elements holding each message's text. */
export interface MessageView {
  isMessagePage(url: URL): boolean;
  /** CSS selectors of message bodies, first that matches wins. */
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

export function defineAdapter(page: SitePage, interpret: (raw: RawPage, url: URL) => ReadResult): SiteAdapter {
  return {
    ...page,
    interpret,
    read(document, url) {
      if (!page.isProfilePage(url)) return { status: 'not-a-profile', missing: [] };
      return interpret(page.collect(document, url), url);
    },
  };
}
