/** The privacy page says what team memory sends and keeps — only when it is on; otherwise "nothing is sent". */
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { PrivacyPage } from '../../components/PrivacyPage';
import { setLocale } from '../../lib/i18n';
import { defaultSettings, type Settings } from '../../lib/storage/settings';

const tick = () => new Promise((r) => setTimeout(r, 0));

async function mount(settings: Settings) {
  setLocale('en');
  const el = document.createElement('div');
  document.body.append(el);
  render(
    <PrivacyPage
      deps={{
        settings: async () => settings,
        counts: async () => ({ profiles: 0, photos: 0 }),
        deleteAll: async () => {},
        historyUrl: 'profiles.html',
        optionsUrl: 'options.html',
      }}
    />,
    el,
  );
  for (let i = 0; i < 3; i++) await tick();
  return el;
}

describe('the privacy page and team memory', () => {
  it('off: nothing is sent, no team entry', async () => {
    const el = await mount(defaultSettings());
    expect(el.querySelector('.rfr-lead')!.textContent).toContain('Nothing is sent to any server');
    expect(el.querySelector('[data-kind="team"]')).toBeNull();
  });

  it('on: says what is sent to the team database and what is kept here, and for how long', async () => {
    const s = defaultSettings();
    const el = await mount({
      ...s,
      team: { ...s.team, share: 'hashes', url: 'https://c.example.org/t', user: 'anna' },
    });
    expect(el.querySelector('.rfr-lead')!.textContent).toBe(
      'With team memory on, what you chose to share is sent to your team’s database, and nothing else.',
    );
    const team = el.querySelector('[data-kind="team"]')!;
    expect(team.querySelector('h3')!.textContent).toBe('Team memory: your colleagues’ records, and what you share');
    expect(team.querySelector('.rfr-keep')!.textContent).toContain('deleted here when you switch it off');
  });
});
