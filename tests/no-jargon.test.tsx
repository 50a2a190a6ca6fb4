/**
 * No rule id or Profile field name where people read (issue 13, points 3 and 4): the panel, the popup, the
 * plain-text summary and report text, the history page with every profile opened, its dismissal log, and the
 * evidence exported as HTML — for the bundled personas and the real saved pages, in English and German. What
 * the page itself wrote (names, bios, quotes, addresses) is taken out first: it is the page's, not ours.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { HistoryPage } from '../components/HistoryPage';
import { Popup } from '../components/Popup';
import { Report } from '../components/Report';
import type { Analysis } from '../lib/analyze';
import { expandInputs, scanFile } from '../lib/cli/scan';
import { evidenceHtml } from '../lib/export/evidence';
import { setLocale, type Locale } from '../lib/i18n';
import { evidenceText as reportText, summaryText } from '../lib/summary';
import { ProfileSchema } from '../lib/profile';
import { memoryRules, messageRules, profileRules } from '../lib/rules';
import { openRadarDb, RadarStore } from '../lib/storage/db';
import { defaultSettings } from '../lib/storage/settings';
import type { TabState } from '../lib/tab-state';
import { CAPTURED } from './real-pages/captured';
import { FIXTURES, tick, until } from './helpers';

const REAL = join(__dirname, '../../shared/fixtures-real');
const NOW = new Date('2026-06-10T12:00:00Z');

/** The bundled personas and hand-written pages, and the real saved pages (each on the day it was captured). */
const pages: { name: string; file: string; now: Date; url?: string }[] = [
  ...expandInputs([FIXTURES])
    .filter((f) => !f.includes('/messages/'))
    .map((file) => ({ name: file.slice(FIXTURES.length + 1), file, now: NOW })),
  ...(existsSync(REAL) ? expandInputs([REAL]) : []).map((file) => {
    const name = file.slice(REAL.length + 1);
    const captured = CAPTURED[name];
    return { name, file, now: captured ? new Date(`${captured.now}T12:00:00Z`) : NOW, url: captured?.url };
  }),
];

const RULE_IDS = [...profileRules, ...messageRules, ...memoryRules].map((r) => r.id);

/** Every field name of the Profile contract, nested ones included ("photoUrl", "memberSince", "utcOffsetMinutes"). */
function fieldNames(schema: unknown, out = new Set<string>()): Set<string> {
  const def = (schema as { def?: Record<string, unknown> })?.def;
  if (!def) return out;
  if (def.shape) {
    for (const [k, v] of Object.entries(def.shape as Record<string, unknown>)) {
      out.add(k);
      fieldNames(v, out);
    }
  }
  for (const inner of ['innerType', 'element', 'in', 'out']) if (def[inner]) fieldNames(def[inner], out);
  return out;
}
const FIELDS = [...fieldNames(ProfileSchema)];
// Field names written the programmer's way: never words in either language.
const CODE_FIELDS = FIELDS.filter((f) => /[A-Z]/.test(f));

/** What a reader names what it could not read ("embedded-state", "name:conflict", "invalid:…", "jsonld"). */
const READER_MARKS = /embedded-state|[\w-]+:conflict\b|\binvalid:|\bjsonld\b/;

