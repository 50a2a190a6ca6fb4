/**
 * hostile20: a match under the same name is the same person's profile on two sites ("Anna K." on Upwork, "Anna
 * Kowalska" on LinkedIn: README, "Across profiles"), not a red flag. The name was compared whatever the site, so an
 * operator who gave all his Upwork accounts one name ("Daniel W.", "Daniel Walker") hid every memory red flag
 * between them: the same bio, the same Telegram handle, the same photo. On a marketplace a person has one account;
 * on GitHub one person often keeps two (work and personal), so there the name still excuses.
 */
import { describe, expect, it } from 'vitest';
import { CrossMemory } from '../../lib/memory/cross';
import { fingerprint } from '../../lib/memory/fingerprint';
import { crossContext } from '../../lib/memory/gather';
import { PhotoMemory } from '../../lib/photo/memory';
import { encodeHashes, signature } from '../../lib/photo/signature';
import { samePerson } from '../../lib/photo/names';
import type { Profile } from '../../lib/profile';
import { rule as duplicateText } from '../../lib/rules/duplicate-text';
import { rule as sharedContact } from '../../lib/rules/shared-contact';
import { NOW, profile } from '../helpers';
import { generated, transformed } from '../photo/images';

const BIO =
  'Senior full stack developer with eight years in React, Node.js and AWS. I built dashboards for fintech startups, online stores with Stripe payments and real-time chat apps. I communicate daily and deliver on time. Telegram: @dan_w_dev_tg';

const on = (site: string, id: string, name: string, url: string) => ({
  p: profile({ site, id, name, url, bio: BIO }),
  key: `${site}:${id}`,
});
type P = ReturnType<typeof on>;

async function rulesOf(me: P, other: P): Promise<string[]> {
  const m = new CrossMemory();
  m.add(fingerprint(other.key, other.p, '2026-06-01T00:00:00Z'));
  const c = await crossContext(me.p, m.check(fingerprint(me.key, me.p, NOW.toISOString())), m, async () => other.p);
  const ctx = { now: NOW, ...c };
  return [duplicateText, sharedContact].flatMap((r) => (r.check(me.p as Profile, ctx) ? [r.id] : []));
}

describe('the same name on two accounts', () => {
  it('two Upwork accounts under one name share a bio and a handle: red flags', async () => {
    const a = on('upwork', '~01aaa', 'Daniel W.', 'https://www.upwork.com/freelancers/~01aaa');
    const b = on('upwork', '~01bbb', 'Daniel Walker', 'https://www.upwork.com/freelancers/~01bbb');
    expect(await rulesOf(b, a)).toEqual(['duplicate-text', 'shared-contact']);
  });

  it('the same person on Upwork and LinkedIn: no red flag', async () => {
    const a = on('upwork', '~01aaa', 'Daniel W.', 'https://www.upwork.com/freelancers/~01aaa');
    const b = on('linkedin', 'daniel-walker', 'Daniel Walker', 'https://www.linkedin.com/in/daniel-walker');
    expect(await rulesOf(b, a)).toEqual([]);
  });

  it('two GitHub accounts under one name (work and personal): no red flag', async () => {
    const a = on('github', 'dwalker', 'Daniel Walker', 'https://github.com/dwalker');
    const b = on('github', 'dwalker-work', 'Daniel Walker', 'https://github.com/dwalker-work');
    expect(await rulesOf(b, a)).toEqual([]);
  });

  it('samePerson: the site decides whether the name excuses', () => {
    expect(samePerson({ site: 'upwork', name: 'Anna K.' }, { site: 'linkedin', name: 'Anna Kowalska' })).toBe(true);
    expect(samePerson({ site: 'upwork', name: 'Anna K.' }, { site: 'upwork', name: 'Anna Kowalska' })).toBe(false);
    expect(samePerson({ site: 'github', name: 'Anna K.' }, { site: 'github', name: 'Anna Kowalska' })).toBe(true);
    expect(samePerson({ site: 'upwork', name: 'Anna K.' }, { site: 'linkedin', name: 'Ben K.' })).toBe(false);
  });

  it('the same photo on another Upwork account under the same name is not excused; on LinkedIn it is', async () => {
    const { data, width, height } = await transformed(generated(21), 256, {});
    const sig = signature(data, width, height);
    const m = new PhotoMemory();
    m.add({
      profileKey: 'upwork:~01aaa',
      site: 'upwork',
      name: 'Daniel W.',
      url: 'https://www.upwork.com/freelancers/~01aaa',
      photoUrl: 'https://www.upwork.com/profile-portraits/a',
      hashes: encodeHashes(sig.stored, sig.storedFlips),
      thumb: sig.thumb,
      seenAt: '2026-06-01T00:00:00Z',
    });
    const [upwork] = m.matches(sig, { profileKey: 'upwork:~01bbb', site: 'upwork', name: 'Daniel Walker' });
    const [linkedin] = m.matches(sig, { profileKey: 'linkedin:dw', site: 'linkedin', name: 'Daniel Walker' });
    expect([upwork?.sameName, linkedin?.sameName]).toEqual([false, true]);
  });
});
