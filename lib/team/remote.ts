/**
 * The team database through PouchDB's HTTP adapter (pouchdb-core + pouchdb-adapter-http 9, which speak the
 * CouchDB protocol with `fetch` — no XMLHttpRequest, no `window` — so they run in Chromium's service worker and
 * Firefox's event page). Only the remote side is a PouchDB: the local copy is the extension's own IndexedDB
 * (lib/storage/db.ts, store `team`), so 100,000 colleagues' profiles are not kept twice.
 *
 * Every response is read through `boundedFetch`: a server that sends more than MAX_RESPONSE_BYTES is cut off,
 * so a hostile or broken team database cannot fill the worker's memory with one answer.
 */
import PouchDB from 'pouchdb-core';
import HttpAdapter from 'pouchdb-adapter-http';

export const MAX_RESPONSE_BYTES = 16 * 1024 * 1024;

const Remote = PouchDB.plugin(HttpAdapter);

export interface RemoteConfig {
  /** The database's address, e.g. https://couch.example.org/recruiting. */
  url: string;
  user: string;
  password: string;
}

/** What the sync needs of a CouchDB database (a PouchDB HTTP instance has all of it). */
export interface RemoteDb {
  changes(opts: Record<string, unknown>): Promise<{ results: unknown[]; last_seq: unknown }>;
  allDocs(opts: Record<string, unknown>): Promise<{ rows: unknown[] }>;
  bulkDocs(docs: object[]): Promise<unknown[]>;
  bulkGet(opts: { docs: { id: string; rev: string }[] }): Promise<{ results: unknown[] }>;
  info(): Promise<unknown>;
  close?(): Promise<void>;
}

export class ResponseTooLarge extends Error {
  override name = 'ResponseTooLarge';
}

/** `fetch`, with the body read up to `max` bytes (then the request is aborted and the promise rejects). */
export function boundedFetch(inner: typeof fetch = fetch, max = MAX_RESPONSE_BYTES): typeof fetch {
  return async (input, init) => {
    const res = await inner(input, init);
    if (!res.body) return res;
    const declared = Number(res.headers.get('content-length') ?? 0);
    if (declared > max) {
      await res.body.cancel().catch(() => {});
      throw new ResponseTooLarge(`the team server's answer is ${declared} bytes`);
    }
    const reader = res.body.getReader();
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > max) {
        await reader.cancel().catch(() => {});
        throw new ResponseTooLarge(`the team server's answer is over ${max} bytes`);
      }
      chunks.push(value);
    }
    const body = new Uint8Array(total);
    let at = 0;
    for (const c of chunks) {
      body.set(c, at);
      at += c.byteLength;
    }
    return new Response(body, { status: res.status, statusText: res.statusText, headers: res.headers });
  };
}

/** A PouchDB handle on the team database; creates nothing on the server (a recruiter may not create databases). */
export function openRemote(cfg: RemoteConfig, fetchImpl: typeof fetch = fetch): RemoteDb {
  const db = new Remote(cfg.url, {
    adapter: 'http',
    skip_setup: true,
    auth: { username: cfg.user, password: cfg.password },
    fetch: (url: string, opts: RequestInit) => boundedFetch(fetchImpl)(url, { ...opts, credentials: 'omit' }),
  });
  return db as unknown as RemoteDb;
}
