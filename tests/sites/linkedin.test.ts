import { describe, expect, it } from 'vitest';
import { analyzeRead } from '../../lib/analyze';
import { setLocale } from '../../lib/i18n';
import { linkedin } from '../../lib/sites/linkedin';
import { documentFrom, fixture, NOW } from '../helpers';

const CASES: [string, string][] = [
  ['guest-jsonld-2023', 'https://sg.linkedin.com/in/alex-sample-0001'],
  ['guest-dom-2026', 'https://www.linkedin.com/in/alex-sample-0001'],
  ['logged-in-2026', 'https://www.linkedin.com/in/alex-sample-0001'],
  ['authwall-2026', 'https://www.linkedin.com/in/alex-sample-0001'],
  ['mobile-lite-2025', 'https://www.linkedin.com/mwlite/profile/in/alex-sample-0001'],
];

describe('LinkedIn adapter on anonymized real pages', () => {
  it.each(CASES)('%s reads exactly the expected result', (name, url) => {
    const r = linkedin.read(documentFrom(fixture(`linkedin/${name}.html`)), new URL(url));
    expect(r).toEqual(JSON.parse(fixture(`linkedin/${name}.expected.json`)));
  });

  it.each([
    ['guest-jsonld-2023', 'SG', 16],
    ['guest-dom-2026', 'US', 5],
    ['logged-in-2026', 'JP', 0],
  ] as const)('%s: country as ISO code, experience entries', (name, country, jobs) => {
    const r = linkedin.read(
      documentFrom(fixture(`linkedin/${name}.html`)),
      new URL('https://www.linkedin.com/in/alex-sample-0001'),
    );
    expect(r.profile?.location?.country).toBe(country);
    expect(r.profile?.employment ?? []).toHaveLength(jobs);
    expect(r.profile?.stats?.connections).toBe(500);
  });

  it('the mobile site (signed in) gives name, headline, photo, "Joined" year, followers, skills and websites', () => {
    const r = linkedin.read(
      documentFrom(fixture('linkedin/mobile-lite-2025.html')),
      new URL('https://www.linkedin.com/mwlite/profile/in/alex-sample-0001'),
    );
    expect(r.profile).toMatchObject({
      name: 'Alex Sample',
      url: 'https://www.linkedin.com/in/alex-sample-0001',
      memberSince: '2019-01-01', // "Joined 2019": the oldest the account can be
      location: { city: 'Stuttgart Region' },
      stats: { connections: 500, followers: 11929 },
    });
    expect(r.profile?.skills).toHaveLength(19);
    expect(r.profile?.employment).toHaveLength(4);
    // The location names no country: said (the country is what was not read), not guessed.
    expect(r).toMatchObject({ status: 'partial', missing: ['location.country'] });
  });

  it("signed in (2026), the photo is the top card's own, not the cover photo, and followers are read", () => {
    const r = linkedin.read(
      documentFrom(fixture('linkedin/logged-in-2026.html')),
      new URL('https://www.linkedin.com/in/alex-sample-0001'),
    );
    expect(r.profile?.photoUrl).toBe('https://media.example.invalid/x.jpg');
    expect(r.profile?.stats).toEqual({ connections: 500, followers: 17457 });
    expect(r.missing).toEqual([]);
  });

  it('the mobile site and its /mwlite/ addresses are LinkedIn profiles; other /mwlite/ pages are not', () => {
    expect(linkedin.isProfilePage(new URL('https://www.linkedin.com/mwlite/profile/in/jane-doe'))).toBe(true);
    expect(linkedin.isProfilePage(new URL('https://www.linkedin.com/mwlite/in/jane-doe'))).toBe(true);
    expect(linkedin.isProfilePage(new URL('https://www.linkedin.com/mwlite/feed/'))).toBe(false);
    expect(linkedin.isProfilePage(new URL('https://www.linkedin.com/mwlite/profile/in/jane-doe/recent-activity'))).toBe(
      false,
    );
  });

  it('the sign-in wall is not a profile and gets no findings', () => {
    const read = linkedin.read(
      documentFrom(fixture('linkedin/authwall-2026.html')),
      new URL('https://www.linkedin.com/in/alex-sample-0001'),
    );
    const a = analyzeRead('linkedin', 'u', read, { now: NOW });
    expect(a.status).toBe('not-a-profile');
    expect(a.findings).toEqual([]);
  });

  it('says what LinkedIn does not show: no join date, time zone or verification to check', () => {
    const read = linkedin.read(
      documentFrom(fixture('linkedin/guest-dom-2026.html')),
      new URL('https://www.linkedin.com/in/alex-sample-0001'),
    );
    const a = analyzeRead('linkedin', 'u', read, { now: NOW });
    expect(a.risk.unchecked).toEqual(
      expect.arrayContaining([
        'This page shows the location but no time zone, so the location could not be compared with the hours they keep',
        'This page does not show when the account was created, so its age could not be checked',
        'This page does not say what the platform verified (identity, payment, phone)',
      ]),
    );
  });

  // Issue #12 (hm18): the signed-in page shows "Tokyo, Tokyo, Japan"; the panel's "does not show the country or
  // time zone" read as "no country". The location is read; what is missing is the time zone, and it says so.
  it('the signed-in layout: the location is read, and only the missing time zone is named', () => {
    const read = linkedin.read(
      documentFrom(fixture('linkedin/logged-in-2026.html')),
      new URL('https://www.linkedin.com/in/alex-sample-0001'),
    );
    expect(read.profile?.location?.country).toBe('JP');
    const a = analyzeRead('linkedin', 'u', read, { now: NOW });
    const location = a.risk.unchecked.filter((u) => /time zone/.test(u));
    expect(location).toEqual([
      'This page shows the location but no time zone, so the location could not be compared with the hours they keep',
    ]);
    expect(a.risk.unchecked.join('\n')).not.toMatch(/country/);
    setLocale('de');
    try {
      expect(analyzeRead('linkedin', 'u', read, { now: NOW }).risk.unchecked).toContain(
        'Diese Seite zeigt den Ort, aber keine Zeitzone, daher konnte der Ort nicht mit den Arbeitszeiten verglichen werden',
      );
    } finally {
      setLocale('en');
    }
  });

  it('a profile with neither a country nor a time zone says both', () => {
    const read = {
      status: 'ok' as const,
      missing: [],
      profile: { site: 'linkedin', url: 'https://www.linkedin.com/in/x', name: 'X' },
    };
    expect(analyzeRead('linkedin', 'u', read, { now: NOW }).risk.unchecked).toContain(
      "This page shows neither the freelancer's country nor a time zone, so the claimed location could not be compared with the hours they keep",
    );
  });

  it('reads the experience dates of the guest markup', () => {
    const r = linkedin.read(
      documentFrom(fixture('linkedin/guest-dom-2026.html')),
      new URL('https://www.linkedin.com/in/alex-sample-0001'),
    );
    expect(r.profile?.employment?.[0]).toMatchObject({ start: '2014-02' });
  });

  it('an unrelated page at a profile URL is unreadable', () => {
    expect(
      linkedin.read(
        documentFrom('<html><body><p>Something went wrong</p></body></html>'),
        new URL('https://www.linkedin.com/in/x1'),
      ).status,
    ).toBe('unreadable');
  });
});

