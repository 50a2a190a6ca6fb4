import { describe, expect, it } from 'vitest';
import { sites } from '../../lib/sites';

// Every example URL of every site is recognised by its own adapter and by no other.
describe.each(sites.map((s) => [s.id, s] as const))('%s URLs', (_id, site) => {
  it.each(site.examples.profiles)('%s is a profile of this site only', (url) => {
    expect(sites.filter((s) => s.isProfilePage(new URL(url))).map((s) => s.id)).toEqual([site.id]);
  });
  it.each(site.examples.others)('%s is no site’s profile', (url) => {
    expect(sites.filter((s) => s.isProfilePage(new URL(url))).map((s) => s.id)).toEqual([]);
  });
});
