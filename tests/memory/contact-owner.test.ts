/**
 * Hostile review 19, item 2: shared-contact gave strangers a high red flag (two people linking issues of the same
 * organisation's repository both read "GitHub facebook"), and framed a real person (an impostor who pasted Carol's
 * site into his bio made Carol's own profile high). A link to an account's work is not the account; a link in the
 * text counts where the text presents it as the profile's own; a link one profile plainly had first flags only the
 * one that copied it, and says who had it first.
 */
import { describe, expect, it } from 'vitest';
import { CrossMemory } from '../../lib/memory/cross';
import { firstHolder, ownsByName, presentedAsOwn } from '../../lib/memory/contact-owner';
import { contactsOf, fingerprint, normaliseUrl } from '../../lib/memory/fingerprint';
import { crossContext } from '../../lib/memory/gather';
import type { Profile } from '../../lib/profile';
import { rule } from '../../lib/rules/shared-contact';
import { NOW, profile } from '../helpers';

describe('a link to an account’s work is not the account', () => {
  it.each([
    ['https://github.com/facebook/react/issues/123', undefined],
    ['https://github.com/facebook/react/pull/456', undefined],
    ['https://github.com/facebook/react/pulls?q=author%3Aalicedev', undefined],
    ['https://github.com/facebook/react/blob/main/README.md', undefined],
    ['https://github.com/orgs/facebook', undefined],
    ['https://github.com/sponsors/carolreal', undefined],
    ['https://gist.github.com/carolreal/0123456789abcdef', undefined],
    ['https://raw.githubusercontent.com/carolreal/x/main/a.txt', undefined],
    ['https://gitlab.com/group/project/-/issues/1', undefined],
    ['https://twitter.com/carolreal/status/123', undefined],
    ['https://www.youtube.com/watch?v=abc', undefined],
    ['https://www.linkedin.com/company/acme', undefined],
    ['https://www.facebook.com/profile.php?id=1', undefined],
    ['https://github.com/carolreal', 'github:carolreal'],
    ['https://github.com/CarolReal/', 'github:carolreal'],
    ['https://gitlab.com/carolreal', 'gitlab:carolreal'],
    ['https://de.linkedin.com/in/carol-real-42/', 'linkedin:carol-real-42'],
    ['https://twitter.com/carolreal', 'url:twitter.com/carolreal'],
    ['https://medium.com/@carolreal', 'url:medium.com/@carolreal'],
    ['https://carolreal.dev/projects', 'url:carolreal.dev/projects'],
  ])('%s → %s', (url, key) => {
    expect(normaliseUrl(url)).toBe(key);
  });
});

describe('a link in the text counts where the text presents it as the profile’s own', () => {
  const keys = (bio: string, links?: string[]) => contactsOf(profile({ name: 'Bob Jones', bio, links })).sort();
  it.each([
    ['Fixed bugs in https://github.com/facebook/react/issues/123 and https://github.com/facebook/react/pull/456', []],
    ['I contributed to https://github.com/facebook and https://github.com/vercel', []],
    ['Built with https://nextjs.org, hosted on https://vercel.com', []],
    ['Hire me, I worked with https://github.com/facebook', []],
    ['My GitHub: https://github.com/bobcoder', ['github:bobcoder']],
    [
      'Some of my work: https://github.com/carolreal and https://carolreal.dev',
      ['github:carolreal', 'url:carolreal.dev'],
    ],
    ['Portfolio - https://bob.example', ['url:bob.example']],
    ['Meine Webseite: https://bob.example', ['url:bob.example']],
    ['Backend developer.\nhttps://bob.example', ['url:bob.example']],
    ['Contributor to https://bobjones.dev', ['url:bobjones.dev']], // its own name: its own
  ])('%s', (bio, expected) => {
    expect(keys(bio)).toEqual(expected);
  });

  it('the profile’s own link fields always count', () => {
    expect(keys('', ['https://nextjs.org', 'https://github.com/facebook'])).toEqual([
      'github:facebook',
      'url:nextjs.org',
    ]);
  });

  it('reads the words just before the link, not every earlier sentence', () => {
    const text = 'My name is Bob. I fixed https://github.com/facebook';
    expect(presentedAsOwn(text, text.indexOf('https'))).toBe(false);
  });
});