describe('LinkedIn JSON-LD Person without cards', () => {
  it('reads employment and education from alumniOf', () => {
    const person = {
      '@context': 'http://schema.org',
      '@graph': [
        {
          '@type': 'Person',
          name: 'Alex Sample',
          address: { '@type': 'PostalAddress', addressLocality: 'Berlin', addressCountry: 'DE' },
          alumniOf: [
            {
              '@type': 'Organization',
              name: 'Acme',
              member: { '@type': 'OrganizationRole', startDate: '2020-01', endDate: '2022-05' },
            },
            {
              '@type': 'EducationalOrganization',
              name: 'TU Example',
              member: { '@type': 'OrganizationRole', startDate: 2010, endDate: 2014 },
            },
          ],
          knowsLanguage: [{ '@type': 'Language', name: 'German' }],
        },
      ],
    };
    const html = `<html><head><meta name="pageKey" content="public_profile_v3_desktop"><title>Alex Sample - Engineer | LinkedIn</title><script type="application/ld+json">${JSON.stringify(person)}</script></head><body></body></html>`;
    const r = linkedin.read(documentFrom(html), new URL('https://de.linkedin.com/in/alex-sample-0001'));
    expect(r.profile).toMatchObject({
      name: 'Alex Sample',
      location: { city: 'Berlin', country: 'DE' },
      employment: [{ company: 'Acme', start: '2020-01', end: '2022-05' }],
      education: [{ school: 'TU Example' }],
      languages: [{ name: 'German' }],
    });
  });
});
