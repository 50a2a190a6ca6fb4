/** The assertions every reader fuzz suite makes (tests/fuzz/readers.test.ts, states.test.ts). */
import { expect } from 'vitest';
import { ProfileSchema, ReadResultSchema, type ReadResult } from '../../lib/profile';
import { fitProfile, interpretRaw } from '../../lib/sites/read-page';
import { boundRaw, type RawPage, type SiteAdapter } from '../../lib/sites/types';
import { documentFrom } from '../helpers';

/** A read's result is valid: `ok` only with every field in the contract's shape (the schema says so). */
export function expectValidRead(r: ReadResult, what: string): void {
  const valid = ReadResultSchema.safeParse(r);
  if (!valid.success) throw new Error(`${what}: invalid result ${valid.error.message.slice(0, 800)}`);
}

/**
 * An adapter's own interpretation (unvalidated) and the one read path over it: nothing throws; the read is
 * valid; it says `ok` only when the adapter's profile needed no value dropped for its shape; and a misshapen
 * or oversized value costs that value, never the whole read (`unreadable` only when the adapter said so).
 */
export function checkInterpret(site: SiteAdapter, u: URL, raw: RawPage, what: string): ReadResult {
  const interpreted = site.interpret(raw, u);
  expect(['ok', 'partial', 'not-a-profile', 'unreadable']).toContain(interpreted.status);
  const read = interpretRaw(site, u, raw);
  expectValidRead(read, `${what} (read)`);
  if (read.status === 'ok') {
    const shaped = ProfileSchema.safeParse(fitProfile(interpreted.profile!).profile);
    if (!shaped.success) throw new Error(`${what}: ok over a misshapen profile ${shaped.error.message.slice(0, 800)}`);
  }
  if (interpreted.profile && interpreted.status !== 'unreadable' && read.status === 'unreadable')
    throw new Error(`${what}: one bad value made the read unreadable ${JSON.stringify(interpreted).slice(0, 800)}`);
  return read;
}

/** collect, interpret and the validated read, on one document. */
export function readAllWays(site: SiteAdapter, html: string, u: URL, what: string): ReadResult {
  const doc = documentFrom(html);
  checkInterpret(site, u, boundRaw(site.collect(doc, u)), what);
  const read = site.read(doc, u);
  expectValidRead(read, `${what} (read)`);
  return read;
}
