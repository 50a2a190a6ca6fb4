/**
 * Message markers' panels close as the badge's does (hm18 report, point 4): Escape and a click outside close
 * an open panel, only one panel is open at a time, and a panel stays in the flow of the page under its marker
 * (not floating over the next marker).
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { Badge } from '../components/Badge';
import { MessageMarker } from '../components/MessageMarker';
import { analyzeMessage } from '../lib/analyze';
import type { TabState } from '../lib/tab-state';

const mounted: HTMLElement[] = [];

/** A marker in its own shadow root, as the content script mounts it (lib/content/message-scan.ts). */
function marker(text: string): HTMLButtonElement {
  const host = document.createElement('red-flag-radar-message');
  document.body.append(host);
  mounted.push(host);
  const root = host.attachShadow({ mode: 'open' });
  const container = document.createElement('div');
  root.append(container);
  act(() => render(<MessageMarker findings={analyzeMessage(text).findings} />, container));
  return root.querySelector('button.rfr-badge')!;
}

const expanded = (b: HTMLButtonElement) => b.getAttribute('aria-expanded');
const click = (el: Element) => act(() => void (el as HTMLElement).click());

afterEach(() => {
  for (const m of mounted.splice(0)) {
    act(() => render(null, m.shadowRoot!.firstElementChild!));
    m.remove();
  }
});

describe('message markers', () => {
  it('Escape closes the open panel and gives the focus back to its marker', () => {
    const b = marker('Hi Anna — could we continue on WhatsApp? +44 7700 900123');
    click(b);
    expect(expanded(b)).toBe('true');
    act(() => void document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(expanded(b)).toBe('false');
    expect(b.getRootNode() instanceof ShadowRoot && (b.getRootNode() as ShadowRoot).activeElement).toBe(b);
  });

  it('a click outside closes the open panel; a click inside it does not', () => {
    const b = marker('Hi Anna — could we continue on WhatsApp? +44 7700 900123');
    click(b);
    click(b.parentElement!.querySelector('.rfr-panel')!);
    expect(expanded(b)).toBe('true');
    click(document.body);
    expect(expanded(b)).toBe('false');
  });

  it('only one panel is open at a time: opening another marker closes the first', () => {
    const one = marker('Hi Anna — could we continue on WhatsApp? +44 7700 900123');
    const two = marker("I'd prefer to be paid in USDT instead of through Upwork.");
    click(one);
    click(two);
    expect([expanded(one), expanded(two)]).toEqual(['false', 'true']);
    // Also when the first is opened without a click on the page (the keyboard's Enter is a click too).
    act(() => void one.dispatchEvent(new MouseEvent('click', { bubbles: false })));
    expect([expanded(one), expanded(two)]).toEqual(['true', 'false']);
  });

  it('the panel stays in the flow of the page, not floating over the next marker', () => {
    const b = marker('Hi Anna — could we continue on WhatsApp? +44 7700 900123');
    click(b);
    const panel = b.parentElement!.querySelector<HTMLElement>('.rfr-panel')!;
    expect(panel.classList.contains('rfr-panel-inline')).toBe(true);
    expect(panel.hasAttribute('popover')).toBe(false);
  });

  it('opening a marker closes the profile badge’s panel, and the other way round', () => {
    const state: TabState = { kind: 'none' } as TabState;
    const el = document.createElement('div');
    document.body.append(el);
    act(() => render(<Badge state={state} />, el));
    const badge = el.querySelector('button')!;
    const m = marker('Hi Anna — could we continue on WhatsApp? +44 7700 900123');
    click(badge);
    expect(expanded(badge)).toBe('true');
    act(() => void m.dispatchEvent(new MouseEvent('click', { bubbles: false })));
    expect([expanded(badge), expanded(m)]).toEqual(['false', 'true']);
    act(() => render(null, el));
    el.remove();
  });
});
