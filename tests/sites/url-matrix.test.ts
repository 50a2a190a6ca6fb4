import { describe, expect, it } from 'vitest';
import { sites } from '../../lib/sites';
import { siteExamples } from '../../lib/sites/examples';

// Every example URL of every site is recognised by its own adapter and by no other.
describe.each(sites.map((s) => [s.id, s] as const))('%s URLs', (_id, site) => {
  it.each(siteExamples[site.id]!.profiles)('%s is a profile of this site only', (url) => {
    expect(sites.filter((s) => s.isProfilePage(new URL(url))).map((s) => s.id)).toEqual([site.id]);
  });
  it.each(siteExamples[site.id]!.others)('%s is no site’s profile', (url) => {
    expect(sites.filter((s) => s.isProfilePage(new URL(url))).map((s) => s.id)).toEqual([]);
  });
});

describe('site hosts', () => {
  it.each([
    ['https://sg.linkedin.com/in/x', 'linkedin'],
    ['https://www.linkedin.com/feed/', 'linkedin'],
    ['https://www.upwork.com/nx/find-work/', 'upwork'],
    ['https://github.com/', 'github'],
    ['https://evil-linkedin.com/in/x', undefined],
    ['https://linkedin.com.evil.example/in/x', undefined],
    ['http://www.upwork.com/freelancers/~01a1b2c3d4e5f60718', undefined],
  ])('%s is on %s', async (url, id) => {
    const { siteForHost } = await import('../../lib/sites');
    const { sitePageForHost } = await import('../../lib/sites/pages');
    expect(siteForHost(new URL(url))?.id).toBe(id);
    expect(sitePageForHost(new URL(url))?.id).toBe(id);
  });
});
