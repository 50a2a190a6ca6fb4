/**
 * The popup's "Check a message" (the review of the thirty-first session, point 7: folded below the history, it
 * was not seen): away from a profile it stands open above the profiles seen last; on a profile it stays folded
 * under the report, which is what the popup is for there.
 */
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup } from '../components/Popup';
import { analyzeRead } from '../lib/analyze';
import { setLocale } from '../lib/i18n';
import { defaultSettings } from '../lib/storage/settings';
import type { TabState } from '../lib/tab-state';
import { NOW, profile, until } from './helpers';

afterEach(() => {
  setLocale('en');
  document.body.replaceChildren();
  fakeBrowser.reset();
});

async function popupFor(url: string, state: TabState, language: 'en' | 'de' = 'en'): Promise<HTMLElement> {
  const tab = await fakeBrowser.tabs.create({ url, active: true });
  window.history.replaceState(null, '', `?tabId=${tab.id}`);
  fakeBrowser.runtime.onMessage.addListener(((msg: { type: string }) =>
    Promise.resolve(
      msg.type === 'get-tab' ? state : msg.type === 'get-settings' ? { ...defaultSettings(), language } : undefined,
    )) as never);
  const el = document.createElement('div');
  document.body.append(el);
  render(<Popup />, el);
  return el;
}

describe('the popup’s message check', () => {
  it.each(['en', 'de'] as const)('away from a profile: open, above the profiles seen last (%s)', async (lang) => {
    const el = await popupFor('https://www.upwork.com/ab/messages/rooms/room_abc', { kind: 'none' }, lang);
    await until(
      () =>
        !!el.querySelector('.rfr-recent') &&
        el.querySelector('.rfr-message summary')?.textContent ===
          (lang === 'en' ? 'Check a message' : 'Nachricht prüfen'),
    );
    const check = el.querySelector<HTMLDetailsElement>('details.rfr-message')!;
    expect(check.open).toBe(true);
    expect(
      check.compareDocumentPosition(el.querySelector('.rfr-recent')!) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    expect(
      el.querySelector('.rfr-here')!.compareDocumentPosition(check) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
  });

  it('on a profile: folded, after the report', async () => {
    const url = 'https://www.upwork.com/freelancers/~01a1b2c3d4e5f60718';
    const a = analyzeRead('upwork', url, { status: 'ok', missing: [], profile: profile({}) }, { now: NOW });
    const el = await popupFor(url, { kind: 'analysis', analysis: a });
    await until(() => !!el.querySelector('.rfr-report') && !!el.querySelector('details.rfr-message'));
    const check = el.querySelector<HTMLDetailsElement>('details.rfr-message')!;
    expect(check.open).toBe(false);
    expect(
      el.querySelector('.rfr-report')!.compareDocumentPosition(check) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    expect(el.querySelector('.rfr-recent')).toBeNull();
  });

  it('on a profile read in part, the verdict says so, as the badge’s panel does (ui31 review, point 2)', async () => {
    const url = 'https://www.upwork.com/freelancers/~01a1b2c3d4e5f60718';
    const read = { status: 'partial' as const, missing: ['embedded-state'], profile: profile({}) };
    const a = analyzeRead('upwork', url, read, { now: NOW });
    const el = await popupFor(url, { kind: 'analysis', analysis: a }, 'de');
    await until(() => !!el.querySelector('.rfr-verdict'));
    // (the same words, in the same order, as the level bar and the badge: "Keine Warnsignale · nur teilweise gelesen …")
    expect(el.querySelector('.rfr-verdict')!.textContent).toBe('Keine Warnsignale · nur teilweise gelesen · 1 Hinweis');
    expect(el.querySelector('.rfr-level')!.textContent).toMatch(/^Keine Warnsignale · nur teilweise gelesen · /);
  });
});
