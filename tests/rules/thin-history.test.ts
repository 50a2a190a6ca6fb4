import { describe, expect, it } from 'vitest';
import { rule } from '../../lib/rules/thin-history';
import { ctx, profile } from '../helpers';

describe('thin-history', () => {
  it.each([
    [
      'senior title, 10+ years, 1 job: medium',
      { title: 'Senior Developer', bio: '10+ years of experience', stats: { jobs: 1, reviews: 1, hours: 3 } },
      'medium',
    ],
    ['expert title, no jobs: low', { title: 'React Expert', stats: { jobs: 0 } }, 'low'],
    ['claims nothing, no jobs: nothing (a plain newcomer)', { title: 'Web developer', stats: { jobs: 0 } }, undefined],
    [
      'senior with 26 jobs: nothing',
      { title: 'Senior Developer', stats: { jobs: 26, reviews: 13, hours: 85 } },
      undefined,
    ],
    [
      'senior with 2 jobs but 300 hours: nothing',
      { title: 'Senior Developer', stats: { jobs: 2, reviews: 2, hours: 300 } },
      undefined,
    ],
    ['2 years claimed is not a big claim', { bio: '2 years of experience', stats: { jobs: 0 } }, undefined],
    ['no job count: not checked', { title: 'Senior Developer' }, undefined],
  ] as const)('%s', (_n, p, expected) => {
    expect(rule.check(profile(p), ctx())?.severity).toBe(expected);
  });
});
