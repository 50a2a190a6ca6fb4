/**
 * A line of evidence in no language: a catalogue key and its values (a country code, a time zone, a day, a
 * number, the page's own words). The rules write these (lib/rules/finding.ts); the history keeps them, and
 * the history page and the exports write them out in the reader's language when shown, so a profile seen in
 * English reads in German after the language is switched. What the page wrote (a quote, a name, a URL) stays
 * as it was.
 */
import { currentLocale, t, type MessageKey } from '.';
import { en } from './en';
import { formatDate, formatMoney, formatNumber, formatOffset, listOf, regionName, zoneName } from './format';

/** A value in a line: shown verbatim (a string: the page's own words), or written out for the reader. */
export type EvidenceValue =
  | string
  | number
  | { country: string }
  | { zone: string }
  | { offset: number }
  | { date: string }
  | { money: number; currency: string }
  /** Joined as the language lists things ("a, b and c"), or by `sep` as written. */
  | { list: EvidenceValue[]; sep?: string }
  | EvidenceLine;

export interface EvidenceLine {
  key: MessageKey;
  vars?: Record<string, EvidenceValue>;
}

/** A line as stored: structured, or (profiles remembered before lines were kept) the text as it was shown. */
export type Evidence = EvidenceLine | string;

export const line = (key: MessageKey, vars?: Record<string, EvidenceValue>): EvidenceLine =>
  vars ? { key, vars } : { key };

// Contact kinds that are words, not names (messengers are names: Telegram, WhatsApp …).
const KINDS: Record<string, MessageKey> = {
  'E-mail': 'evidence.kind.email',
  email: 'evidence.kind.email',
  Phone: 'evidence.kind.phone',
  phone: 'evidence.kind.phone',
};

/** A kind of contact for the reader: "E-Mail", "Telefon"; a messenger by its name. */
export function contactKind(kind: string): EvidenceValue {
  const key = KINDS[kind];
  return key ? line(key) : kind;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** A time zone as a person reads it: "Indochina Time (Asia/Ho_Chi_Minh)", the page's identifier kept. */
function zoneText(zone: string): string {
  const name = zoneName(zone);
  return name ? `${name} (${zone})` : zone;
}

// The platform's formatters take microseconds a call, and profiles repeat the same countries, zones, days and
// numbers: each value is written out once per language (scoring a profile must cost microseconds in all).
const written = new Map<string, string>();
function memo(kind: string, value: string | number, write: () => string): string {
  const key = `${currentLocale()}\u0000${kind}\u0000${value}`;
  let text = written.get(key);
  if (text === undefined) {
    if (written.size > 2000) written.clear();
    written.set(key, (text = write()));
  }
  return text;
}

function valueText(v: unknown, depth: number): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return memo('n', v, () => formatNumber(v));
  if (!isObject(v) || depth > 4) return '';
  const { country, zone, offset, date, money, currency } = v;
  if (typeof country === 'string') return memo('c', country, () => regionName(country));
  if (typeof zone === 'string') return memo('z', zone, () => zoneText(zone));
  if (typeof offset === 'number') return memo('o', offset, () => formatOffset(offset));
  if (typeof date === 'string') return memo('d', date, () => formatDate(date));
  if (typeof money === 'number' && typeof currency === 'string')
    return memo(`m${currency}`, money, () => formatMoney(money, currency));
  if (Array.isArray(v.list)) {
    const items = v.list.map((x) => valueText(x, depth + 1));
    return typeof v.sep === 'string' ? items.join(v.sep) : listOf(items);
  }
  if (typeof v.key === 'string') return lineText(v as unknown as EvidenceLine, depth + 1);
  return '';
}

function lineText(l: EvidenceLine, depth: number): string {
  // A stored line comes from this extension or from an imported memory file: an unknown key shows nothing.
  if (!Object.hasOwn(en, l.key)) return '';
  const vars: Record<string, string | number> = {};
  for (const [name, v] of Object.entries(l.vars ?? {})) vars[name] = valueText(v, depth);
  // The count stays a number: it chooses the plural form ("1 review", "2 reviews").
  const count = l.vars?.count;
  return t(l.key, typeof count === 'number' ? { ...vars, count } : vars);
}

/** One line of evidence in the current language (a stored text line as it is). */
export function evidenceText(e: Evidence): string {
  return typeof e === 'string' ? e : lineText(e, 0);
}
