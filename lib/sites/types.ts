import type { ReadResult } from '../profile';

export interface ReadOptions {
  /**
   * The moment the page is being looked at, when it is live. A saved page's "local time" text is frozen at
   * the moment it was saved, so readers only derive anything from it when this is given (never in the CLI).
   */
  liveNow?: Date;
}

/** One marketplace. Pure over a Document: runs in the content script, in tests (happy-dom) and in the CLI. */
export interface SiteAdapter {
  id: string;
  /** Human name for the UI. */
  name: string;
  /** Match patterns for the manifest (content script `matches`). */
  matches: string[];
  /** Hosts whose pages and images the extension may read. */
  hosts: string[];
  /** Example URLs for the URL matrix test: profiles and pages that are not profiles. */
  examples: { profiles: string[]; others: string[] };
  isProfilePage(url: URL): boolean;
  read(document: Document, url: URL, options?: ReadOptions): ReadResult;
  /** Where the inline badge goes: the element it is placed after, or null when there is none. */
  badgeAnchor(document: Document): Element | null;
}
