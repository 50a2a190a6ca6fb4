/** Evidence export (HTML escaped, JSON complete) and the memory's export/import (merge, validation). */
import { describe, expect, it } from 'vitest';
import { evidenceHtml, evidenceJson } from '../lib/export/evidence';
import { exportMemory, importMemory, ImportError } from '../lib/export/memory';
import { setLocale } from '../lib/i18n';
import { formatDate } from '../lib/i18n/format';
import '../lib/i18n/pages';
import { openRadarDb, RadarStore, type StoredProfile } from '../lib/storage/db';
import type { Finding } from '../lib/rules/types';
import { profile } from './helpers';

const EVIL = '<img src=x onerror=alert(1)>"\'&';
const NOW = new Date('2026-11-27T12:00:00Z');
const finding: Finding = {
  rule: 'off-platform-contact-in-profile',
  severity: 'medium',
  title: 'x',
  evidence: [`Telegram @x ${EVIL}`],
  sources: ['G1 Red flag indicators'],
  advice: 'x',
};

async function storeWith() {
  const store = new RadarStore(await openRadarDb(`export-${Math.random()}`));
  await store.recordVisit(profile({ id: '~01a', name: EVIL }), 'medium', [finding], new Date('2026-11-01T00:00:00Z'));
  await store.update('upwork:~01a', (e) => ({
    ...e,
    notes: [{ at: '2026-11-02T00:00:00.000Z', text: `video call ok ${EVIL}` }],
    dismissals: [{ rule: 'no-photo', reason: 'has one now', at: '2026-11-02T00:00:00.000Z' }],
  }));
  return store;
}

