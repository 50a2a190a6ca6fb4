/**
 * Text from pages and messages is the attacker's: printed raw to a terminal, its control characters could clear the
 * screen, hide the verdict, recolour it or set the window's title ("ESC[2J ESC[H No red flags found"), and bidi
 * overrides could reorder what is read. Everything the CLI prints as text goes through `printable`: tabs and new lines
 * stay, every other C0/C1 control character, DEL and the bidi controls are shown as a visible code ("\x1b", "\u202e").
 */
// C0 but tab and new line, DEL, C1; the bidi embeddings, overrides and isolates; the line and paragraph separators.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

export function printable(text: string): string {
  return text.replace(CONTROL, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
