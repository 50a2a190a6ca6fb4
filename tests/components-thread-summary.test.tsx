/**
 * The conversation's summary (components/ThreadSummary.tsx; hm20 report, point 2): the messages that match a red
 * flag out of those read, the worst level, each red flag once by severity (a button to the first message that
 * has it), notes apart and never counted as red flags; the same in German.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { ThreadSummary, type Thread } from '../components/ThreadSummary';
import { analyzeMessage } from '../lib/analyze';
import { setLocale } from '../lib/i18n';

const box = document.createElement('div');
document.body.append(box);
afterEach(() => {
  act(() => render(null, box));
  setLocale('en');
});

const CRYPTO = 'Please pay me in USDT, it is faster for me. My TRC-20 address: TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t';
const ACCOUNT = 'My account was suspended, so I will keep working from my other account.';
const TELEGRAM = 'Also, can we continue on Telegram? My handle is @alex_dev_fast.';

function show(texts: string[], read: number, goTo: (el: Element) => void = () => {}) {
  const flagged = texts.map((text) => {
    const el = document.createElement('p');
    el.textContent = text;
    return { el, findings: analyzeMessage(text).findings };
  });
  const thread: Thread = { read, flagged: flagged.filter((m) => m.findings.length) };
  act(() => render(<ThreadSummary thread={thread} goTo={goTo} />, box));
  const s = box.querySelector('.rfr-thread')!;
  return {
    s,
    flagged,
    head: s.querySelector('.rfr-thread-head')!.textContent!.replace(/\s+/g, ' ').trim(),
    items: [...s.querySelectorAll('.rfr-thread-go')].map((b) => b.textContent),
  };
}

describe('the conversation summary', () => {
  it('counts the messages with a red flag and those with notes only, and lists each red flag once', () => {
    const { s, head, items } = show([CRYPTO, ACCOUNT, TELEGRAM, CRYPTO], 7);
    expect(s.getAttribute('data-level')).toBe('high');
    expect(head).toBe('⚑ High 3 of the 7 messages shown match a red flag · 1 more with a note only');
    expect(items).toEqual([
      'Asks to be paid in cryptocurrency',
      'Invites moving the conversation off the platform',
      'Note: Asks to work through another account or name',
    ]);
  });

  it('notes only: no red flag, no flag sign, a neutral level', () => {
    const { s, head, items } = show([ACCOUNT], 3);
    expect(s.getAttribute('data-level')).toBe('none');
    expect(head).toBe('No red flags · 1 of the 3 messages shown has a note');
    expect(head).not.toContain('⚑');
    expect(items).toEqual(['Note: Asks to work through another account or name']);
  });

  it('a red flag’s button goes to the first message that has it', () => {
    const went: Element[] = [];
    const { flagged } = show([ACCOUNT, CRYPTO, CRYPTO], 3, (el) => went.push(el));
    act(() => (box.querySelector('.rfr-thread-go') as HTMLButtonElement).click());
    expect(went).toEqual([flagged[1]!.el]);
  });

  it('in German', () => {
    setLocale('de');
    const { head, s } = show([CRYPTO, ACCOUNT], 2);
    expect(head).toBe('⚑ Hoch 1 der 2 gezeigten Nachrichten entspricht einem Warnsignal · 1 weitere nur mit Hinweis');
    expect(s.getAttribute('aria-label')).toMatch(/^Red Flag Radar zu diesem Gespräch: Hoch · 1 der 2/);
  });
});