/** The page's own words and addresses, taken out of the text before it is checked. */
function withoutPageText(text: string, a: Analysis): string {
  const own: string[] = [];
  const collect = (v: unknown) => {
    if (typeof v === 'string') own.push(v);
    else if (Array.isArray(v)) v.forEach(collect);
    else if (v && typeof v === 'object') Object.values(v).forEach(collect);
  };
  collect(a.profile);
  let out = text.replace(/https?:\/\/\S+/g, ' ');
  const escape = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const s of own.filter((x) => x.trim().length > 2).sort((x, y) => y.length - x.length))
    out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escape(s.trim())}(?![\\p{L}\\p{N}])`, 'gu'), ' ');
  // Quotes from the page, in English and German quotation marks.
  return out.replace(/“[^”]*”|„[^“]*“|"[^"]*"/g, ' ');
}

/** The words a person would read that are ours, not the page's: every rule id and field name is jargon. */
function jargonIn(text: string, a: Analysis, lang: Locale): string[] {
  const ours = withoutPageText(text, a);
  const found: string[] = [];
  for (const id of RULE_IDS) if (ours.includes(id)) found.push(id);
  for (const f of CODE_FIELDS) if (new RegExp(`\\b${f}\\b`).test(ours)) found.push(f);
  const mark = READER_MARKS.exec(ours);
  if (mark) found.push(mark[0]);
  // German text has no English lower-case field names at all ("Nicht gelesen: name, location").
  if (lang === 'de')
    for (const f of FIELDS)
      if (/^[a-z]+$/.test(f) && new RegExp(`(?<![\\p{L}-])${f}(?![\\p{L}-])`, 'u').test(ours)) found.push(f);
  return found;
}

function mount(node: preact.ComponentChild): HTMLElement {
  const el = document.createElement('div');
  document.body.append(el);
  render(node, el);
  return el;
}

afterEach(() => {
  setLocale('en');
  document.body.replaceChildren();
});

const cases = pages.flatMap((p) => (['en', 'de'] as const).map((lang) => [p.name, lang, p] as const));

describe('no rule id or field name in any visible text', () => {
  it('covers the personas and the real pages', () => {
    expect(pages.some((p) => p.name.includes('red-flags-persona'))).toBe(true);
    if (existsSync(REAL)) expect(pages.filter((p) => p.file.startsWith(REAL)).length).toBeGreaterThanOrEqual(10);
    expect(CODE_FIELDS).toEqual(expect.arrayContaining(['photoUrl', 'memberSince', 'hourlyRate', 'utcOffsetMinutes']));
  });

  it('finds the jargon people used to read (the check can fail)', () => {
    const a = {
      profile: { site: 'upwork', url: 'https://www.upwork.com/freelancers/~01', name: 'Ann location' },
    } as Analysis;
    expect(jargonIn('location-timezone-mismatch: not checked — photoUrl could not be read', a, 'en')).toEqual([
      'location-timezone-mismatch',
      'photoUrl',
    ]);
    expect(jargonIn('Nicht gelesen: name, location; Ann location', a, 'de')).toEqual(['name', 'location']);
    expect(jargonIn('Nicht gelesen: name:conflict', a, 'de')).toEqual(['name:conflict', 'name']);
    expect(jargonIn('Gesehen bei „my location“, Ann location', a, 'de')).toEqual([]);
  });

  it.each(cases)('%s (%s): the panel, the popup, the history page and the HTML export', async (_name, lang, page) => {
    setLocale(lang);
    const scanned = scanFile(page.file, { now: page.now, url: page.url });
    const a: Analysis = { ...scanned, site: scanned.site ?? '' };
    const state: TabState = { kind: 'analysis', analysis: a };

    // The panel (the popup shows the same report).
    const panel = mount(<Report state={state} />);
    expect(jargonIn(panel.textContent!, a, lang), 'panel').toEqual([]);

    // The plain-text summary to copy, and the evidence to paste into a report form.
    expect(jargonIn(summaryText(a, lang, 'Site'), a, lang), 'summary').toEqual([]);
    expect(jargonIn(reportText(a, lang), a, lang), 'report text').toEqual([]);

    // The popup, for a tab showing this page.
    const tab = await fakeBrowser.tabs.create({ url: a.url || 'https://example.com/', active: true });
    window.history.replaceState(null, '', `?tabId=${tab.id}`);
    fakeBrowser.runtime.onMessage.addListener(((msg: { type: string }) =>
      Promise.resolve(
        msg.type === 'get-tab'
          ? state
          : msg.type === 'get-settings'
            ? { ...defaultSettings(), language: lang }
            : undefined,
      )) as never);
    const popup = mount(<Popup />);
    if (a.status === 'ok' && a.findings.length) await until(() => !!popup.querySelector('.rfr-finding'));
    else await tick();
    expect(jargonIn(popup.textContent!, a, lang), 'popup').toEqual([]);

    if (!a.profile) return;
    // The history page with this profile remembered, a finding dismissed, and its details open.
    const store = new RadarStore(await openRadarDb(`jargon-${Math.random()}`));
    await store.recordVisit(a.profile, a.risk.level, a.findings, page.now);
    const key = (await store.historyPage({}, 1, 0)).rows[0]!.key;
    if (a.findings[0])
      await store.update(key, (e) => ({
        ...e,
        dismissals: [{ rule: a.findings[0]!.rule, reason: 'checked on a call', at: page.now.toISOString() }],
      }));
    const deps = { store, now: () => page.now, changed: vi.fn(), download: vi.fn() };
    const historyPage = mount(<HistoryPage deps={deps} />);
    await until(() => historyPage.querySelectorAll('tbody tr').length === 1);
    (historyPage.querySelector('button[aria-expanded]') as HTMLButtonElement).click();
    await until(() => !!historyPage.querySelector('.rfr-profile-details'));
    for (const d of historyPage.querySelectorAll('details')) d.setAttribute('open', '');
    expect(jargonIn(historyPage.textContent!, a, lang), 'history').toEqual([]);
    if (a.findings[0]) expect(historyPage.querySelector('.rfr-dismissed-tag')).not.toBeNull();

    // The evidence export as a person reads it (the JSON keeps ids as keys, beside titles).
    const exported = new DOMParser().parseFromString(evidenceHtml((await store.get(key))!, page.now), 'text/html');
    expect(jargonIn(exported.body.textContent!, a, lang), 'export').toEqual([]);
  });
});
