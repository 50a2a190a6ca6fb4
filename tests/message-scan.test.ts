/**
 * The message scan in a page (lib/content/message-scan.ts), hfix19's hostile-page defects:
 * 3. a message whose text changes in place (an edit, a reused chat row) is read again: its old marker and
 *    highlights go, one new marker comes if the new text is flagged, and it is sent with the same key (the popup
 *    counts it once);
 * 4. a cover letter is read beside a chat message;
 * 6. a page that changes all the time still gets its new messages read;
 * 8. a marker goes after a link around its message, not inside it.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { HIGHLIGHT_CSS, startMessageScan, MAX_WAIT_MS } from '../lib/content/message-scan';
import type { Finding } from '../lib/rules/types';
import { sitePages } from '../lib/sites/pages';

const upwork = sitePages.find((s) => s.id === 'upwork')!;
const ROOM = new URL('https://www.upwork.com/ab/messages/rooms/room_abc');
const RISKY = 'Please pay me in USDT, it is faster for me.';

type Item = { id: number; key: string; text: string };
let ctx: ContentScriptContext;
let sent: Item[][];
let highlights: Map<string, Set<Range>>;

/** The background, reduced: a text with "USDT" or "AnyDesk" is flagged, quoting its first sentence. */
async function send(msg: { items: Item[] }) {
  sent.push(msg.items);
  const results = msg.items
    .filter((i) => /USDT|AnyDesk/.test(i.text))
    .map((i) => ({ id: i.id, findings: [{ rule: 'r', quotes: [i.text.split('.')[0]!] } as unknown as Finding] }));
  return { results };
}
const mount = (container: HTMLElement, findings: Finding[]) => {
  const b = document.createElement('button');
  b.className = 'rfr-badge';
  b.textContent = String(findings.length);
  container.replaceChildren(b);
};
/** The page's body, from markup. */
const page = (html: string) =>
  document.body.replaceChildren(...new DOMParser().parseFromString(html, 'text/html').body.childNodes);
const markers = () => [...document.querySelectorAll('red-flag-radar-message')];
const marked = () => [...(highlights.get('rfr-flag') ?? [])].map((r) => r.toString());
const until = async (ok: () => boolean, ms = 3000) => {
  for (const end = Date.now() + ms; !ok() && Date.now() < end;) await new Promise((r) => setTimeout(r, 25));
};

