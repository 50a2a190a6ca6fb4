/** The popup's "Check a message" result says what the markers on a page say: red flags and notes counted apart. */
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { MessageResult } from '../components/MessageResult';
import { analyzeMessage } from '../lib/analyze';
import { setLocale } from '../lib/i18n';

function header(text: string): string {
  const el = document.createElement('div');
  document.body.append(el);
  render(<MessageResult result={analyzeMessage(text)} />, el);
  const level = el.querySelector('.rfr-level')!.textContent!;
  el.remove();
  return level;
}

afterEach(() => setLocale('en'));

describe('the message check result', () => {
  it('a message with only a note is "no red flags · 1 note", never a red flag', () => {
    expect(header('Do you use WhatsApp?')).toBe('No red flags · 1 note');
    setLocale('de');
    expect(header('Do you use WhatsApp?')).toBe('Keine Warnsignale · 1 Hinweis');
  });

  it('a red flag is counted as one', () => {
    expect(header('Hi Anna — could we continue on WhatsApp? +44 7700 900123')).toBe('Medium · 1 red flag');
    setLocale('de');
    expect(header('Hi Anna — could we continue on WhatsApp? +44 7700 900123')).toBe('Mittel · 1 Warnsignal');
  });
});
