import { describe, expect, it } from 'vitest';
import { rule } from '../../lib/rules/very-broad-skills';
import { ctx, profile } from '../helpers';

const broad = [
  'React',
  'Node.js',
  'Solidity',
  'Flutter',
  'Unity',
  'TensorFlow',
  'AWS',
  'Figma',
  'SEO',
  'WordPress',
  'Salesforce',
  'Embedded C',
  'Video Editing',
  'Data Entry',
  'Swift',
];
const email = [
  'Email Automation',
  'Automation',
  'Klaviyo',
  'Email Deliverability',
  'Email Marketing',
  'Email Campaign',
  'Email & Newsletter',
  'Email Support',
  'Email Platform Account Setup',
  'Email Campaign Setup',
  'Email Template Development',
  'Email Outreach',
  'Digital Marketing',
  'Marketing',
  'Marketing Audit',
  'Marketing Analytics',
  'Marketing Strategy',
  'Marketing Automation',
  'Customer Retention Strategy',
];

describe('very-broad-skills', () => {
  it('flags 15 skills over many unrelated fields', () => {
    expect(rule.check(profile({ skills: broad }), ctx())?.severity).toBe('low');
  });
  it('does not flag a long but focused list (the real page’s 19 e-mail marketing skills)', () => {
    expect(rule.check(profile({ skills: email }), ctx())).toBeUndefined();
  });
  it("does not check a company's account: a team lists all its people's skills (issue #12)", () => {
    expect(rule.check(profile({ skills: broad, agency: true }), ctx())).toBeUndefined();
  });
  it("cites the catalogue's source (docs/red-flags.md: G1, the advisory's sample résumé)", () => {
    expect(rule.check(profile({ skills: broad }), ctx())?.sources).toEqual([
      'G1 (the advisory’s sample résumé: skills across unrelated fields)',
    ]);
  });
  it('does not flag a short list', () => {
    expect(rule.check(profile({ skills: broad.slice(0, 10) }), ctx())).toBeUndefined();
  });
});

describe('skill fields', () => {
  it('recognises names with symbols and ignores words inside other words', async () => {
    const { skillFields } = await import('../../lib/rules/very-broad-skills');
    expect([...skillFields(['C++', 'C#', '.NET', 'Embedded C'])].sort()).toEqual(['back end', 'embedded']);
    expect([...skillFields(['Maintenance', 'Gopher', 'Javanese'])]).toEqual([]);
  });
});
