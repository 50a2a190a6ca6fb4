/**
 * Puts text on the clipboard from the badge's panel (a click gave the page a user activation). The
 * asynchronous clipboard first; where the page's permissions policy refuses it, a selected text field and
 * the copy command. False when both were refused: the panel then shows the text to select.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const field = document.createElement('textarea');
    field.value = text;
    field.setAttribute('readonly', '');
    Object.assign(field.style, { position: 'fixed', top: '0', left: '-10000px', opacity: '0' });
    const focused = document.activeElement as HTMLElement | null;
    document.body.append(field);
    try {
      field.select();
      return document.execCommand('copy');
    } catch {
      return false;
    } finally {
      field.remove();
      focused?.focus?.();
    }
  }
}
