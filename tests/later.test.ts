/** components/later.ts: a module loaded on first use, once; a failed load is tried again on the next use. */
import { describe, expect, it, vi } from 'vitest';
import { afterFrame, later } from '../components/later';

describe('later', () => {
  it('loads the module once, on first use, and keeps it', async () => {
    const load = vi.fn(async () => ({ answer: 42 }));
    const m = later(load);
    expect(load).toHaveBeenCalledTimes(0);
    expect(m.loaded()).toBeUndefined();
    const [a, b] = await Promise.all([m.load(), m.load()]);
    expect(a).toEqual({ answer: 42 });
    expect(b).toBe(a);
    expect(m.loaded()).toBe(a);
    await m.load();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('tries again after a failed load', async () => {
    const load = vi
      .fn<() => Promise<{ answer: number }>>()
      .mockRejectedValueOnce(new Error('chunk missing'))
      .mockResolvedValueOnce({ answer: 7 });
    const m = later(load);
    await expect(m.load()).rejects.toThrow('chunk missing');
    expect(m.loaded()).toBeUndefined();
    expect(await m.load()).toEqual({ answer: 7 });
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('afterFrame waits for the next frame to be painted, or 100 ms on a hidden page that paints none', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
    try {
      let done = false;
      void afterFrame().then(() => (done = true));
      await vi.advanceTimersByTimeAsync(1);
      expect(done).toBe(false);
      await vi.advanceTimersByTimeAsync(16); // the frame (every 16 ms here), then the task after it
      expect(done).toBe(true);

      const raf = vi.spyOn(globalThis, 'requestAnimationFrame').mockImplementation(() => 0);
      done = false;
      void afterFrame().then(() => (done = true));
      await vi.advanceTimersByTimeAsync(99);
      expect(done).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(done).toBe(true);
      raf.mockRestore();
    } finally {
      vi.useRealTimers();
    }
  });
});
