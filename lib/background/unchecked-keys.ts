/**
 * The panel's "what could not be checked" lines as the memory keeps them: each line the analysis wrote from a catalogue
 * key is stored as that key (said again in the reader's language on the history page and in exports: lib/unchecked-lines.ts);
 * a line with a value in it (a failed check's title) as it was shown.
 */
import { currentLocale, t, textsVersion, type MessageKey } from '../i18n';
import { en } from '../i18n/en';

let made: { locale: string; version: number; keys: Map<string, string> } | undefined;

/** Each unchecked line's key, by its words in the current language (built once per language and catalogue). */
function keysByWords(): Map<string, string> {
  const locale = currentLocale();
  const version = textsVersion();
  if (made?.locale === locale && made.version === version) return made.keys;
  const keys = new Map<string, string>();
  for (const k of Object.keys(en)) if (k.startsWith('unchecked.')) keys.set(t(k as MessageKey), k);
  made = { locale, version, keys };
  return keys;
}

export function uncheckedKeys(lines: readonly string[]): string[] {
  const keys = keysByWords();
  return lines.map((l) => keys.get(l) ?? l);
}
