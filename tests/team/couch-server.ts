/**
 * A CouchDB-protocol server on localhost for the team tests: express-pouchdb over in-memory PouchDB (no native
 * build, nothing on disk), behind a small gate that does what a team's CouchDB does with its users: HTTP basic
 * authentication (401 `unauthorized` for a wrong password) and, for users without write rights, 403 `forbidden`
 * on writes (CouchDB answers so when a validate_doc_update function refuses). `stop()` / `start()` on the same port
 * play a server that goes down and comes back; the data survive (it lives in this process).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import PouchDB from 'pouchdb-core';
import HttpAdapter from 'pouchdb-adapter-http';
// @ts-expect-error -- no types
import MemoryAdapter from 'pouchdb-adapter-memory';
// @ts-expect-error -- no types
import expressPouchDB from 'express-pouchdb';

export interface TestCouch {
  /** http://127.0.0.1:<port> */
  origin: string;
  /** The address of database `name` on it. */
  db(name: string): string;
  /** A server-side handle (no auth) to read or plant documents directly. */
  local(name: string): any;
  stop(): Promise<void>;
  start(): Promise<void>;
  close(): Promise<void>;
  /** Requests seen, for assertions (method and path). */
  requests: string[];
}

export interface CouchUsers {
  /** name → password */
  users: Record<string, string>;
  /** users whose writes are refused */
  readOnly?: string[];
  /** a user allowed to delete others' documents (forget everywhere) */
  admins?: string[];
}

// A separate prefix per server, so two servers in one process do not share databases.
let servers = 0;

export async function startCouch({ users, readOnly = [], admins = [] }: CouchUsers, port = 0): Promise<TestCouch> {
  const prefix = `couch${++servers}-`;
  const Pouch = (PouchDB as any).plugin(MemoryAdapter).plugin(HttpAdapter).defaults({ adapter: 'memory', prefix });
  const app = expressPouchDB(Pouch, { mode: 'minimumForPouchDB', inMemoryConfig: true, logPath: '/dev/null' });
  const requests: string[] = [];
  const dbs = new Map<string, any>();
  const local = (name: string) => dbs.get(name) ?? dbs.set(name, new Pouch(name)).get(name);

  const gate = (req: IncomingMessage, res: ServerResponse) => {
    requests.push(`${req.method} ${req.url}`);
    const [scheme, token] = (req.headers.authorization ?? '').split(' ');
    const [user, ...rest] = Buffer.from(token ?? '', 'base64')
      .toString()
      .split(':');
    const refuse = (status: number, error: string, reason: string) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error, reason }));
    };
    if (scheme !== 'Basic' || !user || users[user] === undefined || users[user] !== rest.join(':'))
      return refuse(401, 'unauthorized', 'Name or password is incorrect.');
    // Reads that PouchDB sends as POST: the changes feed, all_docs, bulk_get, revs_diff.
    const read =
      req.method === 'GET' ||
      req.method === 'HEAD' ||
      /\/_(?:changes|all_docs|bulk_get|revs_diff)\b/.test(req.url ?? '');
    if (!read && readOnly.includes(user))
      return refuse(403, 'forbidden', 'This user may not write to the team database.');
    if (!read && !admins.includes(user) && /\/_bulk_docs\b/.test(req.url ?? '')) {
      // Like a validate_doc_update that lets each recruiter write only their own documents.
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        const docs = (JSON.parse(body || '{}').docs ?? []) as { _id?: string }[];
        if (docs.some((d) => !String(d._id ?? '').startsWith(`${user}:`)))
          return refuse(403, 'forbidden', 'Only your own documents.');
        (req as any).body = JSON.parse(body || '{}');
        (req as any)._body = true;
        app(req, res);
      });
      return;
    }
    app(req, res);
  };

  let server: Server | undefined;
  let boundPort = port;
  const sockets = new Set<import('node:net').Socket>();
  const start = () =>
    new Promise<void>((resolve) => {
      if (server) return resolve(); // already up
      server = createServer(gate);
      server.on('connection', (s) => {
        sockets.add(s);
        s.on('close', () => sockets.delete(s));
      });
      server.listen(boundPort, '127.0.0.1', () => {
        boundPort = (server!.address() as AddressInfo).port;
        resolve();
      });
    });
  const stop = () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      if (server) server.close(() => resolve());
      else resolve();
      server = undefined;
    });
  await start();
  const origin = `http://127.0.0.1:${boundPort}`;
  // Databases exist before the recruiters come (an admin creates the team's database).
  return {
    origin,
    db: (name) => `${origin}/${name}`,
    local,
    start,
    stop,
    close: stop,
    requests,
  };
}
