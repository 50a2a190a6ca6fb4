import { describe, expect, it } from 'vitest';
import { guru } from '../../lib/sites/guru';
import { documentFrom, fixture } from '../helpers';

const URL_GURU = new URL('https://www.guru.com/freelancers/sample-web-studio');

describe('Guru adapter (best effort, standard metadata only, not verified against a real page)', () => {
  it('reads exactly the expected profile', () => {
    expect(guru.read(documentFrom(fixture('guru/freelancer-hand-written.html')), URL_GURU)).toEqual(
      JSON.parse(fixture('guru/freelancer-hand-written.expected.json')),
    );
  });
  it('without JSON-LD only the heading is read, and the result says partial', () => {
    const r = guru.read(documentFrom('<html><body><h1>Sample Web Studio</h1></body></html>'), URL_GURU);
    expect(r.status).toBe('partial');
    expect(r.missing).toEqual(['jsonld', 'location', 'photoUrl']);
  });
});
