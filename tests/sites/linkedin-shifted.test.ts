/**
 * LinkedIn after markup shifts (issue 14, defect 12): values that do not look like their field are dropped
 * and the read is `partial`, never a wrong value read as `ok`.
 */
import { describe, expect, it } from 'vitest';
import { linkedin } from '../../lib/sites/linkedin';
import { documentFrom, fixture } from '../helpers';

// The saved page's own member (it names alex-sample-0001: read at another member's address it is not read).
const URL_A = new URL('https://sg.linkedin.com/in/alex-sample-0001');
const page = fixture('linkedin/guest-jsonld-2023.html');
const read = (html: string) => linkedin.read(documentFrom(html), URL_A);
const original = read(page);
const job = (r: ReturnType<typeof read>, title: string) => r.profile?.employment?.find((e) => e.title === title);

describe('LinkedIn employment after markup shifts', () => {
  it('the page as saved reads ok, its ranges from the <time> elements', () => {
    expect(original.status).toBe('ok');
    expect(job(original, 'Text 106')).toEqual({
      title: 'Text 106',
      company: 'Text 107',
      start: '2013-04',
      end: '2015-04',
    });
  });

  it('a range whose end year runs into the duration ("Apr 2013 - Apr 20152 years 1 month") is dropped', () => {
    const html = page.replace('<time>Apr 2013</time> - <time>Apr 2015</time>', 'Apr 2013 - Apr 2015');
    const r = read(html);
    expect(r.status).toBe('partial');
    expect(r.missing).toContain('employment');
    expect(job(r, 'Text 106')).toEqual({ title: 'Text 106', company: 'Text 107' });
  });

  it('a range with a space before its duration is still read', () => {
    const html = page.replace(
      '<time>Apr 2013</time> - <time>Apr 2015</time><span class="date-range__duration">',
      'Apr 2013 - Apr 2015 <span class="date-range__duration">',
    );
    expect(job(read(html), 'Text 106')).toEqual(job(original, 'Text 106'));
    expect(read(html).status).toBe('ok');
  });

  it.each([
    'data-tracking-control-name="public_profile_experience-item_profile-section-card_subtitle-click"',
    'public_profile_experience-item_profile-section-card_subtitle-click',
    'profile-section-card-subtitle-link',
    '<a href="https://www.linkedin.com/">',
  ])('an attribute string as a company is dropped: %s', (junk) => {
    const html = page.replace('> Text 107 </a>', `>${junk.replace(/</g, '&lt;').replace(/>/g, '&gt;')}</a>`);
    const r = read(html);
    expect(r.status).toBe('partial');
    expect(r.missing).toContain('employment');
    expect(job(r, 'Text 106')).toEqual({ title: 'Text 106', start: '2013-04', end: '2015-04' });
  });

  it.each(['2013 - 2015 - 2017', 'Foo 2013', 'Apr 201', 'since forever'])('a range "%s" is dropped', (range) => {
    const html = page.replace('<time>Apr 2013</time> - <time>Apr 2015</time>', range);
    const r = read(html);
    expect(r.status).toBe('partial');
    expect(job(r, 'Text 106')?.start).toBeUndefined();
  });
});

describe('LinkedIn JSON-LD entries that do not look like their field', () => {
  it('are dropped, and the read says partial', () => {
    const person = {
      '@type': 'Person',
      name: 'Jane Doe',
      alumniOf: [
        { '@type': 'Organization', name: 'Acme GmbH', member: { startDate: '2013-04', endDate: '2015' } },
        { '@type': 'Organization', name: 'class="top-card__link"', member: { startDate: 'Apr 20152 years' } },
        { '@type': 'EducationalOrganization', name: 'TU Berlin', member: { startDate: '2008', endDate: '2012' } },
      ],
    };
    const raw = {
      pageKey: 'public_profile_v3_desktop',
      jsonld: [JSON.stringify({ '@graph': [person] })],
      name: 'Jane Doe',
      title: 'Jane Doe | LinkedIn',
      location: 'Berlin, Germany',
    };
    const r = linkedin.interpret(raw, URL_A);
    expect(r.profile?.employment).toEqual([{ company: 'Acme GmbH', start: '2013-04', end: '2015' }]);
    expect(r.profile?.education).toEqual([{ school: 'TU Berlin', start: '2008', end: '2012' }]);
    expect(r.status).toBe('partial');
    expect(r.missing).toContain('employment');
  });
});
