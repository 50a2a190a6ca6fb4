import { describe, expect, it } from 'vitest';
import { upwork } from '../../lib/sites/upwork';
import { documentFrom, fixture } from '../helpers';

const A = 'https://www.upwork.com/freelancers/~01a1b2c3d4e5f60718';
const B = 'https://www.upwork.com/freelancers/~01f0e1d2c3b4a59687';

describe('Upwork adapter on anonymized real pages', () => {
  it.each([
    ['visitor-view', A],
    ['red-flags-persona', B],
  ])('%s reads exactly the expected profile', (name, url) => {
    const doc = documentFrom(fixture(`upwork/${name}.html`));
    expect(upwork.read(doc, new URL(url))).toEqual(JSON.parse(fixture(`upwork/${name}.expected.json`)));
  });

  it('keeps the traps of the real page: UTC default, hidden visitor earnings, identity badge passed', () => {
    const r = upwork.read(documentFrom(fixture('upwork/visitor-view.html')), new URL(A));
    expect(r.profile?.timezone).toEqual({ label: 'UTC (Coordinated Universal Time)', utcOffsetMinutes: 0 });
    expect(r.profile?.stats).not.toHaveProperty('earnings');
    expect(r.profile?.verified?.identity).toBe(true);
  });

  it('ignores a stale embedded state after in-app navigation and says it read only the markup', () => {
    const html = fixture('upwork/visitor-view.html');
    const r = upwork.read(documentFrom(html), new URL(B));
    expect(r.status).toBe('partial');
    expect(r.missing).toContain('embedded-state');
    expect(r.profile?.id).toBeUndefined();
    expect(r.profile?.name).toBe('Taras M.'); // from the markup, which is what the user sees
  });

  it('reads a vanity URL when the state names that vanity', () => {
    const html = fixture('upwork/red-flags-persona.html').replace('"vanityUrl":null', '"vanityUrl":"danw"');
    const r = upwork.read(documentFrom(html), new URL('https://www.upwork.com/fl/danw'));
    expect(r.status).toBe('ok');
    expect(r.profile?.url).toBe('https://www.upwork.com/fl/danw');
  });

  it('is not a profile off the profile URLs', () => {
    const r = upwork.read(
      documentFrom(fixture('upwork/visitor-view.html')),
      new URL('https://www.upwork.com/nx/find-work/'),
    );
    expect(r).toEqual({ status: 'not-a-profile', missing: [] });
  });
});

describe('Upwork adapter on bad input', () => {
  it('says it could not read an empty or unrelated page', () => {
    const r = upwork.read(documentFrom('<html><body><p>Maintenance</p></body></html>'), new URL(A));
    expect(r.status).toBe('unreadable');
    expect(r.profile).toBeUndefined();
    expect(r.missing).toEqual(expect.arrayContaining(['name', 'location', 'timezone', 'memberSince']));
  });

  it('reads a truncated page partly, from the markup, and says what is missing', () => {
    const html = fixture('upwork/visitor-view.html');
    const cut = html.slice(0, html.indexOf('window.__NUXT__') + 5000);
    const r = upwork.read(documentFrom(cut), new URL(A));
    expect(r.status).toBe('partial');
    expect(r.missing).toEqual(expect.arrayContaining(['embedded-state', 'timezone', 'memberSince']));
    expect(r.profile?.name).toBe('Taras M.');
  });

  it('rejects a state that tries to run code, and never runs it', () => {
    (globalThis as any).pwned = false;
    const html = fixture('upwork/visitor-view.html').replace(
      /window\.__NUXT__=\(function\(/,
      'window.__NUXT__=(globalThis.pwned=true,function(',
    );
    const r = upwork.read(documentFrom(html), new URL(A));
    expect((globalThis as any).pwned).toBe(false);
    expect(r.missing).toContain('embedded-state');
  });

  it('keeps hostile text as plain data (script tags, bidi overrides, zero-width characters)', () => {
    const evil = '<script>alert(1)</script>\u202Egnp.exe\u200B';
    const html = fixture('upwork/red-flags-persona.html')
      .split('"name":"Daniel W."')
      .join(`"name":${JSON.stringify(evil).replace(/</g, '\\u003C')}`);
    const r = upwork.read(documentFrom(html), new URL(B));
    // Kept as text; only the bidi override goes, which turned around the rest of any line showing the name
    // (hostile20, tests/read-page-bidi.test.ts).
    expect(r.profile?.name).toBe(evil.replace('\u202E', ''));
    expect(r.missing).toContain('name:conflict'); // markup and state disagree: the adapter says so
  });

  it('reads a 10 MB page', () => {
    const html = fixture('upwork/visitor-view.html').replace(
      '</body>',
      `<div>${'x'.repeat(10 * 1024 * 1024)}</div></body>`,
    );
    expect(upwork.read(documentFrom(html), new URL(A)).status).toBe('ok');
  });
});
