/**
 * How many lines the host page's name element takes with the badge and without it (the badge's host hidden),
 * and the badge's form and label: the badge must never change the host's line breaks (issue 13, point 6).
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
      form: button.getAttribute('data-form'),
      label: button.getAttribute('aria-label'),
    };
  });
}
