/**
 * How many lines the host page's name element takes with the badge and without it (the badge's host hidden),
 * and the badge's words and label: the badge must never change the host's line breaks (issue 13, point 6).
 * `layout`: the boxes of the badge's host's five nearest ancestors with the badge and without it, and where the
 * badge sits beside the name (hm18 report, points 5 and 13).
 */
import type { Page } from 'playwright-core';

/**
 * The name element's lines with the badge and without it (the badge's host hidden), and the badge's form.
 * The name element is the element the badge is placed after, or the one inside the link it is placed after.
 */
export function measure(page: Page) {
  return page.evaluate(() => {
    const host = document.querySelector('red-flag-radar-badge') as HTMLElement;
    const before = host.previousElementSibling!;
    // LinkedIn signed in: the badge goes after the name's link; the name is the heading inside it.
    const name = before.matches('a') ? (before.querySelector('h1, h2') ?? before) : before;
    const lines = (el: Element) => {
      const boxes: DOMRect[] = [];
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (!n.textContent?.trim()) continue;
        range.selectNodeContents(n);
        for (const r of range.getClientRects()) if (r.width > 0 && r.height > 0) boxes.push(r);
      }
      boxes.sort((a, b) => a.top - b.top);
      let count = 0;
      let bottom = -Infinity;
      for (const b of boxes) {
        if (b.top >= bottom - 2) {
          count++;
          bottom = b.bottom;
        } else bottom = Math.max(bottom, b.bottom);
      }
      return count;
    };
    const withBadge = lines(name);
    // The element's own box too: height ÷ line height.
    const lh = parseFloat(getComputedStyle(name).lineHeight) || parseFloat(getComputedStyle(name).fontSize) * 1.2;
    const heightWith = Math.round(name.getBoundingClientRect().height / lh);
    host.style.display = 'none';
    const without = lines(name);
    const heightWithout = Math.round(name.getBoundingClientRect().height / lh);
    host.style.display = '';
    const button = host.shadowRoot!.querySelector('.rfr-badge')!;
    return {
      name: name.textContent!.trim().slice(0, 40),
      withBadge,
      without,
      heightWith,
      heightWithout,
      words: button.querySelector('.rfr-badge-text')?.textContent ?? '',
      label: button.getAttribute('aria-label'),
    };
  });
}

/**
 * The badge's effect on the host page's layout: the largest change, in px, of the width or height of any of
 * the five elements around its host when the host is taken out of the page; which side of the name's last line
 * the badge took ('after'; 'under' or 'above' where there it would leave the name's card or cover something); and how far its box is from
 * the name element's.
 */
export function layout(page: Page) {
  return page.evaluate(() => {
    const host = document.querySelector('red-flag-radar-badge') as HTMLElement;
    const parent = host.parentElement!;
    const next = host.nextSibling;
    const chain: Element[] = [];
    for (let e: Element | null = parent; e && chain.length < 5; e = e.parentElement) chain.push(e);
    const boxes = () => chain.map((e) => e.getBoundingClientRect()).map((r) => [r.x, r.y, r.width, r.height]);
    const withBadge = boxes();
    host.remove();
    const without = boxes();
    parent.insertBefore(host, next);
    let moved = 0;
    withBadge.forEach((b, i) => b.forEach((v, j) => (moved = Math.max(moved, Math.abs(v - without[i]![j]!)))));
    const box = host.shadowRoot!.querySelector<HTMLElement>('[data-side]');
    const b = host.shadowRoot!.querySelector('.rfr-badge')!.getBoundingClientRect();
    // The element the badge is placed after, or the heading inside the link it is placed after (LinkedIn).
    const before = host.previousElementSibling!;
    const nameEl = before.matches('a') ? (before.querySelector('h1, h2') ?? before) : before;
    // Its box, with the icons and images in it that overflow it (a saved page's broken icons show their names).
    const n = { left: Infinity, right: -Infinity, top: Infinity, bottom: -Infinity };
    for (const e of [nameEl, ...nameEl.querySelectorAll('img, svg')]) {
      const r = e.getBoundingClientRect();
      if (e !== nameEl && !(r.width && r.height)) continue;
      n.left = Math.min(n.left, r.left);
      n.right = Math.max(n.right, r.right);
      n.top = Math.min(n.top, r.top);
      n.bottom = Math.max(n.bottom, r.bottom);
    }
    // How far the badge is from the name element's box (0 when it touches or overlaps it), across and down.
    const apart = {
      x: Math.max(0, b.left - n.right, n.left - b.right),
      y: Math.max(0, b.top - n.bottom, n.top - b.bottom),
    };
    return { moved, side: box?.dataset.side, apart, badge: [b.left, b.top, b.width, b.height] };
  });
}

/**
 * What of the host page the badge covers (hm20 report, point 1): with the badge scrolled into view and its host
 * hidden, each point of a 4 px grid over the badge's box is tried — the page's text there (a text box of the
 * element at that point holding it), or an image, icon or form field. Returns what is covered, in a few words.
 */
export async function covered(page: Page): Promise<string[]> {
  await page.evaluate(() => {
    const host = document.querySelector('red-flag-radar-badge') as HTMLElement;
    const b = host.shadowRoot!.querySelector('.rfr-badge')!.getBoundingClientRect();
    scrollBy(0, b.top - innerHeight / 2);
  });
  await page.waitForTimeout(50);
  return page.evaluate(() => {
    const host = document.querySelector('red-flag-radar-badge') as HTMLElement;
    const b = host.shadowRoot!.querySelector('.rfr-badge')!.getBoundingClientRect();
    const solid = 'img, svg, picture, canvas, video, iframe, input, select, textarea';
    const range = document.createRange();
    const found = new Set<string>();
    host.style.visibility = 'hidden';
    try {
      for (let y = b.top + 2; y < b.bottom - 1; y += 4)
        for (let x = b.left + 2; x < b.right - 1; x += 4) {
          const el = document.elementFromPoint(x, y);
          if (!el || el === host) continue;
          const hit = el.closest(solid);
          if (hit) {
            found.add(`<${hit.localName}>`);
            continue;
          }
          for (const n of el.childNodes) {
            if (n.nodeType !== 3 || !n.textContent?.trim()) continue;
            range.selectNodeContents(n);
            for (const r of range.getClientRects())
              if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom)
                found.add(n.textContent.trim().slice(0, 30));
          }
        }
    } finally {
      host.style.visibility = '';
    }
    return [...found];
  });
}
