/**
 * "Mark as trusted" in the badge's panel asks how the user verified the person, as "Dismiss…" asks why: the
 * button opens a labelled field (focused), the save button waits for an answer, the mark goes to the background
 * with the reason, and the report then says when and how ("Marked as trusted by you on {date}: {reason}"); the
 * button then takes the mark away. A mark made before the reason was asked for reads as before. English and German.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { Badge } from '../components/Badge';
import type { PanelDeps } from '../components/PanelActions';
import { Report } from '../components/Report';
import { analyzeRead, type Analysis } from '../lib/analyze';
import { setLocale } from '../lib/i18n';
import { formatDate } from '../lib/i18n/format';
import type { Mark } from '../lib/messages';
import { MAX_REASON } from '../lib/trust';
import type { TabState } from '../lib/tab-state';
import { NOW, profile } from './helpers';

const AT = '2026-06-10T12:00:00.000Z';

function state(extra: Partial<Analysis> = {}): TabState {
  const analysis = analyzeRead(
    'upwork',
    'https://www.upwork.com/freelancers/~01a',
    { status: 'ok', missing: [], profile: profile({ bio: 'Telegram: @evil_handle', location: { country: 'US' } }) },
    { now: NOW },
  );
  return { kind: 'analysis', analysis: { ...analysis, profileKey: 'upwork:~01a', ...extra } };
}

const mounted: HTMLElement[] = [];
afterEach(() => {
  for (const el of mounted.splice(0)) act(() => render(null, el));
  setLocale('en');
});

/** The badge with its panel open; `answer` is what the background sends back for a mark. */
async function panel(start: TabState, answer: (m: Mark) => TabState | undefined) {
  const sent: Mark[] = [];
  let current = start;
  const deps: PanelDeps = {
    mark: async (m) => {
      sent.push(m);
      const next = answer(m);
      if (next) current = next;
      return next;
    },
    openHistory: async () => {},
    copy: async () => true,
    siteName: 'Upwork',
  };
  const el = document.createElement('div');
  document.body.append(el);
  mounted.push(el);
  act(() => render(<Badge state={start} full={async () => current} deps={deps} />, el));
  await act(async () => el.querySelector<HTMLButtonElement>('button.rfr-badge')!.click());
  await act(async () => {});
  const q = <T extends Element = HTMLElement>(s: string) => el.querySelector<T>(s);
  const type = async (text: string) =>
    act(async () => {
      const f = q<HTMLTextAreaElement>('.rfr-trust-reason')!;
      f.value = text;
      f.dispatchEvent(new Event('input', { bubbles: true }));
    });
  return { el, q, sent, type };
}

const active = () => document.activeElement;

