/**
 * The one way a page becomes a ReadResult, for the extension's background and for the CLI alike (they
 * disagreed: the CLI skipped the validation, so a 5 MB bio read "ok, high" there and "could not read" in the
 * browser). collect → bound → validate the raw strings → interpret → fit the profile to the contract's
 * limits (cut, and said so) → validate the result. Anything that still breaks the contract is "could not
 * read" (`unreadable`), never an exception and never a stale answer.
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
    const { profile, cut } = fitProfile(read.profile);
    const missing = [
      ...(read.missing ?? []),
      ...(Array.isArray(truncated) ? truncated.map((k) => `truncated:${k}`) : []),
      ...cut.map((k) => `truncated:${k}`),
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
