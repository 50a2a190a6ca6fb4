/** `radar scan` compares photos saved beside the pages, across the files of one run, offline. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { FIXTURES, githubPage, radar } from './helpers';
import { generated } from './photo/images';

/** A GitHub page as "Save page as…, complete" writes it: the avatar in <name>_files, src made relative. */
async function savePage(dir: string, login: string, id: string, name: string, photo: Buffer) {
  const files = `${login}_files`;
  mkdirSync(join(dir, files), { recursive: true });
  writeFileSync(join(dir, files, `${id}.jpeg`), photo);
  const html = githubPage(login, id, name).replace(
    /<img class="avatar avatar-user" src="[^"]+"/,
    `<img class="avatar avatar-user" src="./${files}/${id}.jpeg"`,
  );
  writeFileSync(join(dir, `${login}.html`), html);
}

const jpeg = (seed: number, t: { crop?: number; size: number; quality: number }) => {
  const c = Math.round((t.crop ?? 0) * 256);
  return sharp(generated(seed), { raw: { width: 256, height: 256, channels: 3 } })
    .extract({ left: c, top: c, width: 256 - 2 * c, height: 256 - 2 * c })
    .resize(t.size, t.size)
    .jpeg({ quality: t.quality })
    .toBuffer();
};

describe('radar scan: photos saved beside the pages', () => {
  it('reports recycled-photo on both pages of one run, and not for a different photo', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rfr-cli-photo-'));
    await savePage(dir, 'alice', '90000011', 'Alice Example', await jpeg(5, { size: 230, quality: 90 }));
    await savePage(dir, 'bob', '90000022', 'Bob Other', await jpeg(5, { crop: 0.05, size: 88, quality: 50 }));
    await savePage(dir, 'carol', '90000033', 'Carol Third', await jpeg(6, { size: 200, quality: 85 }));
    const r = radar(['scan', dir, '--now', '2026-11-27']);
    expect(r.code).toBe(0);
    const reports = JSON.parse(r.out) as {
      file: string;
      findings: { rule: string; evidence: string[] }[];
      risk: { unchecked: string[] };
    }[];
    const by = (login: string) => reports.find((x) => x.file.endsWith(`${login}.html`))!;
    const recycled = (login: string) => by(login).findings.find((f) => f.rule === 'recycled-photo');
    expect(recycled('alice')?.evidence[0]).toContain('“Bob Other” on GitHub (https://github.com/bob)');
    expect(recycled('bob')?.evidence[0]).toContain('“Alice Example”');
    expect(recycled('carol')).toBeUndefined();
    expect(by('carol').risk.unchecked).not.toContain('Photo not compared with other profiles');
  });

  it('a page saved without its images says the photo was not compared', () => {
    const r = radar(['scan', join(FIXTURES, 'github/user-hand-written.html')]);
    expect(JSON.parse(r.out).risk.unchecked).toContain(
      'The photo could not be loaded, so it was not compared with other profiles',
    );
  });
});
