import { describe, expect, it } from 'vitest';
import { analyzeRead } from '../../lib/analyze';
import { freelancer } from '../../lib/sites/freelancer';
import { documentFrom, fixture, NOW } from '../helpers';

const CASES = ['user1x1', 'user3x1', 'user6x1'];
const url = (u: string) => new URL(`https://www.freelancer.com/u/${u}`);

describe('Freelancer.com adapter on anonymized real pages', () => {
  it.each(CASES)('u_%s reads exactly the expected profile', (u) => {
    const doc = documentFrom(fixture(`freelancer/u_${u}.html`));
    expect(freelancer.read(doc, url(u))).toEqual(JSON.parse(fixture(`freelancer/u_${u}.expected.json`)));
  });

  it('reads the shown USD rate, not the state’s primary currency (INR on this page)', () => {
    const r = freelancer.read(documentFrom(fixture('freelancer/u_user3x1.html')), url('user3x1'));
    expect(r.profile?.hourlyRate).toEqual({ amount: 25, currency: 'USD' });
  });

  it('the legacy Asia/Calcutta zone fits India: no location finding on a long-standing verified profile', () => {
    const r = freelancer.read(documentFrom(fixture('freelancer/u_user3x1.html')), url('user3x1'));
    const a = analyzeRead('freelancer', 'u', r, { now: NOW });
    expect(a.findings.map((f) => f.rule)).not.toContain('location-timezone-mismatch');
    expect(a.risk.level).not.toBe('high');
  });

  it('is case-insensitive about the username in the URL', () => {
    const r = freelancer.read(documentFrom(fixture('freelancer/u_user1x1.html')), url('USER1X1'));
    expect(r.status).toBe('ok');
  });
});

describe('Freelancer.com adapter on bad input', () => {
  it('a page without the transfer state is read from the markup, partially', () => {
    const html = fixture('freelancer/u_user1x1.html').replace(/<script id="webapp-state"[\s\S]*?<\/script>/, '');
    const r = freelancer.read(documentFrom(html), url('user1x1'));
    expect(r.status).toBe('partial');
    expect(r.missing).toEqual(expect.arrayContaining(['embedded-state', 'timezone', 'memberSince']));
    expect(r.profile?.name).toBe('Person1-11 X.');
  });

  it('a corrupt state is not trusted', () => {
    const html = fixture('freelancer/u_user1x1.html').replace(
      'id="webapp-state" type="application/json">{',
      'id="webapp-state" type="application/json">{{',
    );
    expect(freelancer.read(documentFrom(html), url('user1x1')).missing).toContain('embedded-state');
  });

  it('another user’s page state does not answer for this URL', () => {
    const r = freelancer.read(documentFrom(fixture('freelancer/u_user1x1.html')), url('someoneelse'));
    expect(r.status).not.toBe('ok');
    expect(r.profile?.id).toBeUndefined();
  });

  it('an unrelated page is unreadable', () => {
    expect(freelancer.read(documentFrom('<html><body>down for maintenance</body></html>'), url('x1')).status).toBe(
      'unreadable',
    );
  });
});
