import { describe, expect, it } from 'vitest';
import { rule } from '../../lib/rules/recycled-photo';
import type { PhotoMatch } from '../../lib/rules/types';
import { profile } from '../helpers';

const NOW = new Date('2026-11-27T10:00:00Z');
const match = (over: Partial<PhotoMatch>): PhotoMatch => ({
  site: 'linkedin',
  name: 'Maria Lopez',
  url: 'https://www.linkedin.com/in/maria-lopez',
  seenAt: '2026-11-20T09:00:00Z',
  score: 0.93,
  sameName: false,
  preview: 'data:image/jpeg;base64,AAAA',
  ...over,
});

describe('recycled-photo', () => {
  it.each([
    ['not compared (photo not loaded yet): nothing', undefined, undefined],
    ['compared, no match: nothing', [], undefined],
    ['the same photo under another name: high', [match({})], 'high'],
    [
      'under an unknown name: high (the photo is reused, the name cannot clear it)',
      [match({ sameName: undefined, name: undefined })],
      'high',
    ],
    ['the same person under the same name on another site: not a red flag', [match({ sameName: true })], undefined],
  ] as const)('%s', (_n, photoMatches, expected) => {
    const f = rule.check(profile({ name: 'John Smith' }), {
      now: NOW,
      photoMatches,
      photoPreview: 'data:image/jpeg;base64,BBBB',
    });
    expect(f?.severity).toBe(expected);
  });

  it('quotes the other profile: name, site, link, when seen, similarity; shows both photos', () => {
    const f = rule.check(profile({ name: 'John Smith' }), {
      now: NOW,
      photoMatches: [match({}), match({ sameName: true, name: 'John Smith', url: 'https://github.com/js' })],
      photoPreview: 'data:image/jpeg;base64,BBBB',
    })!;
    expect(f.evidence).toEqual([
      'Same photo as “Maria Lopez” on LinkedIn (https://www.linkedin.com/in/maria-lopez), seen Nov\u00a020,\u00a02026; similarity 93%',
    ]);
    expect(f.images?.map((i) => i.src)).toEqual(['data:image/jpeg;base64,BBBB', 'data:image/jpeg;base64,AAAA']);
    expect(f.sources.join(' ')).toContain('G3');
  });
});
