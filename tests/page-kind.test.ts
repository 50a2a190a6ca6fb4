import { describe, expect, it } from 'vitest';
import type { Analysis } from '../lib/analyze';
import { pageKind } from '../lib/page-kind';
import type { TabState } from '../lib/tab-state';

const read = (status: Analysis['status']): TabState => ({ kind: 'analysis', analysis: { status } as Analysis });

describe('the kind of page the popup speaks about', () => {
  it.each([
    ['https://www.upwork.com/', undefined, { kind: 'site', site: 'Upwork', readsMessages: true }],
    [
      'https://www.upwork.com/nx/search/talent/?q=react',
      undefined,
      { kind: 'site', site: 'Upwork', readsMessages: true },
    ],
    ['https://www.upwork.com/ab/messages/rooms/room_abc', undefined, { kind: 'messages', site: 'Upwork' }],
    ['https://www.linkedin.com/messaging/thread/2-abc/', undefined, { kind: 'messages', site: 'LinkedIn' }],
    ['https://www.linkedin.com/authwall?trk=x', undefined, { kind: 'wall', site: 'LinkedIn' }],
    ['https://www.upwork.com/ab/account-security/login', undefined, { kind: 'wall', site: 'Upwork' }],
    ['https://sg.linkedin.com/in/alex', read('not-a-profile'), { kind: 'wall', site: 'LinkedIn' }],
    ['https://sg.linkedin.com/in/alex', read('ok'), { kind: 'profile' }],
    ['https://www.linkedin.com/in/alex', undefined, { kind: 'profile' }],
    [
      'https://www.upwork.com/freelancers/~01a1',
      { kind: 'disabled', site: 'Upwork' },
      { kind: 'disabled', site: 'Upwork' },
    ],
    ['https://example.org/', undefined, { kind: 'elsewhere' }],
    ['chrome://newtab/', undefined, { kind: 'elsewhere' }],
    [undefined, undefined, { kind: 'elsewhere' }],
    ['https://www.upwork.com.evil.example/', undefined, { kind: 'elsewhere' }],
  ] as const)('%s', (url, state, kind) => {
    expect(pageKind(url, state as TabState | undefined)).toEqual(kind);
  });
});
