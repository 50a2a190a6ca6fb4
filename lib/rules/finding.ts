import { cleanText } from '../text/sentences';
import { t, type MessageKey } from '../i18n';
import { evidenceText, line, type Evidence } from '../i18n/evidence';
import type { Hit } from '../text/cooccur';
import type { Finding, Severity } from './types';

/**
 * Builds a finding with its title and advice from the i18n layer (keys `rule.<id>.title|advice`). The evidence
 * is given in no language (lines: lib/i18n/evidence.ts) and written out here in the current one.
 */
export function finding(
  rule: string,
  severity: Severity,
  lines: Evidence[],
  sources: string[],
  titleKey: MessageKey = `rule.${rule}.title` as MessageKey,
): Finding {
  return {
    rule,
    severity,
    title: t(titleKey),
    evidence: lines.map(evidenceText),
    lines,
    sources,
    advice: t(`rule.${rule}.advice` as MessageKey),
  };
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

/**
 * A message finding quoting each sentence that triggered it, with the words that made it (hits from
 * lib/text/cooccur.ts; a plain sentence where a rule found it otherwise, a wallet address). When every
 * sentence is weak evidence (a question whether the reader uses a messenger), it is a note, not a red flag.
 */
export function messageFinding(
  rule: string,
  severity: Severity,
  found: readonly (Hit | string)[],
  sources: string[],
): Finding {
  const hits = found.map((h) => (typeof h === 'string' ? { sentence: h, words: [], weak: false } : h));
  const short = (s: string) => (s.length > 200 ? `${s.slice(0, 199)}…` : s);
  const f: Finding = {
    ...finding(
      rule,
      severity,
      hits.map((h) =>
        h.words.length
          ? line('evidence.sentenceWords', {
              text: short(h.sentence),
              words: { list: h.words.map((word) => line('evidence.quotedWord', { word })) },
            })
          : line('evidence.sentence', { text: short(h.sentence) }),
      ),
      sources,
    ),
    quotes: hits.map((h) => h.sentence),
  };
  if (hits.every((h) => h.weak)) f.note = true;
  return f;
}
