/**
 * Puts the content script into marketplace tabs after their page has loaded, instead of declaring it in
 * the manifest: a declared content script, even an empty one, delayed the page's load event by about a
 * quarter here (bench/pageload.ts), while one injected after "complete" costs the page's load nothing.
 * In-app navigation afterwards is followed by the script itself.
 */
import { sitePageForHost } from '../sites/pages';

export const CONTENT_SCRIPT = '/content-scripts/marketplace.js' as const;

export interface InjectDeps {
  /** Whether our script already runs in the tab (it sets a flag in its isolated world). */
  isPresent: (tabId: number) => Promise<boolean>;
  executeScript: (tabId: number, file: typeof CONTENT_SCRIPT) => Promise<unknown>;
}

export function isMarketplaceUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    return !!sitePageForHost(new URL(url));
  } catch {
    return false;
  }
}

/** tabs.onUpdated: inject when a marketplace page has finished loading. */
export function onTabUpdated(deps: InjectDeps, tabId: number, status: string | undefined, url: string | undefined) {
  if (status !== 'complete' || !isMarketplaceUrl(url)) return Promise.resolve();
  // "complete" comes again after some in-app navigations: a second copy would make WXT invalidate the
  // first one, so inject only where the script is not running yet. A tab we may not script (an error
  // page, say) is simply skipped.
  return deps
    .isPresent(tabId)
    .then((present) => (present ? undefined : deps.executeScript(tabId, CONTENT_SCRIPT)))
    .then(
      () => {},
      () => {},
    );
}
