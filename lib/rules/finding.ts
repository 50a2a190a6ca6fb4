import { cleanText } from '../text/sentences';
import { t, type MessageKey } from '../i18n';
import type { Finding, Severity } from './types';

/** Builds a finding with its title and advice from the i18n layer (keys `rule.<id>.title|advice`). */
export function finding(
  rule: string,
  severity: Severity,
  evidence: string[],
  sources: string[],
  titleKey: MessageKey = `rule.${rule}.title` as MessageKey,
): Finding {
  return { rule, severity, title: t(titleKey), evidence, sources, advice: t(`rule.${rule}.advice` as MessageKey) };
}

const cleaned = new WeakMap<object, string>();

/** Title and bio as one text, without zero-width and bidi-control characters (computed once per profile). */
export function profileText(p: { title?: string; bio?: string }): string {
  let text = cleaned.get(p);
  if (text === undefined) {
    text = cleanText([p.title, p.bio].filter(Boolean).join('\n'));
    cleaned.set(p, text);
  }
  return text;
}

export function daysBetween(from: string, to: Date): number {
  return Math.floor((to.getTime() - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** A message finding quoting each sentence that triggered it. */
export function messageFinding(rule: string, severity: Severity, quoted: string[], sources: string[]): Finding {
  return {
    ...finding(
      rule,
      severity,
      quoted.map((s) => t('evidence.sentence', { text: s.length > 200 ? `${s.slice(0, 199)}…` : s })),
      sources,
    ),
    quotes: quoted,
  };
}
