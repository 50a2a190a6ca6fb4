/**
 * The one way a page becomes a ReadResult, for the extension's background and for the CLI alike (they
 * disagreed: the CLI skipped the validation, so a 5 MB bio read "ok, high" there and "could not read" in the
 * browser). collect → bound → validate the raw strings → interpret → fit the profile to the contract's
 * limits (cut, and said so) → drop values that do not have their field's shape (said so) → validate the
 * result. Anything that still breaks the contract is "could not read" (`unreadable`), never an exception and
 * never a stale answer.
 */
import type { z } from 'zod';
import { RawPageSchema } from '../messages';
import { ProfileSchema, ReadResultSchema, type Profile, type ReadResult } from '../profile';
import { boundRaw, TRUNCATED_KEY, type RawPage, type SiteAdapter, type SitePage } from './types';

const UNREADABLE: ReadResult = { status: 'unreadable', missing: ['page'] };

// zod 4 keeps a schema's definition under `_zod.def` (its documented interface for tools).
interface Def {
  type: string;
  innerType?: Schema;
  shape?: Record<string, Schema>;
  element?: Schema;
  format?: string;
  checks?: { _zod: { def: { check: string; maximum?: number } } }[];
}
type Schema = { _zod: { def: Def } } | z.ZodType;
const defOf = (s: Schema) => (s as { _zod: { def: Def } })._zod.def;
const maxOf = (d: Def) => d.checks?.find((c) => c._zod.def.check === 'max_length')?._zod.def.maximum;

/**
 * Cuts strings and lists that are longer than the schema allows (a string with a format, such as a URL, is
 * dropped instead: half a URL is a different URL). The paths cut are added to `cut`.
 */
function fit(value: unknown, schema: Schema, path: string, cut: Set<string>): unknown {
  let d = defOf(schema);
  while ((d.type === 'optional' || d.type === 'nullable') && d.innerType) d = defOf(d.innerType);
  const max = maxOf(d);
  if (d.type === 'string' && typeof value === 'string' && max !== undefined && value.length > max) {
    cut.add(path);
    return d.format ? undefined : value.slice(0, max);
  }
  if (d.type === 'array' && Array.isArray(value) && d.element) {
    if (max !== undefined && value.length > max) cut.add(path);
    return value.slice(0, max ?? value.length).map((v) => fit(v, d.element!, path, cut));
  }
  if (d.type === 'object' && d.shape && value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const inner = Object.prototype.hasOwnProperty.call(d.shape, k) ? d.shape[k] : undefined;
      const fitted = inner ? fit(v, inner, path ? `${path}.${k}` : k, cut) : v;
      if (fitted !== undefined) out[k] = fitted;
    }
    return out;
  }
  return value;
}

/** The profile cut to the contract's limits, and the fields that were cut. */
export function fitProfile(profile: Profile): { profile: Profile; cut: string[] } {
  const cut = new Set<string>();
  const fitted = fit(profile, ProfileSchema, '', cut) as Profile;
  return { profile: fitted, cut: [...cut] };
}

/**
 * The profile without the values that do not have their field's shape (a country that is no ISO code, a
 * rating of 7, a currency "usd$"), and the paths dropped. One such value used to make the whole read
 * "could not read"; like an oversized field it is cut instead, and the read says partial (issue 14).
 */
