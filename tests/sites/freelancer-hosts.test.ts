/**
 * Freelancer.com's country sites (issue 15): every host its own profile pages name as an alternate
 * (`<link rel="alternate" hreflang>` in the real saved pages) is matched, read and allowed, and nothing else.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentMatches, hostPermissions } from '../../lib/sites/hosts';
import { freelancer } from '../../lib/sites/freelancer';
import { FREELANCER_HOSTS } from '../../lib/sites/freelancer.page';
import { siteForHost } from '../../lib/sites';
import { documentFrom, fixture } from '../helpers';

const REAL = join(__dirname, '../../../shared/fixtures-real/freelancer');

describe('Freelancer.com country sites', () => {
  it.runIf(existsSync(REAL))('are exactly the hosts the real pages list as their alternates', () => {
    const listed = new Set<string>();
    for (const f of readdirSync(REAL)) {
      const html = readFileSync(join(REAL, f), 'utf8');
      for (const m of html.matchAll(/<link rel="alternate" href="https:\/\/([^/"]+)\/u\/[^"]+" hreflang="[^"]+"/g))
        listed.add(m[1]!);
    }
    expect([...listed].sort()).toEqual([...FREELANCER_HOSTS].sort());
  });

  it.each(FREELANCER_HOSTS)('%s: matched by the content script, permitted, and its /u/ pages are profiles', (host) => {
    expect(contentMatches).toContain(`https://${host}/*`);
    expect(hostPermissions).toContain(`https://${host}/*`);
    const url = new URL(`https://${host}/u/user1x1`);
    expect(siteForHost(url)?.id).toBe('freelancer');
    expect(freelancer.isProfilePage(url)).toBe(true);
  });

  it('a profile on a country site reads as the same profile as on www.freelancer.com', () => {
    const html = fixture('freelancer/u_user1x1.html');
    const www = freelancer.read(documentFrom(html), new URL('https://www.freelancer.com/u/user1x1'));
    const uk = freelancer.read(documentFrom(html), new URL('https://www.freelancer.co.uk/u/user1x1'));
    const de = freelancer.read(documentFrom(html), new URL('https://www.freelancer.de/u/user1x1'));
    expect(uk).toEqual(www);
    expect(de).toEqual(www);
    expect(www.profile?.url).toBe('https://www.freelancer.com/u/user1x1');
  });

  it('look-alike hosts are not Freelancer', () => {
    for (const h of ['freelancer.co.uk.evil.example', 'www.freelancer.example', 'www.freelancer.co', 'freelancer.de'])
      expect(freelancer.isProfilePage(new URL(`https://${h}/u/user1x1`))).toBe(false);
  });
});
