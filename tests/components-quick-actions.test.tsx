/**
 * The panel's first row of actions (hm18 report, points 8 and 9): "Report it" only where something is flagged,
 * the questions only when there are questions; the report section stays reachable at the panel's end.
 */
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { PanelActions, QuickActions, type PanelDeps } from '../components/PanelActions';
import { analyzeRead, type Analysis } from '../lib/analyze';
import { isNote } from '../lib/finding-view';
import type { Profile } from '../lib/profile';
import { NOW, profile } from './helpers';

const deps: PanelDeps = {
  mark: async () => undefined,
  openHistory: async () => {},
  copy: async () => true,
  siteName: 'Upwork',
};

function analysis(p: Partial<Profile>): Analysis {
  const a = analyzeRead(
    'upwork',
    'https://www.upwork.com/freelancers/~01a',
    { status: 'ok', missing: [], profile: profile(p) },
    { now: NOW },
  );
  return { ...a, profileKey: 'upwork:~01a' };
}

function quickRow(a: Analysis): string[] {
  const el = document.createElement('div');
  document.body.append(el);
  render(
    <>
      <QuickActions analysis={a} deps={deps} />
      <PanelActions analysis={a} deps={deps} mark={async () => true} />
    </>,
    el,
  );
  const row = [...el.querySelectorAll('.rfr-quick button')].map((b) => b.textContent!);
  // The report section at the panel's end when a red flag is shown; with none, the ways to report are folded away
  // under "Report this profile for another reason" (a clean profile is not offered the FBI as a next step).
  const flagged = a.findings.some((f) => !isNote(f));
  expect(!!el.querySelector('#rfr-report-h')).toBe(flagged);
  const other = el.querySelector('details.rfr-report-other');
  expect(!!other).toBe(!flagged);
  // (folded or not, the same two ways: Upwork's own page and IC3)
  const ways = [...el.querySelectorAll('.rfr-report-links a[data-report]')].map((l) => l.getAttribute('data-report'));
  expect(ways).toEqual(['platform', 'ic3']);
  render(null, el);
  el.remove();
  return row;
}

describe('the quick actions under the verdict', () => {
  it('a profile with nothing found: no report, no empty questions button', () => {
    const a = analysis({ photoUrl: 'https://www.upwork.com/profile-portraits/a.jpg' });
    expect(a.findings).toEqual([]);
    expect(quickRow(a)).toEqual(['Copy a summary', 'Add a note']);
  });

  it('a profile with notes only: the questions the notes raise, but no report', () => {
    const a = analysis({ location: { country: 'UA' }, timezone: { utcOffsetMinutes: 0 } });
    expect(a.findings.length).toBeGreaterThan(0);
    expect(a.findings.every(isNote)).toBe(true);
    expect(quickRow(a)).toEqual(['Copy a summary', 'Questions to ask in the interview', 'Add a note']);
  });

  it('a flagged profile: the questions and the report', () => {
    const a = analysis({ location: { country: 'US' }, timezone: { utcOffsetMinutes: 540 } });
    expect(a.findings.some((f) => !isNote(f))).toBe(true);
    expect(quickRow(a)).toEqual(['Copy a summary', 'Questions to ask in the interview', 'Add a note', 'Report it']);
  });
});
