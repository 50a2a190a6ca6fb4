import { describe, expect, it } from 'vitest';
import { peopleperhour } from '../../lib/sites/peopleperhour';
import { documentFrom, fixture } from '../helpers';

const URL_MEMBER = new URL(
  'https://www.peopleperhour.com/freelancer/technology-programming/jane-d-full-stack-developer-zxyvwab',
);

describe('PeoplePerHour adapter (best effort, hand-written fixture, not verified against a real page)', () => {
  it('reads exactly the expected profile', () => {
    expect(peopleperhour.read(documentFrom(fixture('peopleperhour/member-hand-written.html')), URL_MEMBER)).toEqual(
      JSON.parse(fixture('peopleperhour/member-hand-written.expected.json')),
    );
  });
  it('says it could not read a page without the known elements', () => {
    expect(
      peopleperhour.read(documentFrom('<html><body><h1>PeoplePerHour</h1></body></html>'), URL_MEMBER).status,
    ).toBe('unreadable');
  });
});