describe('evidence export', () => {
  it('JSON carries the findings, evidence, sources with links, dates, URL, notes and dismissals', async () => {
    const e = (await (await storeWith()).get('upwork:~01a'))!;
    const j = evidenceJson(e, NOW);
    expect(j).toMatchObject({
      format: 'red-flag-radar-evidence',
      exportedAt: '2026-11-27T12:00:00.000Z',
      profile: { site: 'Upwork', url: e.url, name: EVIL },
      firstSeen: '2026-11-01T00:00:00.000Z',
      findings: [
        {
          rule: 'off-platform-contact-in-profile',
          severity: 'medium',
          evidence: [`Telegram @x ${EVIL}`],
          sources: [{ cite: 'G1 Red flag indicators', url: expect.stringMatching(/^https:\/\//) }],
        },
      ],
      notes: [{ text: `video call ok ${EVIL}` }],
      dismissals: [{ rule: 'no-photo', reason: 'has one now' }],
    });
  });

  it('HTML is printable, self-contained and escapes everything from the page', async () => {
    const html = evidenceHtml((await (await storeWith()).get('upwork:~01a'))!, NOW);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;');
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/<script/i);
  });
});

describe('the trusted mark in the evidence', () => {
  const trusted = async (over: Partial<StoredProfile>) => {
    const store = await storeWith();
    return (await store.update('upwork:~01a', (e) => ({ ...e, ...over })))!;
  };

  it('JSON and HTML say how the user verified the person, escaped in the HTML', async () => {
    const e = await trusted({ trustedAt: '2026-11-03T00:00:00.000Z', trustReason: `video call, ID seen ${EVIL}` });
    expect(evidenceJson(e, NOW)).toMatchObject({
      trustedAt: '2026-11-03T00:00:00.000Z',
      trustReason: `video call, ID seen ${EVIL}`,
    });
    const html = evidenceHtml(e, NOW);
    expect(html).toContain(
      'Marked as trusted by you on Nov\u00a03,\u00a02026: video call, ID seen &lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;',
    );
    expect(html).not.toContain('<img');
  });

  it('in German', async () => {
    setLocale('de');
    try {
      const e = await trusted({ trustedAt: '2026-11-03T00:00:00.000Z', trustReason: 'Ausweis geprüft' });
      expect(evidenceHtml(e, NOW)).toContain(
        `Von Ihnen am ${formatDate('2026-11-03T00:00:00.000Z', 'de')} als vertrauenswürdig markiert: Ausweis geprüft`,
      );
    } finally {
      setLocale('en');
    }
  });

  it('a mark made before reasons were asked for reads as before; no mark, no line', async () => {
    const e = await trusted({ trustedAt: '2026-11-03T00:00:00.000Z' });
    expect(evidenceJson(e, NOW).trustReason).toBeUndefined();
    expect(evidenceHtml(e, NOW)).toContain('<strong>Marked as trusted by you on Nov\u00a03,\u00a02026</strong>');
    const none = await trusted({});
    expect(evidenceJson(none, NOW)).toMatchObject({ trustedAt: undefined, trustReason: undefined });
    expect(evidenceHtml(none, NOW)).not.toContain('Marked as trusted');
  });
});

describe('memory export and import', () => {
  it('round-trips into an empty store and merges without duplicates', async () => {
    const source = await storeWith();
    await source.savePhoto({
      profileKey: 'upwork:~01a',
      site: 'upwork',
      url: 'https://www.upwork.com/freelancers/~01a',
      photoUrl: 'https://www.upwork.com/profile-portraits/a',
      hashes: '-',
      thumb: new Uint8Array(1024).fill(7),
      seenAt: '2026-11-01T00:00:00.000Z',
    });
    const file = JSON.stringify(await exportMemory(source, NOW));

    const target = new RadarStore(await openRadarDb(`import-${Math.random()}`));
    await target.recordVisit(profile({ id: '~01a', name: 'Old' }), 'low', [], new Date('2026-10-01T00:00:00Z'));
    await target.update('upwork:~01a', (e) => ({ ...e, notes: [{ at: '2026-10-02T00:00:00.000Z', text: 'mine' }] }));
    expect(await importMemory(target, file)).toEqual({ added: 0, merged: 1, photos: 1 });
    expect(await importMemory(target, file)).toEqual({ added: 0, merged: 1, photos: 1 }); // again: nothing doubles
    const merged = (await target.get('upwork:~01a'))!;
    expect(merged.firstSeen).toBe('2026-10-01T00:00:00.000Z');
    expect(merged.lastSeen).toBe('2026-11-01T00:00:00.000Z');
    expect(merged.profile.name).toBe(EVIL);
    expect(merged.notes?.map((n) => n.text)).toEqual(['mine', `video call ok ${EVIL}`]);
    expect(merged.dismissals).toHaveLength(1);
    expect(merged.trustedAt).toBeUndefined();
    expect((await target.photos())[0]!.thumb).toEqual(new Uint8Array(1024).fill(7));
    expect(await target.fingerprints()).toHaveLength(1);
  });

  it('the trusted mark and how the person was verified round-trip; a merge keeps the earlier mark with its own reason', async () => {
    const source = await storeWith();
    await source.update('upwork:~01a', (e) => ({
      ...e,
      trustedAt: '2026-11-03T00:00:00.000Z',
      trustReason: 'Video call, camera on: the face matched the photo',
    }));
    const file = JSON.stringify(await exportMemory(source, NOW));
    const empty = new RadarStore(await openRadarDb(`import-${Math.random()}`));
    await importMemory(empty, file);
    expect(await empty.get('upwork:~01a')).toMatchObject({
      trustedAt: '2026-11-03T00:00:00.000Z',
      trustReason: 'Video call, camera on: the face matched the photo',
    });

    // Here the person was trusted earlier, for another reason: that mark stays, with its reason.
    const earlier = new RadarStore(await openRadarDb(`import-${Math.random()}`));
    await earlier.recordVisit(profile({ id: '~01a', name: 'Old' }), 'low', [], new Date('2026-10-01T00:00:00Z'));
    await earlier.update('upwork:~01a', (e) => ({
      ...e,
      trustedAt: '2026-10-02T00:00:00.000Z',
      trustReason: 'Checked a government ID',
    }));
    await importMemory(earlier, file);
    expect(await earlier.get('upwork:~01a')).toMatchObject({
      trustedAt: '2026-10-02T00:00:00.000Z',
      trustReason: 'Checked a government ID',
    });

    // Here it was trusted earlier without a reason (before reasons were asked for): no other mark's reason is taken.
    const older = new RadarStore(await openRadarDb(`import-${Math.random()}`));
    await older.recordVisit(profile({ id: '~01a', name: 'Old' }), 'low', [], new Date('2026-10-01T00:00:00Z'));
    await older.update('upwork:~01a', (e) => ({ ...e, trustedAt: '2026-10-02T00:00:00.000Z' }));
    await importMemory(older, file);
    const kept = (await older.get('upwork:~01a'))!;
    expect(kept.trustedAt).toBe('2026-10-02T00:00:00.000Z');
    expect(kept).not.toHaveProperty('trustReason');

    // Not trusted here: the file's mark comes in with its reason.
    const untrusted = new RadarStore(await openRadarDb(`import-${Math.random()}`));
    await untrusted.recordVisit(profile({ id: '~01a', name: 'Old' }), 'low', [], new Date('2026-12-01T00:00:00Z'));
    await importMemory(untrusted, file);
    expect(await untrusted.get('upwork:~01a')).toMatchObject({
      trustedAt: '2026-11-03T00:00:00.000Z',
      trustReason: 'Video call, camera on: the face matched the photo',
    });
  });

  it.each([
    ['not JSON', '{oops', /not a JSON file/],
    ['another format', JSON.stringify({ format: 'x' }), /not a Red Flag Radar memory file \(format/],
    [
      'one bad profile among good ones',
      JSON.stringify({
        format: 'red-flag-radar-memory',
        version: 1,
        exportedAt: 'x',
        photos: [],
        profiles: [{ key: 'k', site: 's', url: 'u', profile: { site: 's', url: 'not a url' } }],
      }),
      /profiles\.0/,
    ],
  ])('a corrupt file (%s) changes nothing and says why', async (_n, text, why) => {
    const store = await storeWith();
    const before = JSON.stringify(await store.allProfiles());
    await expect(importMemory(store, text)).rejects.toThrow(ImportError);
    await expect(importMemory(store, text)).rejects.toThrow(why);
    expect(JSON.stringify(await store.allProfiles())).toBe(before);
  });
});
