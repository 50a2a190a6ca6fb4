import { describe, expect, it, vi } from 'vitest';
import { CONTENT_SCRIPT, onTabUpdated } from '../lib/background/inject';

function deps(present = false, fail = false) {
  return {
    isPresent: vi.fn(async () => present),
    executeScript: vi.fn(async () => {
      if (fail) throw new Error('Cannot access contents of the page');
    }),
  };
}

describe('content script injection after load', () => {
  it('injects into a marketplace tab that finished loading', async () => {
    const d = deps();
    await onTabUpdated(d, 3, 'complete', 'https://www.upwork.com/freelancers/~01a1b2c3d4e5f60718');
    expect(d.executeScript).toHaveBeenCalledWith(3, CONTENT_SCRIPT);
  });
  it.each([
    ['still loading', 'loading', 'https://www.upwork.com/freelancers/~01a'],
    ['another site', 'complete', 'https://example.com/'],
    ['a look-alike host', 'complete', 'https://www.upwork.com.evil.example/'],
    ['no URL visible', 'complete', undefined],
  ])('does nothing for a tab %s', async (_n, status, url) => {
    const d = deps();
    await onTabUpdated(d, 3, status, url);
    expect(d.isPresent).not.toHaveBeenCalled();
    expect(d.executeScript).not.toHaveBeenCalled();
  });
  it('does not inject a second copy', async () => {
    const d = deps(true);
    await onTabUpdated(d, 3, 'complete', 'https://www.upwork.com/');
    expect(d.executeScript).not.toHaveBeenCalled();
  });
  it('swallows a tab that cannot be scripted', async () => {
    await expect(onTabUpdated(deps(false, true), 3, 'complete', 'https://www.upwork.com/')).resolves.toBeUndefined();
  });
});
