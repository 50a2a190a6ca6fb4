/**
 * `radar message`'s text: at most MAX_READ characters of a file or of standard input (lib/read-cap.ts, as the extension
 * reads a message), and whether there was more. It read all of either before: a file or a pipe of gigabytes was held in
 * memory whole, for the rules to read its first 200,000 characters.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { MAX_READ } from '../read-cap';
import { InputError } from './scan';

// UTF-8 takes at most 3 bytes for a UTF-16 code unit (4 for a pair): this many bytes hold the first MAX_READ code units,
// and the 3 more a character cut at the end may take.
const MAX_BYTES = 3 * MAX_READ + 3;

export interface MessageInput {
  text: string;
  /** Whether the text went on after what was read. */
  cut: boolean;
}

/** The first MAX_READ code units of the bytes read; `more`: bytes were left unread. */
function capped(bytes: Buffer, more: boolean): MessageInput {
  const all = bytes.toString('utf8');
  return all.length > MAX_READ || more ? { text: all.slice(0, MAX_READ), cut: true } : { text: all, cut: false };
}

export function readMessageFile(file: string): MessageInput {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    // One byte past the most that is read: whether the file goes on.
    const buffer = Buffer.alloc(MAX_BYTES + 1);
    let length = 0;
    for (let n = 1; n > 0 && length < buffer.length; length += n)
      n = readSync(fd, buffer, length, buffer.length - length, null);
    return capped(buffer.subarray(0, Math.min(length, MAX_BYTES)), length > MAX_BYTES);
  } catch (e) {
    throw new InputError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? 'read error'}`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export async function readMessageStdin(stdin: AsyncIterable<Buffer> = process.stdin): Promise<MessageInput> {
  const chunks: Buffer[] = [];
  let length = 0;
  // (leaving the loop stops the reading: the rest of a pipe is not taken in)
  for await (const c of stdin) {
    chunks.push(c);
    length += c.length;
    if (length > MAX_BYTES) break;
  }
  const all = Buffer.concat(chunks);
  return capped(all.subarray(0, MAX_BYTES), all.length > MAX_BYTES);
}
