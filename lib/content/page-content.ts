/**
 * What of the host page the badge must not cover, and where it may go at all (hm20 report, point 1: out of the
 * page's flow, the badge covered the rating under a Freelancer.com name at 800 px, a LinkedIn headline beside the
 * name, and Freelancer's "Contact" box at 1280 px). Read from the page's layout as it is, once per placing: only
 * the elements whose box meets the band around the name are visited.
 */
export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Content of its own without text: images, icons, form fields. */
const SOLID = 'img, svg, picture, canvas, video, iframe, input, select, textarea';

const meets = (a: Box, b: Box) => a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;

/**
 * The boxes, in the window's coordinates, of the page's text, images, icons, form fields and pictures set as a
 * background that meet `band`, leaving out `skip` (the badge's own host). Text in a box of 1 px or less (the
 * "visually hidden" pattern for screen readers) is not seen, and neither is what is hidden.
 */
export function contentIn(root: Element, band: Box, skip: Element): Box[] {
  const out: Box[] = [];
  // A line of text less a pixel or two at its edges: its box holds the line's leading, which a badge may touch
  // unseen (an icon's box is all icon).
  const text = (b: Box) => out.push({ left: b.left + 1, right: b.right - 1, top: b.top + 2, bottom: b.bottom - 2 });
  const doc = root.ownerDocument;
  const view = doc.defaultView;
  const range = doc.createRange();
  const visit = (el: Element) => {
    if (el === skip) return;
    const r = el.getBoundingClientRect();
    // A box of no size may still hold what shows (display: contents, floats in a wrapper): looked into.
    if (r.width > 0 && r.height > 0 && !meets(r, band)) return;
    const style = view?.getComputedStyle(el);
    if (!style || style.visibility === 'hidden' || style.display === 'none') return;
    const solid = el.matches(SOLID);
    // A picture set as background (a photo, an icon), not a wide banner behind the name.
    if ((solid || (style.backgroundImage !== 'none' && r.width * r.height < 200 * 200)) && r.width && r.height) {
      out.push(r);
      if (solid) return;
    }
    const tiny = r.width <= 1 || r.height <= 1;
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 1) visit(n as Element);
      else if (n.nodeType === 3 && !tiny && n.textContent?.trim()) {
        range.selectNodeContents(n);
        for (const t of range.getClientRects()) if (t.width > 0 && t.height > 0 && meets(t, band)) text(t);
      }
    }
  };
  visit(root);
  return out;
}

/** Whether an element paints a surface of its own: a background colour or picture, a border or a shadow. */
function paints(style: CSSStyleDeclaration): boolean {
  const transparent = (c: string) => c === 'transparent' || /^rgba\(.*,\s*0\)$/.test(c);
  return (
    !transparent(style.backgroundColor) ||
    style.backgroundImage !== 'none' ||
    style.boxShadow !== 'none' ||
    ['Top', 'Right', 'Bottom', 'Left'].some(
      (s) =>
        parseFloat(style.getPropertyValue(`border-${s.toLowerCase()}-width`)) > 0 &&
        style.getPropertyValue(`border-${s.toLowerCase()}-style`) !== 'none',
    )
  );
}

/**
 * Where the badge may go: `window`, inside the window (less `edge`) and inside every box around `from` that
 * clips what overflows it; `card`, that and inside the first surface around `from` larger than `min` (the card
 * the name is printed on, as Freelancer.com's white profile card beside its dark "Contact" box; a line under a
 * row is no card), less `edge` too.
 */
export function roomAround(from: Element, edge: number, min: { width: number; height: number }): Room {
  const doc = from.ownerDocument;
  const view = doc.defaultView;
  const width = doc.documentElement.clientWidth || innerWidth;
  const inWindow: Box = { left: edge, right: width - edge, top: -Infinity, bottom: Infinity };
  let card: Box | undefined;
  const clip = (into: Box, r: Box, inset: number) => {
    into.left = Math.max(into.left, r.left + inset);
    into.right = Math.min(into.right, r.right - inset);
    into.top = Math.max(into.top, r.top + inset);
    into.bottom = Math.min(into.bottom, r.bottom - inset);
  };
  for (let el: Element | null = from; el && el !== doc.body && el !== doc.documentElement; el = el.parentElement) {
    const style = view?.getComputedStyle(el);
    if (!style) break;
    const r = el.getBoundingClientRect();
    if (style.overflowX !== 'visible' || style.overflowY !== 'visible') {
      clip(inWindow, r, 0);
      if (card) clip(card, r, 0);
    }
    if (!card && r.width > min.width && r.height > min.height && paints(style)) {
      card = { ...inWindow };
      clip(card, r, edge);
    }
  }
  return { window: inWindow, card: card ?? { ...inWindow } };
}

export interface Room {
  window: Box;
  card: Box;
}

export const overlap = (a: Box, b: Box): number =>
  Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) *
  Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));
