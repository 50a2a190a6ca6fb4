/**
 * The badge must never change how the host page breaks the freelancer's name into lines (issue 13, point 6):
 * it is shown in full, by its level alone, or as a dot — the largest form with which the name keeps the line
 * count it has without the badge.
 */
import type { BadgeForm } from '../../components/Badge';

export const FORMS: readonly BadgeForm[] = ['full', 'short', 'dot'];

/** The number of lines the text of `el` takes on screen (text boxes that overlap vertically share a line). */
export function lineCount(el: Element): number {
  const doc = el.ownerDocument;
  const walker = doc.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  const boxes: { top: number; bottom: number }[] = [];
  const range = doc.createRange();
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!n.textContent?.trim()) continue;
    range.selectNodeContents(n);
    for (const r of range.getClientRects()) if (r.width > 0 && r.height > 0) boxes.push(r);
  }
  boxes.sort((a, b) => a.top - b.top);
  let lines = 0;
  let bottom = -Infinity;
  for (const b of boxes) {
    // A box starting below the middle of the current line starts a new one.
    if (b.top >= bottom - 2) {
      lines++;
      bottom = b.bottom;
    } else bottom = Math.max(bottom, b.bottom);
  }
  return lines;
}

/** The lines of `name` without the badge (its host hidden for the measurement). */
export function linesWithout(name: Element, host: HTMLElement): number {
  const display = host.style.display;
  host.style.display = 'none';
  const n = lineCount(name);
  host.style.display = display;
  return n;
}

/**
 * Renders the badge in each form, largest first, until the name keeps its line count; the dot when none
 * does. Returns the form chosen. `without`: the name's lines measured before the badge was put on the page (the
 * first fit): hiding the badge to measure them costs a layout of the whole page more (traced at 5-30 ms).
 */
export function fitBadge(
  name: Element,
  host: HTMLElement,
  render: (form: BadgeForm) => void,
  without = linesWithout(name, host),
): BadgeForm {
  for (const form of FORMS) {
    render(form);
    if (lineCount(name) <= without) return form;
  }
  return 'dot';
}
