import { describe, expect, it } from 'vitest';
import { fiverr } from '../../lib/sites/fiverr';
import { documentFrom, fixture } from '../helpers';

const SELLER = new URL('https://www.fiverr.com/devsample77');
const GIG = new URL('https://www.fiverr.com/devsample77/build-your-react-web-app');

describe('Fiverr adapter (hand-written fixtures, not verified against a real page)', () => {
  it.each([
    ['seller-hand-written', SELLER],
    ['gig-hand-written', GIG],
  ] as const)('%s reads exactly the expected profile', (name, url) => {
    expect(fiverr.read(documentFrom(fixture(`fiverr/${name}.html`)), url)).toEqual(
      JSON.parse(fixture(`fiverr/${name}.expected.json`)),
    );
  });

  it('strips Cloudinary size transforms from the photo URL', () => {
    const r = fiverr.read(documentFrom(fixture('fiverr/seller-hand-written.html')), SELLER);
    expect(r.profile?.photoUrl).toBe('https://fiverr-res.cloudinary.com/attachments/profile/photo/sample.jpg');
  });

  it('a payload of another seller does not answer for this URL', () => {
    expect(
      fiverr.read(
        documentFrom(fixture('fiverr/seller-hand-written.html')),
        new URL('https://www.fiverr.com/someone_else'),
      ).status,
    ).toBe('unreadable');
  });

  it('a page without the payload is unreadable, and a corrupt one too', () => {
    expect(fiverr.read(documentFrom('<html><body><h1>Fiverr</h1></body></html>'), SELLER).status).toBe('unreadable');
    const broken = fixture('fiverr/seller-hand-written.html').replace('"seller":', '"seller":,');
    expect(fiverr.read(documentFrom(broken), SELLER).status).toBe('unreadable');
  });
});
