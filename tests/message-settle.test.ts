/**
 * hfix19, defect 6: the message scan waits for the page's changes to pause, but not for ever — a page that
 * changes something every 200 ms (a live clock) still gets its new messages read (lib/content/settle.ts).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { settled } from '../lib/content/settle';

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

describe('settled', () => {
  it('runs once a burst of changes pauses', () => {
    const run = vi.fn();
    const s = settled(run, { quietMs: 400, maxWaitMs: 2000 });
    for (let i = 0; i < 5; i++) {
      s.poke();
      vi.advanceTimersByTime(100);
    }
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(300);
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(5000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs at least every maxWaitMs while the changes never pause', () => {
    const run = vi.fn();
    const s = settled(run, { quietMs: 400, maxWaitMs: 2000 });
    for (let t = 0; t < 10_000; t += 200) {
      s.poke();
      vi.advanceTimersByTime(200);
    }
    expect(run.mock.calls.length).toBeGreaterThanOrEqual(4);
    expect(run.mock.calls.length).toBeLessThanOrEqual(5);
  });

  it('does not run after it is cancelled', () => {
    const run = vi.fn();
    const s = settled(run, { quietMs: 400, maxWaitMs: 2000 });
    s.poke();
    s.cancel();
    vi.advanceTimersByTime(5000);
    expect(run).not.toHaveBeenCalled();
  });
});
