/**
 * Issue 13, point 7: the messages flagged on a message page reach the popup with the tab's state (how many
 * were read, each flagged one's findings), add up as the chat loads more, and go when the tab leaves the page.
 */
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackground } from '../lib/background/handlers';
import { openRadarDb, RadarStore } from '../lib/storage/db';
import { messageExcerpt, type TabState, type ToolbarBadge } from '../lib/tab-state';
import { NOW } from './helpers';

const EXT = fakeBrowser.runtime.id;
const ORIGIN = `chrome-extension://${EXT}/`;
const ROOM = 'https://www.upwork.com/ab/messages/rooms/room_abc';
const popup = { id: EXT, url: `${ORIGIN}popup.html` };
const tab = (url: string) => ({ id: EXT, url, tab: { id: 9 } });
const messages = (texts: string[], url = ROOM) => ({
  type: 'messages',
  site: 'upwork',
  url,
  items: texts.map((text, id) => ({ id, text })),
});

async function setup() {
  const store = new RadarStore(await openRadarDb(`page-messages-${Math.random()}`));
  const announce = vi.fn(async () => {});
  const setToolbar = vi.fn(async (_tab: number, _badge: ToolbarBadge) => {});
  const bg = createBackground({
    extensionId: EXT,
    extensionOrigin: ORIGIN,
    store: async () => store,
    now: () => NOW,
    setToolbar,
    announce,
  });
  const shown = async () => (await bg.handle({ type: 'get-tab', tabId: 9 }, popup)) as TabState;
  return { bg, shown, announce, setToolbar };
}

const rules = (s: TabState) => s.messages?.flagged.map((m) => m.findings.map((f) => f.rule).sort());

