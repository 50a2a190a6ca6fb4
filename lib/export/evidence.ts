/**
 * Evidence for one profile, for a trust-and-safety team or a report to the authorities: JSON and a
 * printable, self-contained HTML page with the findings, their evidence and sources, dates, URLs, the
 * user's notes, the audit trail of dismissals and the trust mark with how the user verified the person. Every page-derived string is escaped. Both are written in
 * the reader's language; the JSON keeps rule ids and citations as machine keys beside the words.
 */
import { t } from '../i18n/pages';
import { evidenceText } from '../i18n/evidence';
import { formatDate, formatDateTime, regionName } from '../i18n/format';
import { activeDismissals } from '../dismissals';
import { siteById } from '../sites';
import { citationText, sourceOf } from '../rules/sources';
import { findingAdvice, findingTitle, splitFindings, storedFindings, storedSummary } from '../finding-view';
import { trackRecord } from '../track-record';
import { trackRecordFacts } from '../track-record-facts';
import type { StoredProfile } from '../storage/db';
import { readGaps } from '../read-gaps';
import { uncheckedLines } from '../unchecked-lines';
import { trustedLine } from '../trust';

export function evidenceJson(e: StoredProfile, exportedAt: Date) {
  const dismissed = activeDismissals(e);
  const shown = storedFindings(e);
  const titleOf = (rule: string) => findingTitle(shown.find((f) => f.rule === rule) ?? { rule });
  return {
    format: 'red-flag-radar-evidence',
    version: 1,
    exportedAt: exportedAt.toISOString(),
    profile: {
      site: siteById(e.site)?.name ?? e.site,
      url: e.url,
      name: e.profile.name,
      location: e.profile.location,
      timezone: e.profile.timezone,
      memberSince: e.profile.memberSince,
      photoUrl: e.profile.photoUrl,
    },
    firstSeen: e.firstSeen,
    lastSeen: e.lastSeen,
    visits: e.visits,
    level: e.level,
    trackRecord: trackRecordFacts(trackRecord(e.profile, new Date(e.lastSeen)), e.site),
    // Red flags by severity, then the notes: titled and ordered as the panel shows them (lib/finding-view.ts).
    findings: (({ flags, notes }) => [...flags, ...notes])(splitFindings(storedFindings(e))).map((f) => ({
      rule: f.rule,
      title: findingTitle(f),
      severity: f.severity,
      note: f.note,
      evidence: f.evidence.map(evidenceText),
      sources: f.sources.map((s) => ({ cite: s, text: citationText(s), url: sourceOf(s)?.url || undefined })),
      advice: findingAdvice(f),
      dismissed: dismissed.get(f.rule),
    })),
    notes: e.notes ?? [],
    dismissals: (e.dismissals ?? []).map((d) => ({ ...d, title: titleOf(d.rule) })),
    trustedAt: e.trustedAt,
    // How the user verified the person (absent on marks made before it was asked for).
    trustReason: e.trustedAt ? e.trustReason : undefined,
    // A page read in part, said as the panel says it; and what could not be checked on the last visit.
    ...(e.unread ? { readInPart: { notRead: e.unread, said: t('ui.partial', { fields: readGaps(e.unread) }) } } : {}),
    ...(e.unchecked ? { unchecked: uncheckedLines(e.unchecked) } : {}),
    disclaimer: t('ui.disclaimer'),
  };
}

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: unknown) => String(s ?? '').replace(/[&<>"']/g, (c) => ESC[c]!);
const safeHref = (u: string | undefined) => (u && /^https:\/\//i.test(u) ? escapeHtml(u) : undefined);

export function evidenceHtml(e: StoredProfile, exportedAt: Date): string {
  const j = evidenceJson(e, exportedAt);
  const link = (u: string | undefined, text: string) => {
    const href = safeHref(u);
    return href ? `<a href="${href}">${escapeHtml(text)}</a>` : escapeHtml(text);
  };
  const section = (fs: typeof j.findings) =>
    fs
      .map(
        (f) => `<section class="finding">
<h3>${escapeHtml(f.title)}${f.note || f.severity ? ` <span class="sev">(${escapeHtml(f.note ? t('ui.note') : t(`risk.${f.severity!}`))})</span>` : ''}</h3>
${f.dismissed ? `<p class="dismissed">${escapeHtml(t('history.dismissedBecause', { reason: f.dismissed.reason, date: formatDate(f.dismissed.at) }))}</p>` : ''}
<h4>${escapeHtml(t('ui.evidence'))}</h4><ul>${f.evidence.map((x) => `<li>${escapeHtml(x)}</li>`).join('')}</ul>
<h4>${escapeHtml(t('ui.source'))}</h4><ul>${f.sources.map((s) => `<li>${link(s.url, s.text)}</li>`).join('')}</ul>
<h4>${escapeHtml(t('ui.nextStep'))}</h4><p>${escapeHtml(f.advice)}</p>
</section>`,
      )
      .join('\n');
  const findings = section(j.findings.filter((f) => !f.note));
  const notes = section(j.findings.filter((f) => f.note));
  const rows: [string, string][] = [
    [t('export.site'), escapeHtml(j.profile.site)],
    [t('export.url'), link(j.profile.url, j.profile.url)],
    [t('field.name'), escapeHtml(j.profile.name ?? '')],
    // (the country in the reader's language, as the findings name it: "Land: Vereinigte Staaten", not the stored English)
    [
      t('field.country'),
      escapeHtml(
        j.profile.location?.country ? regionName(j.profile.location.country) : (j.profile.location?.countryName ?? ''),
      ),
    ],
    [t('field.timezone'), escapeHtml(j.profile.timezone?.name ?? j.profile.timezone?.label ?? '')],
    [t('export.firstSeen'), escapeHtml(formatDateTime(j.firstSeen))],
    [t('export.lastSeen'), escapeHtml(formatDateTime(j.lastSeen))],
    [t('export.visits'), escapeHtml(j.visits)],
    [t('export.level'), escapeHtml(storedSummary(e))],
    ...(j.trackRecord.length ? [[t('record.title'), escapeHtml(j.trackRecord.join(' · '))] as [string, string]] : []),
  ];
  return `<!doctype html>
<html lang="${escapeHtml(t('export.lang'))}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(t('export.title', { name: j.profile.name ?? j.profile.url }))}</title>
<style>body{font:14px/1.45 system-ui,sans-serif;max-width:820px;margin:24px auto;padding:0 16px;color:#111}
table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:4px 8px;text-align:left;vertical-align:top}
.finding{border-top:2px solid #333;margin-top:16px}.dismissed{font-style:italic}.trusted{overflow-wrap:anywhere}
@media print{a{color:#000}}</style></head><body>
<h1>${escapeHtml(t('export.title', { name: j.profile.name ?? j.profile.url }))}</h1>
<p>${escapeHtml(t('export.generated', { date: formatDateTime(j.exportedAt) }))}</p>
<table>${rows.map(([k, v]) => `<tr><th>${escapeHtml(k)}</th><td>${v}</td></tr>`).join('')}</table>
${j.trustedAt ? `<p class="trusted"><strong>${escapeHtml(trustedLine(j.trustedAt, j.trustReason))}</strong></p>` : ''}
<h2>${escapeHtml(t('ui.findings'))}</h2>
${findings || `<p>${escapeHtml(t('export.noFindings'))}</p>`}
${notes ? `<h2>${escapeHtml(t('ui.notesFound'))}</h2>\n<p>${escapeHtml(t(trackRecord(e.profile, new Date(e.lastSeen)).established ? 'ui.notesEstablished' : 'ui.notesExplained'))}</p>\n${notes}` : ''}
${
  j.readInPart || j.unchecked
    ? `<h2>${escapeHtml(t('ui.unchecked'))}</h2>
${j.readInPart ? `<p><strong>${escapeHtml(j.readInPart.said)}</strong></p>\n<p>${escapeHtml(t('ui.unchecked.inPart'))}</p>\n` : ''}<ul>${(j.unchecked ?? []).map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>
<p>${escapeHtml(t('unchecked.outside'))}</p>`
    : ''
}
<h2>${escapeHtml(t('history.notes'))}</h2>
${j.notes.length ? `<ul>${j.notes.map((n) => `<li>${escapeHtml(formatDateTime(n.at))}: ${escapeHtml(n.text)}</li>`).join('')}</ul>` : `<p>—</p>`}
<h2>${escapeHtml(t('history.dismissals'))}</h2>
${j.dismissals.length ? `<ul>${j.dismissals.map((d) => `<li>${escapeHtml(formatDateTime(d.at))}: ${escapeHtml(d.title)} — ${escapeHtml(d.reason)}${d.restoredAt ? ` (${escapeHtml(t('history.restoredOn', { date: formatDateTime(d.restoredAt) }))})` : ''}</li>`).join('')}</ul>` : `<p>—</p>`}
<p><em>${escapeHtml(j.disclaimer)}</em></p>
</body></html>
`;
}
