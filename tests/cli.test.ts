import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, radar } from './helpers';

// Each case starts the CLI (tsx compiling on a loaded two-core machine takes seconds): a wider time limit.
describe('radar CLI', { timeout: 60_000 }, () => {
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

  it('speaks German with --lang de or a German environment, and refuses another language', () => {
    const msg = 'Bitte installieren Sie AnyDesk.';
    const de = radar(['message', '--text', '--lang', 'de'], msg);
    expect(de.code).toBe(0);
    expect(de.out.split('\n').slice(0, 4)).toEqual([
      'Keine Warnsignale · 1 Hinweis',
      '',
      'Hinweise (keine Warnsignale)',
      '1. Bittet um Fernzugriff auf den Rechner',
    ]);
    expect(radar(['message', '--text'], msg, { LANG: 'de_DE.UTF-8' }).out).toBe(de.out);
    expect(radar(['message', '--text', '--lang', 'en'], msg, { LANG: 'de_DE.UTF-8' }).out).toContain(
      'Only a note: one sentence',
    );
    const bad = radar(['message', '--lang', 'fr'], msg);
    expect([bad.code, bad.err]).toEqual([2, expect.stringContaining('--lang is en or de')]);
  });

  it('message reads stdin and a file and reports the message rules', () => {
    const r = radar(['message'], 'Please pay me in USDT. Add me on Telegram @dev_bob_77.');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out);
    expect(out.findings.map((f: any) => f.rule)).toEqual(['crypto-payment-request', 'move-off-platform']);
    // One sentence, but the same message gives a Telegram handle: a red flag, and it says why.
    expect(out.findings[0].evidence).toEqual([
      '“Please pay me in USDT.”',
      'Red flag: the same message also asks for something else risky (Invites moving the conversation off the platform).',
    ]);
    expect(out.findings[0].note).toBeUndefined();
    expect(out.risk).toMatchObject({ level: 'high', unchecked: [] });
    const dir = mkdtempSync(join(tmpdir(), 'radar-'));
    writeFileSync(join(dir, 'm.txt'), 'We never pay in crypto; all payments go through the platform.');
    const clean = radar(['message', '--file', join(dir, 'm.txt')]);
    expect(clean.code).toBe(0);
    expect(JSON.parse(clean.out)).toEqual({ findings: [], risk: { level: 'none', score: 0, unchecked: [] } });
  });

  it.each([['--help'], ['-h'], ['help'], ['scan', '--help'], ['message', '-h']])(
    '%j prints the help (how to read a report) and exits 0',
    (...args) => {
      const r = radar(args);
      expect(r.code).toBe(0);
      expect(r.out).toMatch(/^Red Flag Radar on the command line/);
      expect(r.out).toContain('radar scan <file.html|folder>');
      expect(r.out).toContain('not that the person is\nsafe');
      expect(r.err).toBe('');
    },
  );

  it('scan --text prints the panel in words: verdict, evidence, sources, the disclaimer', () => {
    const scan = radar(['scan', join(FIXTURES, 'upwork/red-flags-persona.html'), '--now', '2026-06-10', '--text']);
    expect(scan.code).toBe(0);
    expect(scan.out).toContain('Red Flag Radar: ');
    expect(scan.out).toContain('Claimed location: New York, United States');
    expect(scan.out).toMatch(/Source: G1 Red flag indicators \(inconsistent claimed work location and hours\)/);
    expect(scan.out).toContain('A red flag is not proof. It is a reason to verify.');
  });

  it('--text says when a page was not read, and how to give its address', () => {
    const dir = mkdtempSync(join(tmpdir(), 'radar-'));
    writeFileSync(join(dir, 'p.html'), '<html><body><h3>X</h3></body></html>');
    const none = radar(['scan', join(dir, 'p.html'), '--text']);
    expect(none.out).toContain('Not read: this is not a profile page of a supported site');
    expect(none.out).toContain('--url');
  });

  it('message --text lists each red flag with its sentence; a clean message says no red flags, never "safe"', () => {
    const msg = radar(['message', '--text'], 'Please pay me in USDT. Add me on Telegram @dev_bob_77.');
    expect(msg.code).toBe(0);
    expect(msg.out).toContain('1. High: Asks to be paid in cryptocurrency\n   - “Please pay me in USDT.”');
    expect(msg.out).toContain('Red flags');
    const clean = radar(['message', '--text'], 'Thanks, I will send the estimate through Upwork.');
    expect(clean.out).toMatch(/^No red flags/);
    expect(clean.out).toContain('A red flag is not proof');
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

// hostile20: a saved page nested 100,000 elements deep overflowed the HTML parser's stack (a browser stops nesting at
// 512 levels and reads it), and the whole run stopped with "internal error" and no report at all: one hostile page
// in a folder hid every other page's findings.
describe('radar scan on a page it cannot parse', { timeout: 120_000 }, () => {
  const deep = (n: number) =>
    `<html><head><link rel="canonical" href="https://www.upwork.com/freelancers/~01abcdefabcdefabcd"></head><body>${'<div>'.repeat(n)}x${'</div>'.repeat(n)}</body></html>`;

  it('reports that page as not read and the others as usual', () => {
    const dir = mkdtempSync(join(tmpdir(), 'radar-deep-'));
    writeFileSync(join(dir, 'a.html'), readFileSync(join(FIXTURES, 'upwork/red-flags-persona.html'), 'utf8'));
    writeFileSync(join(dir, 'b.html'), deep(100_000));
    const r = radar(['scan', dir, '--now', '2026-06-10']);
    expect([r.code, r.err]).toEqual([0, '']);
    const [a, b] = JSON.parse(r.out);
    expect([a.status, a.risk.level]).toEqual(['ok', 'high']);
    expect(b).toMatchObject({ file: join(dir, 'b.html'), site: null, status: 'unreadable', findings: [] });
    expect(b.risk.unchecked).toEqual([expect.stringMatching(/^Not read: the saved file could not be parsed/)]);
    const text = radar(['scan', join(dir, 'b.html'), '--text']);
    expect([text.code, text.out]).toEqual([0, expect.stringContaining('Not read: the saved file could not be parsed')]);
  });
});