export function dropMisshapen(profile: Profile): { profile: Profile; dropped: string[] } {
  const dropped = new Set<string>();
  let current = profile;
  for (let round = 0; round < 3; round++) {
    const checked = ProfileSchema.safeParse(current);
    if (checked.success) return { profile: checked.data, dropped: [...dropped] };
    const copy = structuredClone(current) as Record<string, unknown>;
    for (const issue of checked.error.issues) {
      const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
      if (issue.code === 'unrecognized_keys') {
        // A key the contract does not have: that key goes.
        let obj: unknown = copy;
        for (const k of path) obj = (obj as Record<string | number, unknown>)?.[k];
        for (const k of issue.keys) if (obj && typeof obj === 'object') delete (obj as Record<string, unknown>)[k];
        for (const k of issue.keys) dropped.add([...path.filter((x) => typeof x === 'string'), k].join('.'));
        continue;
      }
      // Inside a list the whole item goes (half an employment entry is another entry); else the value.
      const cutAt = path.findIndex((k) => typeof k === 'number');
      let target = cutAt >= 0 ? path.slice(0, cutAt + 1) : path;
      // A required value that is absent (a rate without its currency): the object that needs it goes.
      if (cutAt < 0 && target.length > 1 && valueAt(copy, target) === undefined) target = target.slice(0, -1);
      if (!target.length || target[0] === 'site' || target[0] === 'url') return { profile: current, dropped: [] };
      let parent: unknown = copy;
      for (const k of target.slice(0, -1)) parent = (parent as Record<string | number, unknown>)?.[k];
      if (parent && typeof parent === 'object') {
        const last = target[target.length - 1];
        if (Array.isArray(parent) && typeof last === 'number') parent[last] = undefined;
        else delete (parent as Record<string | number, unknown>)[last];
      }
      dropped.add(target.filter((k) => typeof k === 'string').join('.'));
    }
    current = prune(copy) as Profile;
  }
  return { profile: current, dropped: [...dropped] };
}

function valueAt(v: unknown, path: (string | number)[]): unknown {
  for (const k of path) v = v && typeof v === 'object' ? (v as Record<string | number, unknown>)[k] : undefined;
  return v;
}

/** Removes the holes left in lists and the objects left empty. */
function prune(v: unknown): unknown {
  if (Array.isArray(v)) return v.filter((x) => x !== undefined).map(prune);
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      const p = prune(x);
      if (p !== undefined && !(p && typeof p === 'object' && !Array.isArray(p) && !Object.keys(p).length)) out[k] = p;
    }
    return out;
  }
  return v;
}

/**
 * Bidi embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069): they only reorder how text is shown,
 * and one in a name turned around the rest of the line our pages showed it in (hostile20).
 */
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;
const BIDI_CONTROLS = new RegExp(BIDI_CONTROL.source, 'g');

/** Every string of the profile without bidi controls (most have none: left as they are). */
function withoutBidiControls(v: unknown): unknown {
  if (typeof v === 'string') return BIDI_CONTROL.test(v) ? v.replace(BIDI_CONTROLS, '') : v;
  if (Array.isArray(v)) return v.map(withoutBidiControls);
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = withoutBidiControls(x);
    return out;
  }
  return v;
}

/** What a site's reader collected (from a content script or the CLI) → a validated ReadResult. */
export function interpretRaw(site: SiteAdapter, url: URL, raw: unknown): ReadResult {
  const parsed = RawPageSchema.safeParse(raw);
  if (!parsed.success) return UNREADABLE;
  const truncated = parsed.data[TRUNCATED_KEY];
  let read: ReadResult;
  try {
    read = site.interpret(parsed.data, url);
  } catch {
    return UNREADABLE;
  }
  if (read?.profile) {
    const fitted = fitProfile(withoutBidiControls(read.profile) as Profile);
    const { profile, dropped } = dropMisshapen(fitted.profile);
    const missing = [
      ...(read.missing ?? []),
      ...(Array.isArray(truncated) ? truncated.map((k) => `truncated:${k}`) : []),
      ...fitted.cut.map((k) => `truncated:${k}`),
      ...dropped.map((k) => `invalid:${k}`),
    ];
    read = {
      ...read,
      profile,
      missing: [...new Set(missing)].slice(0, 100),
      status: read.status === 'ok' && missing.length > (read.missing?.length ?? 0) ? 'partial' : read.status,
    };
  }
  const checked = ReadResultSchema.safeParse(read);
  return checked.success ? checked.data : UNREADABLE;
}

/** A whole adapter: the page side plus its interpretation, read through the one path above. */
export function defineAdapter(page: SitePage, interpret: (raw: RawPage, url: URL) => ReadResult): SiteAdapter {
  const adapter: SiteAdapter = {
    ...page,
    interpret,
    read(document, url) {
      if (!page.isProfilePage(url)) return { status: 'not-a-profile', missing: [] };
      let raw: RawPage;
      try {
        raw = boundRaw(page.collect(document, url));
      } catch {
        return UNREADABLE;
      }
      return interpretRaw(adapter, url, raw);
    },
  };
  return adapter;
}
