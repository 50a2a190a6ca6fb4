import { describe, expect, it, vi } from 'vitest';
import { checkSelection, PANEL_SCRIPT } from '../lib/background/selection';

const deps = () => ({ inject: vi.fn(async () => {}), send: vi.fn(async () => {}) });

describe('checking selected text from the context menu', () => {
  it('runs the message rules and sends the result to a panel in that tab', async () => {
    const d = deps();
    const result = await checkSelection(d, 5, 'Please install AnyDesk so I can fix it.');
    expect(result?.findings.map((f) => f.rule)).toEqual(['remote-access-request']);
    expect(d.inject).toHaveBeenCalledWith(5, PANEL_SCRIPT);
    expect(d.send).toHaveBeenCalledWith(5, { type: 'show-selection-result', result });
  });
  it.each([
    ['no tab', undefined, 'pay me in USDT'],
    ['an empty selection', 5, '   '],
  ])('does nothing for %s', async (_n, tabId, text) => {
    const d = deps();
    expect(await checkSelection(d, tabId, text)).toBeUndefined();
    expect(d.inject).not.toHaveBeenCalled();
  });
  it('a tab that cannot be scripted still gets its result computed, and nothing throws', async () => {
    const d = { inject: vi.fn(async () => Promise.reject(new Error('Cannot access a chrome:// URL'))), send: vi.fn() };
    await expect(checkSelection(d, 5, 'pay me in USDT')).resolves.toBeDefined();
    expect(d.send).not.toHaveBeenCalled();
  });
});
