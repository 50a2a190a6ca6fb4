/**
 * Finds ways to reach someone outside a marketplace in free text: messenger handles and links, e-mail
 * addresses and phone numbers (libphonenumber-js finds and validates numbers, with the profile's country as
 * the default for national formats). A bare mention ("I build Telegram bots") is not a contact.
 */
import { findNumbers, type CountryCode } from 'libphonenumber-js';

export type ContactKind = 'Telegram' | 'WhatsApp' | 'Discord' | 'Skype' | 'Signal' | 'WeChat' | 'E-mail' | 'Phone';

export interface Contact {
  kind: ContactKind;
  value: string;
}

const HANDLE = '@?[A-Za-z0-9_.]{3,32}';
const SEP = String.raw`\s*(?:[:\-–—=]|\bis\b|\bat\b|\bme\b|\bon\b)?\s*`;

const PATTERNS: [ContactKind, RegExp][] = [
  ['Telegram', /\b(?:t|telegram)\.me\/[A-Za-z0-9_]{4,32}\b/gi],
  ['Telegram', new RegExp(String.raw`\b(?:telegram|tg)${SEP}(@[A-Za-z0-9_]{4,32})`, 'gi')],
  ['WhatsApp', /\bwa\.me\/\+?\d{6,15}\b/gi],
  ['WhatsApp', /\b(?:whats\s?app|wa)\s*(?:[:\-–—]|\bat\b|\bon\b)?\s*(\+?\d[\d\s().-]{6,18}\d)/gi],
  ['Discord', /\bdiscord(?:app)?\.(?:gg|com\/users|com\/invite)\/[A-Za-z0-9_]{2,32}\b/gi],
  ['Discord', new RegExp(String.raw`\bdiscord${SEP}(${HANDLE}(?:#\d{4})?)`, 'gi')],
  ['Skype', /\bskype\s*[:\-–—]?\s*((?:live:)?[A-Za-z0-9_.,-]{5,40})/gi],
  ['Signal', /\bsignal\s*[:\-–—]\s*(\+?\d[\d\s().-]{6,18}\d)/gi],
  ['WeChat', new RegExp(String.raw`\b(?:wechat|weixin)${SEP}(${HANDLE})`, 'gi')],
  ['E-mail', /\b[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,24}\b/g],
];

// Words that follow "Skype"/"Discord" in ordinary prose and are not handles.
const NOT_HANDLES = /^(?:calls?|meetings?|bots?|servers?|community|interviews?|and|or|for|with|the|integration|api)$/i;

export function findContacts(text: string, country?: string): Contact[] {
  const out: Contact[] = [];
  const seen = new Set<string>();
  const add = (kind: ContactKind, value: string) => {
    const v = value.trim();
    const key = `${kind}:${v.toLowerCase()}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push({ kind, value: v });
    }
  };
  for (const [kind, re] of PATTERNS) {
    for (const m of text.matchAll(re)) {
      const value = m[1] ?? m[0];
      if (NOT_HANDLES.test(value.replace(/^@/, ''))) continue;
      add(kind, m[0].includes('/') ? m[0] : value);
    }
  }
  const phonesInMessengers = new Set(out.map((c) => c.value.replace(/\D/g, '')));
  for (const n of findNumbers(text, { defaultCountry: country as CountryCode | undefined, v2: true })) {
    if (!n.number.isValid()) continue;
    const raw = text.slice(n.startsAt, n.endsAt);
    if (![...phonesInMessengers].some((p) => p.length > 5 && n.number.number.endsWith(p.slice(-7)))) add('Phone', raw);
  }
  return out;
}
