/**
 * The one read path (lib/sites/read-page.ts) shared by the background and the CLI (issue 14, defects 4 and
 * 8): oversized fields are cut and read as partial, never rejected whole; what still breaks the contract
 * is "could not read"; the CLI answers what the extension answers.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RawPageSchema } from '../lib/messages';
import { ReadResultSchema } from '../lib/profile';
import { github } from '../lib/sites/github';
import { linkedin } from '../lib/sites/linkedin';
import { defineAdapter, interpretRaw } from '../lib/sites/read-page';
import { boundRaw, RAW_LIMITS } from '../lib/sites/types';
import { upwork } from '../lib/sites/upwork';
import { scanFile } from '../lib/cli/scan';
import { documentFrom, fixture, NOW } from './helpers';

const GH = new URL('https://github.com/devsample');
// The saved page's own member (it names alex-sample-0001: read at another member's address it is not read).
const LI = new URL('https://sg.linkedin.com/in/alex-sample-0001');

describe('oversized fields are cut by the reader, not rejected whole', () => {
  it('300 links: 200 are read and the read says partial', () => {
    const links = Array.from(
      { length: 300 },
      (_, i) => `<li itemprop="url"><a href="https://x${i}.example">x</a></li>`,
    );
    const html = fixture('github/user-hand-written.html').replace('</body>', `<ul>${links.join('')}</ul></body>`);
    const r = github.read(documentFrom(html), GH);
    expect(r.status).toBe('partial');
    expect(r.missing).toContain('truncated:links');
    expect(r.profile?.name).toBeTruthy();
    // What the content script sends passes the background's validation.
    expect(RawPageSchema.safeParse(boundRaw(github.collect(documentFrom(html), GH))).success).toBe(true);
  });

  it('a 150 kB JSON-LD block is still read', () => {
    const html = fixture('linkedin/guest-jsonld-2023.html').replace(
      '<script type="application/ld+json">',
      `<script type="application/ld+json">{"@type":"Thing","description":"${'z'.repeat(150_000)}"}</script><script type="application/ld+json">`,
    );
    const raw = boundRaw(linkedin.collect(documentFrom(html), LI));
    expect(RawPageSchema.safeParse(raw).success).toBe(true);
    const r = linkedin.read(documentFrom(html), LI);
    expect(r.status).not.toBe('unreadable');
    expect(r.profile?.name).toBe(
      linkedin.read(documentFrom(fixture('linkedin/guest-jsonld-2023.html')), LI).profile?.name,
    );
  });

  it('a text field beyond every limit is cut and marked', () => {
    const raw = boundRaw({ big: 'a'.repeat(RAW_LIMITS.text + 10), list: ['b'.repeat(RAW_LIMITS.item + 1)] });
    expect((raw.big as string).length).toBe(RAW_LIMITS.text);
    expect(raw._truncated).toEqual(['big', 'list']);
    expect(RawPageSchema.safeParse(raw).success).toBe(true);
  });
});

describe('one path for the extension and the CLI', () => {
  // A 5 MB bio in Upwork's embedded state: the CLI said "ok", the extension "could not read".
  const hugeBio = () => {
    const html = fixture('upwork/visitor-view.html');
    const at = html.indexOf('I build e-mail marketing', html.indexOf('window.__NUXT__'));
    expect(at).toBeGreaterThan(0);
    return html.slice(0, at) + 'word '.repeat(1_000_000) + html.slice(at);
  };

  it('a 5 MB bio is cut to the contract and read as partial, in the adapter and in the CLI alike', () => {
    const html = hugeBio();
    const at = new URL('https://www.upwork.com/freelancers/~01a1b2c3d4e5f60718');
    const r = upwork.read(documentFrom(html), at);
    expect(ReadResultSchema.safeParse(r).success).toBe(true);
    expect(r.profile?.bio?.length).toBe(20_000);
    expect(r.status).toBe('partial');
    expect(r.missing).toContain('truncated:bio');
    const dir = mkdtempSync(join(tmpdir(), 'rfr-'));
    writeFileSync(join(dir, 'p.html'), html);
    const report = scanFile(join(dir, 'p.html'), { url: at.href, now: NOW });
    expect([report.status, report.profile?.bio?.length]).toEqual([r.status, 20_000]);
  });

  it('a result that still breaks the contract is unreadable, and nothing throws', () => {
    const bad = defineAdapter({ ...github }, () => ({
      status: 'ok',
      profile: { site: 'github', url: 'not a url' },
      missing: [],
    }));
    // A field of the wrong shape is dropped instead (tests/read-page-misshapen.test.ts).
    expect(bad.read(documentFrom(fixture('github/user-hand-written.html')), GH)).toEqual({
      status: 'unreadable',
      missing: ['page'],
    });
    const throws = defineAdapter({ ...github }, () => {
      throw new Error('boom');
    });
    expect(interpretRaw(throws, GH, {}).status).toBe('unreadable');
    expect(interpretRaw(github, GH, { x: 5 }).status).toBe('unreadable');
  });
});
