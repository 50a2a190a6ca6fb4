/**
 * One cap on a message's length (lib/read-cap.ts), for the rules, the content script's reader, the worker's check-text
 * message and `radar message` — which read a file or a pipe whole before, and now reads the first MAX_READ characters
 * and says when there was more.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMessageFile, readMessageStdin } from '../lib/cli/message-input';
import { messageText } from '../lib/content/message-text';
import { PopupMessage } from '../lib/messages';
import { MAX_READ } from '../lib/read-cap';
import { radar } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'radar-cap-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
async function* chunks(text: string, size = 65_536) {
  const bytes = Buffer.from(text);
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

describe('the read cap', () => {
  it('is written once, and the reader, the schema and the CLI use it', () => {
    for (const path of [
      'lib/content/message-text.ts',
      'lib/messages.ts',
      'lib/analyze.ts',
      'lib/cli/message-input.ts',
    ]) {
      const source = readFileSync(join(__dirname, '..', path), 'utf8');
      expect(source, path).toContain("import { MAX_READ } from '");
      expect(source, path).not.toMatch(/\b200_?000\b/);
    }
    const check = (text: string) => PopupMessage.safeParse({ type: 'check-text', text }).success;
    expect([check('a'.repeat(MAX_READ)), check('a'.repeat(MAX_READ + 1))]).toEqual([true, false]);
    const el = document.createElement('div');
    el.textContent = 'a'.repeat(MAX_READ + 5);
    expect(messageText(el).length).toBe(MAX_READ);
  });

  it.each([
    ['ASCII', 'a'],
    ['two-byte letters', 'é'],
    ['three-byte signs', '€'],
    ['surrogate pairs', '𝐓'],
    ['a mix', 'aé€𝐓 '],
  ])(
    'reads the first MAX_READ characters of a file or a pipe of %s, and says whether there was more',
    async (_, unit) => {
      for (const extra of [-1, 0, 1, 3, 1_000_000]) {
        const text = unit.repeat(Math.ceil((MAX_READ + extra) / unit.length)).slice(0, MAX_READ + extra);
        // (as the file holds it: a pair cut in two is written as U+FFFD)
        const whole = Buffer.from(text).toString('utf8');
        const expected = { text: whole.slice(0, MAX_READ), cut: whole.length > MAX_READ };
        expect(readMessageFile(file('m.txt', text))).toEqual(expected);
        expect(await readMessageStdin(chunks(text))).toEqual(expected);
      }
    },
  );

  it('stops reading a pipe once it has read enough', async () => {
    let given = 0;
    async function* endless() {
      for (;;) {
        given++;
        yield Buffer.alloc(65_536, 'a');
      }
    }
    expect(await readMessageStdin(endless())).toEqual({ text: 'a'.repeat(MAX_READ), cut: true });
    expect(given).toBeLessThan(20);
  });

  it("says in the CLI's report that the message was cut, in the JSON and in words", { timeout: 60_000 }, () => {
    const long = `Please pay me in USDT. ${'a '.repeat(MAX_READ)}`;
    const json = JSON.parse(radar(['message'], long).out);
    expect(json.risk.unchecked).toEqual([
      'Only the first 200,000 characters of the message were read; the rest was not checked',
    ]);
    expect(radar(['message', '--text', '--lang', 'de', '--file', file('long.txt', long)]).out).toContain(
      'Nur die ersten 200.000 Zeichen der Nachricht wurden gelesen',
    );
    expect(JSON.parse(radar(['message'], long.slice(0, MAX_READ)).out).risk.unchecked).toEqual([]);
  });
});
