/**
 * hostile20: the profile's words are the freelancer's, and a bidi override in them ("Daniel W.\u202e …") turned the rest
 * of the line it was shown in around: the panel's "is also on “Daniel W.” (Upwork, …), seen …", the summary copied
 * for a colleague or a report, the popup's "Upwork · 3 days ago". (The CLI shows such characters as codes since
 * session 19; the extension's pages showed them as they are.) A read profile keeps no embedding, override or
 * isolate control: they only reorder what is shown, and say nothing about the person.
 */
import { describe, expect, it } from 'vitest';
import { interpretRaw } from '../lib/sites/read-page';
import { github } from '../lib/sites/github';
import { documentFrom, githubPage } from './helpers';

const URL_ = new URL('https://github.com/devsample');

describe('bidi controls in a read profile', () => {
  it.each(['202e', '202d', '202a', '202b', '202c', '2066', '2067', '2068', '2069'])(
    'U+%s is taken out of the name and the bio',
    (code) => {
      const c = String.fromCharCode(parseInt(code, 16));
      const html = githubPage('devsample', '90000001', `Daniel${c} W.`).replace(
        /Full-stack developer\. Telegram: @\w+/,
        `Full-stack developer${c}. Telegram: @dan_w_dev`,
      );
      const raw = github.collect(documentFrom(html), URL_);
      const r = interpretRaw(github, URL_, raw);
      expect(r.profile?.name).toBe('Daniel W.');
      expect(r.profile?.bio).toContain('Full-stack developer. Telegram: @dan_w_dev');
    },
  );

  it('right-to-left text without controls stays as it is', () => {
    const raw = github.collect(documentFrom(githubPage('devsample', '90000001', 'דניאל וולקר')), URL_);
    expect(interpretRaw(github, URL_, raw).profile?.name).toBe('דניאל וולקר');
  });
});
