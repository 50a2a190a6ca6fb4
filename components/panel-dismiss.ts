/**
 * What every panel the content script opens in a page shares (the profile badge's, each message marker's):
 * Escape and a click outside close it, and only one is open at a time — opening one closes the other. The
 * badge's panel also floats in the page's top layer, placed by its badge (`float`); a marker's panel stays in
 * the flow of the page, under its message, so it never covers the next marker.
 */
import type { RefObject } from 'preact';
import { useLayoutEffect } from 'preact/hooks';

/** What takes the focus when clicked: an outside click on one of these keeps it there. */
const CONTROLS =
  'a[href], button, input, select, textarea, summary, label, [contenteditable=""], [contenteditable="true"]';
const GAP = 6;
const MARGIN = 8;
const WIDTH = 400;

/**
 * Places the open panel (in the page's top layer, above every sticky header and stacking context) under the
 * badge, or above it when there is more room there.
 */
function place(panel: HTMLElement, badge: HTMLElement): void {
  const r = badge.getBoundingClientRect();
  const vw = document.documentElement.clientWidth || innerWidth;
  const width = Math.min(WIDTH, vw - 2 * MARGIN);
  const left = Math.max(MARGIN, Math.min(r.left, vw - width - MARGIN));
  const below = innerHeight - r.bottom - GAP - MARGIN;
  const above = r.top - GAP - MARGIN;
  const up = below < 320 && above > below;
  const room = Math.max(160, up ? above : below);
  Object.assign(panel.style, {
    left: `${left}px`,
    width: `${width}px`,
    maxHeight: `${room}px`,
    top: up ? 'auto' : `${Math.max(MARGIN, r.bottom + GAP)}px`,
    bottom: up ? `${innerHeight - r.top + GAP}px` : 'auto',
  });
}

/** Closes the panel open now (any badge's or marker's), without moving the focus. */
let closeOpen: (() => void) | undefined;

/** One of the content script's own elements (a badge or a marker, each in its own closed shadow root). */
const ours = (el: Element | null) => !!el?.localName.startsWith('red-flag-radar');

/**
 * While `open`: closes the panel on Escape (focus back to `button`) and on a click outside `button` and
 * `panel` (focus back to `button` unless the click was on one of the page's controls or on another of ours),
 * and closes the panel that was open before. `close(focus)` does the closing.
 */
export function usePanelDismiss(
  open: boolean,
  button: RefObject<HTMLElement>,
  panel: RefObject<HTMLElement>,
  close: (focus: boolean) => void,
  float = false,
): void {
  useLayoutEffect(() => {
    const el = panel.current;
    const b = button.current;
    if (!open || !el || !b) return;
    const mine = () => close(false);
    if (closeOpen !== mine) closeOpen?.();
    closeOpen = mine;
    const onMove = () => place(el, b);
    if (float) {
      try {
        el.showPopover();
      } catch {
        // No popover support: the panel stays a fixed box at the highest z-index.
      }
      place(el, b);
      addEventListener('scroll', onMove, { capture: true, passive: true });
      addEventListener('resize', onMove, { passive: true });
    }
    const root = b.getRootNode();
    const host = root instanceof ShadowRoot ? root.host : undefined;
    const inside = (e: Event) => e.composedPath().some((n) => n === host || n === el || n === b);
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.stopPropagation();
      close(true);
    };
    const onClick = (e: MouseEvent) => {
      if (inside(e)) return;
      const target = e.target instanceof Element ? e.target : null;
      close(!target?.closest(CONTROLS) && !ours(target));
    };
    document.addEventListener('keydown', onKey, true);
    document.addEventListener('click', onClick, true);
    return () => {
      if (closeOpen === mine) closeOpen = undefined;
      document.removeEventListener('keydown', onKey, true);
      document.removeEventListener('click', onClick, true);
      if (float) {
        removeEventListener('scroll', onMove, { capture: true });
        removeEventListener('resize', onMove);
      }
    };
  }, [open]);
}
