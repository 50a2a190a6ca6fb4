/**
 * LinkedIn in-app navigation (hostile review 19, item 1): the URL names the new member while the page still shows
 * the previous one. A page whose own "Contact info" link or canonical names another member is not read (nothing
 * stored under the new address, and the content script reads again as the page changes); one that names nobody
 * is partial.
 */
import { describe, expect, it } from 'vitest';
import { linkedin } from '../../lib/sites/linkedin';
import { documentFrom, fixture } from '../helpers';

const OTHER = new URL('https://www.linkedin.com/in/someone-else-9999');

describe('LinkedIn: the page names the member of its address', () => {
  it.each(['logged-in-2026', 'guest-dom-2026', 'guest-jsonld-2023', 'mobile-lite-2025'])(
    '%s read at another member’s address is not read as that member',
    (name) => {
      const r = linkedin.read(documentFrom(fixture(`linkedin/${name}.html`)), OTHER);
      expect(r.status).toBe('unreadable');
      expect(r.profile).toBeUndefined();
      expect(r.missing).toEqual(['member:conflict']);
    },
  );

  it('the same page at its own member’s address (any country host, mobile path, trailing slash) reads', () => {
    const html = fixture('linkedin/guest-jsonld-2023.html');
    for (const url of [
      'https://sg.linkedin.com/in/alex-sample-0001',
      'https://www.linkedin.com/in/Alex-Sample-0001/',
      'https://de.linkedin.com/in/alex-sample-0001',
    ])
      expect(linkedin.read(documentFrom(html), new URL(url)).status).toBe('ok');
  });

  it('signed in, the top card’s "Contact info" link decides (the new member rendered, a stale canonical left)', () => {
    const html = fixture('linkedin/logged-in-2026.html').replace(
      '<head>',
      '<head><link rel="canonical" href="https://www.linkedin.com/in/someone-else-9999">',
    );
    expect(linkedin.read(documentFrom(html), new URL('https://www.linkedin.com/in/alex-sample-0001')).status).toBe(
      'ok',
    );
    expect(linkedin.read(documentFrom(html), OTHER).status).toBe('unreadable');
  });

  it('a page that names no member is partial (the content script reads it again while it changes)', () => {
    const html = fixture('linkedin/guest-dom-2026.html').replace(/<link rel="canonical"[^>]*>/, '');
    const r = linkedin.read(documentFrom(html), new URL('https://www.linkedin.com/in/alex-sample-0001'));
    expect(r.status).toBe('partial');
    expect(r.missing).toEqual(['member']);
    expect(r.profile?.name).toBe('Alex Sample');
  });

  it('an address by member id (/in/ACoA…) is not compared with the slug the page names', () => {
    const url = new URL('https://www.linkedin.com/in/ACoAABcdEfGhIjKlMnOpQrStUvWxYz0123456');
    expect(linkedin.read(documentFrom(fixture('linkedin/guest-dom-2026.html')), url).status).toBe('ok');
  });
});
