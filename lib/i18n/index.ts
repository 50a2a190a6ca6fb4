/** The one i18n layer: every user-facing string is `t(key, vars)`. */
import { en, type MessageKey } from './en';

export type { MessageKey };
export type Locale = 'en';

const catalogs: Record<Locale, Record<MessageKey, string>> = { en };
let current: Locale = 'en';

export function setLocale(locale: Locale): void {
  current = locale;
}

/** The text for `key` with `{name}` placeholders filled in (values are inserted as plain text). */
export function t(key: MessageKey, vars: Record<string, string | number> = {}): string {
  const template = catalogs[current][key] ?? en[key];
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}
