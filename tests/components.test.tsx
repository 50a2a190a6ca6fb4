import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { Badge } from '../components/Badge';
import { Report } from '../components/Report';
import { analyzeRead } from '../lib/analyze';
import type { TabState } from '../lib/tab-state';
import { NOW, profile } from './helpers';

const EVIL = '<img src=x onerror="window.hacked=1"><script>window.hacked=1</script>\u202Eevil';

function mount(node: preact.ComponentChild): HTMLElement {
  const el = document.createElement('div');
  document.body.append(el);
  render(node, el);
  return el;
}

const hostile: TabState = {
  kind: 'analysis',
  analysis: analyzeRead(
    'upwork',
    'https://www.upwork.com/freelancers/~01a',
    {
      status: 'ok',
      missing: [],
      profile: profile({
        name: EVIL,
        bio: `Telegram: @evil_handle ${EVIL}`,
        location: { country: 'US' },
        timezone: { utcOffsetMinutes: 540 },
      }),
    },
    { now: NOW },
  ),
};

describe('Report and Badge', () => {
  it('render page text only as text', () => {
    const el = mount(<Report state={hostile} />);
    expect(el.querySelector('img, script')).toBeNull();
    expect(el.textContent).toContain(EVIL);
    expect((window as any).hacked).toBeUndefined();
  });

  it('list each finding with evidence, source link and next step, and what was not checked', () => {
    const el = mount(<Report state={hostile} />);
    const items = [...el.querySelectorAll('.rfr-finding')];
    // Red flags by severity, then the notes in a list of their own.
    expect(items.map((i) => i.getAttribute('data-rule'))).toEqual([
      'location-timezone-mismatch',
      'off-platform-contact-in-profile',
      'no-photo',
    ]);
    expect(el.querySelector('.rfr-notes [data-rule="no-photo"]')?.textContent).toContain('Note');
    expect(items[0].querySelector('a')?.getAttribute('href')).toBe(
      'https://home.treasury.gov/system/files/126/20220516_dprk_it_worker_advisory.pdf',
    );
    expect(el.querySelector('.rfr-unchecked')?.textContent).toContain('No proposal or message text checked');
  });

  it('show "could not read" as its own state, never as no red flags', () => {
    const state: TabState = {
      kind: 'analysis',
      analysis: analyzeRead('upwork', 'u', { status: 'unreadable', missing: ['name', 'location'] }, { now: NOW }),
    };
    const report = mount(<Report state={state} />);
    expect(report.textContent).toContain('Could not read this page (the site may have changed)');
    expect(report.textContent).toContain('Not read: the name and the location');
    expect(report.textContent).not.toContain('No red flags');
    const badge = mount(<Badge state={state} />).querySelector('button')!;
    expect(badge.getAttribute('data-level')).toBe('unreadable');
  });

  it('the badge shows level and count and opens the report', async () => {
    const el = mount(<Badge state={hostile} />);
    const button = el.querySelector('button')!;
    expect(button.getAttribute('data-level')).toBe('high');
    // The level and the red flags in words on the badge; the whole summary, notes too, in its tooltip.
    expect(button.textContent).toBe('⚑ High · 2 red flags');
    expect(button.title).toBe('High · 2 red flags · 1 note');
    button.click();
    await new Promise((r) => setTimeout(r, 0));
    expect(el.querySelectorAll('.rfr-finding')).toHaveLength(3);
  });

  it('on a page, the badge fetches the full report only when the panel is opened, again for a newer state', async () => {
    const withNote: TabState = {
      kind: 'analysis',
      analysis: { ...hostile.analysis!, notes: [{ at: '2026-11-20T00:00:00Z', text: 'my private note' }] },
    } as TabState;
    let asked = 0;
    const full = async () => (asked++, withNote);
    const el = mount(<Badge state={hostile} full={full} />);
    await new Promise((r) => setTimeout(r, 0));
    expect(asked).toBe(0);
    expect(el.textContent).not.toContain('my private note');
    el.querySelector('button')!.click();
    await expect.poll(() => el.textContent).toContain('my private note');
    expect(asked).toBe(1);
    // The photo check's newer state: fetched again, never the older full report shown for it.
    render(<Badge state={{ ...hostile }} full={full} />, el);
    await expect.poll(() => asked).toBe(2);
  });
});
