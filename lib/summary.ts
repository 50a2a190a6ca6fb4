/**
 * The plain-text summary the panel copies for an e-mail or a chat to a colleague: who, where, when, the
 * verdict line, every red flag with its evidence, source and next step, the notes, the user's own dismissals
 * and notes, the interview questions, and the link. Plain text only (no markup), in the language asked for.
 */
import type { Analysis } from './analyze';
import { findingTitle, levelSummary, reliabilityText, splitFindings } from './finding-view';
import { t, type Locale } from './i18n';
import { interviewQuestions } from './interview';
import { readGaps } from './read-gaps';
import { citationText, sourceOf } from './rules/sources';
import type { Finding } from './rules/types';
import { inLocale, verdictLine } from './verdict';

/** A date as people of `lang` write it ("June 10, 2026", "10. Juni 2026"), in UTC as stored. */
export function longDate(iso: string, lang: Locale): string {
  return new Intl.DateTimeFormat([lang], { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso));
}

function findingLines(f: Finding, i: number, note: boolean): string[] {
  const head = note ? findingTitle(f) : `${t(`risk.${f.severity}`)}: ${findingTitle(f)}`;
  const lines = [`${i + 1}. ${head}`];
  for (const e of f.evidence) lines.push(`   - ${e}`);
  for (const s of f.sources) {
    const url = sourceOf(s)?.url;
    lines.push(`   ${t('summary.source')}: ${citationText(s)}${url ? ` (${url})` : ''}`);
  }
  if (f.advice) lines.push(`   ${t('summary.next')}: ${f.advice}`);
  const reliability = reliabilityText(f);
  if (reliability) lines.push(`   ${reliability}`);
  return lines;
}

/**
 * A profile read in part (some fields could not be read): said by levelSummary, beside "No red flags", in the
 * panel's words and order ("No red flags · read in part · 1 note"), as the panel, the popup and the history say it.
 */
const readInPart = (a: Analysis) => a.status === 'partial';

/** A page that could not be read is no clean result: said as the panel says it, never "No red flags". */
const unreadableLines = (a: Analysis) => [
  t('ui.unreadable.title'),
  t('ui.unreadable.missing', { fields: readGaps(a.missing ?? []) }),
  t('ui.unreadable.next'),
];

/** Only the findings, numbered, with their evidence and sources: what a report form asks for. */
export function evidenceText(a: Analysis, lang: Locale): string {
  return inLocale(lang, () => {
    if (a.status === 'unreadable') return [a.url, '', ...unreadableLines(a)].join('\n');
    const { flags, notes } = splitFindings(a.findings);
    const lines = [
      a.profile?.name ? `${a.profile.name} — ${a.url}` : a.url,
      verdictLine(a.findings, lang, readInPart(a)),
      '',
    ];
    flags.forEach((f, i) => lines.push(...findingLines(f, i, false)));
    notes.forEach((f, i) => lines.push(...findingLines(f, flags.length + i, true)));
    return lines.join('\n').trimEnd();
  });
}

/** A message's findings as plain text: the verdict line, each red flag and note with evidence and source. */
export function findingsText(findings: readonly Finding[], lang: Locale): string {
  return inLocale(lang, () => {
    const { flags, notes } = splitFindings(findings);
    const lines = [verdictLine(findings, lang)];
    if (flags.length) lines.push('', t('summary.flags'), ...flags.flatMap((f, i) => findingLines(f, i, false)));
    if (notes.length) lines.push('', t('summary.notes'), ...notes.flatMap((f, i) => findingLines(f, i, true)));
    return lines.join('\n');
  });
}

export function summaryText(a: Analysis, lang: Locale, siteName: string): string {
  return inLocale(lang, () => {
    const head = t('summary.head', { name: a.profile?.name ?? a.url, site: siteName });
    if (a.status === 'unreadable') return [head, a.url, '', ...unreadableLines(a)].join('\n');
    const { flags, notes } = splitFindings(a.findings);
    const inPart = readInPart(a);
    const level = levelSummary(a.risk.level, a.findings, 0, inPart);
    const out = [
      head,
      a.url,
      t('summary.checked', { date: longDate(a.checkedAt, lang), level }),
      '',
      verdictLine(a.findings, lang, inPart),
    ];
    const section = (title: string, lines: string[]) => lines.length && out.push('', title, ...lines);
    section(
      t('summary.flags'),
      flags.flatMap((f, i) => findingLines(f, i, false)),
    );
    section(
      t('summary.notes'),
      notes.flatMap((f, i) => findingLines(f, i, true)),
    );
    section(
      t('summary.dismissed'),
      (a.dismissed ?? []).map(
        (d) =>
          `- ${findingTitle(d.finding)}: ${t('history.dismissedBecause', { reason: d.reason, date: longDate(d.at, lang) })}`,
      ),
    );
    section(
      t('summary.yourNotes'),
      (a.notes ?? []).map((n) => `- ${longDate(n.at, lang)}: ${n.text}`),
    );
    section(
      t('summary.questions'),
      interviewQuestions(a.findings, lang).map((q, i) => `${i + 1}. ${q}`),
    );
    out.push('', t('summary.disclaimer'));
    return out.join('\n');
  });
}
