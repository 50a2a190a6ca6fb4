/**
 * The options' team section (components/TeamSettings.tsx) and the settings behind it: TLS required except on this
 * computer, the host permission asked for that one origin (from the click), the settings saved and a sync started,
 * and every sync state said in words, in English and German.
 */
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TeamSettingsForm } from '../../components/TeamSettings';
import { statusText } from '../../components/TeamStatusLine';
import { setLocale } from '../../lib/i18n';
import { defaultSettings, migrateSettings, type Settings } from '../../lib/storage/settings';
import { activeTeam, teamOrigin, teamUrlProblem } from '../../lib/team/config';
import type { SyncState } from '../../lib/team/sync';

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('the team database address', () => {
  it.each([
    ['https://couch.example.org/recruiting', undefined],
    ['https://couch.example.org:6984/team/', undefined],
    ['http://localhost:5984/team', undefined],
    ['http://127.0.0.1:5984/team', undefined],
    ['http://couch.example.org/recruiting', 'team.url.tls'],
    ['http://192.168.1.5:5984/team', 'team.url.tls'],
    ['https://couch.example.org/', 'team.url.invalid'],
    ['https://anna:secret@couch.example.org/team', 'team.url.invalid'],
    ['https://couch.example.org/team?x=1', 'team.url.invalid'],
    ['ftp://couch.example.org/team', 'team.url.invalid'],
    ['javascript:alert(1)', 'team.url.invalid'],
    ['couch.example.org/team', 'team.url.invalid'],
  ])('%s → %s', (url, problem) => {
    expect(teamUrlProblem(url)).toBe(problem);
  });

  it('asks for the server’s origin only, any path', () => {
    expect(teamOrigin('https://couch.example.org:6984/recruiting')).toBe('https://couch.example.org/*');
    expect(teamOrigin('http://127.0.0.1:5984/team')).toBe('http://127.0.0.1/*');
  });

  it('syncs nothing while sharing is off, the address is bad or the user name is not one', () => {
    const on = {
      url: 'https://c.example.org/t',
      user: 'anna',
      password: 'p',
      recruiter: '',
      key: '',
      share: 'full',
    } as const;
    expect(activeTeam(on)).toEqual(on);
    expect(activeTeam({ ...on, share: 'off' })).toBeUndefined();
    expect(activeTeam({ ...on, url: 'http://c.example.org/t' })).toBeUndefined();
    expect(activeTeam({ ...on, user: '' })).toBeUndefined();
    expect(activeTeam({ ...on, user: '_admin' })).toBeUndefined();
  });

  it('settings of version 3 gain team memory switched off', () => {
    const v3: Record<string, unknown> = { ...defaultSettings(), schemaVersion: 3, language: 'de' };
    delete v3.team;
    expect(migrateSettings(v3)).toEqual({ ...defaultSettings(), language: 'de' });
    expect(migrateSettings(v3).team.share).toBe('off');
  });
});

describe('the options’ team section', () => {
  let el: HTMLElement;
  let saved: Settings[];
  let sent: unknown[];
  let request: ReturnType<typeof vi.fn>;

  beforeEach(() => {
    setLocale('en');
    saved = [];
    sent = [];
    request = vi.fn(async () => true);
    (fakeBrowser.permissions as unknown as { request: unknown }).request = request;
    fakeBrowser.runtime.onMessage.addListener(async (msg: unknown) => {
      sent.push(msg);
      return { state: 'ok', at: '2026-11-30T10:00:00.000Z', pulled: 2, pushed: 1, refused: 0, waiting: 0 };
    });
    el = document.createElement('div');
    document.body.append(el);
    render(<TeamSettingsForm settings={defaultSettings()} save={async (s) => void saved.push(s)} />, el);
  });
  afterEach(() => {
    render(null, el);
    el.remove();
  });

  const type = (id: string, value: string) => {
    const input = el.querySelector<HTMLInputElement>(`#${id}`)!;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  };
  const fill = async (url: string) => {
    el.querySelector<HTMLInputElement>('input[value="full"]')!.click();
    type('rfr-team-url', url);
    type('rfr-team-user', 'anna');
    type('rfr-team-password', 'pw');
    type('rfr-team-recruiter', 'Anna');
    await tick();
    el.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    for (let i = 0; i < 5; i++) await tick();
  };

  it('every setting has a label and a line of help tied to its field', () => {
    for (const id of ['rfr-team-url', 'rfr-team-user', 'rfr-team-password', 'rfr-team-recruiter', 'rfr-team-key']) {
      expect(el.querySelector(`label[for="${id}"]`)?.textContent).toBeTruthy();
      const help = el.querySelector(`#${el.querySelector(`#${id}`)!.getAttribute('aria-describedby')}`);
      expect(help?.textContent?.length).toBeGreaterThan(20);
    }
    expect(el.querySelector<HTMLInputElement>('#rfr-team-password')!.type).toBe('password');
  });

  it('refuses plain http to another computer, asks for nothing and saves nothing', async () => {
    await fill('http://couch.example.org/recruiting');
    expect(el.querySelector('[role="alert"]')?.textContent).toBe(
      'The address must start with https:// (plain http only for this computer: localhost).',
    );
    expect(request).not.toHaveBeenCalled();
    expect(saved).toEqual([]);
  });

  it('asks for that server only, saves, and syncs at once', async () => {
    await fill(' https://couch.example.org/recruiting ');
    expect(request).toHaveBeenCalledWith({ origins: ['https://couch.example.org/*'] });
    expect(saved.map((s) => s.team)).toEqual([
      {
        url: 'https://couch.example.org/recruiting',
        user: 'anna',
        password: 'pw',
        recruiter: 'Anna',
        key: '',
        share: 'full',
      },
    ]);
    expect(sent).toContainEqual({ type: 'team-sync-now' });
    expect(el.querySelector('[role="alert"]')).toBeNull();
  });

  it('says so when the browser did not allow the server', async () => {
    request.mockResolvedValue(false);
    await fill('https://couch.example.org/recruiting');
    expect(el.querySelector('[role="alert"]')?.textContent).toBe(
      'The browser did not allow access to https://couch.example.org: nothing is sent until you allow it.',
    );
  });
});

describe('the sync status in words', () => {
  const on = { ...defaultSettings().team, share: 'full' as const };
  const states: SyncState[] = [
    'never',
    'ok',
    'offline',
    'unauthorized',
    'forbidden',
    'no-database',
    'no-permission',
    'failed',
  ];

  it.each(['en', 'de'] as const)('every state has its own sentence, no ids (%s)', (lang) => {
    setLocale(lang);
    const texts = states.map((state) =>
      statusText(on, { state, at: '2026-11-30T10:00:00.000Z', pulled: 0, pushed: 0, refused: 0, waiting: 0 }),
    );
    expect(new Set(texts).size).toBe(states.length);
    for (const t of texts) expect(t).toMatch(/^[A-ZÄÖÜ][^{}]+\.$/);
    for (const t of texts) expect(t).not.toMatch(/team\.|no-database|unauthorized/);
    setLocale('en');
  });

  it('a wrong password and a refusal say what happened', () => {
    setLocale('en');
    const s = (state: SyncState) => statusText(on, { state, pulled: 0, pushed: 0, refused: 0, waiting: 0 });
    expect(s('unauthorized')).toBe('Wrong user name or password: the team database refused them.');
    expect(s('forbidden')).toBe('The team database refuses your changes (no write access). Ask your team’s admin.');
    expect(statusText(defaultSettings().team, undefined)).toBe('Team memory is off.');
  });
});
