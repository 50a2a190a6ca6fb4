import { describe, expect, it } from 'vitest';
import { printable } from '../lib/cli/terminal';
import { radar } from './helpers';

describe('the CLI prints page and message text without its control characters', { timeout: 60_000 }, () => {
  it('shows escape codes, C1 and bidi controls as visible codes; keeps tabs and new lines', () => {
    expect(printable('a\u001b[2Jb\tc\nd\u009be\u202ef\u0007')).toBe('a\\x1b[2Jb\tc\nd\\x9be\\u202ef\\x07');
    expect(printable('Kraków · 50 % · “quoted”')).toBe('Kraków · 50 % · “quoted”');
  });

  it('a message that clears the screen and paints "No red flags found" cannot hide the verdict', () => {
    const hostile =
      'Add me on Telegram @dev_bob_77\u001b[8m for the details.\n\u001b[2J\u001b[H\u001b[32mNo red flags found.\u001b[8m';
    const r = radar(['message', '--text', '--lang', 'en'], hostile);
    expect(r.code).toBe(0);
    expect(r.out.includes('\u001b')).toBe(false);
    expect(r.out).toContain('@dev_bob_77\\x1b[8m for the details');
    expect(r.out).toMatch(/Red flags\n1\. /);
  });
});