describe('trust in the panel asks how the person was verified', () => {
  it('opens a labelled, focused field; saves only an answer, trimmed; then says when and how', async () => {
    const trusted = state({ trustedAt: AT, trustReason: 'Video call, camera on <b>face matched</b>' });
    const { q, sent, type } = await panel(state(), (m) => (m.kind === 'trust' && m.on ? trusted : undefined));
    const open = q<HTMLButtonElement>('.rfr-trust')!;
    expect(open.textContent).toBe('I verified this person: mark as trusted…');
    expect(open.getAttribute('aria-expanded')).toBe('false');
    expect(q('.rfr-trust-form')).toBeNull();

    await act(async () => open.click());
    expect(open.getAttribute('aria-expanded')).toBe('true');
    expect(open.getAttribute('aria-controls')).toBe('rfr-trust-form');
    const field = q<HTMLTextAreaElement>('.rfr-trust-reason')!;
    expect(q(`label[for="${field.id}"]`)!.textContent).toBe('How did you verify this person?');
    expect(field.placeholder).toBe(
      'For example: video call with the camera on, the face matched the photo; checked a government ID; spoke with two past clients',
    );
    expect(field.maxLength).toBe(MAX_REASON);
    expect(active()).toBe(field);

    // Nothing to save before something is written; blanks are not an answer.
    const save = q<HTMLButtonElement>('.rfr-trust-save')!;
    expect(save.textContent).toBe('Mark as trusted');
    expect(save.disabled).toBe(true);
    await type('   ');
    expect(save.disabled).toBe(true);
    expect(sent).toEqual([]);

    await type('  Video call, camera on <b>face matched</b>  ');
    expect(save.disabled).toBe(false);
    await act(async () => save.click());
    await act(async () => {});
    expect(sent).toEqual([{ kind: 'trust', on: true, reason: 'Video call, camera on <b>face matched</b>' }]);

    // The report says when and how, as text; the form is gone and the focus is on the button, which now removes.
    expect(q('.rfr-trusted')!.textContent).toBe(
      'Marked as trusted by you on Jun\u00a010,\u00a02026: Video call, camera on <b>face matched</b>',
    );
    expect(q('.rfr-trusted b')).toBeNull();
    expect(q('.rfr-trust-form')).toBeNull();
    const remove = q<HTMLButtonElement>('.rfr-trust')!;
    expect(remove.textContent).toBe('Remove the trusted mark');
    expect(remove.hasAttribute('aria-expanded')).toBe(false);
    expect(active()).toBe(remove);
    expect(q('.rfr-status')!.textContent).toBe('Marked as trusted.');
  });

  it('removing the mark sends no reason; the report no longer says it', async () => {
    const { q, sent } = await panel(state({ trustedAt: AT, trustReason: 'Checked a government ID' }), (m) =>
      m.kind === 'trust' && !m.on ? state() : undefined,
    );
    expect(q('.rfr-trusted')!.textContent).toContain(': Checked a government ID');
    await act(async () => q<HTMLButtonElement>('.rfr-trust')!.click());
    await act(async () => {});
    expect(sent).toEqual([{ kind: 'trust', on: false }]);
    expect(q('.rfr-trusted')).toBeNull();
    expect(q('.rfr-trust')!.textContent).toBe('I verified this person: mark as trusted…');
    expect(q('.rfr-status')!.textContent).toBe('Trusted mark removed.');
  });

  it('a refused save keeps the form and what was written, and says it was not saved', async () => {
    const { q, type } = await panel(state(), () => undefined);
    await act(async () => q<HTMLButtonElement>('.rfr-trust')!.click());
    await type('Spoke with two past clients');
    await act(async () => q<HTMLButtonElement>('.rfr-trust-save')!.click());
    await act(async () => {});
    expect(q<HTMLTextAreaElement>('.rfr-trust-reason')!.value).toBe('Spoke with two past clients');
    expect(q('.rfr-status')!.textContent).toBe('Not saved; nothing was changed. Try again, or use the history page.');
    expect(q('.rfr-trusted')).toBeNull();
  });

  it('the opener closes the form again', async () => {
    const { q } = await panel(state(), () => undefined);
    await act(async () => q<HTMLButtonElement>('.rfr-trust')!.click());
    await act(async () => q<HTMLButtonElement>('.rfr-trust')!.click());
    expect(q('.rfr-trust-form')).toBeNull();
    expect(q('.rfr-trust')!.getAttribute('aria-expanded')).toBe('false');
  });

  it('in German', async () => {
    setLocale('de');
    const { q, type, sent } = await panel(state(), (m) =>
      m.kind === 'trust' && m.on ? state({ trustedAt: AT, trustReason: 'Ausweis geprüft' }) : undefined,
    );
    expect(q('.rfr-trust')!.textContent).toBe('Ich habe die Person geprüft: als vertrauenswürdig markieren…');
    await act(async () => q<HTMLButtonElement>('.rfr-trust')!.click());
    expect(q('.rfr-trust-form label')!.textContent).toBe('Wie haben Sie diese Person geprüft?');
    expect(q<HTMLTextAreaElement>('.rfr-trust-reason')!.placeholder).toMatch(/^Zum Beispiel: Videogespräch/);
    await type('Ausweis geprüft');
    await act(async () => q<HTMLButtonElement>('.rfr-trust-save')!.click());
    await act(async () => {});
    expect(sent).toEqual([{ kind: 'trust', on: true, reason: 'Ausweis geprüft' }]);
    expect(q('.rfr-trusted')!.textContent).toBe(
      `Von Ihnen am ${formatDate(AT, 'de')} als vertrauenswürdig markiert: Ausweis geprüft`,
    );
  });
});

describe('a trusted mark made before the reason was asked for', () => {
  it.each([
    ['en', 'Marked as trusted by you on Jun\u00a010,\u00a02026'],
    ['de', `Von Ihnen am ${formatDate(AT, 'de')} als vertrauenswürdig markiert`],
  ] as const)('reads as before (%s)', (lang, said) => {
    setLocale(lang);
    const el = document.createElement('div');
    document.body.append(el);
    mounted.push(el);
    act(() => render(<Report state={state({ trustedAt: AT })} />, el));
    const text = el.querySelector('.rfr-trusted')!.textContent!;
    expect(text).toBe(said);
    expect(text).not.toContain(':');
  });
});
