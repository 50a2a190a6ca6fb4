/** lib/content/detached.ts: noticing that the badge left the page (hfix19, defect 7), without watching the page. */
import { describe, expect, it, vi } from 'vitest';
import { onDetached } from '../lib/content/detached';

const tick = () => new Promise((r) => setTimeout(r, 0));

function page() {
  const block = document.createElement('div');
  const name = document.createElement('h1');
  name.textContent = 'Daniel W.';
  const badge = document.createElement('red-flag-radar-badge');
  block.append(name, badge);
  const outer = document.createElement('section');
  outer.append(block);
  document.body.replaceChildren(outer);
  return { outer, block, badge };
}

describe('onDetached', () => {
  it('is called once when the node is removed', async () => {
    const { badge } = page();
    const f = vi.fn();
    onDetached(badge, f);
    badge.remove();
    await tick();
    expect(f).toHaveBeenCalledTimes(1);
  });

  it('is called when an ancestor is removed or its content replaced', async () => {
    const a = page();
    const f = vi.fn();
    onDetached(a.badge, f);
    a.outer.replaceChildren(a.block.cloneNode(false));
    await tick();
    expect(f).toHaveBeenCalledTimes(1);
    const b = page();
    const g = vi.fn();
    onDetached(b.badge, g);
    b.outer.remove();
    await tick();
    expect(g).toHaveBeenCalledTimes(1);
  });

  it('is not called for other changes, nor when the node is moved, and follows it to its new place', async () => {
    const { outer, badge } = page();
    const f = vi.fn();
    onDetached(badge, f);
    outer.append(document.createElement('p'));
    document.body.append(document.createElement('div'));
    const elsewhere = document.createElement('aside');
    document.body.append(elsewhere);
    elsewhere.append(badge);
    await tick();
    expect(f).not.toHaveBeenCalled();
    elsewhere.remove();
    await tick();
    expect(f).toHaveBeenCalledTimes(1);
  });

  it('is not called after disconnect', async () => {
    const { badge } = page();
    const f = vi.fn();
    onDetached(badge, f).disconnect();
    badge.remove();
    await tick();
    expect(f).not.toHaveBeenCalled();
  });
});
