import { describe, expect, it } from 'vitest';
import { analyzeRead, normalizeProfile } from '../lib/analyze';
import { setLocale } from '../lib/i18n';
import { memoryRules, messageRules, profileRules } from '../lib/rules';
import { upwork } from '../lib/sites/upwork';
import { documentFrom, fixture, NOW, profile } from './helpers';

const read = (name: string, id: string) =>
  upwork.read(documentFrom(fixture(`upwork/${name}.html`)), new URL(`https://www.upwork.com/freelancers/${id}`));

describe('analyzeRead', () => {
  it('the real page (Ukraine, UTC default) gets no high finding, only a low note, and says what was not checked', () => {
    const a = analyzeRead('upwork', 'u', read('visitor-view', '~01a1b2c3d4e5f60718'), { now: NOW });
    expect(a.findings.map((f) => [f.rule, f.severity, f.note])).toEqual([['location-timezone-mismatch', 'low', true]]);
    // A note on a verified account with two years and 13 reviews: it never colours the badge (issue #12).
    expect(a.risk.level).toBe('none');
    expect(a.risk.unchecked).toEqual([
      'The profile shows no portfolio or website links, so where they are hosted could not be checked',
      'Photo not compared with other profiles',
      'No proposal or message text checked',
    ]);
  });

  it('the persona matches the rules it was built for', () => {
    const a = analyzeRead('upwork', 'u', read('red-flags-persona', '~01f0e1d2c3b4a59687'), { now: NOW });
    expect(a.findings.map((f) => [f.rule, f.severity])).toEqual([
      ['location-timezone-mismatch', 'high'],
      ['new-account', 'medium'],
      ['thin-history', 'medium'],
      ['review-burst', 'low'],
      ['no-photo', 'low'],
      ['unverified-identity', 'low'],
      ['off-platform-contact-in-profile', 'medium'],
      ['crypto-payment-in-profile', 'high'],
      ['free-hosting-portfolio', 'low'],
      ['very-broad-skills', 'low'],
    ]);
    expect(a.risk).toMatchObject({ level: 'high', score: 10 });
  });

  it('a new, ambitious profile is not "High" for two findings weighing the same claims (one group: account)', () => {
    const ambitious = profile({
      name: 'Sam',
      title: 'Senior Full-Stack Developer',
      bio: '10+ years of React and Node.',
      hourlyRate: { amount: 85, currency: 'USD' },
      memberSince: '2026-05-20',
      stats: { jobs: 0, hours: 0, reviews: 0, jobSuccess: 100 },
    });
    const a = analyzeRead('upwork', 'u', { status: 'ok', missing: [], profile: ambitious }, { now: NOW });
    expect(a.findings.filter((f) => !f.note).map((f) => [f.rule, f.severity])).toEqual([
      ['new-account', 'medium'],
      ['thin-history', 'medium'],
    ]);
    expect(a.risk.level).toBe('medium');
    // A medium finding of another group beside them still makes it high.
    const withContact = { ...ambitious, bio: `${ambitious.bio} Telegram: @sam_dev_85` };
    const b = analyzeRead('upwork', 'u', { status: 'ok', missing: [], profile: withContact }, { now: NOW });
    expect(b.findings.map((f) => f.rule)).toContain('off-platform-contact-in-profile');
    expect(b.risk.level).toBe('high');
  });

  it('what could not be checked is said in words for a person: no rule id, no field name', () => {
    const ids = [...profileRules, ...messageRules, ...memoryRules].map((r) => r.id);
    const fields = /\b(?:photoUrl|memberSince|timezone|location\.country|embedded-state|jsonld|invalid:)\b/;
    const reads = [
      read('visitor-view', '~01a1b2c3d4e5f60718'),
      { status: 'unreadable' as const, missing: ['name'] },
      {
        status: 'partial' as const,
        missing: ['photoUrl', 'memberSince', 'embedded-state', 'name:conflict', 'invalid:location.country', 'jsonld'],
        profile: profile({ name: 'Sam' }),
      },
    ];
    for (const locale of ['en', 'de'] as const) {
      setLocale(locale);
      for (const r of reads) {
        const texts = analyzeRead('upwork', 'u', r, { now: NOW }).risk.unchecked;
        expect(texts.length).toBeGreaterThan(0);
        for (const u of texts) {
          for (const id of ids) expect(u, u).not.toContain(id);
          expect(u, u).not.toMatch(fields);
        }
      }
    }
    setLocale('en');
  });

  it('a field a read in part did not read is "not read", never "the page shows none" (ui31 review, point 1)', () => {
    const bare = profile({ name: 'Sam', location: { country: 'US' } });
    const shown = analyzeRead('upwork', 'u', { status: 'ok', missing: [], profile: bare }, { now: NOW }).risk.unchecked;
    expect(shown).toContain(
      'The profile has no description to check for messenger handles or personal contact details',
    );
    // The embedded data not read: any absent field may be on the page.
    const inPart = (missing: string[]) =>
      analyzeRead('upwork', 'u', { status: 'partial', missing, profile: bare }, { now: NOW }).risk.unchecked;
    const noState = inPart(['embedded-state']);
    expect(noState).toContain(
      "The profile's description was not read from this page, so it was not checked for messenger handles or personal contact details",
    );
    expect(noState.join('\n')).not.toMatch(/has no description|shows no|lists no|does not show|shows neither/);
    // Only the named fields unread: the time zone is "not read", the description (read, empty) "none".
    const someFields = inPart(['timezone', 'memberSince']);
    expect(someFields).toContain(
      'The time zone was not read from this page, so the location could not be compared with the hours they keep',
    );
    expect(someFields).toContain(
      'When the account was created was not read from this page, so its age could not be checked',
    );
    expect(someFields).toContain('The profile has no description to check for payment in cryptocurrency');
    setLocale('de');
    expect(inPart(['embedded-state'])).toContain(
      'Die Profilbeschreibung wurde auf dieser Seite nicht gelesen, daher wurde sie nicht nach Zahlung in Kryptowährung durchsucht',
    );
    setLocale('en');
  });

  it('an unreadable page is never "no red flags": every rule is listed as not checked', () => {
    const a = analyzeRead('upwork', 'u', { status: 'unreadable', missing: ['name'] }, { now: NOW });
    expect(a.status).toBe('unreadable');
    expect(a.findings).toEqual([]);
    expect(a.risk.unchecked).toHaveLength(10);
  });

  it('fills the country code from the shown country name', () => {
    expect(normalizeProfile(profile({ location: { countryName: 'Ukraine' } })).location).toEqual({
      countryName: 'Ukraine',
      country: 'UA',
    });
  });
});
