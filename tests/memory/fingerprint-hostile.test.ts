/**
 * Issue 14, defect 1: one bare `%` in a link switched the memory off (decodeURIComponent threw "URI malformed"
 * out of the fingerprint, so the profile was never stored and every cross-profile check was skipped).
 */
import { describe, expect, it } from 'vitest';
import { contactsOf, fingerprint, normaliseUrl, safeDecode } from '../../lib/memory/fingerprint';
import { NOW, profile } from '../helpers';

describe('fingerprint on hostile URLs', () => {
  it.each([
    ['a bare % at the end', 'http://shop.example/sale-50%', 'url:shop.example/sale-50%'],
    ['a % before non-hex', 'https://shop.example/50%off', 'url:shop.example/50%off'],
    ['a truncated escape', 'https://shop.example/a%E0%A4%A', 'url:shop.example/a%e0%a4%a'],
    ['a lone surrogate escape', 'https://shop.example/x%ED%A0%80y', 'url:shop.example/x%ed%a0%80y'],
    ['valid escapes beside a bad one', 'https://shop.example/caf%C3%A9-50%', 'url:shop.example/café-50%'],
    ['an escaped %', 'https://shop.example/sale-50%25', 'url:shop.example/sale-50%'],
  ])('normaliseUrl keeps the link (%s)', (_n, raw, key) => {
    expect(normaliseUrl(raw)).toBe(key);
  });

  it('a GitHub account with a bad escape is still the account', () => {
    expect(normaliseUrl('https://github.com/dev%')).toBe('github:dev%');
  });

  it('a LinkedIn URL without a slug is no identity', () => {
    expect(normaliseUrl('https://www.linkedin.com/in/')).toBeUndefined();
  });

  it('safeDecode decodes what it can and keeps the rest', () => {
    expect(safeDecode('%')).toBe('%');
    expect(safeDecode('%41%')).toBe('A%');
    expect(safeDecode('%zz%41')).toBe('%zzA');
    expect(safeDecode('%C3%A9%C3')).toBe('é%C3');
  });

  it('a profile with such a link in its bio, title and links is fingerprinted with its contacts', () => {
    const p = profile({
      id: '~01pct',
      name: 'Percent',
      title: 'Sale at http://shop.example/sale-50%',
      bio: 'Telegram: @pct_dev_tg. My shop: http://shop.example/sale-50% and https://portfolio.example/work%',
      links: ['http://shop.example/sale-50%', 'https://github.com/pctdev%'],
    });
    const fp = fingerprint('upwork:~01pct', p, '2026-06-01T00:00:00.000Z');
    expect(fp.contacts).toEqual(
      expect.arrayContaining([
        'telegram:pct_dev_tg',
        'url:shop.example/sale-50%',
        'url:portfolio.example/work%',
        'github:pctdev%',
      ]),
    );
    expect(contactsOf(p)).toEqual(fp.contacts);
  });
});

describe('the CLI across files with such a page', () => {
  it('compares a page with a bare % in a link with the others (it threw "URI malformed")', async () => {
    const { analyzeRead } = await import('../../lib/analyze');
    const { compareProfiles } = await import('../../lib/cli/cross');
    const page = (file: string, id: string, bio: string) => {
      const p = profile({ id, name: id, url: `https://www.upwork.com/freelancers/${id}`, bio });
      const a = analyzeRead('upwork', p.url, { status: 'ok', profile: p, missing: [] }, { now: NOW });
      return { ...a, file };
    };
    const { reports } = await compareProfiles(
      [
        page('a.html', '~01a', 'Telegram: @shared_pct_tg. Sale: http://shop.example/sale-50%'),
        page('b.html', '~01b', 'Write me on Telegram: @shared_pct_tg'),
      ],
      NOW,
    );
    expect(reports.map((r) => r.findings.some((f) => f.rule === 'shared-contact'))).toEqual([true, true]);
  });
});
