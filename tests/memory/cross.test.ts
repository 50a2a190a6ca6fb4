/** The cross-profile memory: fingerprints, near-duplicate text, shared contacts, reviewer bursts. */
import { describe, expect, it } from 'vitest';
import { CrossMemory } from '../../lib/memory/cross';
import { contactsOf, fingerprint, minhash, normaliseUrl, similarity } from '../../lib/memory/fingerprint';
import { sharedPassages } from '../../lib/memory/passages';
import type { Profile } from '../../lib/profile';
import { profile } from '../helpers';

const BIO =
  'I am a senior full stack developer with eight years of experience in React, Node.js and AWS. I have built dashboards for fintech startups, e-commerce stores with Stripe payments and real-time chat applications. I communicate daily, deliver on time and write clean tested code. Let us talk about your project and how I can help your team ship faster.';

const fp = (key: string, p: Partial<Profile>) => fingerprint(key, profile(p), '2026-11-20T00:00:00Z');

describe('text fingerprints', () => {
  it('finds near-identical text despite small edits and reordering, not different text', () => {
    const a = minhash(BIO)!;
    const edited = BIO.replace('eight years', '7 years').replace('AWS', 'GCP').split('. ').reverse().join('. ');
    expect(similarity(a, minhash(edited)!)).toBeGreaterThan(0.6);
    const other =
      'Data scientist focused on forecasting and experiment design. I use Python, pandas and PyTorch, and I have shipped models for logistics and retail companies. I like clear problem statements, careful validation and honest reporting of uncertainty to stakeholders.';
    expect(similarity(a, minhash(other)!)).toBeLessThan(0.2);
    expect(minhash('React developer')).toBeUndefined(); // too short to call a copy
  });

  it('quotes the shared passages', () => {
    const edited = BIO.replace('eight years', '7 years');
    expect(sharedPassages(edited, BIO)[0]).toEqual([
      'I have built dashboards for fintech startups, e-commerce stores with Stripe payments and real-time chat applications.',
      'I have built dashboards for fintech startups, e-commerce stores with Stripe payments and real-time chat applications.',
    ]);
  });
});

describe('contacts as identities', () => {
  it.each([
    ['https://www.GitHub.com/DevSample?tab=1', 'github:devsample'],
    // A repository is the account's work, not the account (hostile review 19): see tests/memory/contact-owner.test.ts.
    ['https://www.GitHub.com/DevSample/repo?tab=1', undefined],
    ['https://devsample.netlify.app/', 'url:devsample.netlify.app'],
    ['http://www.example.com/portfolio/#top', 'url:example.com/portfolio'],
    ['https://www.linkedin.com/in/jane-doe-123/', 'linkedin:jane-doe-123'],
    ['https://github.com/', undefined],
    ['https://www.upwork.com/freelancers/~01abc', undefined],
    ['javascript:alert(1)', undefined],
  ])('%s → %s', (url, key) => {
    expect(normaliseUrl(url)).toBe(key);
  });

  it('normalises handles, e-mail and phone numbers from the profile text and links', () => {
    expect(
      contactsOf(
        profile({
          bio: 'Telegram: @Dev_Team_TG, mail j.o.h.n+jobs@gmail.com, WhatsApp +44 7911 123456',
          links: ['https://github.com/devsample'],
        }),
      ).sort(),
    ).toEqual(['email:john@gmail.com', 'github:devsample', 'phone:+447911123456', 'telegram:dev_team_tg']);
  });
});

describe('CrossMemory', () => {
  it('finds text, contacts and reviewer bursts among the others, never itself', () => {
    const m = new CrossMemory();
    m.add(fp('upwork:a', { name: 'Anna', bio: BIO, links: ['https://github.com/shared'] }));
    m.add(
      fp('upwork:b', {
        name: 'Bob',
        bio: 'Short bio',
        reviews: [{ client: 'Acme Ltd', rating: 5, date: '2026-10-01' }],
      }),
    );
    m.add(fp('upwork:c', { name: 'Cy', reviews: [{ client: 'acme ltd', rating: 4.9, date: '2026-10-20' }] }));
    m.add(fp('upwork:d', { name: 'Di', reviews: [{ client: 'Acme Ltd', rating: 5, date: '2025-01-01' }] }));
    const me = fp('upwork:new', {
      name: 'Eve',
      bio: BIO.replace('eight', 'nine'),
      links: ['https://www.github.com/Shared'],
      reviews: [{ client: 'ACME LTD', rating: 5, date: '2026-10-10' }],
    });
    const hits = m.check(me);
    expect(hits.text.map((h) => h.key)).toEqual(['upwork:a']);
    expect(hits.contacts).toEqual([{ key: 'upwork:a', contact: 'github:shared' }]);
    expect(hits.bursts).toEqual([
      {
        client: 'acme ltd',
        date: '2026-10-10',
        others: expect.arrayContaining([
          { key: 'upwork:b', date: '2026-10-01' },
          { key: 'upwork:c', date: '2026-10-20' },
        ]),
      },
    ]);
    expect(hits.bursts[0]!.others).toHaveLength(2); // the 2025 review is outside the window
    m.add(me);
    expect(m.check(me).text.map((h) => h.key)).toEqual(['upwork:a']);
    m.delete('upwork:a');
    expect(m.check(me).text).toEqual([]);
    expect(m.check(me).contacts).toEqual([]);
  });
});
