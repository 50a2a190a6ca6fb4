/** "Forget everywhere" in the history (components/TeamForgetEverywhere.tsx): confirmed by a second click, then says what happened. */
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { TeamForgetEverywhere } from '../../components/TeamForgetEverywhere';
import { setLocale } from '../../lib/i18n';

const tick = () => new Promise((r) => setTimeout(r, 0));

function mount(forget: (key: string) => Promise<{ deleted: number; refused: number } | undefined>) {
  const el = document.createElement('div');
  document.body.append(el);
  render(<TeamForgetEverywhere profileKey="upwork:~01alice" forget={forget} />, el);
  return el;
}

describe('forget everywhere', () => {
  it('asks first, then deletes and says how many, and how many the server refused', async () => {
    setLocale('en');
    const forget = vi.fn(async () => ({ deleted: 1, refused: 2 }));
    const el = mount(forget);
    el.querySelector('button')!.click();
    await tick();
    expect(forget).not.toHaveBeenCalled();
    expect(el.querySelector('button')!.textContent).toBe(
      'Click again to delete every team record of this profile, colleagues’ too',
    );
    el.querySelector('button')!.click();
    for (let i = 0; i < 3; i++) await tick();
    expect(forget).toHaveBeenCalledWith('upwork:~01alice');
    expect(el.querySelector('[role="status"]')!.textContent).toBe(
      '1 team record deleted. The team database refused to delete 2 (only its admin may).',
    );
  });

  it('says so when the server could not be reached (in German too)', async () => {
    setLocale('de');
    const el = mount(async () => undefined);
    el.querySelector('button')!.click();
    await tick();
    el.querySelector('button')!.click();
    for (let i = 0; i < 3; i++) await tick();
    expect(el.querySelector('[role="status"]')!.textContent).toBe(
      'Die Team-Datenbank war nicht erreichbar; dort wurde nichts gelöscht.',
    );
    setLocale('en');
  });
});
