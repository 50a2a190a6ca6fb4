/**
 * The badge on a profile always says its level in words, in one form for every layout and both languages (hm18
 * report, point 5: a bare grey dot read as the site's own "online" dot, and the form changed with the
 * language); the welcome page's legend shows every label the badge takes.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { Badge } from '../components/Badge';
import { WelcomePage } from '../components/WelcomePage';
import { analyzeRead } from '../lib/analyze';
import { forPage } from '../lib/background/redact';
import { toolbarBadge } from '../lib/background/toolbar';
import { setLocale } from '../lib/i18n';
import type { Profile } from '../lib/profile';
import type { TabState } from '../lib/tab-state';
import { NOW, profile } from './helpers';

function analysed(p: Partial<Profile>, extra: object = {}): TabState {
  const a = analyzeRead(
    'upwork',
    'https://www.upwork.com/freelancers/~01a',
    { status: 'ok', missing: [], profile: profile(p) },
    { now: NOW },
  );
  return forPage({ kind: 'analysis', analysis: { ...a, profileKey: 'upwork:~01a', ...extra } });
}

/** The same analysis as if part of the page could not be read. */
const partly = (s: TabState): TabState =>
  s.kind === 'analysis' ? { ...s, analysis: { ...s.analysis, status: 'partial' as const } } : s;

/** Every state a badge can show: clean, flagged, trusted, unreadable, not analysed yet. */
function states(): [string, TabState][] {
  const flaggedProfile = {
    bio: 'Telegram: @evil_handle',
    location: { country: 'US' },
    timezone: { utcOffsetMinutes: 540 },
  };
  const clean = analysed({});
  const unreadable =
    clean.kind === 'analysis' ? { ...clean, analysis: { ...clean.analysis, status: 'unreadable' as const } } : clean;
  return [
    ['clean', clean],
    ['in part', partly(clean)],
    ['flagged', analysed(flaggedProfile)],
    ['trusted', analysed(flaggedProfile, { trustedAt: '2026-06-01T10:00:00.000Z' })],
    ['unreadable', unreadable],
    ['pending', { kind: 'none' } as unknown as TabState],
  ];
}

const mounted: HTMLElement[] = [];
function mount(node: preact.ComponentChild): HTMLElement {
  const el = document.createElement('div');
  document.body.append(el);
  mounted.push(el);
  act(() => render(node, el));
  return el;
}
afterEach(() => {
  for (const el of mounted.splice(0)) act(() => render(null, el));
  setLocale('en');
});

/** The words of the legend's chips on the welcome page. */
const legend = () =>
  [...mount(<WelcomePage />).querySelectorAll('.rfr-levels dt')].map((d) => d.textContent!.replace('⚑', '').trim());

describe.each(['en', 'de'] as const)('in %s', (lang) => {
  it('the badge always shows the flag and its level in words, never a bare dot; the whole summary is its tooltip', () => {
    setLocale(lang);
    for (const [what, s] of states()) {
      const b = mount(<Badge state={s} />).querySelector<HTMLButtonElement>('button.rfr-badge')!;
      const words = b.querySelector('.rfr-badge-text')?.textContent ?? '';
      expect(words.length, what).toBeGreaterThan(4);
      expect(b.textContent!.startsWith('⚑ '), what).toBe(true);
      // No form of the badge that depends on the room or the language.
      expect(b.hasAttribute('data-form'), what).toBe(false);
      expect(b.closest('.rfr-root')!.className, what).toBe('rfr-root');
      expect(b.title.length, what).toBeGreaterThanOrEqual(words.length);
    }
  });

  it('the welcome legend shows every label the badge takes', () => {
    setLocale(lang);
    const shown = legend();
    for (const [what, s] of states()) {
      const words = mount(<Badge state={s} />).querySelector('.rfr-badge-text')!.textContent!;
      // The legend's example counts: 5 red flags for a high level, 1 note, 6 checks that could not run.
      const general = words
        .replace(/\d+(?= (?:red flags?|Warnsignale?))/, '5')
        .replace(/\d+(?= (?:notes?|Hinweis\w*))/, '1')
        .replace(/\d+(?= (?:not checked|nicht geprüft))/, '6');
      expect(shown, `${what}: ${words}`).toContain(general);
    }
  });

  it('a page read in part says so, outlined, unless a red flag is shown (thirtieth session: it wore the clean grey)', () => {
    setLocale(lang);
    const b = (s: TabState) => mount(<Badge state={s} />).querySelector<HTMLButtonElement>('button.rfr-badge')!;
    const partClean = b(partly(analysed({})));
    // (with the note the bare profile has; "read in part" says already that checks did not run: no count of them)
    expect(partClean.querySelector('.rfr-badge-text')!.textContent).toBe(
      lang === 'en' ? 'No red flags · read in part · 1 note' : 'Keine Warnsignale · nur teilweise gelesen · 1 Hinweis',
    );
    expect(partClean.classList.contains('rfr-in-part')).toBe(true);
    expect(b(analysed({})).classList.contains('rfr-in-part')).toBe(false);
    const partFlagged = b(partly(analysed({ bio: 'Telegram: @evil_handle' })));
    expect(partFlagged.dataset.flags).toBe('1');
    expect(partFlagged.classList.contains('rfr-in-part')).toBe(false);
    expect(partFlagged.querySelector('.rfr-badge-text')!.textContent).not.toContain(
      lang === 'en' ? 'read in part' : 'teilweise',
    );
  });

  it('the toolbar icon says "read in part" as the badge does: never a bare "No red flags" (ui31 review, point 2)', () => {
    setLocale(lang);
    const inPart = lang === 'en' ? 'read in part' : 'nur teilweise gelesen';
    const clean = toolbarBadge(analysed({}));
    expect(clean.text).toBe('');
    expect(clean.title).not.toContain(inPart);
    const part = toolbarBadge(partly(analysed({})));
    expect(part.text).toBe(lang === 'en' ? 'part' : 'Teil');
    expect(part.text.length).toBeLessThanOrEqual(4);
    expect(part.title).toMatch(
      lang === 'en'
        ? /^Red Flag Radar — No red flags · read in part · 1 note · \d+ checks could not run$/
        : /^Red Flag Radar — Keine Warnsignale · nur teilweise gelesen · 1 Hinweis · \d+ Prüfungen nicht möglich$/,
    );
    // The badge's own tooltip has the same words.
    const b = mount(<Badge state={partly(analysed({}))} />).querySelector<HTMLButtonElement>('button.rfr-badge')!;
    expect(b.title).toContain(inPart);
    // A red flag is counted, as on the page: "read in part" is not added to it.
    const flagged = toolbarBadge(partly(analysed({ bio: 'Telegram: @evil_handle' })));
    expect(flagged.text).toBe('1');
    expect(flagged.title).not.toContain(inPart);
  });
});
