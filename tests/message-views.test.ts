/** Message views: each site's reader finds the messages of its fixture; quotes become ranges over the text. */
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../lib/analyze';
import { messageText, quoteSpans } from '../lib/content/message-text';
import { sitePages } from '../lib/sites/pages';
import { documentFrom, fixture } from './helpers';

const page = (id: string) => sitePages.find((s) => s.id === id)!;

describe('message views', () => {
  it.each([
    [
      'linkedin',
      'https://www.linkedin.com/messaging/thread/2-abc/',
      'messages/linkedin-thread-hand-written.html',
      4,
      [1, 3],
    ],
    [
      'upwork',
      'https://www.upwork.com/ab/messages/rooms/room_abc',
      'messages/upwork-room-hand-written.html',
      3,
      [1, 2],
    ],
  ] as const)('%s: finds the messages and flags the risky ones', (site, url, file, count, flagged) => {
    const view = page(site).messages!;
    expect(view.isMessagePage(new URL(url))).toBe(true);
    expect(page(site).isProfilePage(new URL(url))).toBe(false);
    const doc = documentFrom(fixture(file));
    const els = view.bodies.map((sel) => [...doc.querySelectorAll(sel)]).find((x) => x.length)!;
    expect(els).toHaveLength(count);
    const hits = els.flatMap((el, i) => (analyzeMessage(messageText(el)).findings.length ? [i] : []));
    expect(hits).toEqual(flagged);
  });

  it('profile pages are not message views', () => {
    expect(page('linkedin').messages!.isMessagePage(new URL('https://www.linkedin.com/in/someone/'))).toBe(false);
    expect(page('upwork').messages!.isMessagePage(new URL('https://www.upwork.com/freelancers/~01abc'))).toBe(false);
  });

  it('maps a quoted sentence onto the text nodes, across markup and whitespace', () => {
    const doc = documentFrom(fixture('messages/linkedin-thread-hand-written.html'));
    const el = doc.querySelectorAll('.msg-s-event-listitem__body')[1]!;
    const quote = analyzeMessage(messageText(el)).findings.find((f) => f.rule === 'avoids-video')!.quotes![0]!;
    const spans = quoteSpans(el, quote);
    expect(spans).toHaveLength(1);
    const r = spans[0]!;
    expect(r.start.data.slice(r.startOffset)).toMatch(/^My camera is $/);
    expect(r.end.data.slice(0, r.endOffset)).toMatch(/^ at the moment, so let's keep it to chat\.$/);
    expect(quote).toBe("My camera is broken at the moment, so let's keep it to chat.");
    expect(quoteSpans(el, 'not in the message')).toEqual([]);
  });
});