describe('message findings reach the popup with the tab', () => {
  it('counts the messages read and keeps each flagged one’s findings; the popup is told', async () => {
    const { bg, shown, announce } = await setup();
    await bg.handle(messages(['Hello, thanks for the invite.', 'Please pay me in Bitcoin.']), tab(ROOM));
    const state = await shown();
    expect([state.kind, state.messages?.url, state.messages?.read]).toEqual(['none', ROOM, 2]);
    expect(rules(state)).toEqual([['crypto-payment-request']]);
    expect(announce).toHaveBeenCalledWith(9);
  });

  it('keeps the opening of each flagged message, for the popup to say which one it is (ui31 review, point 4)', async () => {
    const { bg, shown } = await setup();
    const long = `Hi there,\n\n  thanks \u202Efor the invite. I have read the brief and can start tomorrow. ${'x '.repeat(50)}Please pay me in Bitcoin.`;
    const parts = {
      type: 'messages',
      site: 'upwork',
      url: ROOM,
      items: [
        { id: 0, key: 'm1', text: 'Dear client, about the job.' },
        { id: 1, key: 'm1', text: 'Please pay me in USDT.' },
        { id: 2, text: long },
      ],
    };
    await bg.handle(parts, tab(ROOM));
    const excerpts = (await shown()).messages?.flagged.map((m) => m.excerpt);
    // A long message's parts share its key: the first part is its opening, even when another part matched.
    expect(excerpts).toEqual([
      'Dear client, about the job.',
      'Hi there, thanks for the invite. I have read the brief and can start…',
    ]);
    // Cut at a word, without a stop or comma before the ellipsis; a short one whole.
    expect(messageExcerpt(`${'word '.repeat(13)}end, and then some more words after it.`)).toBe(
      `${'word '.repeat(13)}end…`,
    );
    expect(messageExcerpt('  Short one.\u200F ')).toBe('Short one.');
  });

  // hm20 report, point 2: the toolbar icon stayed blank on a chat whose messages matched red flags.
  it('the toolbar counts the red flags of the messages read, coloured by the most serious; notes only leave it blank', async () => {
    const { bg, setToolbar } = await setup();
    await bg.handle(messages(['My account was suspended, so I will keep working from my other account.']), tab(ROOM));
    await vi.waitFor(() => expect(setToolbar).toHaveBeenCalled());
    expect(setToolbar.mock.lastCall).toEqual([
      9,
      { text: '', color: '#5f6368', title: 'Red Flag Radar — No red flags · 1 note' },
    ]);
    await bg.handle(
      messages([
        'Please pay me in USDT, it is faster for me. My TRC-20 address: TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t',
        'Could you install AnyDesk so I can work on your machine?',
      ]),
      tab(ROOM),
    );
    await vi.waitFor(() => expect(setToolbar.mock.lastCall?.[1].text).toBe('1'));
    expect(setToolbar.mock.lastCall?.[1]).toEqual({
      text: '1',
      color: '#c92a2a',
      title: 'Red Flag Radar — High · 1 red flag · 2 notes',
    });
  });

  it('adds the messages the chat loads later on the same page', async () => {
    const { bg, shown } = await setup();
    await bg.handle(messages(['Please pay me in Bitcoin.']), tab(ROOM));
    await bg.handle(messages(['Could you install AnyDesk so I can work on your machine?', 'Fine.']), tab(ROOM));
    const state = await shown();
    expect(state.messages?.read).toBe(3);
    expect(rules(state)).toEqual([['crypto-payment-request'], ['remote-access-request']]);
  });

  it('forgets them when the tab goes elsewhere, and starts again on another room', async () => {
    const { bg, shown } = await setup();
    await bg.handle(messages(['Please pay me in Bitcoin.']), tab(ROOM));
    await bg.navigated(9, 'https://www.upwork.com/nx/find-work/');
    expect(await shown()).toEqual({ kind: 'none' });
    const other = 'https://www.upwork.com/ab/messages/rooms/room_xyz';
    await bg.handle(messages(['Hello.'], other), tab(other));
    expect((await shown()).messages).toEqual({ url: other, read: 1, flagged: [] });
  });

  it('reads them again from the start when the same page loads again', async () => {
    const { bg, shown } = await setup();
    await bg.handle(messages(['Please pay me in Bitcoin.', 'Hello.']), tab(ROOM));
    await bg.navigated(9, ROOM);
    expect((await shown()).messages).toBeUndefined();
    await bg.handle(messages(['Please pay me in Bitcoin.', 'Hello.']), tab(ROOM));
    const state = await shown();
    expect([state.messages?.read, rules(state)]).toEqual([2, [['crypto-payment-request']]]);
  });

  // hfix19, defect 3: a chat that edits a message or reuses its row sends the same element again, its text changed.
  it('an element read again replaces its findings and is not counted again', async () => {
    const { bg, shown } = await setup();
    const keyed = (items: [string, string][]) => ({
      ...messages([]),
      items: items.map(([key, text], id) => ({ id, key, text })),
    });
    await bg.handle(
      keyed([
        ['a', 'Hello, thanks for the invite.'],
        ['b', 'Please pay me in Bitcoin.'],
      ]),
      tab(ROOM),
    );
    await bg.handle(keyed([['b', 'Thanks, I will send the first draft on Friday.']]), tab(ROOM));
    let state = await shown();
    expect([state.messages?.read, rules(state)]).toEqual([2, []]);
    await bg.handle(keyed([['b', 'Could you install AnyDesk so I can work on your machine?']]), tab(ROOM));
    await bg.handle(keyed([['b', 'Could you install AnyDesk so I can work on your machine? Today.']]), tab(ROOM));
    state = await shown();
    expect([state.messages?.read, rules(state)]).toEqual([2, [['remote-access-request']]]);
    // A new element is a new message.
    await bg.handle(keyed([['c', 'Please pay me in Bitcoin.']]), tab(ROOM));
    state = await shown();
    expect([state.messages?.read, rules(state)]).toEqual([3, [['remote-access-request'], ['crypto-payment-request']]]);
  });

  // hostile20: a message longer than one item comes in parts with its element's key (lib/content/message-text.ts).
  it('the parts of one long message are one message read and one flagged', async () => {
    const { bg, shown } = await setup();
    await bg.handle(
      {
        ...messages([]),
        items: [
          { id: 0, key: 'a', text: 'Please pay me in Bitcoin.' },
          { id: 1, key: 'a', text: 'Could you install AnyDesk so I can work on your machine?' },
          { id: 2, key: 'b', text: 'Hello.' },
        ],
      },
      tab(ROOM),
    );
    const state = await shown();
    expect([state.messages?.read, rules(state)]).toEqual([2, [['crypto-payment-request', 'remote-access-request']]]);
  });

  // hostile20: the scan now reads up to 2,000 message elements (newest first, 200 at a time); the background kept the
  // keys of the last 1,000 only, so the newest messages' keys went first and an edit of one counted it again.
  it('a chat of 1,500 messages read 200 at a time counts an edited one once', async () => {
    const { bg, shown } = await setup();
    const keys = Array.from({ length: 1500 }, (_, i) => `k${1499 - i}`);
    for (let from = 0; from < keys.length; from += 200)
      await bg.handle(
        { ...messages([]), items: keys.slice(from, from + 200).map((key, id) => ({ id, key, text: `ok ${key}` })) },
        tab(ROOM),
      );
    expect((await shown()).messages?.read).toBe(1500);
    await bg.handle({ ...messages([]), items: [{ id: 0, key: 'k1499', text: 'ok, edited' }] }, tab(ROOM));
    expect((await shown()).messages?.read).toBe(1500);
  });

  it('keeps them when the content script says it left a profile for this message page', async () => {
    const { bg, shown } = await setup();
    await bg.handle(messages(['Please pay me in Bitcoin.']), tab(ROOM));
    await bg.handle({ type: 'left', url: ROOM }, tab(ROOM));
    expect(rules(await shown())).toEqual([['crypto-payment-request']]);
  });
});
