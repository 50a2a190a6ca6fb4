/** The popup away from a profile, rendered: the sentence for each kind of page and the messages found there. */
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageSummary } from '../components/PageSummary';
import { analyzeMessage } from '../lib/analyze';
import { welcomeOnInstall } from '../lib/background/welcome';
import { setLocale } from '../lib/i18n';

afterEach(() => setLocale('en'));

function mount(node: preact.ComponentChild): HTMLElement {
  const el = document.createElement('div');
  document.body.append(el);
  render(node, el);
  return el;
}

const ROOM = 'https://www.upwork.com/ab/messages/rooms/room_abc';
const flagged = (text: string, excerpt?: string) => ({
  ...(excerpt ? { excerpt } : {}),
  findings: analyzeMessage(text).findings,
});

describe('the popup away from a profile', () => {
  it('elsewhere: names the supported sites as a list in the reader’s language', () => {
    expect(mount(<PageSummary page={{ kind: 'elsewhere' }} />).querySelector('.rfr-page-kind')!.textContent).toBe(
      'Red Flag Radar reads only Upwork, Freelancer.com, LinkedIn, GitHub, Fiverr, PeoplePerHour, and Guru. It reads nothing on this page and changes nothing on it.',
    );
    setLocale('de');
    expect(mount(<PageSummary page={{ kind: 'elsewhere' }} />).querySelector('.rfr-page-kind')!.textContent).toBe(
      'Red Flag Radar liest nur Upwork, Freelancer.com, LinkedIn, GitHub, Fiverr, PeoplePerHour und Guru. Auf dieser Seite liest es nichts und ändert nichts.',
    );
  });

  it('a message page: message by message under its opening, red flags first, and how many matched of how many read', () => {
    const page = { kind: 'messages', site: 'Upwork' } as const;
    // Two messages ask for crypto in one sentence each (notes); the third adds a wallet address (a red flag).
    const notesOnly = [
      flagged('Please pay me in Bitcoin.', 'Please pay me in Bitcoin.'),
      flagged('Pay me in USDT please, it is faster for me.', 'Hello! Pay me in USDT please…'),
    ];
    const el = mount(<PageSummary page={page} messages={{ url: ROOM, read: 5, flagged: notesOnly }} />);
    expect(el.querySelector('.rfr-messages-count')!.textContent).toBe(
      'No message read here matches a red flag; 2 have notes (5 read):',
    );
    // The review of the thirty-first session, point 4: each message's findings under a quote of its opening.
    const messagesShown = [...el.querySelectorAll('.rfr-message-item')];
    expect(messagesShown.map((m) => m.querySelector('.rfr-message-from')!.textContent)).toEqual([
      'In the message Please pay me in Bitcoin.',
      'In the message Hello! Pay me in USDT please…',
    ]);
    expect(messagesShown[0]!.querySelector('q.rfr-excerpt')!.textContent).toBe('Please pay me in Bitcoin.');
    expect(
      messagesShown.map((m) =>
        [...m.querySelectorAll('.rfr-finding')].map((i) => [i.getAttribute('data-rule'), i.getAttribute('data-note')]),
      ),
    ).toEqual([[['crypto-payment-request', 'true']], [['crypto-payment-request', 'true']]]);

    const wallet = flagged('Send the USDT to TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t please.');
    const mixed = mount(<PageSummary page={page} messages={{ url: ROOM, read: 5, flagged: [...notesOnly, wallet] }} />);
    expect(mixed.querySelector('.rfr-messages-count')!.textContent).toBe(
      '5 messages read here: 1 with a red flag, 2 with notes only.',
    );
    // The message with a red flag first; one without its opening (a state kept from before) is "one message".
    const order = [...mixed.querySelectorAll('.rfr-message-item')];
    expect(order.map((m) => m.querySelector('.rfr-message-from')!.textContent)).toEqual([
      'In one message on this page',
      'In the message Please pay me in Bitcoin.',
      'In the message Hello! Pay me in USDT please…',
    ]);
    expect(order[0]!.querySelector('.rfr-finding')!.getAttribute('data-note')).toBeNull();
    setLocale('de');
    const de = mount(<PageSummary page={page} messages={{ url: ROOM, read: 5, flagged: notesOnly.slice(0, 1) }} />);
    expect(de.querySelector('.rfr-messages-count')!.textContent).toBe(
      'Keine hier gelesene Nachricht entspricht einem Warnsignal; 1 hat einen Hinweis (5 gelesen):',
    );
    expect(de.querySelector('.rfr-message-from')!.textContent).toBe('In der Nachricht Please pay me in Bitcoin.');
  });

  it('a message page with nothing found, one message or several, in German too', () => {
    const page = { kind: 'messages', site: 'Upwork' } as const;
    const none = (read: number) =>
      mount(<PageSummary page={page} messages={{ url: ROOM, read, flagged: [] }} />).querySelector(
        '.rfr-messages-none',
      )!.textContent;
    expect(none(1)).toBe('The one message read here matches no red flag.');
    expect(none(4)).toBe('None of the 4 messages read here matches a red flag.');
    expect(mount(<PageSummary page={page} />).querySelector('.rfr-messages-none')!.textContent).toBe(
      'No message has been read on this page yet.',
    );
    setLocale('de');
    expect(none(4)).toBe('Keine der 4 hier gelesenen Nachrichten entspricht einem Warnsignal.');
  });

  it('a sign-in wall and a site page name the site; a profile shows nothing here', () => {
    expect(mount(<PageSummary page={{ kind: 'wall', site: 'LinkedIn' }} />).textContent).toContain(
      'This is a sign-in page of LinkedIn',
    );
    expect(mount(<PageSummary page={{ kind: 'site', site: 'Upwork', readsMessages: true }} />).textContent).toBe(
      'On this pageThis is Upwork, but not a freelancer’s profile. Open a profile and Red Flag Radar checks it against the published red flags; on message pages it marks risky requests.',
    );
    // (where its message pages are not read, the popup does not promise it: a hiring manager's review on Fiverr)
    expect(mount(<PageSummary page={{ kind: 'site', site: 'Fiverr', readsMessages: false }} />).textContent).toBe(
      'On this pageThis is Fiverr, but not a freelancer’s profile. Open a profile and Red Flag Radar checks it against the published red flags; on Fiverr it does not read messages.',
    );
    expect(mount(<PageSummary page={{ kind: 'profile' }} />).textContent).toBe('');
  });
});

describe('the welcome page', () => {
  it('opens on install only, not on an update or a browser update', () => {
    const open = vi.fn();
    for (const reason of ['update', 'chrome_update', 'shared_module_update', 'install']) welcomeOnInstall(reason, open);
    expect(open.mock.calls).toEqual([['/welcome.html']]);
  });
});