describe('who had a shared link first', () => {
  const carol = { name: 'Carol Real', url: 'https://github.com/carolreal' };
  const mallory = { name: 'Mallory Fake', url: 'https://github.com/mallory' };
  it('the one whose name or handle the link carries', () => {
    expect(ownsByName('url:carolreal.dev', carol)).toBe(true);
    expect(ownsByName('url:carol-real.netlify.app', carol)).toBe(true);
    expect(ownsByName('github:carolreal', { name: 'C. R.', url: 'https://github.com/carolreal' })).toBe(true);
    expect(ownsByName('url:carolreal.dev', mallory)).toBe(false);
    expect(ownsByName('telegram:carolreal', carol)).toBe(false);
    expect(firstHolder('url:carolreal.dev', carol, mallory)).toBe('this');
    expect(firstHolder('url:carolreal.dev', mallory, carol)).toBe('other');
    // Even when the copier was seen first.
    expect(
      firstHolder('url:carolreal.dev', { ...mallory, since: '2026-01-01' }, { ...carol, since: '2026-02-01' }),
    ).toBe('other');
  });

  it('else the one this browser saw first; undefined without dates, on the same day, and for handles', () => {
    const a = { name: 'Ann Lee', url: 'https://github.com/annl', since: '2026-01-01T00:00:00Z' };
    const b = { name: 'Ben Poe', url: 'https://github.com/benp', since: '2026-02-01T00:00:00Z' };
    expect(firstHolder('url:studio-x.example', a, b)).toBe('this');
    expect(firstHolder('url:studio-x.example', b, a)).toBe('other');
    expect(firstHolder('url:studio-x.example', { ...a, since: undefined }, b)).toBeUndefined();
    expect(firstHolder('url:studio-x.example', a, { ...b, since: a.since })).toBeUndefined();
    expect(firstHolder('telegram:studio_x', a, b)).toBeUndefined();
  });
});

describe('shared-contact across profiles (the hostile review’s pages, as profiles)', () => {
  const gh = (login: string, name: string, bio: string, links: string[], since?: string) => ({
    p: profile({ site: 'github', url: `https://github.com/${login}`, id: login, name, bio, links }),
    key: `github:${login}`,
    since,
  });
  type P = ReturnType<typeof gh>;
  async function findingsOf(me: P, others: P[]) {
    const m = new CrossMemory();
    for (const o of others) m.add({ ...fingerprint(o.key, o.p, '2026-06-01T00:00:00Z'), since: o.since });
    const print = fingerprint(me.key, me.p, NOW.toISOString());
    const c = await crossContext(me.p, m.check(print), m, async () => undefined, undefined, me.since);
    return rule.check(me.p as Profile, { now: NOW, ...c });
  }
  const alice = gh(
    'alicedev',
    'Alice Smith',
    'React contributor, see https://github.com/facebook/react/pulls?q=author%3Aalicedev',
    ['https://alicedev.dev'],
  );
  const bob = gh(
    'bobcoder',
    'Bob Jones',
    'Fixed bugs in https://github.com/facebook/react/issues/123 and https://github.com/facebook/react/pull/456',
    ['https://bobcoder.dev'],
  );
  const carol = gh('carolreal', 'Carol Real', 'Backend engineer since 2012.', ['https://carolreal.dev']);
  const mallory = gh(
    'mallory',
    'Mallory Fake',
    'Backend engineer. Some of my work: https://github.com/carolreal and https://carolreal.dev',
    ['https://mallory-portfolio.com'],
  );

  it('two strangers linking the same organisation’s repository share nothing', async () => {
    expect(await findingsOf(alice, [bob])).toBeUndefined();
    expect(await findingsOf(bob, [alice])).toBeUndefined();
  });

  it('the impostor who copied Carol’s site is flagged, saying Carol had it first; Carol is not', async () => {
    expect(await findingsOf(carol, [mallory])).toBeUndefined();
    const f = (await findingsOf(mallory, [carol]))!;
    expect(f.severity).toBe('high');
    expect(f.evidence).toEqual([
      'Link carolreal.dev was first on “Carol Real” (GitHub, https://github.com/carolreal), seen Jun\u00a01,\u00a02026; this profile shows it as well',
    ]);
  });

  it('a link neither name carries: the profile seen first keeps its badge, the later one is flagged', async () => {
    const first = gh('annl', 'Ann Lee', '', ['https://studio-x.example'], '2026-01-01T00:00:00.000Z');
    const later = gh('benp', 'Ben Poe', '', ['https://studio-x.example'], '2026-05-01T00:00:00.000Z');
    expect(await findingsOf(first, [later])).toBeUndefined();
    expect((await findingsOf(later, [first]))?.severity).toBe('high');
    // Without dates (the CLI, records from before): both, as before.
    expect((await findingsOf({ ...first, since: undefined }, [later]))?.severity).toBe('high');
  });

  it('a shared messenger handle flags both, whoever was first', async () => {
    const first = gh('annl', 'Ann Lee', 'Telegram: @studio_x_tg', [], '2026-01-01T00:00:00.000Z');
    const later = gh('benp', 'Ben Poe', 'Telegram: @studio_x_tg', [], '2026-05-01T00:00:00.000Z');
    expect((await findingsOf(first, [later]))?.severity).toBe('high');
    expect((await findingsOf(later, [first]))?.severity).toBe('high');
  });
});
