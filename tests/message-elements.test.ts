/**
 * hfix19, defect 4: every message selector of a site is read — a chat message beside a proposal's cover letter no
 * longer hides the cover letter — and nested matches are read once (lib/content/message-elements.ts).
 */
import { describe, expect, it } from 'vitest';
import { messageElements } from '../lib/content/message-elements';
import { sitePages } from '../lib/sites/pages';
import { documentFrom } from './helpers';

const upwork = sitePages.find((s) => s.id === 'upwork')!.messages!.bodies;
const ids = (els: Element[]) => els.map((e) => e.id);

describe('message elements', () => {
  it('reads the cover letter and the chat message beside it (Upwork proposal)', () => {
    const doc = documentFrom(`<section><div data-test="cover-letter" id="letter">Please pay me in USDT.</div></section>
      <aside><div class="up-d-story-item"><div data-test="story-message" id="chat">When can you start?</div></div></aside>`);
    expect(ids(messageElements(doc, upwork, 200))).toEqual(['letter', 'chat']);
  });

  it('reads an element matched by two selectors once, and nested matches once (the earlier selector wins)', () => {
    const doc = documentFrom(`<div class="up-d-story-item">
        <div data-test="story-message" class="story-message" id="both">one</div></div>
      <div data-test="cover-letter" id="outer"><div data-test="story-message" id="inner">two</div></div>
      <div class="up-d-story-item"><div class="story-message" id="wrap"><p data-test="story-message" id="p">three</p></div></div>
      <div data-test="story-message" id="o2"><div data-test="story-message" id="i2">four</div></div>`);
    expect(ids(messageElements(doc, upwork, 200))).toEqual(['both', 'inner', 'p', 'o2']);
  });

  it('keeps the page’s order and the newest `max`', () => {
    const doc = documentFrom(`<div data-test="cover-letter" id="a">a</div><div data-test="story-message" id="b">b</div>
      <div data-test="cover-letter" id="c">c</div><div data-test="story-message" id="d">d</div>`);
    expect(ids(messageElements(doc, upwork, 200))).toEqual(['a', 'b', 'c', 'd']);
    expect(ids(messageElements(doc, upwork, 3))).toEqual(['b', 'c', 'd']);
  });

  it('skips a selector the browser cannot parse', () => {
    const doc = documentFrom('<p class="m" id="m">x</p>');
    expect(ids(messageElements(doc, ['p:unknown-thing(', '.m'], 10))).toEqual(['m']);
  });
});
