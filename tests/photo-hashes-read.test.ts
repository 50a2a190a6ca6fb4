/**
 * The woken worker reads every photo's hashes a few thousand at a time (lib/team/store.ts photoHashes), pausing
 * between reads while a page is answered: each read resumes exactly after the last photo, also where photos share
 * the same hashes, and nothing is read twice or skipped.
 */
import { describe, expect, it } from 'vitest';
import { photoHashes } from '../lib/team/store';
import { openRadarDb } from '../lib/storage/db';

describe('photoHashes in reads of a few at a time', () => {
  it('reads every own and team photo once, in any read size, pausing before each read', async () => {
    const db = await openRadarDb(`photo-hashes-${Math.random()}`);
    const tx = db.transaction(['photos', 'team'], 'readwrite');
    const own: [string, string][] = [];
    for (let i = 0; i < 23; i++) {
      // Every third photo shares its hashes with the one before (the index holds duplicates).
      const hashes = `${String(Math.floor(i / 3) * 3).padStart(16, '0')},-`;
      const key = `github:p${String(i).padStart(2, '0')}`;
      own.push([key, hashes]);
      void tx.objectStore('photos').put({
        profileKey: key,
        site: 'github',
        url: `https://github.com/p${i}`,
        photoUrl: '',
        hashes,
        thumb: new Uint8Array(0),
        seenAt: '2026-11-01T10:00:00.000Z',
      });
    }
    for (let i = 0; i < 7; i++)
      void tx.objectStore('team').put({ id: `t${i}`, seenAt: '2026-11-01', photo: { hashes: `${i}abc` } } as never);
    // A team record without a photo is not in the hashes index.
    void tx.objectStore('team').put({ id: 'none', seenAt: '2026-11-01' } as never);
    await tx.done;
    const team = Array.from({ length: 7 }, (_, i) => [`@team:t${i}`, `${i}abc`]);
    const expected = [...own, ...team].sort((a, b) => a[0].localeCompare(b[0]));
    for (const size of [1, 2, 3, 4, 5, 2000]) {
      let pauses = 0;
      const got = await photoHashes(db, async () => void pauses++, size);
      expect([...got].sort((a, b) => a[0].localeCompare(b[0]))).toEqual(expected);
      expect(got).toHaveLength(30);
      // One pause before each read: ceil(23 / size) + ceil(7 / size) reads, one more where a store ends on a read.
      expect(pauses).toBeGreaterThanOrEqual(Math.ceil(23 / size) + Math.ceil(7 / size));
      expect(pauses).toBeLessThanOrEqual(Math.ceil(23 / size) + Math.ceil(7 / size) + 2);
    }
    db.close();
  });
});
