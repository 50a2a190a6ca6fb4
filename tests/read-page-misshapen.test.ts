/**
 * A value that does not have its field's shape costs that value, not the read (issue 14; found by
 * tests/fuzz/states.test.ts): Upwork's state with a country code that is no ISO code ("http://", written there
 * by a doctored state) read "ok" in the adapter and then failed validation whole — "could not read" for a
 * profile whose name, bio and history were all there. Like an oversized field, it is dropped and the read
 * says partial.
 */
import { describe, expect, it } from 'vitest';
import { readNuxtState } from '../lib/parse/nuxt-state';
import { defineAdapter, dropMisshapen, interpretRaw } from '../lib/sites/read-page';
import { github } from '../lib/sites/github';
import { upwork } from '../lib/sites/upwork';
import { documentFrom, fixture } from './helpers';

const UP = new URL('https://www.upwork.com/freelancers/~01a1b2c3d4e5f60718');

describe('misshapen values are dropped, the read is partial', () => {
  it('an Upwork state whose country code is no code: the country goes, the profile stays', () => {
    const raw = upwork.collect(documentFrom(fixture('upwork/visitor-view.html')), UP);
    const tree = readNuxtState(raw.nuxt as string) as any;
    tree.state.profileViewer.profile.profile.location.countryCodeIso2 = 'http://';
    const r = interpretRaw(upwork, UP, { ...raw, nuxt: `window.__NUXT__=${JSON.stringify(tree)};` });
    expect(r.status).toBe('partial');
    expect(r.missing).toContain('invalid:location.country');
    expect(r.profile?.location?.country).toBeUndefined();
    expect(r.profile?.name).toBeTruthy();
    expect(r.profile?.bio).toBeTruthy();
  });

  it('a bad list item goes whole, unknown keys go, a bad url is still unreadable', () => {
    const base = { site: 'github', url: 'https://github.com/devsample' };
    const { profile, dropped } = dropMisshapen({
      ...base,
      name: 'A',
      stats: { rating: 7, jobs: 3 },
      hourlyRate: { amount: 5, currency: 'usd$' },
      reviews: [{ rating: 5 }, { rating: -1, text: 'x' }, { date: '2026-1-1' }],
      extra: 1,
    } as never);
    expect(profile).toEqual({ ...base, name: 'A', stats: { jobs: 3 }, reviews: [{ rating: 5 }] });
    expect(dropped.sort()).toEqual(['extra', 'hourlyRate', 'hourlyRate.currency', 'reviews', 'stats.rating']);
    const bad = defineAdapter(github, () => ({ status: 'ok', profile: { site: 'github', url: 'nope' }, missing: [] }));
    expect(interpretRaw(bad, new URL(base.url), {}).status).toBe('unreadable');
  });
});
