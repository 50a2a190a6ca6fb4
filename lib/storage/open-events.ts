/**
 * What a connection to the memory does when another version of the extension wants it (issue 16). An update that
 * bumps the schema (lib/storage/schema.ts DB_VERSION) opens the database at a higher version: IndexedDB first asks
 * every open connection to close (`versionchange`), and the upgrade waits until all have — forever, if one never
 * does. So every connection closes itself at once and says so (a page tells the reader, the worker reopens on next
 * use); and an open that has to wait for an older connection says that too (`blocked`, lib/storage/blocked-open.ts).
 */
import type { OpenDBCallbacks } from 'idb';

export interface OpenEvents {
  /**
   * This connection was closed: a newer version wants the database (closed here), or the browser closed it (the
   * disk went away, the user cleared the site's data). It is no longer usable; open a new one.
   */
  closed?: () => void;
  /** The open waits: a connection of an older version still holds the database. */
  blocked?: () => void;
}

/** idb's openDB callbacks for `events` (besides `upgrade`). */
export function openCallbacks(
  events: OpenEvents = {},
): Pick<OpenDBCallbacks<never>, 'blocked' | 'blocking' | 'terminated'> {
  return {
    blocked: () => events.blocked?.(),
    blocking: (_current, _wanted, event) => {
      (event.target as IDBDatabase).close();
      events.closed?.();
    },
    terminated: () => events.closed?.(),
  };
}
