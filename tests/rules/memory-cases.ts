/** Shared pieces for the memory rules' tests. */
import type { OtherProfile } from '../../lib/rules/types';

export const NOW = new Date('2026-11-27T10:00:00Z');
export const other = (over: Partial<OtherProfile> = {}): OtherProfile => ({
  site: 'freelancer',
  name: 'Maria Lopez',
  url: 'https://www.freelancer.com/u/marial',
  seenAt: '2026-11-20T09:00:00Z',
  sameName: false,
  ...over,
});
