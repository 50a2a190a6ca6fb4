import { describe, expect, it } from 'vitest';
import { rule } from '../../lib/rules/free-hosting-portfolio';
import { ctx, profile } from '../helpers';

describe('free-hosting-portfolio', () => {
  it.each([
    ['all links on netlify/vercel: low', { links: ['https://a.netlify.app/', 'https://b.vercel.app/'] }, 'low'],
    ['github.io link in the bio: low', { bio: 'See https://dan.github.io.' }, 'low'],
    ['github.io on GitHub is its own Pages: nothing', { site: 'github', links: ['https://dan.github.io/'] }, undefined],
    [
      'github.io and netlify on GitHub: the netlify one counts',
      { site: 'github', links: ['https://dan.github.io/', 'https://a.netlify.app/'] },
      'low',
    ],
    [
      'one company site among them: nothing',
      { links: ['https://a.netlify.app/', 'https://acme-studio.com/'] },
      undefined,
    ],
    ['only a GitHub profile link: nothing (not a portfolio site)', { links: ['https://github.com/dan'] }, undefined],
    ['no links: not checked', {}, undefined],
    ['a look-alike host is not free hosting', { links: ['https://netlify.app.example.com/'] }, undefined],
  ] as const)('%s', (_n, p, expected) => {
    const f = rule.check(profile(p as any), ctx());
    expect(f?.severity).toBe(expected);
    if (f) expect(f.note).toBe(true);
  });
});
