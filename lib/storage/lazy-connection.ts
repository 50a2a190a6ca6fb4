/**
 * The background's connection to the memory: opened on first use, and again on the next use after it was closed
 * (a newer version of the extension wants the database: lib/storage/open-events.ts) or after an open failed —
 * never a closed connection or a failed open kept for the worker's whole life. An open held up by an older
 * connection is told to the caller after a bounded wait and goes on meanwhile (lib/storage/blocked-open.ts): the
 * next caller gets it the moment it succeeds.
 */
import { BLOCKED_MS, openWithin, type Opening } from './blocked-open';
import type { OpenEvents } from './open-events';

export function lazyConnection<T>(open: (events: OpenEvents) => Promise<T>, ms = BLOCKED_MS): () => Promise<T> {
  let current: Opening<T> | undefined;
  return () => {
    if (!current) {
      const mine: Opening<T> = openWithin(
        open,
        () => {
          if (current === mine) current = undefined;
        },
        ms,
      );
      mine.ready.catch(() => {
        if (current === mine) current = undefined;
      });
      current = mine;
    }
    return current.within();
  };
}
