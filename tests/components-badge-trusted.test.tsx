/**
 * "Mark as trusted" shows on the badge (hm18 report, point 12): "Trusted by you · High · 2 red flags" — the
 * red flags stay counted, never hidden (its tooltip has the whole summary, notes too) — after a reload (the page's state carries the mark, not its date) and
 * at once when the user marks the profile in the panel.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { Badge } from '../components/Badge';
import type { PanelDeps } from '../components/PanelActions';
import { analyzeRead } from '../lib/analyze';
import { forPage } from '../lib/background/redact';
import { levelSummary } from '../lib/finding-view';
import { setLocale } from '../lib/i18n';
import type { TabState } from '../lib/tab-state';
import { NOW, profile } from './helpers';

function flagged(trustedAt?: string, trustReason?: string): TabState {
  const analysis = analyzeRead(
    'upwork',
    'https://www.upwork.com/freelancers/~01a',
    {
      status: 'ok',
      missing: [],
      profile: profile({
        bio: 'Telegram: @evil_handle',
        location: { country: 'US' },
        timezone: { utcOffsetMinutes: 540 },
      }),
    },
    { now: NOW },
  );
  return {
    kind: 'analysis',
    analysis: {
      ...analysis,
      profileKey: 'upwork:~01a',
      ...(trustedAt ? { trustedAt } : {}),
      ...(trustReason ? { trustReason } : {}),
    },
  };
}

const mounted: HTMLElement[] = [];
function badge(node: preact.ComponentChild): HTMLButtonElement {
  const el = document.createElement('div');
  document.body.append(el);
  mounted.push(el);
  act(() => render(node, el));
  return el.querySelector('button.rfr-badge')!;
}
const text = (b: HTMLButtonElement) => b.querySelector('.rfr-badge-text')!.textContent;

afterEach(() => {
  for (const el of mounted.splice(0)) act(() => render(null, el));
  setLocale('en');
});

describe('the trusted mark on the badge', () => {
  it('the page is told that the profile is trusted, not when nor why', () => {
    const page = forPage(flagged('2026-06-01T10:00:00.000Z', 'Zoom call with Quentin Quorum'));
    expect(page.kind === 'analysis' && page.analysis.trusted).toBe(true);
    expect(page.kind === 'analysis' && page.analysis.trustedAt).toBeUndefined();
    expect(page.kind === 'analysis' && page.analysis.trustReason).toBeUndefined();
    expect(JSON.stringify(page)).not.toContain('Quorum');
    const untrusted = forPage(flagged());
    expect(untrusted.kind === 'analysis' && untrusted.analysis.trusted).toBeUndefined();
  });

  it('after a reload the badge says "Trusted by you", and still counts the red flags (en, de)', () => {
    const s = flagged('2026-06-01T10:00:00.000Z');
    const a = s.kind === 'analysis' ? s.analysis : undefined;
    const summary = levelSummary(a!.risk.level, a!.findings);
    expect(a!.risk.level).toBe('high');
    const b = badge(<Badge state={forPage(s)} full={async () => s} />);
    expect(text(b)).toBe('Trusted by you · High · 2 red flags');
    expect(b.title).toBe(`Trusted by you · ${summary}`);
    setLocale('de');
    const de = flagged('2026-06-01T10:00:00.000Z');
    const d = de.kind === 'analysis' ? de.analysis : undefined;
    const bd = badge(<Badge state={forPage(de)} full={async () => de} />);
    expect(text(bd)).toBe('Von Ihnen als vertrauenswürdig markiert · Hoch · 2 Warnsignale');
    expect(bd.title).toBe(`Von Ihnen als vertrauenswürdig markiert · ${levelSummary(d!.risk.level, d!.findings)}`);
    // Not trusted: the badge says nothing of it.
    expect(text(badge(<Badge state={forPage(flagged())} />))).toBe('Hoch · 2 Warnsignale');
  });

  it('marking the profile in the panel shows on the badge at once', async () => {
    const s = flagged();
    const deps: PanelDeps = {
      mark: async () => flagged('2026-06-10T12:00:00.000Z'),
      openHistory: async () => {},
      copy: async () => true,
      siteName: 'Upwork',
    };
    const b = badge(<Badge state={forPage(s)} full={async () => s} deps={deps} />);
    await act(async () => b.click());
    await act(async () => {});
    const trust = b.parentElement!.querySelector<HTMLButtonElement>('.rfr-trust')!;
    await act(async () => trust.click());
    // (trust asks how the person was verified first: nothing is marked before the answer is saved)
    expect(text(b)).not.toMatch(/^Trusted by you/);
    const reason = b.parentElement!.querySelector<HTMLTextAreaElement>('.rfr-trust-reason')!;
    await act(async () => {
      reason.value = 'Video call, camera on';
      reason.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => b.parentElement!.querySelector<HTMLButtonElement>('.rfr-trust-save')!.click());
    await act(async () => {});
    expect(text(b)).toMatch(/^Trusted by you · /);
    expect(b.dataset.trusted).toBe('true');
  });
});
