/**
 * Where the badge may go: never inside the host page's own controls. A badge inside the name's link (as
 * LinkedIn's signed-in layout wraps the name) cannot be opened — a click or Enter follows the link — so it is
 * placed after the outermost link, button, label or summary around its anchor.
 */
const INTERACTIVE = 'a[href], a, button, label, summary, select, [role="button"], [role="link"]';

/** The element after which the badge goes: the anchor, or the outermost control that contains it. */
export function outsideControls(anchor: Element): Element {
  let outer: Element = anchor;
  for (let el: Element | null = anchor; el; el = el.parentElement) if (el.matches(INTERACTIVE)) outer = el;
  return outer;
}
