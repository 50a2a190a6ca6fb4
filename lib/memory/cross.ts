/**
 * The cross-profile memory: fingerprints of every profile seen, indexed by LSH band, contact and
 * (site, client). `check` finds, for one profile, the others sharing its text, its contacts or a client who
 * rated it and several others at the top within a month. In memory: a check among 100,000 profiles is a
 * handful of map look-ups (bench/memory.ts).
 */
import { bandKeys, MINHASHES, similarity, siteOf, type Fingerprint } from './fingerprint';

/** MinHash similarity from which two texts count as near-identical. */
export const TEXT_SIMILARITY = 0.6;
export const BURST_DAYS = 30;
/** The client rated at least this many other freelancers at the top within BURST_DAYS. */
export const BURST_OTHERS = 2;

export interface TextHit {
  key: string;
  similarity: number;
}
export interface ContactHit {
  key: string;
  contact: string;
}
export interface BurstHit {
  client: string;
  date: string;
  others: { key: string; date: string }[];
}

export interface CrossHits {
  text: TextHit[];
  contacts: ContactHit[];
  bursts: BurstHit[];
}

const DAY = 86_400_000;

function add<K, V>(m: Map<K, Set<V>>, k: K, v: V) {
  const s = m.get(k);
  if (s) s.add(v);
  else m.set(k, new Set([v]));
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

/**
 * A fingerprint as stored, in the shape `add` and `check` read — whatever the record holds (an older version's,
 * or a damaged one): one bad record must not switch the whole memory off. Undefined: nothing usable (no key).
 */
export function wellFormed(raw: unknown): Fingerprint | undefined {
  if (!isObject(raw) || (typeof raw.key !== 'string' && typeof raw.key !== 'number')) return undefined;
  const str = (x: unknown) => (typeof x === 'string' ? x : '');
  const m = raw.minhash;
  return {
    key: String(raw.key),
    ...(typeof raw.name === 'string' ? { name: raw.name } : {}),
    url: str(raw.url),
    seenAt: str(raw.seenAt),
    ...(typeof raw.since === 'string' ? { since: raw.since } : {}),
    ...(m instanceof Uint16Array && m.length === MINHASHES ? { minhash: m } : {}),
    contacts: Array.isArray(raw.contacts) ? raw.contacts.filter((c): c is string => typeof c === 'string') : [],
    topReviews: Array.isArray(raw.topReviews)
      ? raw.topReviews.filter(
          (r): r is Fingerprint['topReviews'][number] =>
            isObject(r) && typeof r.client === 'string' && typeof r.date === 'string',
        )
      : [],
  };
}

export class CrossMemory {
  readonly prints = new Map<string, Fingerprint>();
  private readonly bands = new Map<string, Set<string>>();
  private readonly contacts = new Map<string, Set<string>>();
  private readonly clients = new Map<string, Set<string>>();

  get size(): number {
    return this.prints.size;
  }

  add(raw: Fingerprint): void {
    const fp = wellFormed(raw);
    if (!fp) return;
    this.delete(fp.key);
    this.prints.set(fp.key, fp);
    if (fp.minhash) for (const b of bandKeys(fp.minhash)) add(this.bands, b, fp.key);
    for (const c of fp.contacts) add(this.contacts, c, fp.key);
    for (const r of fp.topReviews) add(this.clients, `${siteOf(fp)}|${r.client}`, fp.key);
  }

  delete(key: string): void {
    const fp = this.prints.get(key);
    if (!fp) return;
    this.prints.delete(key);
    if (fp.minhash) for (const b of bandKeys(fp.minhash)) this.bands.get(b)?.delete(key);
    for (const c of fp.contacts) this.contacts.get(c)?.delete(key);
    for (const r of fp.topReviews) this.clients.get(`${siteOf(fp)}|${r.client}`)?.delete(key);
  }

  clear(): void {
    this.prints.clear();
    this.bands.clear();
    this.contacts.clear();
    this.clients.clear();
  }

  /**
   * Other profiles that share material with `fp` (which need not be stored yet). `alias` names the plain
   * contact or client behind a hashed one (a colleague's hashes-only record, lib/team/match.ts): hits are
   * reported, and a client's ratings counted, under the plain value.
   */
  check(raw: Fingerprint, alias?: ReadonlyMap<string, string>): CrossHits {
    const fp = wellFormed(raw);
    if (!fp) return { text: [], contacts: [], bursts: [] };
    const plain = (v: string) => alias?.get(v) ?? v;
    const text: TextHit[] = [];
    if (fp.minhash) {
      const candidates = new Set<string>();
      for (const b of bandKeys(fp.minhash)) for (const k of this.bands.get(b) ?? []) candidates.add(k);
      for (const k of candidates) {
        const other = this.prints.get(k);
        if (k === fp.key || !other?.minhash) continue;
        const s = similarity(fp.minhash, other.minhash);
        if (s >= TEXT_SIMILARITY) text.push({ key: k, similarity: s });
      }
      text.sort((a, b) => b.similarity - a.similarity);
    }
    const contacts: ContactHit[] = [];
    for (const c of fp.contacts)
      for (const k of this.contacts.get(c) ?? []) if (k !== fp.key) contacts.push({ key: k, contact: plain(c) });
    // One rating (client and date), asked for by its plain and its hashed client, counts the others of both.
    const ratings = new Map<string, { client: string; date: string; others: Map<string, string> }>();
    for (const r of fp.topReviews) {
      const t = Date.parse(r.date);
      const client = plain(r.client);
      const id = `${client}\u0000${r.date}`;
      const rating = ratings.get(id) ?? { client, date: r.date, others: new Map<string, string>() };
      ratings.set(id, rating);
      for (const k of this.clients.get(`${siteOf(fp)}|${r.client}`) ?? []) {
        if (k === fp.key || rating.others.has(k)) continue;
        const near = this.prints
          .get(k)!
          .topReviews.filter((o) => o.client === r.client && Math.abs(Date.parse(o.date) - t) <= BURST_DAYS * DAY)
          .sort((a, b) => Math.abs(Date.parse(a.date) - t) - Math.abs(Date.parse(b.date) - t))[0];
        if (near) rating.others.set(k, near.date);
      }
    }
    const bursts: BurstHit[] = [];
    for (const r of ratings.values())
      if (r.others.size >= BURST_OTHERS && !bursts.some((b) => b.client === r.client))
        bursts.push({
          client: r.client,
          date: r.date,
          others: [...r.others].map(([key, date]) => ({ key, date })),
        });
    return { text: text.slice(0, 10), contacts: contacts.slice(0, 20), bursts: bursts.slice(0, 5) };
  }
}
