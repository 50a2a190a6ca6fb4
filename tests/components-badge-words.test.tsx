/**
 * The badge, its tooltip and the panel's verdict and level bar say "nothing found" in one wording (hm18 report,
 * point 6): "No red flags", "No red flags · 1 note", "No red flags · 6 checks could not run" (on the badge itself "· 6 not
 * checked") — in English and
 * German, never "no red flags found" in lower case nor an unexplained "not checked".
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { Badge } from '../components/Badge';
import { analyzeRead } from '../lib/analyze';
import { setLocale } from '../lib/i18n';
import type { Profile } from '../lib/profile';
import type { TabState } from '../lib/tab-state';
import { NOW, profile } from './helpers';

const PHOTO = 'https://www.upwork.com/profile-portraits/a.jpg';

function state(p: Partial<Profile>): TabState {
  const analysis = analyzeRead(
    'upwork',
    'https://www.upwork.com/freelancers/~01a',
    { status: 'ok', missing: [], profile: profile(p) },
    { now: NOW },
  );
  return { kind: 'analysis', analysis };
}

/** The badge's text, its label, and (opened) the panel's verdict and level bar. */
function words(s: TabState) {
  const el = document.createElement('div');
  document.body.append(el);
  act(() => render(<Badge state={s} />, el));
  const b = el.querySelector('button')!;
  const shown = { short: b.textContent!.replace('⚑', '').trim(), title: b.title };
  act(() => b.click());
  const out = {
    ...shown,
    verdict: el.querySelector('.rfr-verdict')?.textContent,
    bar: el.querySelector('.rfr-report .rfr-level')?.textContent,
  };
  act(() => render(null, el));
  el.remove();
  return out;
}

afterEach(() => setLocale('en'));

describe('nothing found, in one wording', () => {
  it('notes only, with checks that could not run', () => {
    const s = state({ photoUrl: PHOTO, location: { country: 'UA' }, timezone: { utcOffsetMinutes: 0 } });
    const unchecked = s.kind === 'analysis' ? s.analysis.risk.unchecked.length : 0;
    expect(unchecked).toBeGreaterThan(1);
    const all = `No red flags · 1 note · ${unchecked} checks could not run`;
    // (the badge's own words say the notes and how many checks did not run, shorter: a hiring manager's review)
    expect(words(s)).toEqual({
      short: `No red flags · 1 note · ${unchecked} not checked`,
      title: all,
      verdict: 'No red flags · 1 note',
      bar: all,
    });
    setLocale('de');
    const de = state({ photoUrl: PHOTO, location: { country: 'UA' }, timezone: { utcOffsetMinutes: 0 } });
    const alle = `Keine Warnsignale · 1 Hinweis · ${unchecked} Prüfungen nicht möglich`;
    expect(words(de)).toEqual({
      short: `Keine Warnsignale · 1 Hinweis · ${unchecked} nicht geprüft`,
      title: alle,
      verdict: 'Keine Warnsignale · 1 Hinweis',
      bar: alle,
    });
  });

  it('nothing at all', () => {
    const s = state({ photoUrl: PHOTO });
    const unchecked = s.kind === 'analysis' ? s.analysis.risk.unchecked.length : 0;
    expect(words(s).title).toBe(`No red flags · ${unchecked} checks could not run`);
    setLocale('de');
    expect(words(s).title).toBe(`Keine Warnsignale · ${unchecked} Prüfungen nicht möglich`);
  });
});
