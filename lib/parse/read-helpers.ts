/** Small, defensive readers shared by site adapters. Page data is untrusted: check every type. */

export type Obj = Record<string, unknown>;

export function isObj(v: unknown): v is Obj {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Follows a path of keys through plain objects; undefined as soon as one step is missing. */
export function at(v: unknown, ...path: (string | number)[]): unknown {
  let cur = v;
  for (const k of path) {
    if (Array.isArray(cur) && typeof k === 'number') cur = cur[k];
    else if (isObj(cur) && Object.prototype.hasOwnProperty.call(cur, k)) cur = cur[k as string];
    else return undefined;
  }
  return cur;
}

export function str(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  const s = v.trim();
  return s ? s : undefined;
}

export function num(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

export function bool(v: unknown): boolean | undefined {
  return typeof v === 'boolean' ? v : undefined;
}

/** "2024-05-03T05:10:02.340Z" or "2024-05-03" -> "2024-05-03". */
export function isoDate(v: unknown): string | undefined {
  const s = str(v);
  const m = s && /^(\d{4}-\d{2}-\d{2})(?:$|T)/.exec(s);
  return m ? m[1] : undefined;
}

/** Visible text of the first element matching any selector, whitespace collapsed. */
export function textOf(root: ParentNode, selectors: string[]): string | undefined {
  for (const sel of selectors) {
    const el = root.querySelector(sel);
    const t = el?.textContent?.replace(/\s+/g, ' ').trim();
    if (t) return t;
  }
  return undefined;
}

export function metaContent(doc: Document, keys: string[]): string | undefined {
  for (const k of keys) {
    const el = doc.querySelector(`meta[property="${k}"], meta[name="${k}"]`);
    const c = str(el?.getAttribute('content'));
    if (c) return c;
  }
  return undefined;
}

/** Drops keys whose value is undefined (and empty objects/arrays), so a Profile only holds what was read. */
export function compact<T extends Obj>(o: T): T {
  const out: Obj = {};
  for (const [k, v] of Object.entries(o)) {
    if (v === undefined) continue;
    if (Array.isArray(v) && v.length === 0) continue;
    if (isObj(v)) {
      const c = compact(v);
      if (Object.keys(c).length === 0) continue;
      out[k] = c;
    } else out[k] = v;
  }
  return out as T;
}

export function httpUrl(v: unknown, base?: string): string | undefined {
  const s = str(v);
  if (!s) return undefined;
  try {
    const u = new URL(s, base);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}