beforeEach(() => {
  ctx = new ContentScriptContext('test');
  sent = [];
  highlights = new Map();
  vi.stubGlobal('CSS', { highlights });
  vi.stubGlobal(
    'Highlight',
    class extends Set<Range> {
      constructor(...r: Range[]) {
        super(r);
      }
    },
  );
});
afterEach(() => {
  ctx.abort();
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

describe('the message scan', () => {
  it('replaces a message’s marker and highlights when its text changes in place, sending it with the same key', async () => {
    page(`<div class="up-d-story-item"><div data-test="story-message" id="m">${RISKY}</div></div>`);
    startMessageScan(ctx, upwork, ROOM, send as never, mount);
    await until(() => markers().length === 1);
    expect(markers()).toHaveLength(1);
    expect(marked()).toEqual(['Please pay me in USDT, it is faster for me']);
    const text = document.getElementById('m')!.firstChild as Text;
    text.data = 'Thanks, I will send the first draft on Friday as agreed.';
    await until(() => sent.length === 2 && markers().length === 0);
    expect(markers()).toHaveLength(0);
    expect(marked()).toEqual([]);
    text.data = 'Please install AnyDesk so I can work on your machine. Send me the ID.';
    await until(() => sent.length === 3 && markers().length === 1);
    await new Promise((r) => setTimeout(r, 600));
    expect(markers()).toHaveLength(1);
    expect(marked()).toEqual(['Please install AnyDesk so I can work on your machine']);
    expect(sent.map((items) => items.map((i) => i.key))).toEqual([
      [sent[0]![0]!.key],
      [sent[0]![0]!.key],
      [sent[0]![0]!.key],
    ]);
  });

  it('takes the marker away when the page removes its message', async () => {
    page(`<div class="up-d-story-item"><div data-test="story-message" id="m">${RISKY}</div><p>x</p></div>`);
    startMessageScan(ctx, upwork, ROOM, send as never, mount);
    await until(() => markers().length === 1);
    document.getElementById('m')!.remove();
    await until(() => markers().length === 0);
    expect(markers()).toHaveLength(0);
    expect(marked()).toEqual([]);
  });

  it('reads a cover letter beside a chat message', async () => {
    page(`<div data-test="cover-letter">${RISKY}</div>
      <aside><div class="up-d-story-item"><div data-test="story-message">When can you start?</div></div></aside>`);
    startMessageScan(ctx, upwork, ROOM, send as never, mount);
    await until(() => markers().length === 1);
    expect(sent[0]!.map((i) => i.text)).toEqual([RISKY, 'When can you start?']);
    expect(markers()).toHaveLength(1);
  });

  it('puts the marker after a link around the message', async () => {
    page(`<a class="card" href="/x"><h4>Jane D.</h4><div data-test="cover-letter">${RISKY}</div></a>`);
    startMessageScan(ctx, upwork, ROOM, send as never, mount);
    await until(() => markers().length === 1);
    expect(markers()).toHaveLength(1);
    expect(markers()[0]!.closest('a')).toBeNull();
    expect(markers()[0]!.previousElementSibling?.className).toBe('card');
  });

  it(
    'reads a new message on a page that changes every 150 ms',
    async () => {
      page(`<div class="list"></div><span id="clock">0</span>`);
      startMessageScan(ctx, upwork, ROOM, send as never, mount);
      await new Promise((r) => setTimeout(r, 50));
      let n = 0;
      const clock = setInterval(() => (document.getElementById('clock')!.textContent = String(++n)), 150);
      try {
        const item = document.createElement('div');
        item.dataset.test = 'story-message';
        item.textContent = RISKY;
        document.querySelector('.list')!.append(item);
        await until(() => markers().length === 1, MAX_WAIT_MS + 1500);
        expect(markers()).toHaveLength(1);
      } finally {
        clearInterval(clock);
      }
    },
    MAX_WAIT_MS + 5000,
  );
});

describe('a message longer than one item may hold (hostile20)', () => {
  // The scan sent the first 20,000 characters of each message (the background takes no longer item): a cover letter
  // of 20,000 characters of padding and the request at its end was never checked, and read as checked.
  it('is sent in parts, each within the limit, and the request at its end gets its marker', async () => {
    const padding = 'I have built many web shops with React and Node over the years.\n'.repeat(400);
    page(`<div data-test="cover-letter" id="m">${padding}${RISKY}</div>`);
    startMessageScan(ctx, upwork, ROOM, send as never, mount);
    await until(() => markers().length === 1);
    expect(markers()).toHaveLength(1);
    const items = sent.flat();
    expect(items.length).toBeGreaterThan(1);
    expect(items.every((i) => i.text.length <= 20_000)).toBe(true);
    expect(new Set(items.map((i) => i.key)).size).toBe(1);
    const read = items.map((i) => i.text).join('');
    expect(read.length).toBeGreaterThan(20_000);
    expect(read.endsWith(RISKY)).toBe(true);
  });

  it('sends more parts than one message may carry in several messages (the background refuses more than 200)', async () => {
    // 21 messages of 10 parts each: 210 parts.
    const long = 'Lorem ipsum dolor sit amet.\n'.repeat(7000);
    page(
      Array.from(
        { length: 21 },
        (_, i) => `<div class="up-d-story-item"><div data-test="story-message">${i} ${long}</div></div>`,
      ).join('') + `<div class="up-d-story-item"><div data-test="story-message">${RISKY}</div></div>`,
    );
    startMessageScan(ctx, upwork, ROOM, send as never, mount);
    await until(() => markers().length === 1);
    expect(markers()).toHaveLength(1);
    expect(sent.map((items) => items.length)).toEqual([200, 11]);
  });
});

describe('a chat with more messages than one scan sends (hostile20)', () => {
  // Only the last 200 message elements in the page's order were ever read: a request followed by 200 short messages
  // ("ok", "."), or one among the older messages the chat adds at the top when scrolled up, was never checked.
  it('reads the older messages too, newest first, at most 200 at a time', async () => {
    const rows = [RISKY, ...Array.from({ length: 250 }, (_, i) => `ok ${i}`)];
    page(rows.map((r) => `<div class="up-d-story-item"><div data-test="story-message">${r}</div></div>`).join(''));
    startMessageScan(ctx, upwork, ROOM, send as never, mount);
    await until(() => markers().length === 1);
    expect(markers()).toHaveLength(1);
    expect(sent.every((items) => items.length <= 200)).toBe(true);
    expect(
      sent
        .flat()
        .map((i) => i.text)
        .sort(),
    ).toEqual([...rows].sort());
    expect(sent[0]!.at(-1)!.text).toBe('ok 249');
  });
});

/** WCAG's contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const lum = (h: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(h.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('the highlight of a matched sentence', () => {
  // The review of the thirty-first session, point 6: a red wavy underline read as the browser's spelling mark.
  it('is a tint with a solid underline, never wavy, with dark text and an underline that stands out', () => {
    const flag = /::highlight\(rfr-flag\) \{([^}]*)\}/.exec(HIGHLIGHT_CSS)![1]!;
    expect(HIGHLIGHT_CSS).not.toContain('wavy');
    expect(flag).toMatch(/text-decoration: underline solid #[0-9a-f]{6} 2px/);
    const [bg] = /background-color: (#[0-9a-f]{6})/.exec(flag)!.slice(1);
    const [fg] = /[^-]color: (#[0-9a-f]{6})/.exec(flag)!.slice(1);
    const [line] = /underline solid (#[0-9a-f]{6})/.exec(flag)!.slice(1);
    expect(contrast(fg!, bg!)).toBeGreaterThanOrEqual(7);
    expect(contrast(line!, bg!)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(line!, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });
});
