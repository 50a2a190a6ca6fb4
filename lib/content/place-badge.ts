/**
 * Where the badge goes (hm18 report, points 5 and 13; hm20 report, point 1). Out of the host page's flow — its
 * host element is positioned absolutely (entrypoints/marketplace.content/style.css) — so that it never changes
 * the page's layout: no line break in the name, no container grown, no centred name moved. It sits next to the
 * name: just after the end of the name's last line (and of what shares that line, as Freelancer.com's username
 * and membership icons), centred on that line; where that would leave the name's card or the window, or cover
 * something of the page, under or above the line, from its start (never over the photo beside a name). */
import { contentIn, overlap, roomAround, type Box } from './page-content';

const GAP = 8;
/** Kept clear at the window's edges. */
const EDGE = 4;

/** Elements whose box is content of their own (icons, images), beside the text. */
const REPLACED = 'img, svg, picture, canvas, video';

/** The boxes on screen of the text in `el`, and of the images and icons in it. */
function contentBoxes(el: Element): { text: Box[]; other: Box[] } {
  const doc = el.ownerDocument;
  const text: Box[] = [];
  const walker = doc.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  const range = doc.createRange();
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!n.textContent?.trim()) continue;
    range.selectNodeContents(n);
    for (const r of range.getClientRects()) if (r.width > 0 && r.height > 0) text.push(r);
  }
  const other: Box[] = [];
  for (const e of el.querySelectorAll(REPLACED)) {
    const r = e.getBoundingClientRect();
    if (r.width > 0 && r.height > 0) other.push(r);
  }
  return { text, other };
}

/**
 * The last line of the name in `el`, in the window's coordinates: from the start of its first box on that line
 * to the end of its last (text, images, icons), and the text's top and bottom. The element's box without text.
 */
export function nameLine(el: Element): Box {
  const { text, other } = contentBoxes(el);
  if (!text.length) return el.getBoundingClientRect();
  let last = text[0]!;
  for (const b of text)
    if (b.bottom > last.bottom + 2 || (Math.abs(b.bottom - last.bottom) <= 2 && b.right > last.right)) last = b;
  const mid = (last.top + last.bottom) / 2;
  const onLine = (b: Box) => b.top < mid && b.bottom > mid;
  const line = text.filter(onLine);
  const all = [...line, ...other.filter(onLine)];
  return {
    left: Math.min(...all.map((b) => b.left)),
    right: Math.max(...all.map((b) => b.right)),
    top: Math.min(...line.map((b) => b.top)),
    bottom: Math.max(...line.map((b) => b.bottom)),
  };
}

/** Which side of the name's last line the badge took. */
export type BadgeSide = 'after' | 'under' | 'above';

/** How far apart the places tried under and above the name are, across. */
const STEP = 8;

interface Spot {
  side: BadgeSide;
  x: number;
  y: number;
}

/**
 * Places the badge next to the name in `name`: `box`, the badge's container inside its closed shadow root, is
 * moved (position: relative) from where the page's layout puts the badge's host — after the name element, out
 * of the flow — to beside the name's last line. The host keeps no style of the page's to rely on. Of the places
 * beside the name — after its last line, then under or above it from its start, then further along — it takes
 * the first that covers nothing of the page (text, icons, images, fields: lib/content/page-content.ts) and stays
 * on the name's card and in the window; where there is none, the one that covers least of the page, then leaves
 * the card least.
 */
export function placeBadge(name: Element, box: HTMLElement): BadgeSide {
  const style = box.style;
  style.position = 'relative';
  style.left = '0px';
  style.top = '0px';
  const origin = box.getBoundingClientRect();
  const line = nameLine(name);
  const width = origin.width;
  const height = origin.height;
  const host = (box.getRootNode() as ShadowRoot).host ?? box;
  const { window: inWindow, card } = roomAround(host.parentElement ?? name, EDGE, {
    width: width + 2 * GAP,
    height: 3 * height,
  });
  const band = { ...inWindow, top: line.top - height - 8, bottom: line.bottom + height + 8 };
  const content = contentIn(name.ownerDocument.body ?? name, band, host);

  const spots: Spot[] = [{ side: 'after', x: line.right + GAP, y: (line.top + line.bottom) / 2 - height / 2 }];
  const start = Math.max(card.left, Math.min(line.left, card.right - width));
  for (let x = start; x === start || x + width <= card.right; x += STEP) {
    spots.push({ side: 'under', x, y: line.bottom + 4 });
    spots.push({ side: 'above', x, y: line.top - height - 4 });
  }
  for (let x = line.right + GAP + STEP; x + width <= card.right; x += STEP)
    spots.push({ side: 'after', x, y: spots[0]!.y });

  // Never out of the window; covering the page's content weighs far more than leaving the name's card.
  const cost = (b: Box) => {
    const area = width * height;
    let c = area - overlap(b, inWindow) > 0.5 ? 1e12 : 0;
    for (const box of content) c += 1000 * overlap(b, box);
    return c + area - overlap(b, card);
  };
  let best = spots[1]!;
  let least = Infinity;
  for (const spot of spots) {
    const c = cost({ left: spot.x, right: spot.x + width, top: spot.y, bottom: spot.y + height });
    if (c < least - 0.5) {
      least = c;
      best = spot;
    }
    if (c < 0.5) break;
  }
  style.left = `${Math.round(best.x - origin.left)}px`;
  style.top = `${Math.round(best.y - origin.top)}px`;
  box.dataset.side = best.side;
  return best.side;
}
