/**
 * An open of the memory that an older connection holds up (issue 16): the extension's newer version asks to upgrade
 * while a page or worker of the older one still has the database open and never closes it (the older version had
 * no `versionchange` handler). The open itself goes on waiting — it succeeds as soon as that connection closes — but
 * whoever asked is told after a bounded wait, through the paths that already report storage failures (the badge's
 * storage error, the popup's error line, the history's "could not be read"), instead of waiting without a word.
 */
import type { OpenEvents } from './open-events';

/** How long an open held up by an older connection is waited for before the caller is told (ms). */
export const BLOCKED_MS = 3_000;

/** The memory is held open by an older version of the extension: its upgrade waits until that closes. */
export class StorageBlockedError extends Error {
  constructor() {
    super(
      'The memory is held open by an older version of Red Flag Radar (a page or window of it opened before the update): it opens once that is reloaded or closed',
    );
    this.name = 'StorageBlockedError';
  }
}

export interface Opening<T> {
  /** Settles when the open does, however long an older connection holds it up. */
  ready: Promise<T>;
  /** `ready` — or, once the open has been held up for the bounded time, StorageBlockedError (again at once on each later call, until `ready` settles). */
  within(): Promise<T>;
}

/**
 * Starts `open` (which passes `events` to idb's openDB: lib/storage/open-events.ts). Only a `blocked` open is
 * timed: an upgrade that runs (the steps over 100,000 profiles) takes as long as it takes.
 */
export function openWithin<T>(
  open: (events: OpenEvents) => Promise<T>,
  closed?: () => void,
  ms = BLOCKED_MS,
): Opening<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let giveUp = (_e: Error) => {};
  const gaveUp = new Promise<never>((_, reject) => (giveUp = reject));
  gaveUp.catch(() => {});
  const ready = open({
    ...(closed ? { closed } : {}),
    blocked: () => {
      timer ??= setTimeout(() => giveUp(new StorageBlockedError()), ms);
    },
  });
  const stop = () => clearTimeout(timer);
  ready.then(stop, stop);
  // `ready` first: once it has settled it wins the race, even against a give-up that came before.
  return { ready, within: () => Promise.race([ready, gaveUp]) };
}

/**
 * Opens for one short read (the popup's recent profiles, the privacy page's counts): held up by an older
 * connection, it gives up after the bounded wait with StorageBlockedError, and a connection that opens after that
 * is closed at once (nobody is left to use or close it).
 */
export async function openOnce<T extends { close(): void }>(
  open: (events: OpenEvents) => Promise<T>,
  ms = BLOCKED_MS,
): Promise<T> {
  const opening = openWithin(open, undefined, ms);
  try {
    return await opening.within();
  } catch (e) {
    opening.ready.then(
      (late) => late.close(),
      () => {},
    );
    throw e;
  }
}
