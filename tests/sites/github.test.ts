import { describe, expect, it } from 'vitest';
import { analyzeRead } from '../../lib/analyze';
import { github } from '../../lib/sites/github';
import { documentFrom, fixture, NOW } from '../helpers';

const URL_USER = new URL('https://github.com/devsample');

describe('GitHub adapter (hand-written fixture, not verified against a real page)', () => {
  it('reads exactly the expected profile', () => {
    expect(github.read(documentFrom(fixture('github/user-hand-written.html')), URL_USER)).toEqual(
      JSON.parse(fixture('github/user-hand-written.expected.json')),
    );
  });

  it('compares the shown local time offset with the claimed location', () => {
    const a = analyzeRead(
      'github',
      'u',
      github.read(documentFrom(fixture('github/user-hand-written.html')), URL_USER),
      { now: NOW },
    );
    expect(a.findings.map((f) => [f.rule, f.severity])).toEqual([
      ['location-timezone-mismatch', 'high'],
      ['off-platform-contact-in-profile', 'medium'],
      ['free-hosting-portfolio', 'low'],
    ]);
    expect(a.findings.filter((f) => f.note).map((f) => f.rule)).toEqual(['free-hosting-portfolio']);
  });

  it('an organisation page (no Person item) is not a profile', () => {
    const html = fixture('github/user-hand-written.html').replace(
      'itemtype="http://schema.org/Person"',
      'itemtype="http://schema.org/Organization"',
    );
    expect(github.read(documentFrom(html), URL_USER).status).toBe('not-a-profile');
  });

  it('a page for another login says so', () => {
    expect(
      github.read(documentFrom(fixture('github/user-hand-written.html')), new URL('https://github.com/someoneelse'))
        .missing,
    ).toContain('name:conflict');
  });
});
