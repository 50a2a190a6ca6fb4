/** `radar scan` over several files reports the cross-profile findings among them. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { githubPage, radar } from './helpers';

const BIO =
  'Senior full stack developer with eight years in React, Node.js and AWS. I built dashboards for fintech startups, online stores with Stripe payments and real-time chat apps. I communicate daily, deliver on time and write clean tested code for every client I work with.';

function save(dir: string, login: string, name: string, bio: string) {
  const html = githubPage(login, '90000001', name).replace(/Full-stack developer\. Telegram: @\w+/, bio);
  writeFileSync(join(dir, `${login}.html`), html);
}

describe('radar scan across files', () => {
  it('finds near-identical text and a shared handle under different names, not between unrelated pages', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rfr-cli-cross-'));
    save(dir, 'alice', 'Alice Example', `${BIO} Telegram: @team_handle_tg`);
    save(dir, 'bob', 'Bob Other', `${BIO.replace('eight', 'nine')} Telegram: @team_handle_tg`);
    save(dir, 'carol', 'Carol Third', 'Data scientist. Python, pandas, forecasting. Telegram: @carol_own_tg');
    const r = radar(['scan', dir, '--now', '2026-11-27']);
    expect(r.code).toBe(0);
    const reports = JSON.parse(r.out) as { file: string; findings: { rule: string; evidence: string[] }[] }[];
    const rules = (login: string) => reports.find((x) => x.file.endsWith(`${login}.html`))!.findings;
    const bob = rules('bob');
    expect(bob.find((f) => f.rule === 'duplicate-text')?.evidence[0]).toMatch(
      /^Near-identical text on “Alice Example” \(GitHub/,
    );
    expect(bob.find((f) => f.rule === 'shared-contact')?.evidence).toEqual([
      'Telegram team_handle_tg is also on “Alice Example” (GitHub, https://github.com/alice), seen Nov\u00a027,\u00a02026',
    ]);
    expect(rules('alice').map((f) => f.rule)).toEqual(expect.arrayContaining(['duplicate-text', 'shared-contact']));
    expect(rules('carol').map((f) => f.rule)).not.toContain('shared-contact');
    expect(rules('carol').map((f) => f.rule)).not.toContain('duplicate-text');
  });
});
