/**
 * A fake `__NUXT__` must not win (issue 14, defect 9): only executable scripts count, and when several
 * states exist the one that agrees with the visible markup is read and the contradiction is reported.
 */
import { describe, expect, it } from 'vitest';
import { upwork } from '../../lib/sites/upwork';
import { isExecutableScript } from '../../lib/sites/upwork.page';
import { documentFrom, fixture } from '../helpers';

const URL_A = new URL('https://www.upwork.com/freelancers/~01a1b2c3d4e5f60718');
const real = fixture('upwork/visitor-view.html');
const start = real.indexOf('window.__NUXT__');
const state = real.slice(start, real.indexOf('</script>', start));
const expected = upwork.read(documentFrom(real), URL_A);
// The same state with another country and no red flag to see: what a doctored copy would claim.
const doctored = state
  .replace(/countryCodeIso2:"[A-Z]{2}"/, 'countryCodeIso2:"CH"')
  .replace(/country:"Ukraine"/, 'country:"Switzerland"');

describe('several embedded states', () => {
  it('the doctored state is really different (the test means something)', () => {
    expect(doctored).not.toBe(state);
  });

  it.each(['text/x-template', 'text/template', 'application/json', 'text/plain'])(
    'a state in a <script type="%s"> in the head is not read',
    (type) => {
      const html = real.replace('<head>', `<head><script type="${type}">${doctored}</script>`);
      expect(upwork.read(documentFrom(html), URL_A)).toEqual(expected);
    },
  );

  it('of two executable states, the one agreeing with the markup wins, and the contradiction is reported', () => {
    const html = real.replace('<head>', `<head><script>${doctored}</script>`);
    const r = upwork.read(documentFrom(html), URL_A);
    expect(r.profile?.location?.country).toBe(expected.profile?.location?.country);
    expect(r.profile?.name).toBe(expected.profile?.name);
    expect(r.status).toBe('partial');
    expect(r.missing).toContain('embedded-state:conflict');
  });

  it('knows which script types run', () => {
    const el = (type?: string) => {
      const s = document.createElement('script');
      if (type !== undefined) s.setAttribute('type', type);
      return s;
    };
    expect(
      [undefined, '', 'text/javascript', 'application/javascript', 'module', ' TEXT/JavaScript '].map((t) =>
        isExecutableScript(el(t)),
      ),
    ).toEqual([true, true, true, true, true, true]);
    expect(
      ['text/x-template', 'application/ld+json', 'text/html', 'javascript'].map((t) => isExecutableScript(el(t))),
    ).toEqual([false, false, false, false]);
  });
});
