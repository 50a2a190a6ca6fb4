import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, radar } from './helpers';

describe('radar CLI', () => {
  it('scan prints one report with the contract’s fields, dated by --now', () => {
    const r = radar(['scan', join(FIXTURES, 'upwork/red-flags-persona.html'), '--now', '2026-06-10']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out);
    expect(Object.keys(report)).toEqual(
      expect.arrayContaining(['file', 'url', 'site', 'status', 'missing', 'profile', 'findings', 'risk']),
    );
    expect(report).toMatchObject({
      site: 'upwork',
      status: 'ok',
      url: 'https://www.upwork.com/freelancers/~01f0e1d2c3b4a59687',
    });
    expect(report.risk.level).toBe('high');
    expect(report.findings.map((f: any) => f.rule)).toContain('new-account');
    expect(report.findings[0]).toEqual({
      rule: 'location-timezone-mismatch',
      severity: 'high',
      title: expect.any(String),
      evidence: expect.arrayContaining(['Claimed location: New York, United States']),
      sources: ['G1 Red flag indicators (inconsistent claimed work location and hours)'],
      advice: expect.any(String),
      // In no language, for the verdict line and the interview questions (lib/verdict.ts).
      facts: { place: 'New York', country: 'US', offset: 'UTC+09:00' },
    });
  });

  it('scan of a folder prints an array; --url chooses the adapter', () => {
    const all = radar(['scan', join(FIXTURES, 'upwork'), '--now', '2026-06-10']);
    expect(all.code).toBe(0);
    expect(JSON.parse(all.out).map((r: any) => r.risk.level)).toEqual(['high', 'none']);
    const dir = mkdtempSync(join(tmpdir(), 'radar-'));
    writeFileSync(join(dir, 'p.html'), '<html><body><h3 itemprop="name">X</h3></body></html>');
    const withUrl = JSON.parse(
      radar(['scan', join(dir, 'p.html'), '--url', 'https://www.upwork.com/freelancers/~01abcdefabcdefabcd']).out,
    );
    expect(withUrl).toMatchObject({ site: 'upwork', status: 'partial' });
    const none = JSON.parse(radar(['scan', join(dir, 'p.html')]).out);
    expect(none).toMatchObject({ site: null, status: 'not-a-profile', findings: [] });
  });

  it('message reads stdin and a file and reports the message rules', () => {
    const r = radar(['message'], 'Please pay me in USDT. Add me on Telegram @dev_bob_77.');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out);
    expect(out.findings.map((f: any) => f.rule)).toEqual(['crypto-payment-request', 'move-off-platform']);
    expect(out.findings[0].evidence).toEqual(['“Please pay me in USDT.”']);
    expect(out.risk).toMatchObject({ level: 'high', unchecked: [] });
    const dir = mkdtempSync(join(tmpdir(), 'radar-'));
    writeFileSync(join(dir, 'm.txt'), 'We never pay in crypto; all payments go through the platform.');
    const clean = radar(['message', '--file', join(dir, 'm.txt')]);
    expect(clean.code).toBe(0);
    expect(JSON.parse(clean.out)).toEqual({ findings: [], risk: { level: 'none', score: 0, unchecked: [] } });
  });

  it.each([
    [['scan', '/no/such/file.html'], 1, /^radar: cannot read \/no\/such\/file.html/],
    [['message', '--file', '/no/such/file.txt'], 1, /^radar: cannot read/],
    [['scan'], 2, /usage/],
    [['frobnicate'], 2, /usage/],
    [['scan', 'x.html', '--bogus'], 2, /usage/],
    [['scan', join(FIXTURES, 'upwork/visitor-view.html'), '--now', 'yesterday'], 2, /--now/],
  ])('%j exits %i with one line of reason, no stack trace', (args, code, message) => {
    const r = radar(args as string[]);
    expect(r.code).toBe(code);
    expect(r.err).toMatch(message);
    expect(r.err).not.toMatch(/\n\s+at /);
    expect(r.out).toBe('');
  });
});
