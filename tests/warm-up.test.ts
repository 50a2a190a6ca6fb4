/** The woken worker's warm-up (lib/background/warm-up.ts) must run the real page path, not fail early. */
import { describe, expect, it } from 'vitest';
import { analyzeRead } from '../lib/analyze';
import { SAMPLE, URL_TEXT, warmUp } from '../lib/background/warm-up';
import { ContentMessage } from '../lib/messages';
import { interpretRaw } from '../lib/sites/read-page';
import { upwork } from '../lib/sites/upwork';

describe('warm-up', () => {
  it('its made-up page passes validation and reads as a whole Upwork profile (state and markup agree)', () => {
    expect(ContentMessage.safeParse({ type: 'page', site: 'upwork', url: URL_TEXT, raw: SAMPLE }).success).toBe(true);
    const read = interpretRaw(upwork, new URL(URL_TEXT), SAMPLE);
    expect(read.status).toBe('ok');
    expect(read.missing).toEqual([]);
    expect(read.profile?.name).toBe('Sample Person');
    expect(read.profile?.location?.country).toBe('PT');
    expect(read.profile?.skills).toEqual(['TypeScript', 'Node.js']);
    const analysis = analyzeRead('upwork', URL_TEXT, read, { now: new Date('2026-06-10T12:00:00Z') });
    expect(analysis.findings.map((f) => f.rule)).toEqual(['no-photo']);
  });

  it('runs once per worker and never throws', async () => {
    await expect(warmUp(new Date())).resolves.toBeUndefined();
    await expect(warmUp(new Date())).resolves.toBeUndefined();
  });
});
